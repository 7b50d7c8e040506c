// @vitest-environment jsdom
import { render } from "@testing-library/react";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FlowDiagram } from "@/components/reports/FlowDiagram";
import { ReportsView } from "@/components/reports/ReportsView";
import { flowDiagram, FLOW_WIDTH, PRINT_MAX_HEIGHT_MM, PRINT_MAX_WIDTH_MM, wrap } from "@/lib/view/flow-diagram";
import { buildReport, formatCount, SMALL_CELLS_OFF, SMALL_CELLS_ON, type TrialReport } from "@/lib/view/reports";
import { sayIn } from "@/lib/i18n/format";
import { ALB, handLog, MARCH, randomLog } from "../fixtures/report-log";
import { renderIntl } from "../support/intl";

/** What the report says, stage by stage, formatted the way the diagram must show it. */
function reportCounts(t: TrialReport, cells = SMALL_CELLS_OFF): Record<string, string> {
  const c = (n: number) => formatCount(n, cells);
  return {
    screened: c(t.funnel.screened),
    prescreenPassed: c(t.funnel.prescreenPassed),
    approached: c(t.funnel.approached),
    consented: c(t.funnel.consented),
    enrolled: c(t.funnel.enrolled),
    excluded: c(t.notEligible.total + t.needsInformation),
    notEligible: c(t.notEligible.total),
    needsInformation: c(t.needsInformation),
    notApproached: c(t.notApproached.total),
    awaitingApproach: c(t.awaitingApproach),
    declined: c(t.declined.total),
    awaitingDecision: c(t.awaitingDecision),
    awaitingEnrolment: c(t.awaitingEnrolment),
    ...Object.fromEntries(t.notEligible.byCriterion.map((r) => [`criterion:${r.key}`, c(r.count)])),
  };
}

