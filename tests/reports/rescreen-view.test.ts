import { describe, expect, it } from "vitest";
import { TRIALS } from "@/criteria";
import { addDays } from "@/lib/core/rescreen";
import { dueForRescreen, rescreenDates, windowLines, type RescreenCandidate } from "@/lib/view/rescreen-view";
import { ago, profile } from "../criteria/helpers";
import { decompensatedHbv } from "../fixtures/profiles";

const ALB = "NCT05106972"; // RECRUITING, but past its completion date
const ESLD2 = "NCT06984497"; // NOT_YET_RECRUITING, still open
const OLD = "NCT01224327"; // UNKNOWN status: not open

function candidate(overrides: Partial<RescreenCandidate> = {}): RescreenCandidate {
  return {
    screeningId: "S-7F3K2Q",
    version: 2,
    versionOn: "2026-03-01",
    voided: false,
    profile: profile({ ...decompensatedHbv, exposures: { ...decompensatedHbv.exposures, albuminInfusion: ago(1, "weeks") } }),
    confirmations: {},
    statuses: [{ trialId: ALB, status: "not-eligible", failReasons: [`${ALB} EXCL07`] }],
    ...overrides,
  };
}

describe("re-screen dates on log entries", () => {
  it("gives the date and explains each window", () => {
    const [date] = rescreenDates(candidate(), TRIALS);
    expect(date!.from).toBe(addDays("2026-03-01", 15));
    expect(windowLines(date!)).toEqual([
      "EXCL07: Human serum albumin infusion 1 week before the screening, window 3 weeks: passed from 2026-03-16",
    ]);
  });

  it("gives none once a person moved the patient on, or judged a manual item not met", () => {
    expect(rescreenDates(candidate({ statuses: [{ trialId: ALB, status: "not-approached", failReasons: [] }] }), TRIALS)).toEqual([]);
    expect(rescreenDates(candidate({ statuses: [{ trialId: ALB, status: "not-eligible", failReasons: [`${ALB} EXCL07`, `${ALB} INCL06 (investigator)`] }] }), TRIALS)).toEqual([]);
  });

  it("gives none for a voided entry", () => {
    expect(rescreenDates(candidate({ voided: true }), TRIALS)).toEqual([]);
  });
});

describe("due for re-screen", () => {
  const steroids = profile({ ...decompensatedHbv, exposures: { ...decompensatedHbv.exposures, systemicGlucocorticoids: ago(11, "months") } });
  const open = candidate({ profile: steroids, statuses: [{ trialId: ESLD2, status: "not-eligible", failReasons: [`${ESLD2} EXCL06`] }] });

  it("lists an entry once its date has come, not before", () => {
    // 1 month of the year's window is left: up to 31 days, so from day 32.
    const from = addDays("2026-03-01", 32);
    expect(rescreenDates(open, TRIALS)[0]!.from).toBe(from);
    expect(dueForRescreen([open], TRIALS, addDays(from, -1))).toEqual([]);
    expect(dueForRescreen([open], TRIALS, from).map((d) => [d.screeningId, d.trialId, d.from])).toEqual([["S-7F3K2Q", ESLD2, from]]);
  });

  it("lists only trials still open to patients: not one of unknown status, nor a recruiting one past its completion date", () => {
    const c = candidate({
      profile: steroids,
      statuses: [
        { trialId: ESLD2, status: "not-eligible", failReasons: [`${ESLD2} EXCL06`] },
        { trialId: OLD, status: "not-eligible", failReasons: [] },
      ],
    });
    expect(dueForRescreen([c], TRIALS, "2026-06-01").map((d) => d.trialId)).toEqual([ESLD2]);
    // NCT05106972 says Recruiting but its completion date (2025-12-31) has passed: not open.
    expect(rescreenDates(candidate(), TRIALS).map((d) => d.trialId)).toEqual([ALB]);
    expect(dueForRescreen([candidate()], TRIALS, "2026-06-01")).toEqual([]);
  });
});
