import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TRIALS } from "@/criteria";
import {
  buildReport,
  compareVersions,
  formatCount,
  parseThreshold,
  reasonKey,
  SMALL_CELLS_OFF,
  SMALL_CELLS_ON,
  type LogTrialStatus,
  type ReportEntry,
} from "@/lib/view/reports";
import { ALB, ESLD, ESLD2, handLog, MARCH, randomLog } from "../fixtures/report-log";

describe("the recruitment report of a hand-written log (March 2026, NCT05106972)", () => {
  const report = buildReport(handLog(), MARCH);
  const alb = report.trials.find((t) => t.trialId === ALB)!;

  it("counts the funnel: 9 screened, 5 passed, 3 approached, 1 consented, 1 enrolled", () => {
    expect(alb.funnel).toEqual({ screened: 9, prescreenPassed: 5, approached: 3, consented: 1, enrolled: 1 });
  });

  it("leaves out the voided entry and the entries outside the range", () => {
    expect(report.across.screenings).toBe(9);
  });

  it("counts not-eligible patients once, and each failed criterion once per patient, most frequent first", () => {
    expect(alb.notEligible.total).toBe(3);
    expect(alb.notEligible.byCriterion.map((r) => [r.key, r.count])).toEqual([
      ["EXCL07", 2],
      ["EXCL08", 2],
      ["EXCL02", 1],
    ]);
    expect(alb.notEligible.byCriterion[0]!.label).toMatch(/^Use of human serum albumin within 3 weeks/);
  });

  it("counts needs-information, not approached and declined, by reason (spelling variants of a reason group together)", () => {
    expect(alb.needsInformation).toBe(1);
    expect(alb.awaitingApproach).toBe(1);
    expect(alb.notApproached).toEqual({ total: 1, byReason: [{ key: "discharged", label: "Discharged", count: 1 }] });
    expect(alb.declined.total).toBe(2);
    expect(alb.declined.byReason).toEqual([{ key: "prefers standard care", label: "Prefers standard care", count: 2 }]);
    expect(alb.awaitingDecision).toBe(0);
    expect(alb.awaitingEnrolment).toBe(0);
  });

  it("shows the criteria versions covered and how many entries used an older one", () => {
    const current = TRIALS.find((t) => t.id === ALB)!.encoding.version;
    expect(compareVersions(current, "0.9.0")).toBeGreaterThan(0);
    expect(alb.versions).toEqual({
      current,
      covered: [
        { key: current, label: current, count: 8 },
        { key: "0.9.0", label: "0.9.0", count: 1 },
      ],
      olderCount: 1,
    });
  });

  it("counts across trials: screened for all four at once, and passed more than one pre-screen", () => {
    expect(report.across.screenedForAll).toBe(8);
    expect(report.across.passedMoreThanOne).toBe(4);
    expect(report.across.passedCombinations.map((r) => [r.key, r.count])).toEqual([
      [`${ALB} + ${ESLD}`, 2],
      [`${ALB} + ${ESLD} + ${ESLD2}`, 1],
      [`${ESLD} + ${ESLD2}`, 1],
    ]);
  });

  it("gives every trial a report, even one nobody passed", () => {
    expect(report.trials.map((t) => t.trialId)).toEqual(TRIALS.map((t) => t.id));
  });
});

/** The counts, worked out directly from the rows with a loop per question (not the report's code). */
function independentCounts(log: ReportEntry[], trialId: string, from: string, to: string) {
  const counts = {
    screened: 0,
    passed: 0,
    approached: 0,
    consented: 0,
    enrolled: 0,
    notEligible: 0,
    needsInformation: 0,
    declined: 0,
    notApproached: 0,
    criteria: {} as Record<string, number>,
  };
  for (const e of log) {
    if (e.voided || e.screenedOn < from || e.screenedOn > to) continue;
    for (const t of e.trials) {
      if (t.trialId !== trialId) continue;
      const s: LogTrialStatus = t.status;
      counts.screened++;
      if (s === "not-eligible") {
        counts.notEligible++;
        const seen: string[] = [];
        for (const code of t.failReasons) {
          const id = code.split(" ")[1]!;
          if (!seen.includes(id)) seen.push(id);
        }
        for (const id of seen) counts.criteria[id] = (counts.criteria[id] ?? 0) + 1;
      }
      if (s === "needs-information") counts.needsInformation++;
      if (s !== "not-eligible" && s !== "needs-information") counts.passed++;
      if (s === "approached" || s === "declined" || s === "consented" || s === "enrolled") counts.approached++;
      if (s === "consented" || s === "enrolled") counts.consented++;
      if (s === "enrolled") counts.enrolled++;
      if (s === "declined") counts.declined++;
      if (s === "not-approached") counts.notApproached++;
    }
  }
  return counts;
}

