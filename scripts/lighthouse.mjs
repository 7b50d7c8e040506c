#!/usr/bin/env node
/**
 * Lighthouse (desktop and mobile presets) on the production build, with Debian's Chromium.
 * Starts the production server (scripts/server.mjs) on a free loopback port with an empty screening log of its own (a temporary
 * DATA_DIR), creates the first account and one saved screening, and audits, in both languages and
 * both presets, the public pages (/ and /trials) and the log pages a signed-in coordinator sees
 * (/log, /log/due, one entry /log/<id>). Writes the JSON reports and a summary (scores, metrics,
 * Lighthouse and Chromium versions, machine) to test-results/lighthouse/, prints the scores and
 * exits 1 when performance < 95 or accessibility < 100 on any page, listing the audits that cost
 * points. Run `next build` first.
 *
 *   npm run check:lighthouse                       everything (5 pages × 2 languages × 2 presets = 20 audits: a few minutes)
 *   npm run check:lighthouse -- --preset mobile    one preset
 *   npm run check:lighthouse -- --pages /,/log     some pages (`/log/entry` is the saved entry)
 *   npm run check:lighthouse -- --gate accessibility
 *       what CI runs: fails only on accessibility < 100, which no machine load can change; the
 *       performance score (timings) is printed and kept in the summary, marked "below aim", but
 *       does not fail the run, because on a shared CI machine it measures the machine as much as
 *       the app. The performance aim is checked with the plain command on a quiet machine.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { serveProductionBuild } from "./production-build.mjs";

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
// Each page in both languages: the proxy picks the language from the NEXT_LOCALE cookie
// (lib/i18n/proxy.ts), so the same URL is audited once per language.
const LANGUAGES = ["en", "zh-CN"];
const ALL_PAGES = ["/", "/trials", "/log", "/log/due", "/log/entry"];
const PAGES = arg("--pages")?.split(",") ?? ALL_PAGES;
// Lighthouse's default config is the mobile preset (a mid-range phone, 4× CPU slowdown, slow 4G).
const PRESETS = { desktop: desktopConfig, mobile: undefined };
const PRESET_NAMES = arg("--preset") ? [arg("--preset")] : Object.keys(PRESETS);
const MIN = { performance: 95, accessibility: 100 };
// Which categories fail the run: both by default; `--gate accessibility` in CI (see above).
const GATED = arg("--gate") ? arg("--gate").split(",") : Object.keys(MIN);
for (const category of GATED) if (!(category in MIN)) throw new Error(`--gate: ${category} is not one of ${Object.keys(MIN).join(", ")}`);
const outDir = join(process.cwd(), "test-results", "lighthouse");

/** The first admin (the log pages need a signed-in user), then one saved screening to show. */
async function signedInWithOneEntry(base) {
  const password = "lighthouse-admin-1";
  const post = (path, body, cookie) =>
    fetch(base + path, { method: "POST", headers: { "content-type": "application/json", origin: base, ...(cookie && { cookie }) }, body: JSON.stringify(body) });
  const setup = await post("/api/setup", { username: "admin", password });
  if (setup.status !== 201) throw new Error(`setup failed: ${setup.status}`);
  const signIn = async (username, pw) => {
    const response = await post("/api/auth/sign-in/username", { username, password: pw });
    if (!response.ok) throw new Error(`sign-in as ${username} failed: ${response.status}`);
    return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  };
  const admin = await signIn("admin", password);
  // The admin manages accounts but does not screen: a coordinator saves the screening and is the one audited.
  const made = await post("/api/admin/users", { username: "coord", role: "coordinator", password: "lighthouse-coord-1" }, admin);
  if (made.status !== 201) throw new Error(`creating the coordinator failed: ${made.status}`);
  const cookie = await signIn("coord", "lighthouse-coord-1");
  const profile = JSON.parse(readFileSync(join(process.cwd(), "tests", "fixtures", "profiles", "decompensated-hbv-eligible-for-NCT05106972.json"), "utf8"));
  const saved = await post("/api/log/entries", { profile, confirmations: {} }, cookie);
  if (saved.status !== 201) throw new Error(`saving a screening failed: ${saved.status}`);
  return { cookie, entry: `/log/${(await saved.json()).screeningId}` };
}

const dataDir = mkdtempSync(join(tmpdir(), "prescreener-lighthouse-"));
const { url: base, stop: stopServer } = await serveProductionBuild(60_000, { DATA_DIR: dataDir });
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
  const session = PAGES.some((p) => p.startsWith("/log")) ? await signedInWithOneEntry(base) : undefined;
  const runs = PRESET_NAMES.flatMap((preset) => LANGUAGES.flatMap((lang) => PAGES.map((page) => ({ preset, lang, page }))));
  for (const { preset, lang, page } of runs) {
    const path = page === "/log/entry" ? session.entry : page;
    const headers = { Cookie: [`NEXT_LOCALE=${lang}`, ...(page.startsWith("/log") ? [session.cookie] : [])].join("; ") };
    // A warm-up load first, so the first audit doesn't measure the server's cold start.
    const warm = await fetch(base + path, { headers, redirect: "manual" });
    if (warm.status !== 200) throw new Error(`${path} (${lang}) answered ${warm.status}, not 200`);
    const audit = () => lighthouse(base + path, { port: chrome.port, output: "json", logLevel: "error", extraHeaders: headers }, PRESETS[preset]);
    let result = await audit();
    // Lighthouse sometimes fails to record the load's trace on a busy machine (NO_NAVSTART), which
    // scores performance 0 without measuring anything: such a run is repeated once, and said so.
    if (result?.lhr.runtimeError) {
      console.log(`         ${preset} ${page} (${lang}): ${result.lhr.runtimeError.code}, auditing again`);
      result = await audit();
    }
    if (!result) throw new Error(`no Lighthouse result for ${page}`);
    const { categories } = result.lhr;
    const scores = Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]));
    writeFileSync(join(outDir, `${page === "/" ? "index" : page.slice(1).replace(/\//g, "_")}.${lang}.${preset}.json`), result.report);
    const ok = scores.performance >= MIN.performance && scores.accessibility >= MIN.accessibility;
    const gatedOk = GATED.every((category) => scores[category] >= MIN[category]);
    if (!gatedOk) failed = true;
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
    summary.push({ preset, page, lang, ...scores, ok, metrics, losses });
    console.log(
      `${`${preset} ${page} (${lang})`.padEnd(28)} performance ${scores.performance}  accessibility ${scores.accessibility}  best-practices ${scores["best-practices"]}  seo ${scores.seo}  ${ok ? "ok" : gatedOk ? "below aim (performance reported, not gated)" : "BELOW TARGET"}`,
    );
    for (const loss of losses) console.log(`         ${loss}`);
  }
  const machine = { cpu: cpus()[0]?.model ?? "", cores: cpus().length, node: process.version, platform: `${process.platform} ${process.arch}` };
  writeFileSync(
    join(outDir, "summary.json"),
    `${JSON.stringify({ date: new Date().toISOString(), lighthouse: lighthouseVersion, presets: PRESET_NAMES, chromium: chromeVersion, machine, min: MIN, gated: GATED, pages: summary }, null, 2)}\n`,
  );
  console.log(
    `Lighthouse ${lighthouseVersion}, ${PRESET_NAMES.join(" and ")} preset, Chromium ${chromeVersion} (${process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"}), ${machine.cores} × ${machine.cpu}, Node ${machine.node}; reports in test-results/lighthouse/`,
  );
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await chrome?.kill();
  stopServer();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
