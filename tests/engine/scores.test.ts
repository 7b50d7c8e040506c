import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseProfile, type Profile } from "@/lib/core/profile";
import { toEnglish } from "@/lib/core/english";
import { bilirubinFromMgdL, creatinineFromMgdL, albuminFromGdL } from "@/lib/core/units";
import {
  DIALYSIS_ASSUMPTION,
  childPughClass,
  computeChildPugh,
  computeMeld,
  computeMeld3,
  computeMeldNa,
  computeScores,
  meld3Raw,
  meldI,
} from "@/lib/core/scores";

// ---------------------------------------------------------------------------------------------
// Fixtures

type Labs = NonNullable<Profile["labs"]>;
type Liver = NonNullable<Profile["liver"]>;

const mgdl = (value: number) => ({ value, unit: "mg/dL" as const });
const gdl = (value: number) => ({ value, unit: "g/dL" as const });

interface MeldInput {
  cr?: number;
  bili?: number;
  inr?: number;
  na?: number;
  alb?: number;
  dialysis?: boolean;
  sex?: "female" | "male";
}

/** A profile with the given conventional-unit labs (dialysis recorded as "no" unless given). */
function meldProfile(i: MeldInput): Profile {
  const labs: Labs = { dialysis: i.dialysis ?? false };
  if (i.cr !== undefined) labs.creatinine = mgdl(i.cr);
  if (i.bili !== undefined) labs.bilirubin = mgdl(i.bili);
  if (i.inr !== undefined) labs.inr = i.inr;
  if (i.na !== undefined) labs.sodiumMmolL = i.na;
  if (i.alb !== undefined) labs.albumin = gdl(i.alb);
  const profile: Profile = { labs };
  if (i.sex !== undefined) profile.demographics = { sex: i.sex };
  return profile;
}

/** A Child–Pugh profile scoring 1 point on every component (5 points, class A) unless overridden. */
function cpProfile(labs: Partial<Labs> = {}, liver: Partial<Liver> = {}): Profile {
  return {
    labs: { bilirubin: mgdl(1.0), albumin: gdl(4.0), inr: 1.0, ...labs },
    liver: { ascitesGrade: "none", westHavenGrade: 0, ...liver },
  };
}

/** Removes one dotted field path from a profile (copying the objects on the way). */
function without(profile: Profile, ...paths: string[]): Profile {
  const copy = structuredClone(profile) as Record<string, Record<string, unknown> | undefined>;
  for (const path of paths) {
    const [section, field] = path.split(".") as [string, string];
    const obj = copy[section];
    if (obj) delete obj[field];
  }
  return copy as Profile;
}

const meld = (i: MeldInput) => computeMeld(meldProfile(i)).value;
const meldNa = (i: MeldInput) => computeMeldNa(meldProfile(i)).value;
const meld3 = (i: MeldInput) => computeMeld3(meldProfile(i)).value;

// ---------------------------------------------------------------------------------------------

