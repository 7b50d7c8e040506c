#!/usr/bin/env node
/**
 * Lighthouse (desktop preset) on the production build, with Debian's Chromium.
 * Starts `next start` on a free loopback port, audits / and /trials, writes the JSON reports to
 * test-results/lighthouse/, prints the scores and exits 1 when performance < 95 or
 * accessibility < 100 on any page. Run `next build` first.
 *
 *   npm run check:lighthouse
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";

const PAGES = ["/", "/trials"];
const MIN = { performance: 95, accessibility: 100 };
const outDir = join(process.cwd(), "test-results", "lighthouse");

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${url} did not start`);
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)], {
  stdio: "ignore",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  detached: true,
});
let chrome;
let failed = false;
try {
  await waitFor(base);
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync"],
  });
  mkdirSync(outDir, { recursive: true });
  const summary = [];
  for (const page of PAGES) {
    // A warm-up load first, so the first audit doesn't measure the server's cold start.
    await fetch(base + page);
    const result = await lighthouse(base + page, { port: chrome.port, output: "json", logLevel: "error" }, desktopConfig);
    if (!result) throw new Error(`no Lighthouse result for ${page}`);
    const { categories } = result.lhr;
    const scores = Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]));
    writeFileSync(join(outDir, `${page === "/" ? "index" : page.slice(1).replace(/\//g, "_")}.json`), result.report);
    const ok = scores.performance >= MIN.performance && scores.accessibility >= MIN.accessibility;
    if (!ok) failed = true;
    summary.push({ page, ...scores, ok });
    console.log(
      `${page.padEnd(8)} performance ${scores.performance}  accessibility ${scores.accessibility}  best-practices ${scores["best-practices"]}  seo ${scores.seo}  ${ok ? "ok" : "BELOW TARGET"}`,
    );
  }
  console.log(`Lighthouse ${(await import("lighthouse/package.json", { with: { type: "json" } })).default.version}, desktop preset, Chromium at ${process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"}; reports in test-results/lighthouse/`);
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await chrome?.kill();
  try {
    process.kill(-server.pid);
  } catch {
    server.kill();
  }
}
process.exit(failed ? 1 : 0);
