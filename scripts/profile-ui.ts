/**
 * Load-independent profile of the screening page (a companion to bench-ui.ts, for judging a
 * change on a busy machine): for each language, the JavaScript the page fetches until the form is
 * usable (chunk count, bytes as served, gzip and brotli of each file), and Chromium's own count
 * of main-thread work (Performance.getMetrics: script, layout, style, task durations), at 4× CPU,
 * for the page load and for 40 keystrokes. Compare runs taken in the same minute.
 *
 *   npx tsx scripts/profile-ui.ts            (after `next build`)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import type { CDPSession } from "playwright-core";
import { launchBrowser, projectRoot, startServer } from "../tests/e2e/support/server";

const keysArg = process.argv.indexOf("--keystrokes");
const KEYS = keysArg >= 0 ? Number(process.argv[keysArg + 1]) : 40;

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = (await cdp.send("Performance.getMetrics")) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}
const WORK = ["ScriptDuration", "LayoutDuration", "RecalcStyleDuration", "TaskDuration"] as const;
const diff = (a: Record<string, number>, b: Record<string, number>) =>
  Object.fromEntries(WORK.map((k) => [k.replace("Duration", ""), Math.round(((b[k] ?? 0) - (a[k] ?? 0)) * 1000)]));

const server = await startServer();
const browser = await launchBrowser();
try {
  for (const locale of ["en", "zh-CN"]) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: server.url }]);
    // Notes when the form's first input is enabled, as bench-ui.ts does.
    await context.addInitScript({
      content: `new MutationObserver((_, o) => { if (document.querySelector("form input:not([disabled]), form select:not([disabled])")) { window.__usableAt = performance.now(); o.disconnect(); } }).observe(document, { subtree: true, childList: true, attributes: true });`,
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    const wire = new Map<string, number>();
    cdp.on("Network.loadingFinished", (e: { requestId: string; encodedDataLength: number }) => wire.set(e.requestId, e.encodedDataLength));
    const urls = new Map<string, string>();
    cdp.on("Network.requestWillBeSent", (e: { requestId: string; request: { url: string } }) => urls.set(e.requestId, e.request.url));
    const m0 = await metrics(cdp);
    await page.goto(`${server.url}/`, { waitUntil: "commit" });
    await page.locator("form input:not([disabled])").first().waitFor({ timeout: 60_000 });
    const m1 = await metrics(cdp);
    await page.waitForFunction(() => (window as unknown as { __usableAt?: number }).__usableAt !== undefined);
    const { usableAt, before } = await page.evaluate(() => {
      const at = (window as unknown as { __usableAt: number }).__usableAt;
      const names = performance.getEntriesByType("resource").filter((e) => (e as PerformanceResourceTiming).responseEnd <= at).map((e) => e.name);
      return { usableAt: at, before: names };
    });
    const scripts: { file: string; wire: number; gz: number; br: number }[] = [];
    for (const [id, url] of urls) {
      const path = new URL(url).pathname;
      if (!path.endsWith(".js") || !before.includes(url)) continue;
      const local = path.startsWith("/_next/") ? join(projectRoot, ".next", path.slice("/_next/".length)) : "";
      const bytes = local ? readFileSync(local) : Buffer.alloc(0);
      scripts.push({ file: path.replace(/^\/_next\/static\/chunks\//, ""), wire: wire.get(id) ?? 0, gz: gzipSync(bytes, { level: 9 }).length, br: brotliCompressSync(bytes).length });
    }
    scripts.sort((a, b) => b.br - a.br);
    const sum = (k: "wire" | "gz" | "br") => (scripts.reduce((s, x) => s + x[k], 0) / 1000).toFixed(1);
    console.log(`\n== ${locale}: ${scripts.length} scripts until usable (usable at ${usableAt.toFixed(0)} ms, 4×); wire ${sum("wire")} kB, gzip-9 ${sum("gz")} kB, brotli ${sum("br")} kB`);
    for (const s of scripts) console.log(`  ${(s.wire / 1000).toFixed(1).padStart(6)} wire ${(s.gz / 1000).toFixed(1).padStart(6)} gz ${(s.br / 1000).toFixed(1).padStart(6)} br  ${s.file}`);
    console.log("  main thread until usable and a moment after (ms, 4×):", diff(m0, m1));
    const ids = ["field-demographics-ageYears", "field-labs-bilirubin-value"];
    await page.locator(`#${ids[0]}`).fill("56");
    await page.locator(`#${ids[1]}`).fill("2");
    await page.waitForTimeout(500);
    const field = page.locator(`#${ids[1]}`);
    await field.focus();
    await field.press("End");
    const k0 = await metrics(cdp);
    for (let i = 0; i < KEYS; i++) {
      await page.keyboard.press(i % 2 === 0 ? "0" : "Backspace");
      await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));
    }
    const k1 = await metrics(cdp);
    const per = diff(k0, k1);
    console.log(`  main thread per keystroke (ms, 4×, mean of ${KEYS}):`, Object.fromEntries(Object.entries(per).map(([k, v]) => [k, Math.round((v / KEYS) * 10) / 10])));
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
