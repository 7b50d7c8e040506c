import { type MessageValue } from "@/lib/core/message";
import { toEnglish } from "@/lib/core/english";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TRIALS } from "@/criteria";
import { evaluateTrial, screen, trialData, type TrialResult } from "@/lib/core/engine";
import { compareForList } from "@/lib/core/freshness";
import { checklistSection } from "@/lib/view/checklist";
import { FIELD_LABELS } from "@/lib/core/english-core";
import { defaultFormValues } from "@/lib/view/form";
import { profileSchema } from "@/lib/core/profile";
import { computeScores } from "@/lib/core/scores";
import {
  orderedResults,
  VERDICT_TEXT,
  countsText,
  groupCriteria,
  isAnswered,
  matrixRows,
  recruitment,
  scoreLines,
  screeningInput,
} from "@/lib/view/results-view";
import type { TrialDefinition } from "@/lib/core/trial";

const trial = (id: string): TrialDefinition => {
  const t = TRIALS.find((x) => x.id === id);
  if (!t) throw new Error(`${id} not encoded`);
  return t;
};

describe("verdicts", () => {
  it("are words with a symbol, not colour alone", () => {
    expect(Object.values(VERDICT_TEXT).map((v) => `${v.symbol} ${v.label}`)).toEqual([
      "✕ Not eligible",
      "? Needs information",
      "✓ Pre-screen passed",
    ]);
  });
});

describe("groupCriteria", () => {
  it("orders a trial's criteria: violated, unknown, manual, then the rest", () => {
    const profile = profileSchema.parse({ demographics: { ageYears: 85, sex: "male" }, conditions: { hiv: false } });
    const [result] = screen(profile, [trial("NCT06242405")], {
      NCT06242405: { EXCL04: { outcome: "not-met" }, INCL03: { outcome: "met" } },
    }) as [TrialResult];
    const g = groupCriteria(result);
    expect(g.violated.map((c) => c.id)).toEqual(["INCL01", "EXCL04"]);
    expect(g.unknown.map((c) => c.id)).toContain("INCL02");
    expect(g.manual.map((c) => c.id)).toEqual(["INCL03", "EXCL04", "EXCL11"]);
    expect(g.satisfied.map((c) => c.id)).toEqual(["EXCL05", "EXCL09"]);
    expect(countsText(result)).toMatch(/^2 violated, \d+ unknown, 1 manual$/);
  });

  it("groups the page's data form (without the English) exactly as the full result", () => {
    const profile = profileSchema.parse({ demographics: { ageYears: 85, sex: "male" }, conditions: { hiv: false } });
    const [result] = screen(profile, [trial("NCT06242405")], { NCT06242405: { EXCL04: { outcome: "not-met" } } }) as [TrialResult];
    const ids = (g: Record<string, { id: string }[]>) => Object.fromEntries(Object.entries(g).map(([k, v]) => [k, v.map((c) => c.id)]));
    expect(ids(groupCriteria(trialData(result)))).toEqual(ids(groupCriteria(result)));
  });
});

describe("recruitment", () => {
  const t = trial("NCT06242405");
  it("gives the status in words, without hints on the server", () => {
    expect(recruitment(t)).toMatchObject({ label: "Recruiting", open: true, hints: [], hintMessages: [] });
    expect(inEnglish(recruitment(t).labelMessage)).toBe("Recruiting");
  });

  it("flags a record whose completion date has passed", () => {
    const r = recruitment(t, "2027-01-15");
    expect(r.hints).toHaveLength(1);
    expect(r.hints[0]).toMatch(/completion date passed/);
  });

  it("flags an old record", () => {
    const r = recruitment(t, "2027-06-01");
    expect(r.hints[0]).toMatch(/Outdated: .*last updated 2 years/);
  });

  it("has no hint for a fresh record", () => {
    expect(recruitment(t, "2025-04-01").hints).toEqual([]);
  });
});

