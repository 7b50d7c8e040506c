import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TRIALS } from "@/criteria";
import { evaluateTrial } from "@/lib/core/engine";
import type { TimeUnit } from "@/lib/core/profile";
import { addDays, remainingDays, rescreenDate, verdictAfter } from "@/lib/core/rescreen";
import { isWithin } from "@/lib/core/time";
import type { TrialDefinition } from "@/lib/core/trial";
import { dropLeaves, fullProfile } from "../support/arbitraries";
import { ago, profile } from "../criteria/helpers";
import { decompensatedHbv } from "../fixtures/profiles";
import { sampleTrial } from "../fixtures/sample-trial";

/** A trial whose only criterion is one washout window on albumin infusions. */
function windowTrial(amount: number, unit: TimeUnit): TrialDefinition {
  return {
    ...sampleTrial,
    criteria: [
      {
        id: "EXCL01",
        category: "exclusion",
        text: `Albumin within ${amount} ${unit}`,
        rule: { fact: "albuminInfusion", op: "within", amount, unit },
      },
    ],
  };
}

const SCREENED = "2026-05-29";

function from(window: [number, TimeUnit], since: [number, TimeUnit], screenedOn = SCREENED) {
  const trial = windowTrial(...window);
  return rescreenDate(trial, profile({ exposures: { albuminInfusion: ago(...since) } }), screenedOn)?.from;
}

/** Days from a to b. */
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

describe("re-screen dates: windows are inclusive, so eligibility starts the day after", () => {
  it("gives the day after the last day of the window: albumin 1 week ago, within 3 weeks → 15 days on", () => {
    expect(from([3, "weeks"], [1, "weeks"])).toBe("2026-06-13");
    expect(daysBetween(SCREENED, "2026-06-13")).toBe(15);
  });

  it("gives the next day when the event is exactly on the boundary: 3 weeks ago against within 3 weeks", () => {
    expect(from([3, "weeks"], [3, "weeks"])).toBe("2026-05-30");
    expect(from([3, "weeks"], [21, "days"])).toBe("2026-05-30");
  });

  it("gives no date when the window has already passed (22 days against 3 weeks: not excluded)", () => {
    expect(from([3, "weeks"], [22, "days"])).toBeUndefined();
  });

  it("30 days ago against within 30 days: the next day", () => {
    expect(from([30, "days"], [30, "days"])).toBe("2026-05-30");
  });
});

describe("re-screen dates: exactly 1 year", () => {
  it("1 year ago and 12 months ago are within 1 year, so the next day", () => {
    expect(from([1, "years"], [1, "years"])).toBe("2026-05-30");
    expect(from([1, "years"], [12, "months"])).toBe("2026-05-30");
  });

  it("13 months ago is not within 1 year: no date", () => {
    expect(from([1, "years"], [13, "months"])).toBeUndefined();
  });

  it("365 days ago is within 1 year; 366 days is unknown on the calendar, 367 days is past it", () => {
    // 365 days ≤ 365 (the shortest year): within. After 1 more day (366) the calendar decides;
    // after 2 (367 > 366, the longest year) it has passed on any calendar.
    expect(isWithin(365, "days", { amount: 1, unit: "years" })).toBe(true);
    expect(isWithin(366, "days", { amount: 1, unit: "years" })).toBeNull();
    expect(from([1, "years"], [365, "days"])).toBe(addDays(SCREENED, 2));
  });

  it("a remainder in months is laid on the calendar at its longest: 3 months ago against 1 year", () => {
    // 9 months remain: 270.9–276.9 days by time.ts's calendar rules; the latest is day 276.9, so day 277.
    expect(remainingDays(3, "months", { amount: 1, unit: "years" })).toEqual({ lo: 270.9375, hi: 276.9375 });
    expect(from([1, "years"], [3, "months"])).toBe(addDays(SCREENED, 277));
  });
});

describe("re-screen dates: 52 against 53 weeks", () => {
  it("52 weeks (364 days) ago is within 1 year; the window has passed on any calendar 3 days later", () => {
    // 364 + 2 = 366 days could still be within a leap year; 364 + 3 = 367 cannot.
    expect(remainingDays(52, "weeks", { amount: 1, unit: "years" })).toEqual({ lo: 1, hi: 2 });
    expect(from([1, "years"], [52, "weeks"])).toBe(addDays(SCREENED, 3));
  });

  it("53 weeks (371 days) ago is past 1 year on any calendar: no date", () => {
    expect(isWithin(53, "weeks", { amount: 1, unit: "years" })).toBe(false);
    expect(from([1, "years"], [53, "weeks"])).toBeUndefined();
  });
});

