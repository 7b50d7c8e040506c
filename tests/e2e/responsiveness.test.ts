/**
 * Responsiveness, in Chromium against the production build: after a field changes, the results
 * re-render within one frame (16 ms).
 *
 * Measured in the page with performance marks, over 50 edits of different kinds (age, a lab, a
 * yes/no radio, a select), each of which changes what the results show:
 *
 *   field-changed    the first beforeinput / input / change / click event of the edit reaching the
 *                    document (capture phase), i.e. before any of the app's handlers run;
 *   results-updated  the first MutationObserver callback on the results region after it, i.e. the
 *                    results' new DOM has been committed (React commits a discrete event's update
 *                    synchronously, so this lands in the same task);
 *   results-frame    the requestAnimationFrame callback after that: the frame that paints it begins;
 *   results-painted  a message posted from that rAF callback: the frame's rendering step is done.
 *
 * "field → results" (field-changed → results-updated) is the app's work per edit and is what the
 * 16 ms budget is asserted on (median), with a looser bound for the worst case. "field → painted"
 * also includes waiting for the display's next frame (up to ~16.7 ms at 60 Hz, whatever the app
 * does) and the browser's style/layout/paint of the page, so it is reported, with only a loose
 * bound (median ≤ 50 ms). Figures go to test-results/responsiveness.json.
 *
 * No instrumentation in the app: the marks are made by the test's script in the page.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, projectRoot } from "./support/server";

const baseURL = inject("baseURL");

const EDITS = 50;
const WARM_UP = 8;
const BUDGET_MS = 16;
const WORST_MS = 50;

type Sample = { kind: string; toResults: number; toFrame: number; toPaint: number };

declare global {
  interface Window {
    __responsiveness: {
      arm: () => void;
      current: { t0: number | null; t1: number | null; t2: number | null; t3: number | null };
    };
  }
}

/** Installs the marks: a capture listener for the edit, a MutationObserver on the results. */
async function instrument(page: Page) {
  await page.evaluate(() => {
    const results = document.querySelector("section[aria-labelledby='results-heading']");
    const form = document.querySelector("form");
    if (!results || !form) throw new Error("no results region or form");
    let armed = false;
    const state: Window["__responsiveness"] = {
      current: { t0: null, t1: null, t2: null, t3: null },
      arm() {
        performance.clearMarks();
        performance.clearMeasures();
        state.current = { t0: null, t1: null, t2: null, t3: null };
        armed = true;
      },
    };
    window.__responsiveness = state;
    const onEdit = (event: Event) => {
      if (!armed || state.current.t0 !== null) return;
      if (!(event.target instanceof Node) || !form.contains(event.target)) return;
      state.current.t0 = performance.mark("field-changed").startTime;
    };
    for (const type of ["beforeinput", "input", "change", "click"]) document.addEventListener(type, onEdit, true);
    new MutationObserver(() => {
      const s = state.current;
      if (!armed || s.t0 === null || s.t1 !== null) return;
      armed = false;
      s.t1 = performance.mark("results-updated").startTime;
      performance.measure("field-to-results", "field-changed", "results-updated");
      requestAnimationFrame(() => {
        s.t2 = performance.mark("results-frame").startTime;
        performance.measure("field-to-frame", "field-changed", "results-frame");
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          s.t3 = performance.mark("results-painted").startTime;
          performance.measure("field-to-painted", "field-changed", "results-painted");
        };
        channel.port2.postMessage(null);
      });
    }).observe(results, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

const group = (page: Page, name: string) => page.getByRole("group", { name, exact: true });

async function choose(page: Page, groupName: string, option: string) {
  await group(page, groupName).getByText(option, { exact: true }).click();
}

/** Four kinds of edit, each flipping between two values that the results show differently. */
function edits(page: Page): { kind: string; run: (flip: boolean) => Promise<void> }[] {
  return [
    { kind: "age (text)", run: (flip) => page.getByLabel("Age", { exact: true }).fill(flip ? "85" : "56") },
    { kind: "bilirubin (lab)", run: (flip) => page.getByLabel("Total bilirubin", { exact: true }).fill(flip ? "3.4" : "1.1") },
    { kind: "HIV infection (yes/no radio)", run: (flip) => choose(page, "HIV infection", flip ? "Yes" : "No") },
    { kind: "current ascites (select)", run: (flip) => page.getByLabel("Current ascites").selectOption(flip ? "severe" : "none").then(() => undefined) },
  ];
}

async function measure(page: Page, run: () => Promise<void>): Promise<Omit<Sample, "kind">> {
  await page.evaluate(() => window.__responsiveness.arm());
  await run();
  const handle = await page.waitForFunction(
    () => {
      const c = window.__responsiveness.current;
      return c.t3 !== null ? c : null;
    },
    undefined,
    { timeout: 5_000 },
  );
  const c = (await handle.jsonValue()) as { t0: number; t1: number; t2: number; t3: number };
  return { toResults: c.t1 - c.t0, toFrame: c.t2 - c.t0, toPaint: c.t3 - c.t0 };
}

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  const round = (x: number) => Math.round(x * 100) / 100;
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median: round(median), p90: round(at(0.9)), worst: round(sorted.at(-1)!), best: round(sorted[0]!) };
}

describe("responsiveness", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it(`re-renders the results within ${BUDGET_MS} ms of a field change (median of ${EDITS} edits)`, async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (err) => errors.push(err.message));
      await page.goto(`${baseURL}/`, { waitUntil: "networkidle" });
      await page.getByRole("heading", { level: 1, name: "Screening" }).waitFor();

      // A realistic chart, so that scores and verdicts are computed in full on every edit.
      await page.getByLabel("Age", { exact: true }).fill("56");
      await choose(page, "Sex", "Male");
      await choose(page, "Cirrhosis", "Yes");
      await choose(page, "Etiology: Hepatitis B (HBV)", "Yes");
      await page.getByLabel("Years since HBV diagnosis").fill("12");
      await choose(page, "Ascites ever", "Yes");
      await page.getByLabel("Current hepatic encephalopathy (West Haven grade)").selectOption("0");
      await page.getByLabel("Total bilirubin", { exact: true }).fill("1.1");
      await page.getByLabel("Albumin", { exact: true }).fill("2.9");
      await page.getByLabel("INR", { exact: true }).fill("1.5");
      await page.getByLabel("Platelets").fill("85");
      await page.getByLabel("Creatinine", { exact: true }).fill("0.9");
      await page.getByLabel("Sodium").fill("134");
      await choose(page, "Interferon", "Never");
      await choose(page, "Systemic glucocorticoids", "Never");
      await choose(page, "HIV infection", "No");
      await page.getByLabel("Current ascites").selectOption("none");
      // Open one trial's criteria too: more of the results to re-render.
      await page.locator('article[data-trial="NCT06242405"]').getByText("Criteria for NCT06242405").click();
      await instrument(page);

      const kinds = edits(page);
      const samples: Sample[] = [];
      for (let i = 0; i < WARM_UP + EDITS; i++) {
        const edit = kinds[i % kinds.length]!;
        const flip = Math.floor(i / kinds.length) % 2 === 0;
        const sample = await measure(page, () => edit.run(flip));
        if (i >= WARM_UP) samples.push({ kind: edit.kind, ...sample });
      }
      const measures = await page.evaluate(() => performance.getEntriesByType("measure").map((m) => m.name));
      expect(measures).toEqual(["field-to-results", "field-to-frame", "field-to-painted"]);
      expect(errors).toEqual([]);

      const toResults = stats(samples.map((s) => s.toResults));
      const toFrame = stats(samples.map((s) => s.toFrame));
      const toPaint = stats(samples.map((s) => s.toPaint));
      const byKind = Object.fromEntries(
        kinds.map((k) => [k.kind, stats(samples.filter((s) => s.kind === k.kind).map((s) => s.toResults))]),
      );
      const report = {
        edits: samples.length,
        budgetMs: BUDGET_MS,
        fieldToResultsMs: toResults,
        fieldToNextFrameMs: toFrame,
        fieldToPaintedMs: toPaint,
        fieldToResultsByKindMs: byKind,
        browser: `Chromium ${browser.version()}`,
        machine: { cpu: cpus()[0]?.model, cores: cpus().length, loadavg: loadavg().map((x) => Math.round(x * 100) / 100), node: process.version },
        measuredAt: new Date().toISOString(),
        samples: samples.map((s) => ({ ...s, toResults: Math.round(s.toResults * 100) / 100, toFrame: Math.round(s.toFrame * 100) / 100, toPaint: Math.round(s.toPaint * 100) / 100 })),
      };
      const out = join(projectRoot, "test-results", "responsiveness.json");
      mkdirSync(join(projectRoot, "test-results"), { recursive: true });
      writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
      console.log(
        [
          `responsiveness over ${samples.length} edits (${report.browser}, ${report.machine.cores} × ${report.machine.cpu}):`,
          `  field → results updated: median ${toResults.median} ms, p90 ${toResults.p90} ms, worst ${toResults.worst} ms`,
          `  field → next frame:      median ${toFrame.median} ms, p90 ${toFrame.p90} ms, worst ${toFrame.worst} ms`,
          `  field → painted:         median ${toPaint.median} ms, p90 ${toPaint.p90} ms, worst ${toPaint.worst} ms`,
          ...Object.entries(byKind).map(([kind, s]) => `  ${kind}: median ${s.median} ms, worst ${s.worst} ms`),
          `  written to ${out}`,
        ].join("\n"),
      );

      expect(toResults.median).toBeLessThanOrEqual(BUDGET_MS);
      expect(toResults.worst).toBeLessThanOrEqual(WORST_MS);
      // Painting also waits for the display's next frame (0–16.7 ms whatever the app does) and
      // includes style and layout of the whole page; reported above, bounded only loosely here.
      expect(toPaint.median).toBeLessThanOrEqual(WORST_MS);
    } finally {
      await context.close();
    }
  });
});