describe("screeningInput", () => {
  it("leaves invalid fields (and the label) out and names them", () => {
    const v = defaultFormValues();
    v.screeningLabel = "Bed 3";
    v.demographics.ageYears = "abc";
    v.labs.bilirubin = { value: "500", unit: "mg/dL" };
    v.labs.inr = "1.4";
    v.exposures.interferon = { status: "ago", amount: "3", unit: "" };
    const input = screeningInput(v);
    expect(input.profile).toEqual({ labs: { inr: 1.4 } });
    expect(input.invalid).toMatchObject([
      { path: "demographics.ageYears", label: "Age", message: "Age: enter a number", text: "Age: enter a number" },
      {
        path: "labs.bilirubin",
        label: "Total bilirubin",
        message: expect.stringMatching(/^Total bilirubin 500 mg\/dL is not a possible value/),
        text: expect.stringMatching(/^Total bilirubin 500 mg\/dL is not a possible value/),
      },
      {
        path: "exposures.interferon",
        label: "Interferon",
        message: "Choose days, weeks, months or years",
        text: "Interferon: Choose days, weeks, months or years",
      },
    ]);
    const invalidNotice = (count: number) => toEnglish({ key: "results.invalidNotice", values: { count } });
    expect(invalidNotice(3)).toBe("3 fields have errors and are treated as unknown.");
    expect(invalidNotice(1)).toBe("1 field has an error and is treated as unknown.");
  });
});

describe("scoreLines", () => {
  it("says which inputs a score still lacks", () => {
    const lines = scoreLines(computeScores({}));
    expect(lines.map((l) => [l.name, inEnglish(l.value)])).toEqual([
      ["Child–Pugh", "Unknown"],
      ["MELD", "Unknown"],
      ["MELD-Na", "Unknown"],
      ["MELD 3.0", "Unknown"],
    ]);
    expect(lines[1]?.missing).toEqual(["labs.bilirubin", "labs.creatinine", "labs.inr"]);
  });

  it("gives Child–Pugh points and class, and MELD values", () => {
    const profile = profileSchema.parse({
      demographics: { sex: "male" },
      liver: { ascitesGrade: "mild", westHavenGrade: 1 },
      labs: {
        bilirubin: { value: 3.2, unit: "mg/dL" },
        albumin: { value: 2.9, unit: "g/dL" },
        inr: 1.8,
        creatinine: { value: 1.1, unit: "mg/dL" },
        sodiumMmolL: 131,
      },
    });
    const lines = scoreLines(computeScores(profile));
    expect(lines[0]).toMatchObject({ missing: [] });
    expect(inEnglish(lines[0]!.value)).toBe("Class C");
    expect(inEnglish(lines[0]!.detail!)).toBe("11 points");
    for (const l of lines.slice(1)) expect(l.value).toMatch(/^\d+$/);
  });
});

describe("matrixRows", () => {
  it("has a row per field any trial reads, in form order, with the criterion ids per trial", () => {
    const rows = matrixRows(TRIALS);
    const order = Object.keys(FIELD_LABELS);
    expect(rows.map((r) => order.indexOf(r.field))).toEqual([...rows.map((r) => order.indexOf(r.field))].sort((a, b) => a - b));
    const age = rows.find((r) => r.field === "demographics.ageYears");
    expect(age?.cells.NCT06242405).toEqual(["INCL01"]);
    expect(age?.trialCount).toBe(TRIALS.length);
  });

  it("knows which fields are answered", () => {
    const p = profileSchema.parse({ demographics: { ageYears: 50 }, labs: { bilirubin: { unit: "mg/dL" } } });
    expect(isAnswered(p, "demographics.ageYears")).toBe(true);
    expect(isAnswered(p, "labs.bilirubin")).toBe(false);
    expect(isAnswered(p, "demographics.sex")).toBe(false);
  });
});