describe("re-screen dates: 1 month against 30 days", () => {
  it("1 month ago against within 30 days is needs-information now, and settled 3 days on", () => {
    // A month is 28–31 days: 30 − 28 = 2 days may remain; from day 3 the window has passed.
    const trial = windowTrial(30, "days");
    const p = profile({ exposures: { albuminInfusion: ago(1, "months") } });
    expect(evaluateTrial(trial, p).verdict).toBe("needs-info");
    const r = rescreenDate(trial, p, SCREENED);
    expect(r?.verdictAtScreening).toBe("needs-info");
    expect(r?.from).toBe(addDays(SCREENED, 3));
    expect(r?.windows[0]).toMatchObject({ criterionId: "EXCL01", calendarRange: true, daysAfterScreening: 3 });
  });

  it("30 days ago against within 1 month: the latest end of the month, day 2 (30 + 2 > 31)", () => {
    expect(from([1, "months"], [30, "days"])).toBe(addDays(SCREENED, 2));
  });

  it("20 days ago against within 1 month: excluded now, passed from day 12 whatever the month", () => {
    expect(from([1, "months"], [20, "days"])).toBe(addDays(SCREENED, 12));
  });

  it("1 month ago against within 6 weeks: passed from day 15", () => {
    // 42 days − 28 (the shortest month) = 14 days may remain.
    expect(from([6, "weeks"], [1, "months"])).toBe(addDays(SCREENED, 15));
  });
});

describe("re-screen dates: leap days", () => {
  it("counts 29 February in a leap year", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2028-02-28", 2)).toBe("2028-03-01");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(from([3, "weeks"], [1, "weeks"], "2028-02-20")).toBe("2028-03-06");
    expect(from([3, "weeks"], [1, "weeks"], "2027-02-20")).toBe("2027-03-07");
  });

  it("a screening on 29 February, an event 1 year ago against 1 year: 1 March", () => {
    expect(from([1, "years"], [1, "years"], "2028-02-29")).toBe("2028-03-01");
  });

  it("crosses a year end", () => {
    expect(from([30, "days"], [1, "days"], "2026-12-20")).toBe("2027-01-19");
  });
});

describe("re-screen dates: only when time alone keeps the patient out", () => {
  it("gives no date for an ongoing treatment (0 = ongoing or today): its washout has not started", () => {
    expect(from([1, "years"], [0, "days"])).toBeUndefined();
  });

  it("gives no date when the time is not recorded", () => {
    const trial = windowTrial(3, "weeks");
    expect(rescreenDate(trial, profile({ exposures: { albuminInfusion: { status: "ago" } } }), SCREENED)).toBeUndefined();
  });

  it("gives no date when the pre-screen passes already", () => {
    expect(rescreenDate(windowTrial(3, "weeks"), profile({ exposures: { albuminInfusion: { status: "never" } } }), SCREENED)).toBeUndefined();
  });

  it("gives no date when another criterion is violated too (a real trial: PT prolonged and albumin 1 week ago)", () => {
    const trial = TRIALS.find((t) => t.id === "NCT05106972")!;
    const p = profile({
      ...decompensatedHbv,
      labs: { ...decompensatedHbv.labs, ptSeconds: 20 },
      exposures: { ...decompensatedHbv.exposures, albuminInfusion: ago(1, "weeks") },
    });
    expect(evaluateTrial(trial, p).verdict).toBe("ineligible");
    expect(rescreenDate(trial, p, SCREENED)).toBeUndefined();
  });

  it("gives no date when data are missing as well", () => {
    const trial = TRIALS.find((t) => t.id === "NCT05106972")!;
    const p = profile({ ...decompensatedHbv, labs: {}, exposures: { ...decompensatedHbv.exposures, albuminInfusion: ago(1, "weeks") } });
    expect(rescreenDate(trial, p, SCREENED)).toBeUndefined();
  });

  it("gives no date when a manual item was confirmed as not met", () => {
    const trial = TRIALS.find((t) => t.id === "NCT05106972")!;
    const manual = trial.criteria.find((c) => c.manual)!;
    const p = profile({ ...decompensatedHbv, exposures: { ...decompensatedHbv.exposures, albuminInfusion: ago(1, "weeks") } });
    expect(rescreenDate(trial, p, SCREENED)).toBeDefined();
    expect(rescreenDate(trial, p, SCREENED, { [manual.id]: { outcome: "not-met" } })).toBeUndefined();
  });

  it("takes the latest of several windows (a real trial: albumin 1 week and GI bleeding 2 weeks ago)", () => {
    const trial = TRIALS.find((t) => t.id === "NCT05106972")!;
    const p = profile({
      ...decompensatedHbv,
      exposures: { ...decompensatedHbv.exposures, albuminInfusion: ago(1, "weeks"), upperGiBleeding: ago(2, "weeks") },
    });
    const r = rescreenDate(trial, p, SCREENED)!;
    expect(r.windows.map((w) => [w.criterionId, w.passesOn])).toEqual([
      ["EXCL07", addDays(SCREENED, 15)],
      ["EXCL08", addDays(SCREENED, 15)],
    ]);
    expect(r.from).toBe(addDays(SCREENED, 15));
    const later = profile({ ...decompensatedHbv, exposures: { ...decompensatedHbv.exposures, albuminInfusion: ago(1, "weeks"), upperGiBleeding: ago(1, "days") } });
    expect(rescreenDate(trial, later, SCREENED)!.from).toBe(addDays(SCREENED, 28));
  });

  it("reads windows inside any/all: interferon or steroids within 1 year (NCT06242405 EXCL06)", () => {
    const trial = TRIALS.find((t) => t.id === "NCT06242405")!;
    const p = profile({
      ...decompensatedHbv,
      exposures: { ...decompensatedHbv.exposures, interferon: ago(11, "months"), systemicGlucocorticoids: ago(3, "months") },
    });
    const r = rescreenDate(trial, p, SCREENED)!;
    expect(r.windows.map((w) => w.fact)).toEqual(["interferon", "systemicGlucocorticoids"]);
    expect(r.from).toBe(addDays(SCREENED, 277)); // the steroids' 9 months, at their longest
  });
});