describe("the flow diagram", () => {
  const alb = buildReport(handLog(), MARCH).trials.find((t) => t.trialId === ALB)!;

  it("shows the report's numbers, box by box", () => {
    const model = flowDiagram(alb, SMALL_CELLS_OFF);
    expect(model.counts).toEqual(reportCounts(alb));
    const text = (id: string) => model.boxes.find((b) => b.id === id)!.lines.map((l) => l.text).join("\n");
    expect(text("screened")).toContain("n = 9");
    expect(text("prescreenPassed")).toContain("n = 5");
    expect(text("screened-out")).toContain("Excluded (n = 4)");
    expect(text("screened-out")).toContain("Not eligible (n = 3)");
    expect(text("screened-out")).toMatch(/EXCL07 Use of human serum albumin.*\(2\)/s);
    expect(text("approached-out")).toContain("Declined (n = 2)");
    expect(text("enrolled")).toContain("n = 1");
  });

  it("matches the report for random logs, with and without masking", () => {
    fc.assert(
      fc.property(randomLog, fc.boolean(), (log, mask) => {
        const cells = mask ? SMALL_CELLS_ON : SMALL_CELLS_OFF;
        for (const t of buildReport(log).trials) {
          const model = flowDiagram(t, cells);
          expect(model.counts).toEqual(reportCounts(t, cells));
          // Every box stays inside the drawing, and the print size fits the page.
          for (const b of model.boxes) {
            expect(b.x + b.width).toBeLessThanOrEqual(model.width);
            expect(b.y + b.height).toBeLessThanOrEqual(model.height);
          }
          expect(model.printWidthMm).toBeLessThanOrEqual(PRINT_MAX_WIDTH_MM);
          expect((model.printWidthMm * model.height) / FLOW_WIDTH).toBeLessThanOrEqual(PRINT_MAX_HEIGHT_MM + 0.01);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("renders as SVG text the numbers of the model, masked when asked", () => {
    const masked = flowDiagram(alb, SMALL_CELLS_ON);
    const { container } = render(<FlowDiagram model={masked} />);
    const svg = container.querySelector("svg")!;
    expect(svg.getAttribute("role")).toBe("img");
    const text = [...svg.querySelectorAll("text")].map((t) => t.textContent).join("\n");
    expect(text).toContain("n = 5"); // 9 screened is not small; 5 passed is not either
    expect(text).toContain("n = 9");
    expect(text).toContain("Not eligible (n = <5)");
    expect(svg.querySelectorAll("[fill]:not([fill='#000']):not([fill='#fff'])")).toHaveLength(0);
  });

  it("wraps long lines, counting Chinese characters as two", () => {
    expect(wrap("one two three four", 9)).toEqual(["one two", "thre…"]);
    expect(wrap("病人拒绝家属同意", 8, 3)).toEqual(["病人拒绝", "家属同意"]);
  });
});

describe("the report page's content", () => {
  it("shows the funnel and exclusions of each trial and the block across trials", () => {
    const report = buildReport(handLog(), MARCH);
    const { container, getByRole } = renderIntl(<ReportsView report={report} cells={SMALL_CELLS_OFF} canExport />);
    const section = container.querySelector(`[data-trial="${ALB}"]`)!;
    const funnel = section.querySelector(".report-funnel")!;
    expect([...funnel.querySelectorAll("tbody td")].map((td) => td.textContent)).toEqual(["9", "5", "3", "1", "1"]);
    expect(section.textContent).toContain("1 entry screened against an older version");
    expect(getByRole("heading", { name: "Across trials" })).toBeTruthy();
    const links = [...container.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    expect(links).toContain("/log/export.csv?deidentified=1&from=2026-03-01&to=2026-03-31");
    expect(links).toContain(`/log/export.csv?trial=${ALB}&from=2026-03-01&to=2026-03-31`);
  });

  it("says so when the start date is after the end date", () => {
    const { getByRole } = renderIntl(<ReportsView report={buildReport(handLog(), { from: "2026-03-31", to: "2026-03-01" })} cells={SMALL_CELLS_OFF} canExport />);
    expect(getByRole("alert").textContent).toMatch(/start date is after the end date/);
  });

  it("is in Chinese in zh-CN: headings, funnel stages, plurals, the diagram, criteria in their Chinese rendering", () => {
    const zh = sayIn("zh-CN");
    const report = buildReport(handLog(), MARCH, undefined, zh);
    const { container, getByRole } = renderIntl(<ReportsView report={report} cells={SMALL_CELLS_ON} canExport />, "zh-CN");
    expect(getByRole("heading", { level: 1, name: "招募报告" })).toBeTruthy();
    expect(getByRole("heading", { name: "所有试验合计" })).toBeTruthy();
    const section = container.querySelector(`[data-trial="${ALB}"]`)!;
    expect(section.textContent).toContain("招募漏斗");
    expect(section.textContent).toContain("1 条按旧版本筛选");
    expect(section.textContent).toContain("已入组");
    expect(section.querySelector("svg text")?.textContent).toBe("已预筛（评估入选资格）");
    expect(container.textContent).toContain("1 至 4 的计数显示为“<5”");
    // The criterion rows carry the Chinese rendering; the IDs stay codes.
    const criterionRow = section.querySelector(".criterion-id")!.parentElement!.textContent!;
    expect(criterionRow).toMatch(/^(INCL|EXCL)\d{2} /);
    expect(criterionRow).toMatch(/\p{Script=Han}/u);
    // No English sentence is left: the page's own words are all from the catalog.
    expect(container.textContent).not.toMatch(/Recruitment report|Across trials|Funnel|screened against|Flow diagram|Pre-screened/);
  });

  it("offers no export links to a viewer who may not export", () => {
    const { container } = renderIntl(<ReportsView report={buildReport(handLog(), MARCH)} cells={SMALL_CELLS_OFF} canExport={false} />);
    expect(container.querySelector('a[href^="/log/export.csv"]')).toBeNull();
  });
});
