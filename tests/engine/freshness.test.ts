import { describe, expect, it } from "vitest";
import { TRIALS } from "@/criteria";
import {
  STATUS_LABELS,
  addMonths,
  assessFreshness,
  compareForList,
  dateLines,
  derivedStatus,
  formatSpan,
  hasPassed,
  isOpenStatus,
  isoDay,
  lastDayOf,
  parseIsoDate,
  relativePhrase,
  siteStatusContradictions,
  type TrialStatus,
} from "@/lib/core/freshness";
import { RECRUITMENT_STATUSES } from "@/lib/core/trial";

const TODAY = "2026-11-22";

function trialById(id: string) {
  const trial = TRIALS.find((t) => t.id === id);
  if (!trial) throw new Error(`no trial ${id}`);
  return trial;
}

function status(overrides: Partial<TrialStatus> = {}): { status: TrialStatus } {
  return {
    status: {
      overall: "RECRUITING",
      startDate: "2025-01-01",
      completionDate: "2028-12-31",
      lastUpdatePosted: "2025-03-13",
      ...overrides,
    },
  };
}

describe("dates", () => {
  it("parses full and month-precision dates and rejects anything else", () => {
    expect(parseIsoDate("2026-06-15")).toEqual({ year: 2026, month: 6, day: 15 });
    expect(parseIsoDate("2026-06")).toEqual({ year: 2026, month: 6 });
    for (const bad of ["2026", "2026-13", "2026-02-30", "26-06-01", "2026-6-1", ""]) {
      expect(() => parseIsoDate(bad), bad).toThrow();
    }
  });

  it("takes a month-precision date's last day, leap years included", () => {
    expect(lastDayOf("2026-06")).toBe("2026-06-30");
    expect(lastDayOf("2024-02")).toBe("2024-02-29");
    expect(lastDayOf("2025-02")).toBe("2025-02-28");
    expect(lastDayOf("2026-06-15")).toBe("2026-06-15");
  });

  it("adds calendar months, clamping to the month's end", () => {
    expect(addMonths("2025-03-13", 12)).toBe("2026-03-13");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2025-11-30", 3)).toBe("2026-02-28");
    expect(addMonths("2025-03", 12)).toBe("2026-03-31");
  });

  it("counts a date as passed the day after it, a month-precision date once its month is over", () => {
    expect(hasPassed("2026-06-30", "2026-06-30")).toBe(false);
    expect(hasPassed("2026-06-30", "2026-07-01")).toBe(true);
    expect(hasPassed("2026-06", "2026-06-01")).toBe(false);
    expect(hasPassed("2026-06", "2026-06-30")).toBe(false);
    expect(hasPassed("2026-06", "2026-07-01")).toBe(true);
  });

  it("reads a Date's local calendar day", () => {
    expect(isoDay(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
    expect(isoDay(new Date(2026, 10, 22, 0, 0))).toBe("2026-11-22");
  });

  it("formats spans in years, months and days, singular and plural", () => {
    expect(formatSpan(0, 1)).toBe("1 day");
    expect(formatSpan(0, 12)).toBe("12 days");
    expect(formatSpan(1)).toBe("1 month");
    expect(formatSpan(12)).toBe("1 year");
    expect(formatSpan(13)).toBe("1 year 1 month");
    expect(formatSpan(32)).toBe("2 years 8 months");
  });

  it("phrases a date against today", () => {
    expect(relativePhrase("2026-11-22", TODAY)).toBe("today");
    expect(relativePhrase("2026-11-21", TODAY)).toBe("1 day ago");
    expect(relativePhrase("2026-10-23", TODAY)).toBe("30 days ago");
    expect(relativePhrase("2026-10-22", TODAY)).toBe("1 month ago");
    expect(relativePhrase("2024-03-05", TODAY)).toBe("2 years 8 months ago");
    expect(relativePhrase("2025-11-22", TODAY)).toBe("1 year ago");
    expect(relativePhrase("2025-11-23", TODAY)).toBe("11 months ago");
    expect(relativePhrase("2026-12-05", TODAY)).toBe("in 13 days");
    expect(relativePhrase("2027-12-31", TODAY)).toBe("in 1 year 1 month");
  });

  it("measures month-precision dates in whole calendar months", () => {
    expect(relativePhrase("2026-11", TODAY)).toBe("this month");
    expect(relativePhrase("2026-06", TODAY)).toBe("5 months ago");
    expect(relativePhrase("2026-06", "2026-07-01")).toBe("1 month ago");
    expect(relativePhrase("2026-12", TODAY)).toBe("in 1 month");
    expect(relativePhrase("2025-11", TODAY)).toBe("1 year ago");
  });

  it("needs a full date for today", () => {
    expect(() => relativePhrase("2026-06", "2026-11")).toThrow();
  });
});

describe("dates against today", () => {
  it("shows NCT06242405's start and month-precision completion against today", () => {
    const lines = dateLines(trialById("NCT06242405").status, TODAY);
    expect(lines.map((l) => [l.label, l.date, l.text])).toEqual([
      ["Start", "2024-03-05", "started 2 years 8 months ago"],
      ["Primary completion", "2026-01", "passed 10 months ago"],
      ["Completion", "2026-06", "passed 5 months ago"],
      ["Last update posted", "2025-03-13", "1 year 8 months ago"],
    ]);
  });

  it("calls future dates expected and leaves out a missing primary completion", () => {
    const lines = dateLines(status({ startDate: "2027-01", completionDate: "2026-11" }).status, TODAY);
    expect(lines.map((l) => l.key)).toEqual(["start", "completion", "lastUpdate"]);
    expect(lines[0]).toMatchObject({ text: "expected to start in 2 months", passed: false });
    expect(lines[1]).toMatchObject({ text: "expected this month", passed: false });
  });

  it("says a start today or this month starts now", () => {
    expect(dateLines(status({ startDate: TODAY }).status, TODAY)[0]?.text).toBe("starts today");
    expect(dateLines(status({ startDate: "2026-11" }).status, TODAY)[0]?.text).toBe("starts this month");
  });
});

describe("assessFreshness", () => {
  it("is current up to exactly 12 months after the last update, stale the day after", () => {
    expect(assessFreshness(status(), "2026-03-13").level).toBe("current");
    expect(assessFreshness(status(), "2026-03-14").level).toBe("stale");
  });

  it("is stale up to exactly 24 months, outdated the day after", () => {
    expect(assessFreshness(status(), "2027-03-13").level).toBe("stale");
    expect(assessFreshness(status(), "2027-03-14").level).toBe("outdated");
  });

  it("counts a month-precision update date from the end of its month", () => {
    const s = status({ lastUpdatePosted: "2025-03" });
    expect(assessFreshness(s, "2026-03-31").level).toBe("current");
    expect(assessFreshness(s, "2026-04-01").level).toBe("stale");
    expect(assessFreshness(s, "2027-03-31").level).toBe("stale");
    expect(assessFreshness(s, "2027-04-01").level).toBe("outdated");
  });

  it("flags a recruiting trial whose completion date has passed: its status was not updated", () => {
    const s = status({ lastUpdatePosted: "2026-06-01", completionDate: "2026-06" });
    expect(assessFreshness(s, "2026-06-30").level).toBe("current");
    const after = assessFreshness(s, "2026-07-01");
    expect(after.level).toBe("stale");
    expect(after.headline).toBe("Stale: last updated 1 month ago; completion date passed");
    expect(after.reasons).toContain(
      "The completion date (2026-06) passed 1 month ago but the status still says Recruiting: the status has not been updated.",
    );
  });

  it("flags a not-yet-recruiting trial whose start date has passed", () => {
    const s = status({ overall: "NOT_YET_RECRUITING", lastUpdatePosted: "2026-10-01", startDate: "2026-10-15" });
    expect(assessFreshness(s, "2026-10-15").level).toBe("current");
    const after = assessFreshness(s, "2026-10-16");
    expect(after.level).toBe("stale");
    expect(after.summary).toBe("last updated 15 days ago; start date passed");
    // A recruiting trial whose start date has passed is as expected.
    expect(assessFreshness({ status: { ...s.status, overall: "RECRUITING" } }, "2026-10-16").level).toBe("current");
  });

  it("does not flag a past completion date on a trial that is no longer recruiting", () => {
    const s = status({ overall: "COMPLETED", lastUpdatePosted: "2026-10-01", completionDate: "2026-09-30" });
    const f = assessFreshness(s, TODAY);
    expect(f.level).toBe("current");
    expect(f.recruiting).toBe(false);
    expect(f.headline).toBe("Current: not recruiting (Completed); last updated 1 month ago");
  });

  it.each(RECRUITMENT_STATUSES)("assesses status %s on a recent record", (overall) => {
    const f = assessFreshness(status({ overall, lastUpdatePosted: "2026-10-01" }), TODAY);
    const open = overall === "RECRUITING" || overall === "NOT_YET_RECRUITING" || overall === "ENROLLING_BY_INVITATION";
    expect(f.recruiting).toBe(open);
    expect(isOpenStatus(overall)).toBe(open);
    expect(STATUS_LABELS[overall]).toBeTruthy();
    if (overall === "UNKNOWN") {
      expect(f.level).toBe("outdated");
      expect(f.summary).toMatch(/^status unknown; /);
      expect(f.reasons[0]).toMatch(/^The registry status is UNKNOWN/);
    } else if (open) {
      // The start date (2025-01-01) has passed, which only matters while not yet recruiting.
      expect(f.level).toBe(overall === "NOT_YET_RECRUITING" ? "stale" : "current");
      expect(f.summary).toMatch(/^last updated 1 month ago/);
    } else {
      expect(f.level).toBe("current");
      expect(f.reasons[0]).toBe(`Not recruiting: the registry status is ${STATUS_LABELS[overall]} (${overall}).`);
    }
    expect(f.headline).toBe(`${f.level[0]?.toUpperCase()}${f.level.slice(1)}: ${f.summary}`);
  });

  it("says so when the update date lies after today (a wrong clock)", () => {
    const f = assessFreshness(status({ lastUpdatePosted: "2026-12-01" }), TODAY);
    expect(f.level).toBe("current");
    expect(f.summary).toBe("last updated in 9 days, after today's date (check this device's date)");
  });

  it("always advises checking with the site when not current", () => {
    expect(assessFreshness(status(), "2026-03-13").reasons.at(-1)).not.toMatch(/Check the status/);
    expect(assessFreshness(status(), "2026-03-14").reasons.at(-1)).toBe("Check the status with the site before referring a patient.");
  });

  it("flags NCT01224327 (UNKNOWN, last updated 2010) as outdated", () => {
    const f = assessFreshness(trialById("NCT01224327"), TODAY);
    expect(f.level).toBe("outdated");
    expect(f.recruiting).toBe(false);
    expect(f.headline).toBe("Outdated: status unknown; last updated 16 years 1 month ago");
    expect(f.reasons).toContain("The record was last updated on 2010-10-20, 16 years 1 month ago: more than 24 months ago.");
  });

  it("assesses the other trials as of 2026-11-22 (changed: NCT05106972's status is Unknown by ClinicalTrials.gov's rule)", () => {
    expect(assessFreshness(trialById("NCT05106972"), TODAY).headline).toBe(
      "Outdated: status Unknown by ClinicalTrials.gov's rule (record says Recruiting); last updated 5 years ago; completion date passed",
    );
    expect(assessFreshness(trialById("NCT06242405"), TODAY).headline).toBe(
      "Stale: last updated 1 year 8 months ago; completion date passed",
    );
    expect(assessFreshness(trialById("NCT06984497"), TODAY).headline).toBe(
      "Stale: last updated 1 year 2 months ago; start date passed",
    );
  });

  it("was current for NCT06242405 when its record was posted", () => {
    expect(assessFreshness(trialById("NCT06242405"), "2025-03-13").level).toBe("current");
  });
});

describe("list order", () => {
  it("puts trials open to patients first, then the freshest record, then the most open status (changed: NCT06242405 past completion is not open)", () => {
    const sorted = [...TRIALS].sort((a, b) => compareForList(a, b, TODAY)).map((t) => t.id);
    expect(sorted).toEqual(["NCT06984497", "NCT06242405", "NCT05106972", "NCT01224327"]);
  });

  it("puts recruiting before not yet recruiting at the same freshness, and closed trials last", () => {
    const make = (id: string, overall: TrialStatus["overall"]) => ({ id, ...status({ overall, lastUpdatePosted: "2026-10-01", startDate: "2027-01-01" }) });
    const list = [make("C", "COMPLETED"), make("N", "NOT_YET_RECRUITING"), make("R", "RECRUITING"), make("E", "ENROLLING_BY_INVITATION")];
    expect(list.sort((a, b) => compareForList(a, b, TODAY)).map((t) => t.id)).toEqual(["R", "E", "N", "C"]);
  });
});

describe("ClinicalTrials.gov's Unknown-status rule, at its date edges", () => {
  // Recruiting, completion 2024-06 (passed at the end of June 2024), verified 2023-03.
  const s = status({ completionDate: "2024-06", lastUpdatePosted: "2023-03-20", verifiedDate: "2023-03" });

  it("is not Unknown on the last day of the 2 years after the verification month", () => {
    expect(derivedStatus(s.status, "2025-03-31")).toBe("RECRUITING");
  });

  it("is Unknown the day after: completion passed and unverified for more than 2 years", () => {
    expect(derivedStatus(s.status, "2025-04-01")).toBe("UNKNOWN");
    const f = assessFreshness(s, "2025-04-01");
    expect(f.derivedStatus).toBe("UNKNOWN");
    expect(f.level).toBe("outdated");
    expect(f.recruiting).toBe(false);
    expect(f.summary).toMatch(/^status Unknown by ClinicalTrials.gov's rule \(record says Recruiting\)/);
  });

  it("is not Unknown while the completion date has not passed, however old the verification", () => {
    const future = status({ completionDate: "2027-06", lastUpdatePosted: "2020-01-01", verifiedDate: "2020-01" });
    expect(derivedStatus(future.status, "2027-06-30")).toBe("RECRUITING");
    expect(derivedStatus(future.status, "2027-07-01")).toBe("UNKNOWN");
  });

  it.each(["RECRUITING", "NOT_YET_RECRUITING", "ACTIVE_NOT_RECRUITING"] as const)("applies to %s", (overall) => {
    expect(derivedStatus({ ...s.status, overall }, "2025-04-01")).toBe("UNKNOWN");
  });

  it.each(["COMPLETED", "TERMINATED", "WITHDRAWN", "SUSPENDED", "ENROLLING_BY_INVITATION"] as const)("leaves %s as it is", (overall) => {
    expect(derivedStatus({ ...s.status, overall }, "2025-04-01")).toBe(overall);
  });

  it("uses the last update when the source gives no verified date (a verification is itself an update)", () => {
    const noVerified = status({ completionDate: "2024-06", lastUpdatePosted: "2023-03-20" });
    expect(derivedStatus(noVerified.status, "2025-03-20")).toBe("RECRUITING");
    expect(derivedStatus(noVerified.status, "2025-03-21")).toBe("UNKNOWN");
  });

  it("derives Unknown for NCT05106972 (last updated 2021-11-04, completion 2025-12-31), which is not open", () => {
    const c = trialById("NCT05106972");
    expect(derivedStatus(c.status, "2025-12-31")).toBe("RECRUITING");
    expect(derivedStatus(c.status, "2026-01-01")).toBe("UNKNOWN");
    expect(assessFreshness(c, "2026-01-01").recruiting).toBe(false);
  });
});

describe("past-completion trials are not open to patients", () => {
  it("closes a recruiting trial the day after its completion date", () => {
    const s = status({ completionDate: "2026-06-30", lastUpdatePosted: "2026-06-01" });
    expect(assessFreshness(s, "2026-06-30").recruiting).toBe(true);
    const after = assessFreshness(s, "2026-07-01");
    expect(after.recruiting).toBe(false);
    expect(after.closedBecause).toEqual(["its completion date (2026-06-30) has passed"]);
  });

  it("closes it once the primary completion month is over, with the record stale", () => {
    const s = status({ primaryCompletionDate: "2026-01", completionDate: "2026-06", lastUpdatePosted: "2025-12-01" });
    expect(assessFreshness(s, "2026-01-31").recruiting).toBe(true);
    const after = assessFreshness(s, "2026-02-01");
    expect(after.recruiting).toBe(false);
    expect(after.level).toBe("stale");
    expect(after.closedBecause).toEqual(["its primary completion date (2026-01) has passed"]);
  });

  it("says NCT06242405 is not open as of 2026-11-22: past its primary completion and completion dates", () => {
    const f = assessFreshness(trialById("NCT06242405"), TODAY);
    expect(f.recruiting).toBe(false);
    expect(f.derivedStatus).toBe("RECRUITING");
    expect(f.closedBecause).toEqual(["its completion date (2026-06) has passed"]);
    expect(assessFreshness(trialById("NCT06242405"), "2025-12-31").recruiting).toBe(true);
  });

  it("keeps NCT06984497 open (completion 2027-12-31)", () => {
    expect(assessFreshness(trialById("NCT06984497"), TODAY).recruiting).toBe(true);
  });
});

describe("site-level statuses", () => {
  it("finds NCT06984497's site recruiting while the trial is not yet recruiting", () => {
    expect(siteStatusContradictions(trialById("NCT06984497"))).toEqual([
      "site General Hospital of Northern Theater Command says Recruiting, the overall status Not yet recruiting",
    ]);
  });

  it.each(TRIALS.map((t) => [t.id, t] as const))("lists every site-status contradiction of %s among its source differences", (_id, trial) => {
    const differences = trial.sources.flatMap((s) => s.differences).join("\n");
    for (const site of trial.sites) {
      if (site.status !== undefined && site.status !== trial.status.overall) {
        expect(differences).toContain(site.facility);
        expect(differences).toMatch(/says Recruiting|site/);
      }
    }
  });
});