describe("whatever is typed", () => {
  const numberPaths = [
    "demographics.ageYears",
    "liver.hbvYearsSinceDiagnosis",
    "labs.inr",
    "labs.ptSeconds",
    "labs.ptControlSeconds",
    "labs.sodiumMmolL",
    "labs.plateletsE9L",
    "treatment.conservativeTreatmentMonths",
  ] as const;
  const typed = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.double().map(String),
    fc.constantFrom("", "0", "-1", "1e308", "Infinity", "NaN", "1,5", "１２", "0.0000001", "99999999999"),
  );

  it("never gives NaN, Infinity or an exception in the results", () => {
    fc.assert(
      fc.property(fc.array(typed, { minLength: 11, maxLength: 11 }), fc.constantFrom("mg/dL", "µmol/L"), (texts, unit) => {
        const v = defaultFormValues();
        v.liver.etiology.hbv = "yes";
        numberPaths.forEach((path, i) => {
          const [section, key] = path.split(".") as [keyof typeof v, string];
          (v[section] as Record<string, unknown>)[key] = texts[i];
        });
        v.labs.bilirubin = { value: texts[8] ?? "", unit: unit as "mg/dL" };
        v.labs.creatinine = { value: texts[9] ?? "", unit: unit as "mg/dL" };
        v.exposures.interferon = { status: "ago", amount: texts[10] ?? "", unit: "months" };
        const input = screeningInput(v);
        const results = screen(input.profile, TRIALS);
        const shown = JSON.stringify([
          input,
          scoreLines(computeScores(input.profile)),
          results.map((r) => r.criteria.map((c) => [c.status, c.reason, c.missing])),
        ]);
        expect(shown).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the order of trials in the results", () => {
  it("puts trials open to patients and with fresh records first, as /trials does (changed: NCT06242405 is past its completion date, so not open)", () => {
    const ids = orderedResults(screen({}, TRIALS), TRIALS, "2026-11-22").map((r) => r.id);
    expect(ids[0]).toBe("NCT06984497");
    expect(ids.at(-1)).toBe("NCT01224327");
    expect([...ids].sort()).toEqual(TRIALS.map((t) => t.id).sort());
  });

  it("is the order compareForList gives, on any day, whatever order the results come in", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("2020-01-01"), max: new Date("2035-12-31"), noInvalidDate: true }), fc.boolean(), (day, reversed) => {
        const today = day.toISOString().slice(0, 10);
        const results = screen({}, TRIALS);
        const expected = [...TRIALS].sort((a, b) => compareForList(a, b, today)).map((t) => t.id);
        expect(orderedResults(reversed ? [...results].reverse() : results, TRIALS, today).map((r) => r.id)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it("puts a result whose trial is not listed last, by id", () => {
    const results = [{ id: "ZZZ" }, { id: "AAA" }, ...screen({}, TRIALS)];
    const ids = orderedResults(results, TRIALS, "2026-11-22").map((r) => r.id);
    expect(ids.slice(-2)).toEqual(["AAA", "ZZZ"]);
    expect(ids.slice(0, -2)).toEqual(orderedResults(screen({}, TRIALS), TRIALS, "2026-11-22").map((r) => r.id));
  });
});

describe("a caveat on the verdict of a trial almost certainly closed", () => {
  it("says it plainly for NCT05106972 (Unknown by ClinicalTrials.gov's rule) and NCT06242405 (past completion)", () => {
    const c = recruitment(TRIALS.find((t) => t.id === "NCT05106972")!, "2026-11-22");
    expect(c.open).toBe(false);
    expect(c.derived).toBe("Unknown status (ClinicalTrials.gov's rule)");
    expect(c.caveat).toMatch(/^This trial is almost certainly closed to patients: ClinicalTrials.gov would show its status as Unknown/);
    const a = recruitment(TRIALS.find((t) => t.id === "NCT06242405")!, "2026-11-22");
    expect(a.caveat).toContain("its completion date (2026-06) has passed");
    expect(a.derived).toBeUndefined();
  });

  it("says nothing for an open trial, or without a date", () => {
    expect(recruitment(TRIALS.find((t) => t.id === "NCT06984497")!, "2026-11-22").caveat).toBeUndefined();
    expect(recruitment(TRIALS.find((t) => t.id === "NCT05106972")!).caveat).toBeUndefined();
  });

  it("prints it with a passed verdict on the checklist, not with an ineligible one", () => {
    const trial = TRIALS.find((t) => t.id === "NCT06242405")!;
    const passed = { ...evaluateTrial(trial, {}), verdict: "passed" as const, pendingManual: 0 };
    expect(checklistSection(trial, passed, "x", "2026-11-22").verdictCaveat).toMatch(/almost certainly closed/);
    expect(checklistSection(trial, passed, "x", "2025-12-15").verdictCaveat).toBeUndefined();
    const ineligible = { ...passed, verdict: "ineligible" as const };
    expect(checklistSection(trial, ineligible, "x", "2026-11-22").verdictCaveat).toBeUndefined();
  });
});

function inEnglish(value: MessageValue): string {
  return typeof value === "object" && "key" in value ? toEnglish(value) : String(value);
}