describe("test fixtures", () => {
  it("are valid profiles under the zod schema", () => {
    for (const p of [
      cpProfile(),
      meldProfile({ cr: 1.9, bili: 4.2, inr: 1.2, na: 125, alb: 3.0, sex: "female" }),
    ]) {
      expect(parseProfile(p).ok).toBe(true);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// MELD (OPTN, pre-2016 MELD(i) with UNOS modifications)

describe("MELD", () => {
  it("gives MELD 20 for creatinine 1.9, bilirubin 4.2, INR 1.2 (OPTN worked example)", () => {
    // 0.957·ln 1.9 + 0.378·ln 4.2 + 1.120·ln 1.2 + 0.643
    // = 0.957·0.641854 + 0.378·1.435085 + 1.120·0.182322 + 0.643
    // = 0.614254 + 0.542462 + 0.204200 + 0.643 = 2.003916 → 2.0 → ×10 = 20
    const r = computeMeld(meldProfile({ cr: 1.9, bili: 4.2, inr: 1.2 }));
    expect(r.value).toBe(20);
    expect(r.missing).toEqual([]);
    expect(toEnglish(r.explanation)).toBe("MELD 20 from creatinine 1.9 mg/dL, bilirubin 4.2 mg/dL, INR 1.2");
  });

  it("rounds MELD(i) to the tenth before multiplying by 10", () => {
    // Cr 1.0, bili 1.5, INR 1.5: 0 + 0.378·0.405465 + 1.120·0.405465 + 0.643 = 1.250387 → 1.3 → 13
    expect(meldI({ creatinineMgdL: 1.0, bilirubinMgdL: 1.5, inr: 1.5 })).toBe(13);
    expect(meld({ cr: 1.0, bili: 1.5, inr: 1.5 })).toBe(13);
  });

  it("sets values below 1.0 to 1.0, so the lowest MELD is 6", () => {
    // all three at 1.0: 0.643 → 0.6 → 6
    expect(meld({ cr: 0.5, bili: 0.3, inr: 0.9 })).toBe(6);
    expect(meld({ cr: 1.0, bili: 1.0, inr: 1.0 })).toBe(6);
    expect(toEnglish(computeMeld(meldProfile({ cr: 0.5, bili: 0.3, inr: 0.9 })).explanation)).toBe(
      "MELD 6 from creatinine 0.5 mg/dL (counted as 1.0), bilirubin 0.3 mg/dL (counted as 1.0), INR 0.9 (counted as 1.0)",
    );
  });

  it("caps creatinine at 4.0 mg/dL", () => {
    // Cr 4.0, bili 4.2, INR 1.2: 0.957·1.386294 + 0.542462 + 0.204200 + 0.643 = 2.716346 → 27
    expect(meld({ cr: 4.0, bili: 4.2, inr: 1.2 })).toBe(27);
    expect(meld({ cr: 6.5, bili: 4.2, inr: 1.2 })).toBe(27);
  });

  it("sets creatinine to 4.0 mg/dL on dialysis, whatever the measured value", () => {
    expect(meld({ cr: 1.0, bili: 4.2, inr: 1.2, dialysis: true })).toBe(27);
    const r = computeMeld(meldProfile({ cr: 1.0, bili: 4.2, inr: 1.2, dialysis: true }));
    expect(toEnglish(r.explanation)).toBe(
      "MELD 27 from creatinine 1 mg/dL, counted as 4.0 mg/dL (dialysis), bilirubin 4.2 mg/dL, INR 1.2",
    );
  });

  it("does not need creatinine on dialysis", () => {
    const r = computeMeld(meldProfile({ bili: 4.2, inr: 1.2, dialysis: true }));
    expect(r.value).toBe(27);
    expect(r.missing).toEqual([]);
  });

  it("caps MELD at 40", () => {
    // Cr 4, bili 30, INR 4: 1.326684 + 0.378·3.401197 + 1.120·1.386294 + 0.643 = 4.807986 → 48 → 40
    const r = computeMeld(meldProfile({ cr: 4, bili: 30, inr: 4 }));
    expect(r.value).toBe(40);
    expect(toEnglish(r.explanation)).toContain("capped at 40 from 48");
  });

  it("treats unknown dialysis as none and says so", () => {
    const p: Profile = { labs: { creatinine: mgdl(1.9), bilirubin: mgdl(4.2), inr: 1.2 } };
    const r = computeMeld(p);
    expect(r.value).toBe(20);
    expect(r.assumptions).toEqual([DIALYSIS_ASSUMPTION]);
    expect(DIALYSIS_ASSUMPTION).toBe("dialysis not recorded: assumed none");
  });

  it("records no dialysis assumption when dialysis is recorded or creatinine is already at the cap", () => {
    expect(computeMeld(meldProfile({ cr: 1.9, bili: 4.2, inr: 1.2 })).assumptions).toEqual([]);
    const atCap: Profile = { labs: { creatinine: mgdl(4.5), bilirubin: mgdl(4.2), inr: 1.2 } };
    expect(computeMeld(atCap).assumptions).toEqual([]);
  });

  it("is unknown (not 0) with the exact missing paths when inputs are missing", () => {
    const r = computeMeld({ labs: { bilirubin: mgdl(4.2) } });
    expect(r.value).toBeUndefined();
    expect(r.missing).toEqual(["labs.creatinine", "labs.inr"]);
    expect(toEnglish(r.explanation)).toBe("MELD unknown: missing creatinine, INR");
    expect(computeMeld({}).missing).toEqual(["labs.bilirubin", "labs.creatinine", "labs.inr"]);
  });

  it("treats a lab with a unit but no value as missing", () => {
    const r = computeMeld({ labs: { bilirubin: { unit: "mg/dL" }, creatinine: mgdl(1.9), inr: 1.2 } });
    expect(r.value).toBeUndefined();
    expect(r.missing).toEqual(["labs.bilirubin"]);
  });
});

// ---------------------------------------------------------------------------------------------
// MELD-Na (OPTN 2016)

describe("MELD-Na", () => {
  it("gives MELD-Na 28 for creatinine 1.9, bilirubin 4.2, INR 1.2, sodium 125 (OPTN worked example)", () => {
    // MELD(i) 20 > 11: 20 + 1.32·12 − 0.033·20·12 = 20 + 15.84 − 7.92 = 27.92 → 28
    const r = computeMeldNa(meldProfile({ cr: 1.9, bili: 4.2, inr: 1.2, na: 125 }));
    expect(r.value).toBe(28);
    expect(toEnglish(r.explanation)).toBe(
      "MELD-Na 28 from creatinine 1.9 mg/dL, bilirubin 4.2 mg/dL, INR 1.2, sodium 125 mmol/L (MELD(i) 20)",
    );
  });

  it("gives MELD-Na 15, not 14, for creatinine 1.0, bilirubin 1.5, INR 1.5, sodium 135 (the rounding trap)", () => {
    // MELD(i) = 1.250387 → rounded to the tenth 1.3 → 13 (unrounded 12.50387 would give 14).
    // 13 + 1.32·2 − 0.033·13·2 = 13 + 2.64 − 0.858 = 14.782 → 15
    // (12.50387 + 2.64 − 0.825255 = 14.3186 → 14 is the wrong answer)
    expect(meldNa({ cr: 1.0, bili: 1.5, inr: 1.5, na: 135 })).toBe(15);
  });

  it("bounds sodium below at 125 (120 counts as 125)", () => {
    expect(meldNa({ cr: 1.9, bili: 4.2, inr: 1.2, na: 120 })).toBe(28);
    expect(toEnglish(computeMeldNa(meldProfile({ cr: 1.9, bili: 4.2, inr: 1.2, na: 120 })).explanation)).toContain(
      "sodium 120 mmol/L (counted as 125)",
    );
  });

  it("bounds sodium above at 137 (140 counts as 137, so no adjustment)", () => {
    // 20 + 1.32·0 − 0 = 20
    expect(meldNa({ cr: 1.9, bili: 4.2, inr: 1.2, na: 140 })).toBe(20);
    expect(meldNa({ cr: 1.9, bili: 4.2, inr: 1.2, na: 137 })).toBe(20);
  });

  it("skips the sodium term when MELD(i) ≤ 11", () => {
    // Cr 1, bili 1, INR 1.3: 1.120·0.262364 + 0.643 = 0.936848 → 9
    expect(meldNa({ cr: 1, bili: 1, inr: 1.3, na: 125 })).toBe(9);
    // Cr 1, bili 1, INR 1.5: 0.454121 + 0.643 = 1.097121 → 11 (boundary: still no adjustment)
    expect(meldNa({ cr: 1, bili: 1, inr: 1.5, na: 125 })).toBe(11);
  });

  it("applies the sodium term from MELD(i) 12", () => {
    // Cr 1, bili 1.2, INR 1.5: 0.378·0.182322 + 0.454121 + 0.643 = 1.166038 → 12
    // 12 + 1.32·12 − 0.033·12·12 = 12 + 15.84 − 4.752 = 23.088 → 23
    expect(meld({ cr: 1, bili: 1.2, inr: 1.5 })).toBe(12);
    expect(meldNa({ cr: 1, bili: 1.2, inr: 1.5, na: 125 })).toBe(23);
  });

  it("does not need sodium when MELD(i) ≤ 11", () => {
    const r = computeMeldNa(meldProfile({ cr: 1, bili: 1, inr: 1.3 }));
    expect(r.value).toBe(9);
    expect(r.missing).toEqual([]);
  });

  it("is unknown with missing sodium when MELD(i) > 11 and sodium is missing", () => {
    const r = computeMeldNa(meldProfile({ cr: 1.9, bili: 4.2, inr: 1.2 }));
    expect(r.value).toBeUndefined();
    expect(r.missing).toEqual(["labs.sodiumMmolL"]);
  });

  it("lists MELD's missing inputs and sodium when all are missing", () => {
    expect(computeMeldNa({}).missing).toEqual([
      "labs.bilirubin",
      "labs.creatinine",
      "labs.inr",
      "labs.sodiumMmolL",
    ]);
  });

  it("caps MELD-Na at 40", () => {
    expect(meldNa({ cr: 4, bili: 30, inr: 4, na: 125 })).toBe(40);
    expect(meldNa({ cr: 4, bili: 20, inr: 2.5, na: 125 })).toBe(40);
  });
});

// ---------------------------------------------------------------------------------------------
// MELD 3.0 (Kim WR et al., Gastroenterology 2021; OPTN 2023)
//
// MELD 3.0 = 1.33·female + 4.56·ln(bili) + 0.82·(137−Na) − 0.24·(137−Na)·ln(bili) + 9.09·ln(INR)
//          + 11.14·ln(Cr) + 1.85·(3.5−Alb) − 1.83·(3.5−Alb)·ln(Cr) + 6
// ln 4.2 = 1.435085, ln 1.2 = 0.182322, ln 1.9 = 0.641854, ln 2 = 0.693147, ln 1.5 = 0.405465,
// ln 3 = 1.098612

describe("MELD 3.0", () => {
  it("gives 29 for a woman with bilirubin 4.2, sodium 125, INR 1.2, creatinine 1.9, albumin 3.0", () => {
    // 1.33                           (female)
    // + 4.56·1.435085        =  6.543985
    // + 0.82·12              =  9.84
    // − 0.24·12·1.435085     = −4.133043
    // + 9.09·0.182322        =  1.657303
    // + 11.14·0.641854       =  7.150252
    // + 1.85·0.5             =  0.925
    // − 1.83·0.5·0.641854    = −0.587296
    // + 6
    // = 28.726201 → 29
    const p = meldProfile({ cr: 1.9, bili: 4.2, inr: 1.2, na: 125, alb: 3.0, sex: "female" });
    const r = computeMeld3(p);
    expect(r.value).toBe(29);
    expect(toEnglish(r.explanation)).toBe(
      "MELD 3.0 29 from female, creatinine 1.9 mg/dL, bilirubin 4.2 mg/dL, INR 1.2, sodium 125 mmol/L, albumin 3 g/dL",
    );
  });

  it("gives 27 for a man with the same values: 1.33 lower before rounding", () => {
    // 28.726201 − 1.33 = 27.396201 → 27
    const values = { creatinineMgdL: 1.9, bilirubinMgdL: 4.2, inr: 1.2, sodiumMmolL: 125, albuminGdL: 3.0 };
    const female = meld3Raw({ ...values, sex: "female" });
    const male = meld3Raw({ ...values, sex: "male" });
    expect(female).toBeCloseTo(28.726201, 5);
    expect(female - male).toBeCloseTo(1.33, 10);
    expect(meld3({ cr: 1.9, bili: 4.2, inr: 1.2, na: 125, alb: 3.0, sex: "male" })).toBe(27);
  });

  it("gives 19 for a man and 21 for a woman with bilirubin 2.0, sodium 130, INR 1.5, creatinine 1.0, albumin 2.5", () => {
    // 4.56·0.693147 = 3.160751; 0.82·7 = 5.74; −0.24·7·0.693147 = −1.164487;
    // 9.09·0.405465 = 3.685678; 11.14·ln 1 = 0; 1.85·1.0 = 1.85; −1.83·1.0·0 = 0; + 6
    // man   = 19.271942 → 19
    // woman = 19.271942 + 1.33 = 20.601942 → 21
    const base = { cr: 1.0, bili: 2.0, inr: 1.5, na: 130, alb: 2.5 };
    expect(meld3({ ...base, sex: "male" })).toBe(19);
    expect(meld3({ ...base, sex: "female" })).toBe(21);
  });

  it("bounds albumin to 1.5–3.5 g/dL and creatinine to at most 3.0 mg/dL", () => {
    // man, bilirubin 1, sodium 137, INR 1, creatinine 3.0, albumin 1.5:
    // 11.14·1.098612 = 12.238541; 1.85·2.0 = 3.7; −1.83·2.0·1.098612 = −4.020921; + 6
    // = 17.917620 → 18
    const base = { bili: 1, na: 137, inr: 1, sex: "male" as const };
    expect(meld3({ ...base, cr: 3.0, alb: 1.5 })).toBe(18);
    expect(meld3({ ...base, cr: 3.6, alb: 1.0 })).toBe(18); // 3.6 → 3.0, 1.0 → 1.5
    // albumin above 3.5 counts as 3.5: both albumin terms vanish → 6 + 12.238541 = 18.24 → 18
    expect(meld3({ ...base, cr: 3.0, alb: 4.2 })).toBe(18);
    expect(meld3({ ...base, cr: 3.0, alb: 3.5 })).toBe(18);
    // creatinine 1.0 and albumin 4.2 → 3.5: nothing but the constant → 6
    expect(meld3({ ...base, cr: 1.0, alb: 4.2 })).toBe(6);
  });

  it("sets creatinine to 3.0 mg/dL on dialysis", () => {
    const base = { bili: 1, na: 137, inr: 1, alb: 1.5, sex: "male" as const };
    expect(meld3({ ...base, cr: 1.2, dialysis: true })).toBe(18);
    expect(meld3({ ...base, dialysis: true })).toBe(18); // creatinine not needed
  });

  it("floors bilirubin, INR and creatinine at 1.0 and bounds sodium to 125–137", () => {
    // man: everything at its floor → 6; woman: 6 + 1.33 = 7.33 → 7
    expect(meld3({ cr: 0.6, bili: 0.4, inr: 0.9, na: 142, alb: 4.0, sex: "male" })).toBe(6);
    expect(meld3({ cr: 0.6, bili: 0.4, inr: 0.9, na: 142, alb: 4.0, sex: "female" })).toBe(7);
    // sodium 118 counts as 125
    const base = { cr: 1.9, bili: 4.2, inr: 1.2, alb: 3.0, sex: "female" as const };
    expect(meld3({ ...base, na: 118 })).toBe(meld3({ ...base, na: 125 }));
  });

  it("caps MELD 3.0 at 40", () => {
    // bili 20, Na 125, INR 3, Cr 3, Alb 1.5 (man):
    // 4.56·2.995732 = 13.660539; 9.84; −0.24·12·2.995732 = −8.627709; 9.09·1.098612 = 9.986386;
    // 12.238541; 3.7; −4.020921; + 6 = 42.776836 → 43 → 40
    const r = computeMeld3(meldProfile({ cr: 3, bili: 20, inr: 3, na: 125, alb: 1.5, sex: "male" }));
    expect(r.value).toBe(40);
    expect(toEnglish(r.explanation)).toContain("capped at 40 from 43");
  });

  it("needs sex, and lists every missing input", () => {
    const r = computeMeld3(meldProfile({ cr: 1.9, bili: 4.2, inr: 1.2, na: 125, alb: 3.0 }));
    expect(r.value).toBeUndefined();
    expect(r.missing).toEqual(["demographics.sex"]);
    expect(computeMeld3({}).missing).toEqual([
      "labs.bilirubin",
      "labs.creatinine",
      "labs.inr",
      "labs.sodiumMmolL",
      "labs.albumin",
      "demographics.sex",
    ]);
  });

  it("records the dialysis assumption only below its own creatinine cap of 3.0", () => {
    const p = (cr: number): Profile => ({
      labs: { creatinine: mgdl(cr), bilirubin: mgdl(2), inr: 1.2, sodiumMmolL: 130, albumin: gdl(3) },
      demographics: { sex: "male" },
    });
    expect(computeMeld3(p(2.0)).assumptions).toEqual([DIALYSIS_ASSUMPTION]);
    expect(computeMeld3(p(3.2)).assumptions).toEqual([]);
    // …while MELD, with its cap of 4.0, still depends on dialysis at 3.2
    expect(computeMeld(p(3.2)).assumptions).toEqual([DIALYSIS_ASSUMPTION]);
  });
});

// ---------------------------------------------------------------------------------------------
// Child–Pugh (Pugh RNH et al., Br J Surg 1973)

const cpPoints = (labs: Partial<Labs> = {}, liver: Partial<Liver> = {}) =>
  computeChildPugh(cpProfile(labs, liver)).points;

describe("Child–Pugh", () => {
  it("gives 5 points, class A, when every component scores 1", () => {
    const r = computeChildPugh(cpProfile());
    expect(r.points).toBe(5);
    expect(r.class).toBe("A");
    expect(r.minPoints).toBe(5);
    expect(r.maxPoints).toBe(5);
    expect(r.missing).toEqual([]);
    expect(toEnglish(r.explanation)).toBe(
      "Child–Pugh A (5 points): bilirubin 1 mg/dL → 1, albumin 4 g/dL → 1, INR 1 → 1, ascites none → 1, encephalopathy West Haven grade 0 → 1",
    );
  });

  it.each([
    [1.9, 1],
    [2.0, 2],
    [3.0, 2],
    [3.1, 3],
  ])("scores bilirubin %s mg/dL as %i point(s)", (bili, points) => {
    expect(cpPoints({ bilirubin: mgdl(bili) })).toBe(4 + points);
  });

  it.each([
    [3.6, 1],
    [3.5, 2],
    [2.8, 2],
    [2.7, 3],
  ])("scores albumin %s g/dL as %i point(s)", (alb, points) => {
    expect(cpPoints({ albumin: gdl(alb) })).toBe(4 + points);
  });

  it.each([
    [1.69, 1],
    [1.7, 2],
    [2.3, 2],
    [2.31, 3],
  ])("scores INR %s as %i point(s)", (inr, points) => {
    expect(cpPoints({ inr })).toBe(4 + points);
  });

  it.each([
    [15.9, 12, 1], // 3.9 s
    [16, 12, 2], // 4 s
    [18, 12, 2], // 6 s
    [18.1, 12, 3], // 6.1 s
    [18.1, 12.1, 2], // 6 s exactly, although 18.1 − 12.1 = 6.000000000000002 in floating point
    [16.1, 12.1, 2], // 4 s, although 16.1 − 12.1 = 4.000000000000002 in floating point
    [16.4, 12.4, 2], // 4 s, although 16.4 − 12.4 = 3.9999999999999982 in floating point
  ])("uses PT prolongation when INR is absent: PT %s s, control %s s → %i point(s)", (pt, ctrl, points) => {
    const p = without(cpProfile({ ptSeconds: pt, ptControlSeconds: ctrl }), "labs.inr");
    const r = computeChildPugh(p);
    expect(r.points).toBe(4 + points);
    expect(r.components[2]?.name).toBe("PT prolongation");
  });

  it("prefers INR when both INR and PT are present", () => {
    // INR 1.0 → 1 point, although PT prolongation of 10 s alone would give 3
    const r = computeChildPugh(cpProfile({ inr: 1.0, ptSeconds: 22, ptControlSeconds: 12 }));
    expect(r.points).toBe(5);
    expect(r.components[2]).toEqual({ key: "coagulation", name: "INR", value: "1", points: 1 });
  });

  it.each([
    ["none", 1],
    ["mild", 2],
    ["moderate", 3],
    ["severe", 3],
  ] as const)("scores ascites %s as %i point(s)", (grade, points) => {
    expect(cpPoints({}, { ascitesGrade: grade })).toBe(4 + points);
  });

  it.each([
    [0, 1],
    [1, 2],
    [2, 2],
    [3, 3],
    [4, 3],
  ])("scores West Haven grade %i encephalopathy as %i point(s)", (grade, points) => {
    expect(cpPoints({}, { westHavenGrade: grade })).toBe(4 + points);
  });

  it("puts the class cut-offs at 6/7 and 9/10", () => {
    // 6: bilirubin 2 points
    const six = computeChildPugh(cpProfile({ bilirubin: mgdl(2.5) }));
    // 7: bilirubin 2, albumin 2
    const seven = computeChildPugh(cpProfile({ bilirubin: mgdl(2.5), albumin: gdl(3.0) }));
    // 9: bilirubin 3, albumin 3, INR 1, ascites 1, encephalopathy 1
    const nine = computeChildPugh(cpProfile({ bilirubin: mgdl(4), albumin: gdl(2.5) }));
    // 10: bilirubin 3, albumin 3, INR 2
    const ten = computeChildPugh(cpProfile({ bilirubin: mgdl(4), albumin: gdl(2.5), inr: 2.0 }));
    expect([six.points, six.class]).toEqual([6, "A"]);
    expect([seven.points, seven.class]).toEqual([7, "B"]);
    expect([nine.points, nine.class]).toEqual([9, "B"]);
    expect([ten.points, ten.class]).toEqual([10, "C"]);
    expect(childPughClass(5)).toBe("A");
    expect(childPughClass(15)).toBe("C");
  });

  it("gives 15 points, class C, when every component scores 3", () => {
    const r = computeChildPugh(
      cpProfile({ bilirubin: mgdl(5), albumin: gdl(2.0), inr: 3.0 }, { ascitesGrade: "severe", westHavenGrade: 4 }),
    );
    expect([r.points, r.class]).toEqual([15, "C"]);
  });

  it("knows class B from partial data when the possible range lies in B (6 known points + 1 missing → 7–9)", () => {
    const b = without(cpProfile({ bilirubin: mgdl(2.5), albumin: gdl(3.0) }), "labs.inr");
    // known: 2 + 2 + 1 + 1 = 6, INR missing → 7–9 → class B
    const r = computeChildPugh(b);
    expect(r.points).toBeUndefined();
    expect([r.minPoints, r.maxPoints, r.class]).toEqual([7, 9, "B"]);
    expect(r.missing).toEqual(["labs.inr"]);
    expect(toEnglish(r.explanation)).toBe(
      "Child–Pugh class B from partial data (7–9 points possible); missing INR; known: bilirubin 2.5 mg/dL → 2, albumin 3 g/dL → 2, ascites none → 1, encephalopathy West Haven grade 0 → 1",
    );
  });

  it("knows class C from partial data (bilirubin 3 + albumin 3 + INR 2 = 8 known, 2 missing → 10–14)", () => {
    const p: Profile = { labs: { bilirubin: mgdl(4), albumin: gdl(2.5), inr: 2.0 } };
    const r = computeChildPugh(p);
    expect([r.points, r.minPoints, r.maxPoints, r.class]).toEqual([undefined, 10, 14, "C"]);
    expect(r.missing).toEqual(["liver.ascitesGrade", "liver.westHavenGrade"]);
  });

  it("never knows class A from partial data (4 known points + 1 missing → 5–7)", () => {
    const r = computeChildPugh(without(cpProfile(), "labs.albumin"));
    expect([r.points, r.minPoints, r.maxPoints, r.class]).toEqual([undefined, 5, 7, undefined]);
    expect(r.missing).toEqual(["labs.albumin"]);
    expect(toEnglish(r.explanation)).toContain("Child–Pugh unknown: 5–7 points possible (class A or B)");
  });

  it("is unknown with 5–15 possible and all paths missing for an empty profile", () => {
    const r = computeChildPugh({});
    expect([r.points, r.minPoints, r.maxPoints, r.class]).toEqual([undefined, 5, 15, undefined]);
    expect(r.missing).toEqual([
      "labs.bilirubin",
      "labs.albumin",
      "labs.inr",
      "liver.ascitesGrade",
      "liver.westHavenGrade",
    ]);
    expect(toEnglish(r.explanation)).toContain("(class A, B or C)");
    expect(r.components.map((c) => c.points)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it("reports the other PT field missing when only one of PT and control PT is given", () => {
    expect(computeChildPugh(without(cpProfile({ ptSeconds: 15 }), "labs.inr")).missing).toEqual([
      "labs.inr",
      "labs.ptControlSeconds",
    ]);
    expect(computeChildPugh(without(cpProfile({ ptControlSeconds: 12 }), "labs.inr")).missing).toEqual([
      "labs.inr",
      "labs.ptSeconds",
    ]);
    expect(computeChildPugh(without(cpProfile(), "labs.inr")).missing).toEqual(["labs.inr"]);
  });

  it("shows each component's value with its unit", () => {
    const r = computeChildPugh(cpProfile({ bilirubin: { value: 71.82, unit: "µmol/L" }, albumin: { value: 35, unit: "g/L" } }));
    expect(r.components.map((c) => c.value)).toEqual([
      "71.82 µmol/L (4.2 mg/dL)",
      "35 g/L (3.5 g/dL)",
      "1",
      "none",
      "West Haven grade 0",
    ]);
  });

  it("notes that the cholestatic (PBC/PSC) bilirubin modification is not applied", () => {
    const p = cpProfile({}, { etiology: { pbc: true } });
    expect(computeChildPugh(p).assumptions).toHaveLength(1);
    expect(computeChildPugh(cpProfile()).assumptions).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Units

describe("SI units", () => {
  it("give identical scores to conventional units (bilirubin 71.82 µmol/L, creatinine 167.96 µmol/L, albumin 35 g/L)", () => {
    const conventional: Profile = {
      demographics: { sex: "female" },
      labs: { bilirubin: mgdl(4.2), creatinine: mgdl(1.9), albumin: gdl(3.5), inr: 1.2, sodiumMmolL: 125, dialysis: false },
      liver: { ascitesGrade: "mild", westHavenGrade: 1 },
    };
    const si: Profile = {
      ...conventional,
      labs: {
        ...conventional.labs,
        bilirubin: { value: 71.82, unit: "µmol/L" },
        creatinine: { value: 167.96, unit: "µmol/L" },
        albumin: { value: 35, unit: "g/L" },
      },
    };
    const a = computeScores(conventional);
    const b = computeScores(si);
    expect(b.meld.value).toBe(20);
    expect(b.meldNa.value).toBe(28);
    expect([b.meld.value, b.meldNa.value, b.meld3.value, b.childPugh.points, b.childPugh.class]).toEqual([
      a.meld.value,
      a.meldNa.value,
      a.meld3.value,
      a.childPugh.points,
      a.childPugh.class,
    ]);
    expect(toEnglish(b.meld.explanation)).toBe(
      "MELD 20 from creatinine 167.96 µmol/L (1.9 mg/dL), bilirubin 71.82 µmol/L (4.2 mg/dL), INR 1.2",
    );
  });

  it("decide Child–Pugh thresholds the same way (bilirubin 34.2 µmol/L = 2 mg/dL, 51.3 µmol/L = 3 mg/dL, albumin 28 g/L = 2.8 g/dL)", () => {
    expect(cpPoints({ bilirubin: { value: 34.2, unit: "µmol/L" } })).toBe(6);
    expect(cpPoints({ bilirubin: { value: 51.3, unit: "µmol/L" } })).toBe(6);
    expect(cpPoints({ albumin: { value: 28, unit: "g/L" } })).toBe(6);
    expect(cpPoints({ albumin: { value: 35, unit: "g/L" } })).toBe(6);
  });

  it("give identical scores for any value entered to a tenth (property)", () => {
    const tenths = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((n) => n / 10);
    fc.assert(
      fc.property(
        tenths(1, 400),
        tenths(1, 150),
        tenths(10, 60),
        tenths(8, 60),
        fc.integer({ min: 110, max: 150 }),
        fc.constantFrom("female" as const, "male" as const),
        (bili, cr, alb, inr, na, sex) => {
          const conventional = meldProfile({ bili, cr, alb, inr, na, sex });
          const si: Profile = {
            ...conventional,
            labs: {
              ...conventional.labs,
              bilirubin: { value: bilirubinFromMgdL(bili, "µmol/L"), unit: "µmol/L" },
              creatinine: { value: creatinineFromMgdL(cr, "µmol/L"), unit: "µmol/L" },
              albumin: { value: albuminFromGdL(alb, "g/L"), unit: "g/L" },
            },
          };
          const a = computeScores(conventional);
          const b = computeScores(si);
          expect(b.meld.value).toBe(a.meld.value);
          expect(b.meldNa.value).toBe(a.meldNa.value);
          expect(b.meld3.value).toBe(a.meld3.value);
          expect(b.childPugh.minPoints).toBe(a.childPugh.minPoints);
          expect(b.childPugh.maxPoints).toBe(a.childPugh.maxPoints);
        },
      ),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over whole profiles

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const profileArb: fc.Arbitrary<Profile> = fc
  .record({
    bili: optional(fc.double({ min: 0, max: 100, noNaN: true })),
    cr: optional(fc.double({ min: 0.05, max: 30, noNaN: true })),
    alb: optional(fc.double({ min: 0.5, max: 7, noNaN: true })),
    inr: optional(fc.double({ min: 0.5, max: 20, noNaN: true })),
    na: optional(fc.double({ min: 90, max: 200, noNaN: true })),
    pt: optional(fc.double({ min: 5, max: 200, noNaN: true })),
    ptc: optional(fc.double({ min: 5, max: 60, noNaN: true })),
    dialysis: optional(fc.boolean()),
    sex: optional(fc.constantFrom("female" as const, "male" as const)),
    ascites: optional(fc.constantFrom("none" as const, "mild" as const, "moderate" as const, "severe" as const)),
    wh: optional(fc.integer({ min: 0, max: 4 })),
  })
  .map((r) => {
    const labs: Labs = {};
    if (r.bili !== undefined) labs.bilirubin = mgdl(r.bili);
    if (r.cr !== undefined) labs.creatinine = mgdl(r.cr);
    if (r.alb !== undefined) labs.albumin = gdl(r.alb);
    if (r.inr !== undefined) labs.inr = r.inr;
    if (r.na !== undefined) labs.sodiumMmolL = r.na;
    if (r.pt !== undefined) labs.ptSeconds = r.pt;
    if (r.ptc !== undefined) labs.ptControlSeconds = r.ptc;
    if (r.dialysis !== undefined) labs.dialysis = r.dialysis;
    const liver: Liver = {};
    if (r.ascites !== undefined) liver.ascitesGrade = r.ascites;
    if (r.wh !== undefined) liver.westHavenGrade = r.wh;
    const p: Profile = { labs, liver };
    if (r.sex !== undefined) p.demographics = { sex: r.sex };
    return p;
  });

describe("every score", () => {
  it("is known exactly when nothing is missing, and then is an integer from 6 to 40 (never 0)", () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const s = computeScores(p);
        for (const r of [s.meld, s.meldNa, s.meld3]) {
          expect(r.value === undefined).toBe(r.missing.length > 0);
          if (r.value !== undefined) {
            expect(Number.isInteger(r.value)).toBe(true);
            expect(r.value).toBeGreaterThanOrEqual(6);
            expect(r.value).toBeLessThanOrEqual(40);
          }
        }
        const cp = s.childPugh;
        expect(cp.points === undefined).toBe(cp.missing.length > 0);
        expect(cp.minPoints).toBeGreaterThanOrEqual(5);
        expect(cp.maxPoints).toBeLessThanOrEqual(15);
        expect(cp.minPoints).toBeLessThanOrEqual(cp.maxPoints);
        if (cp.points !== undefined) expect(cp.class).toBe(childPughClass(cp.points));
      }),
    );
  });

  it("matches the individual compute functions", () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const s = computeScores(p);
        expect(s.childPugh).toEqual(computeChildPugh(p));
        expect(s.meld).toEqual(computeMeld(p));
        expect(s.meldNa).toEqual(computeMeldNa(p));
        expect(s.meld3).toEqual(computeMeld3(p));
      }),
    );
  });

  it("Child–Pugh: removing inputs keeps the true total within the range and never changes a known class", () => {
    const fields = ["labs.bilirubin", "labs.albumin", "labs.inr", "liver.ascitesGrade", "liver.westHavenGrade"];
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 20, noNaN: true }),
        fc.double({ min: 1, max: 6, noNaN: true }),
        fc.double({ min: 0.8, max: 5, noNaN: true }),
        fc.constantFrom("none" as const, "mild" as const, "moderate" as const, "severe" as const),
        fc.integer({ min: 0, max: 4 }),
        fc.subarray(fields),
        (bili, alb, inr, ascites, wh, removed) => {
          const full = cpProfile({ bilirubin: mgdl(bili), albumin: gdl(alb), inr }, { ascitesGrade: ascites, westHavenGrade: wh });
          const truth = computeChildPugh(full).points as number;
          const partial = computeChildPugh(without(full, ...removed));
          expect(partial.minPoints).toBeLessThanOrEqual(truth);
          expect(partial.maxPoints).toBeGreaterThanOrEqual(truth);
          expect(partial.missing).toEqual(fields.filter((f) => removed.includes(f)));
          if (partial.class !== undefined) expect(partial.class).toBe(childPughClass(truth));
        },
      ),
    );
  });

  it("MELD and MELD-Na never fall as bilirubin rises", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 50, noNaN: true }),
        fc.double({ min: 0.1, max: 50, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: 0.8, max: 8, noNaN: true }),
        fc.double({ min: 115, max: 145, noNaN: true }),
        (b1, b2, cr, inr, na) => {
          const [lo, hi] = b1 <= b2 ? [b1, b2] : [b2, b1];
          expect(meld({ bili: lo, cr, inr }) as number).toBeLessThanOrEqual(meld({ bili: hi, cr, inr }) as number);
          expect(meldNa({ bili: lo, cr, inr, na }) as number).toBeLessThanOrEqual(
            meldNa({ bili: hi, cr, inr, na }) as number,
          );
        },
      ),
    );
  });
});