describe("the recruitment report of random logs", () => {
  it("equals counts computed independently from the rows", () => {
    fc.assert(
      fc.property(randomLog, fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 40 }), (log, start, length) => {
        const from = `2026-02-${String(start).padStart(2, "0")}`;
        const to = new Date(Date.parse(from) + length * 86_400_000).toISOString().slice(0, 10);
        const report = buildReport(log, { from, to });
        for (const t of report.trials) {
          const c = independentCounts(log, t.trialId, from, to);
          expect(t.funnel).toEqual({ screened: c.screened, prescreenPassed: c.passed, approached: c.approached, consented: c.consented, enrolled: c.enrolled });
          expect(t.notEligible.total).toBe(c.notEligible);
          expect(Object.fromEntries(t.notEligible.byCriterion.map((r) => [r.key, r.count]))).toEqual(c.criteria);
          expect(t.needsInformation).toBe(c.needsInformation);
          expect(t.declined.total).toBe(c.declined);
          expect(t.notApproached.total).toBe(c.notApproached);
          // The categories partition the screened patients.
          expect(
            t.notEligible.total + t.needsInformation + t.awaitingApproach + t.notApproached.total + t.awaitingDecision + t.declined.total + t.awaitingEnrolment + t.funnel.enrolled,
          ).toBe(t.funnel.screened);
          expect(t.declined.byReason.reduce((n, r) => n + r.count, 0)).toBe(t.declined.total);
          // Most frequent first.
          const byCount = t.notEligible.byCriterion.map((r) => r.count);
          expect(byCount).toEqual([...byCount].sort((a, b) => b - a));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("small cells", () => {
  it("is off by default on screen: counts are shown as they are", () => {
    expect(formatCount(3, SMALL_CELLS_OFF)).toBe("3");
  });

  it("masks 1 to threshold − 1 as <threshold, and keeps 0 and the threshold itself", () => {
    expect([0, 1, 4, 5, 12].map((n) => formatCount(n, SMALL_CELLS_ON))).toEqual(["0", "<5", "<5", "5", "12"]);
    expect(formatCount(9, { mask: true, threshold: 10 })).toBe("<10");
  });

  it("groups the digits of a large count as both languages do (12,480)", () => {
    expect(formatCount(12_480, SMALL_CELLS_OFF)).toBe("12,480");
    expect(formatCount(12_480, SMALL_CELLS_ON)).toBe("12,480");
    expect(new Intl.NumberFormat("zh-CN").format(12_480)).toBe(formatCount(12_480, SMALL_CELLS_OFF));
  });

  it("reads a threshold from the query string, refusing nonsense", () => {
    expect([parseThreshold("10"), parseThreshold("1"), parseThreshold("abc"), parseThreshold(null), parseThreshold("3.5")]).toEqual([10, 5, 5, 5, 5]);
  });
});

describe("report helpers", () => {
  it("compares criteria versions as numbers", () => {
    expect(compareVersions("1.10.0", "1.9.2")).toBeGreaterThan(0);
    expect(compareVersions("1.0.0", "1.0.0")).toBe(0);
  });

  it("groups free-text reasons regardless of case, spacing and a final full stop", () => {
    expect(reasonKey(" Prefers  standard care. ")).toBe(reasonKey("prefers standard care"));
    expect(reasonKey("不愿意参加。")).toBe(reasonKey("不愿意参加"));
  });
});
