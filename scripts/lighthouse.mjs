#!/usr/bin/env node
/**
 * Lighthouse (desktop preset) on the production build, with Debian's Chromium.
 * Starts `next start` on a free loopback port, audits / and /trials, writes the JSON reports and a
 * summary (scores, metrics, Lighthouse and Chromium versions, machine) to test-results/lighthouse/,
 * prints the scores and exits 1 when performance < 95 or accessibility < 100 on any page, listing
 * the audits that cost points. Run `next build` first.
 *
 *   npm run check:lighthouse
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { serveProductionBuild } from "./production-build.mjs";

// Each page in both languages: the proxy picks the language from the NEXT_LOCALE cookie
// (lib/i18n/proxy.ts), so the same URL is audited once per language.
const LANGUAGES = ["en", "zh-CN"];
const PAGES = ["/", "/trials"];
const MIN = { performance: 95, accessibility: 100 };
const outDir = join(process.cwd(), "test-results", "lighthouse");

const { url: base, stop: stopServer } = await serveProductionBuild();
let chrome;
let failed = false;
try {
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync"],
  });
  mkdirSync(outDir, { recursive: true });
  const lighthouseVersion = JSON.parse(readFileSync(new URL("../node_modules/lighthouse/package.json", import.meta.url), "utf8")).version;
  const summary = [];
  // The full version (the user agent string only says 156.0.0.0).
  const chromeVersion = ((await (await fetch(`http://127.0.0.1:${chrome.port}/json/version`)).json()).Browser ?? "").replace(/^\D*\//, "");
  for (const [lang, page] of LANGUAGES.flatMap((l) => PAGES.map((p) => [l, p]))) {
    const headers = { Cookie: `NEXT_LOCALE=${lang}` };
    // A warm-up load first, so the first audit doesn't measure the server's cold start.
    await fetch(base + page, { headers });
    const result = await lighthouse(
      base + page,
      { port: chrome.port, output: "json", logLevel: "error", extraHeaders: headers },
      desktopConfig,
    );
    if (!result) throw new Error(`no Lighthouse result for ${page}`);
    const { categories } = result.lhr;
    const scores = Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]));
    writeFileSync(join(outDir, `${page === "/" ? "index" : page.slice(1).replace(/\//g, "_")}.${lang}.json`), result.report);
    const ok = scores.performance >= MIN.performance && scores.accessibility >= MIN.accessibility;
    if (!ok) failed = true;
    const metrics = Object.fromEntries(
      ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"].map((id) => [
        id,
        result.lhr.audits[id]?.displayValue ?? "",
      ]),
    );
    // The audits that cost points in a category below its target, so a failure says why.
    const losses = Object.entries(MIN).flatMap(([category, min]) =>
      scores[category] >= min
        ? []
        : categories[category].auditRefs
            .filter((ref) => ref.weight > 0 && (result.lhr.audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${category}: ${ref.id} (${result.lhr.audits[ref.id].score}) ${result.lhr.audits[ref.id].displayValue ?? ""}`.trim()),
    );
    summary.push({ page, lang, ...scores, ok, metrics, losses });
    console.log(
      `${`${page} (${lang})`.padEnd(16)} performance ${scores.performance}  accessibility ${scores.accessibility}  best-practices ${scores["best-practices"]}  seo ${scores.seo}  ${ok ? "ok" : "BELOW TARGET"}`,
    );
    for (const loss of losses) console.log(`         ${loss}`);
  }
  const machine = { cpu: cpus()[0]?.model ?? "", cores: cpus().length, node: process.version, platform: `${process.platform} ${process.arch}` };
  writeFileSync(
    join(outDir, "summary.json"),
    `${JSON.stringify({ date: new Date().toISOString(), lighthouse: lighthouseVersion, preset: "desktop", chromium: chromeVersion, machine, min: MIN, pages: summary }, null, 2)}\n`,
  );
  console.log(
    `Lighthouse ${lighthouseVersion}, desktop preset, Chromium ${chromeVersion} (${process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"}), ${machine.cores} × ${machine.cpu}, Node ${machine.node}; reports in test-results/lighthouse/`,
  );
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await chrome?.kill();
  stopServer();
}
process.exit(failed ? 1 : 0);
