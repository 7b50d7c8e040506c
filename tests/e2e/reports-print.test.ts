/**
 * The recruitment report on paper, in Chromium: the report's markup (rendered from the same
 * components as /reports) with its print CSS is printed to PDF on A4 and on US Letter, and the
 * PDF's text (pdftotext) shows each trial's whole flow diagram on one page. The log is built to
 * give the tallest diagram the model draws (every side box at its six reasons). PDFs and a PNG of
 * every page go to test-results/reports/.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ReportsView } from "@/components/reports/ReportsView";
import { flowDiagram } from "@/lib/view/flow-diagram";
import { buildReport, SMALL_CELLS_OFF, type ReportEntry } from "@/lib/view/reports";
import { ALB, ESLD, entry, handLog, trial } from "../fixtures/report-log";
import { IntlProvider } from "../support/intl";
import { launchBrowser, projectRoot } from "./support/server";

const OUT = join(projectRoot, "test-results", "reports");
const squash = (text: string) => text.replace(/\s+/g, "");

function pdftotext(pdf: string): string[] {
  const pages = execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", pdf, "-"], { encoding: "utf8" }).split("\f");
  if (pages.at(-1)?.trim() === "") pages.pop();
  return pages;
}

/** A March log with eight failed criteria, seven decline and seven not-approached reasons (some in Chinese). */
function tallLog(): ReportEntry[] {
  const criteria = ["EXCL01", "EXCL02", "EXCL03", "EXCL04", "EXCL05", "EXCL06", "EXCL07", "EXCL08"];
  const reasons = ["Prefers standard care", "家属不同意", "Too far to travel", "Worried about side effects", "不愿意再住院", "Wants to think longer", "Other"];
  const log: ReportEntry[] = [...handLog()];
  criteria.forEach((id, i) => log.push(entry("2026-03-11", [trial(ALB, "not-eligible", { failReasons: criteria.slice(0, i + 1).map((c) => `${ALB} ${c}`) })])));
  reasons.forEach((reason) => {
    log.push(entry("2026-03-12", [trial(ALB, "declined", { statusReason: reason }), trial(ESLD, "not-approached", { statusReason: reason })]));
    log.push(entry("2026-03-13", [trial(ALB, "not-approached", { statusReason: reason })]));
  });
  return log;
}

describe("the printed recruitment report", () => {
  let browser: Browser;
  const report = buildReport(tallLog(), { from: "2026-03-01", to: "2026-03-31" });
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report</title><style>${readFileSync(
    join(projectRoot, "components", "reports", "reports.css"),
    "utf8",
  )}</style></head><body><main>${renderToStaticMarkup(createElement(IntlProvider, { locale: "en" }, createElement(ReportsView, { report, cells: SMALL_CELLS_OFF, canExport: true })))}</main></body></html>`;

  beforeAll(async () => {
    browser = await launchBrowser();
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const format of ["A4", "Letter"] as const) {
    it(`prints each trial's whole flow diagram on one ${format} page`, async () => {
      const page = await browser.newPage();
      try {
        await page.setContent(html, { waitUntil: "load" });
        const file = join(OUT, `report-${format.toLowerCase()}.pdf`);
        writeFileSync(file, await page.pdf({ format, printBackground: false }));
        execFileSync("pdftoppm", ["-png", "-r", "60", file, join(OUT, format.toLowerCase())]);
        const pages = pdftotext(file).map(squash);
        for (const t of report.trials) {
          const model = flowDiagram(t, SMALL_CELLS_OFF);
          const heading = squash(`Flow diagram · ${t.trialId}`);
          const onPages = pages.flatMap((text, i) => (text.includes(heading) ? [i] : []));
          expect(onPages, `${t.trialId}: the diagram's heading is on one page`).toHaveLength(1);
          const text = pages[onPages[0]!]!;
          for (const box of model.boxes) for (const line of box.lines) expect(text, `${t.trialId} ${box.id}: ${line.text}`).toContain(squash(line.text));
          // Nothing of the diagram spills to the next page.
          const next = pages[onPages[0]! + 1] ?? "";
          expect(next).not.toContain(squash(model.boxes.at(-1)!.lines[0]!.text) + squash(model.boxes.at(-1)!.lines[1]!.text));
        }
        // The tallest diagram really is tall: six reasons and "more reasons" lines in a side box.
        const alb = flowDiagram(report.trials.find((t) => t.trialId === ALB)!, SMALL_CELLS_OFF);
        expect(alb.boxes.find((b) => b.id === "approached-out")!.lines.some((l) => /more reason/.test(l.text))).toBe(true);
      } finally {
        await page.close();
      }
    });
  }

  it("prints in black and white: nothing but black, white and grey in the diagrams", async () => {
    const page = await browser.newPage();
    try {
      await page.setContent(html, { waitUntil: "load" });
      await page.emulateMedia({ media: "print" });
      const colours = await page.evaluate(() => {
        const seen = new Set<string>();
        for (const el of document.querySelectorAll(".flow-diagram *")) {
          const style = getComputedStyle(el);
          for (const value of [style.fill, style.stroke, style.color]) if (value && value !== "none") seen.add(value);
        }
        return [...seen];
      });
      for (const colour of colours) {
        const m = /rgba?\((\d+), (\d+), (\d+)/.exec(colour);
        expect(m, colour).not.toBeNull();
        expect(m![1] === m![2] && m![2] === m![3], colour).toBe(true);
      }
    } finally {
      await page.close();
    }
  });
});