describe("re-screen dates: properties", () => {
  it("re-evaluates on the screening day exactly as the engine does (partial profiles, confirmations, referrals)", () => {
    fc.assert(
      fc.property(fullProfile, fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }), fc.array(fc.constantFrom(undefined, "met", "not-met"), { minLength: 20, maxLength: 20 }), (full, keepBits, outcomes) => {
        let i = 0;
        const p = dropLeaves(full, () => keepBits[i++ % keepBits.length]!);
        for (const trial of TRIALS) {
          const confirmations = Object.fromEntries(
            trial.criteria.flatMap((c, j) => (outcomes[j % outcomes.length] ? [[c.id, { outcome: outcomes[j % outcomes.length]! }]] : [])),
          );
          expect(verdictAfter(trial, p, confirmations, 0)).toBe(evaluateTrial(trial, p, confirmations).verdict);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("on the re-screen date the engine, given the time since in days, passes the pre-screen; the day before it does not", () => {
    const trial = TRIALS.find((t) => t.id === "NCT05106972")!;
    const dayUnits = fc.constantFrom<TimeUnit>("days", "weeks");
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), dayUnits, fc.integer({ min: 1, max: 60 }), dayUnits, (a, au, b, bu) => {
        const exposures = { ...decompensatedHbv.exposures, albuminInfusion: ago(a, au), upperGiBleeding: ago(b, bu) };
        const p = profile({ ...decompensatedHbv, exposures });
        const r = rescreenDate(trial, p, SCREENED);
        const verdict = evaluateTrial(trial, p).verdict;
        if (verdict === "passed") {
          expect(r).toBeUndefined();
          return;
        }
        expect(r).toBeDefined();
        const aged = (k: number) => {
          const days = (n: number, u: TimeUnit) => n * (u === "weeks" ? 7 : 1) + k;
          return profile({ ...decompensatedHbv, exposures: { ...exposures, albuminInfusion: ago(days(a, au), "days"), upperGiBleeding: ago(days(b, bu), "days") } });
        };
        const k = r!.daysAfterScreening;
        expect(evaluateTrial(trial, aged(k)).verdict).toBe("passed");
        expect(evaluateTrial(trial, aged(k - 1)).verdict).not.toBe("passed");
      }),
    );
  });

  it("for any profile, a date is given only when the engine does not pass it, and never in the past", () => {
    fc.assert(
      fc.property(fullProfile, (p) => {
        for (const trial of TRIALS) {
          const r = rescreenDate(trial, p, SCREENED);
          if (!r) continue;
          expect(evaluateTrial(trial, p).verdict).toBe(r.verdictAtScreening);
          expect(r.from > SCREENED).toBe(true);
          expect(r.windows.length).toBeGreaterThan(0);
          for (const w of r.windows) expect(w.passesOn <= r.from).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
