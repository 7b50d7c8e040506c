/**
 * Liver severity scores computed from the de-identified profile: Child–Pugh, MELD, MELD-Na and
 * MELD 3.0.
 *
 * Rules shared by every score:
 *  - A missing input makes the score unknown (never 0). The result lists exactly which profile
 *    field paths it lacks (`missing`), so the form can point at them.
 *  - An input that cannot change the result is not asked for: on dialysis the creatinine is
 *    replaced by the policy value, so a missing creatinine does not block MELD; and MELD-Na
 *    equals MELD when MELD(i) ≤ 11, so a missing sodium does not block it then.
 *  - Labs are converted to conventional units with the exact conversions in lib/core/units.ts, so a
 *    value typed in SI units gives the same score as the same value typed in conventional units.
 *  - Every result carries an `explanation` naming the values used (a message: messages/*.json
 *    `scores.explain`, said in the reader's language), and `assumptions` listing anything taken
 *    for granted.
 *
 * Dialysis: the profile field `labs.dialysis` is often left blank. Treating "unknown" as a
 * missing input would leave MELD unknown for almost every patient, so an unknown dialysis status
 * is treated as "no dialysis", and the result says so in `assumptions`
 * ("dialysis not recorded: assumed none"). The assumption is only recorded when it can matter,
 * i.e. when the creatinine is known and below the score's creatinine cap (4.0 mg/dL for
 * MELD/MELD-Na, 3.0 mg/dL for MELD 3.0); at or above the cap dialysis would change nothing.
 *
 * Pure TypeScript; no React or Next imports. It runs on every keystroke, so it does one pass
 * over the profile, uses no regular expressions and builds only the few messages it returns.
 */
import { message, type Message, type MessageKey, type MessageValue } from "./message";
import type { Profile } from "./profile";
import { albuminToGdL, bilirubinToMgdL, creatinineToMgdL } from "./units";

// ---------------------------------------------------------------------------------------------
// Public types

/** The profile fields the scores read, as dotted paths (the same paths the form uses). */
export type ScoreFieldPath =
  | "labs.bilirubin"
  | "labs.creatinine"
  | "labs.inr"
  | "labs.sodiumMmolL"
  | "labs.albumin"
  | "labs.ptSeconds"
  | "labs.ptControlSeconds"
  | "liver.ascitesGrade"
  | "liver.westHavenGrade"
  | "demographics.sex";

/** The names explanations give the inputs ("missing creatinine, INR"): messages/*.json `scores.inputs`. */
const INPUT_NAMES: Readonly<Record<ScoreFieldPath, Message>> = {
  "labs.bilirubin": message("scores.inputs.bilirubin"),
  "labs.creatinine": message("scores.inputs.creatinine"),
  "labs.inr": message("scores.inputs.inr"),
  "labs.sodiumMmolL": message("scores.inputs.sodium"),
  "labs.albumin": message("scores.inputs.albumin"),
  "labs.ptSeconds": message("scores.inputs.pt"),
  "labs.ptControlSeconds": message("scores.inputs.controlPt"),
  "liver.ascitesGrade": message("scores.inputs.ascites"),
  "liver.westHavenGrade": message("scores.inputs.encephalopathyGrade"),
  "demographics.sex": message("scores.inputs.sex"),
};

const inputName = (key: "bilirubin" | "creatinine" | "inr" | "sodium" | "albumin"): Message => message(`scores.inputs.${key}`);

export const DIALYSIS_ASSUMPTION = "dialysis not recorded: assumed none";
export const CHOLESTATIC_ASSUMPTION =
  "standard bilirubin cut-offs used; the cholestatic-disease (PBC/PSC) modification was not applied";

export type ChildPughClass = "A" | "B" | "C";
export type ChildPughPoints = 1 | 2 | 3;

export interface ChildPughComponent {
  key: "bilirubin" | "albumin" | "coagulation" | "ascites" | "encephalopathy";
  /** Display name, e.g. "Bilirubin", "INR", "PT prolongation". */
  name: string;
  /** The value used, with its unit (e.g. "4.2 mg/dL"); undefined when unknown. */
  value?: string;
  /** 1–3; undefined when unknown. */
  points?: ChildPughPoints;
}

export interface ChildPughResult {
  name: "Child–Pugh";
  /** Total 5–15; undefined unless every component is known. */
  points?: number;
  /** Lowest possible total (each unknown component counted as 1). */
  minPoints: number;
  /** Highest possible total (each unknown component counted as 3). */
  maxPoints: number;
  /** Known when minPoints and maxPoints fall in the same class, even with missing inputs. */
  class?: ChildPughClass;
  /** Always the five components, in the order bilirubin, albumin, coagulation, ascites, encephalopathy. */
  components: ChildPughComponent[];
  missing: ScoreFieldPath[];
  assumptions: string[];
  explanation: Message;
}

export interface MeldResult {
  name: "MELD" | "MELD-Na" | "MELD 3.0";
  /** Integer 6–40; undefined when unknown (never 0). */
  value?: number;
  missing: ScoreFieldPath[];
  assumptions: string[];
  explanation: Message;
}

export interface Scores {
  childPugh: ChildPughResult;
  meld: MeldResult;
  meldNa: MeldResult;
  meld3: MeldResult;
}

// ---------------------------------------------------------------------------------------------
// Inputs, read once per call

interface Lab {
  /** Value in the conventional unit (mg/dL or g/dL). */
  conv: number;
  /** As entered, with unit, e.g. "71.82 µmol/L (4.2 mg/dL)" or "4.2 mg/dL". */
  shown: string;
  /** The same for the reader's language (Chinese puts the converted value in full-width brackets). */
  said: MessageValue;
}

interface Inputs {
  bilirubin?: Lab;
  creatinine?: Lab;
  albumin?: Lab;
  inr?: number;
  sodium?: number;
  ptSeconds?: number;
  ptControlSeconds?: number;
  dialysis?: boolean;
  sex?: "female" | "male";
  ascites?: "none" | "mild" | "moderate" | "severe";
  westHaven?: number;
  cholestatic: boolean;
}

function finite(v: number | undefined): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

/** Shows a converted value to 4 significant digits (the entered value is always shown as typed). */
function fmtConverted(v: number): string {
  return String(Number(v.toPrecision(4)));
}

function readLab<U extends string>(
  lab: { value?: number | undefined; unit: U } | undefined,
  toConv: (value: number, unit: U) => number,
  convUnit: string,
): Lab | undefined {
  if (lab === undefined || !finite(lab.value)) return undefined;
  const conv = toConv(lab.value, lab.unit);
  if (lab.unit === convUnit) {
    const shown = `${lab.value} ${convUnit}`;
    return { conv, shown, said: shown };
  }
  const converted = fmtConverted(conv);
  return {
    conv,
    shown: `${lab.value} ${lab.unit} (${converted} ${convUnit})`,
    said: message("scores.explain.converted", { value: lab.value, unit: lab.unit, converted, convertedUnit: convUnit }),
  };
}

function readInputs(profile: Profile): Inputs {
  const labs = profile.labs;
  const liver = profile.liver;
  const etiology = liver?.etiology;
  return {
    bilirubin: readLab(labs?.bilirubin, bilirubinToMgdL, "mg/dL"),
    creatinine: readLab(labs?.creatinine, creatinineToMgdL, "mg/dL"),
    albumin: readLab(labs?.albumin, albuminToGdL, "g/dL"),
    inr: finite(labs?.inr) ? labs.inr : undefined,
    sodium: finite(labs?.sodiumMmolL) ? labs.sodiumMmolL : undefined,
    ptSeconds: finite(labs?.ptSeconds) ? labs.ptSeconds : undefined,
    ptControlSeconds: finite(labs?.ptControlSeconds) ? labs.ptControlSeconds : undefined,
    dialysis: labs?.dialysis,
    sex: profile.demographics?.sex,
    ascites: liver?.ascitesGrade,
    westHaven: finite(liver?.westHavenGrade) ? liver.westHavenGrade : undefined,
    cholestatic: etiology?.pbc === true || etiology?.psc === true,
  };
}

// ---------------------------------------------------------------------------------------------
// Small numeric helpers

/**
 * Rounds half up (x.5 → x+1) after snapping away binary floating-point noise, so that a value
 * that is mathematically x.5 but computes as x.4999999999 still rounds up. Inputs are positive.
 */
export function roundHalfUp(v: number): number {
  return Math.round(Math.round(v * 1e9) / 1e9);
}

/** Removes floating-point noise from a difference such as 18.1 − 12.1 (= 6.000000000000002). */
function snap(v: number): number {
  return Math.round(v * 1e9) / 1e9;
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

function joinLabels(paths: readonly ScoreFieldPath[]): MessageValue {
  return { list: paths.map((p) => INPUT_NAMES[p]), join: "comma" };
}

// ---------------------------------------------------------------------------------------------
// Child–Pugh
// Source: Pugh RNH, Murray-Lyon IM, Dawson JL, Pietroni MC, Williams R. Transection of the
// oesophagus for bleeding oesophageal varices. Br J Surg 1973;60:646–649 (with INR in place of
// PT prolongation where INR is available, as in current practice).

/** Bilirubin (mg/dL): < 2 → 1, 2–3 → 2, > 3 → 3. */
export function childPughBilirubinPoints(mgdL: number): ChildPughPoints {
  return mgdL < 2 ? 1 : mgdL <= 3 ? 2 : 3;
}
/** Albumin (g/dL): > 3.5 → 1, 2.8–3.5 → 2, < 2.8 → 3. */
export function childPughAlbuminPoints(gdL: number): ChildPughPoints {
  return gdL > 3.5 ? 1 : gdL >= 2.8 ? 2 : 3;
}
/** INR: < 1.7 → 1, 1.7–2.3 → 2, > 2.3 → 3. */
export function childPughInrPoints(inr: number): ChildPughPoints {
  return inr < 1.7 ? 1 : inr <= 2.3 ? 2 : 3;
}
/** PT prolongation over control (s): < 4 → 1, 4–6 → 2, > 6 → 3. */
export function childPughPtPoints(prolongationSeconds: number): ChildPughPoints {
  const d = snap(prolongationSeconds);
  return d < 4 ? 1 : d <= 6 ? 2 : 3;
}
/** Ascites: none → 1, mild → 2, moderate or severe (tense) → 3. */
export function childPughAscitesPoints(grade: "none" | "mild" | "moderate" | "severe"): ChildPughPoints {
  return grade === "none" ? 1 : grade === "mild" ? 2 : 3;
}
/** Encephalopathy, West Haven grade: 0 → 1, 1–2 → 2, 3–4 → 3. */
export function childPughEncephalopathyPoints(westHaven: number): ChildPughPoints {
  return westHaven < 1 ? 1 : westHaven <= 2 ? 2 : 3;
}
/** Class A 5–6, B 7–9, C 10–15. */
export function childPughClass(points: number): ChildPughClass {
  return points <= 6 ? "A" : points <= 9 ? "B" : "C";
}

function classSpan(lo: ChildPughClass, hi: ChildPughClass): Message {
  if (lo === hi) return message("scores.explain.classOne", { class: lo });
  if (lo === "A" && hi === "C") return message("scores.explain.classAny");
  return message("scores.explain.classTwo", { lo, hi });
}

function childPughFrom(inp: Inputs): ChildPughResult {
  const missing: ScoreFieldPath[] = [];
  const assumptions: string[] = [];
  let known = 0;
  let unknownCount = 0;

  const bili: ChildPughComponent = { key: "bilirubin", name: "Bilirubin" };
  if (inp.bilirubin) {
    bili.value = inp.bilirubin.shown;
    bili.points = childPughBilirubinPoints(inp.bilirubin.conv);
    known += bili.points;
  } else {
    missing.push("labs.bilirubin");
    unknownCount++;
  }

  const alb: ChildPughComponent = { key: "albumin", name: "Albumin" };
  if (inp.albumin) {
    alb.value = inp.albumin.shown;
    alb.points = childPughAlbuminPoints(inp.albumin.conv);
    known += alb.points;
  } else {
    missing.push("labs.albumin");
    unknownCount++;
  }

  // Coagulation: INR when recorded (preferred); otherwise PT prolongation over control.
  // When neither is usable, "labs.inr" is reported missing, plus the other PT field if exactly
  // one of the PT pair was entered (the user is evidently taking the PT route).
  let coag: ChildPughComponent;
  if (inp.inr !== undefined) {
    const points = childPughInrPoints(inp.inr);
    coag = { key: "coagulation", name: "INR", value: String(inp.inr), points };
    known += points;
  } else if (inp.ptSeconds !== undefined && inp.ptControlSeconds !== undefined) {
    const prolongation = snap(inp.ptSeconds - inp.ptControlSeconds);
    const points = childPughPtPoints(prolongation);
    coag = {
      key: "coagulation",
      name: "PT prolongation",
      value: `${prolongation} s (PT ${inp.ptSeconds} s, control ${inp.ptControlSeconds} s)`,
      points,
    };
    known += points;
  } else {
    coag = { key: "coagulation", name: "INR" };
    missing.push("labs.inr");
    if (inp.ptSeconds !== undefined) missing.push("labs.ptControlSeconds");
    else if (inp.ptControlSeconds !== undefined) missing.push("labs.ptSeconds");
    unknownCount++;
  }

  const asc: ChildPughComponent = { key: "ascites", name: "Ascites" };
  if (inp.ascites !== undefined) {
    asc.value = inp.ascites;
    asc.points = childPughAscitesPoints(inp.ascites);
    known += asc.points;
  } else {
    missing.push("liver.ascitesGrade");
    unknownCount++;
  }

  const enc: ChildPughComponent = { key: "encephalopathy", name: "Encephalopathy" };
  if (inp.westHaven !== undefined) {
    enc.value = `West Haven grade ${inp.westHaven}`;
    enc.points = childPughEncephalopathyPoints(inp.westHaven);
    known += enc.points;
  } else {
    missing.push("liver.westHavenGrade");
    unknownCount++;
  }

  if (inp.cholestatic) {
    assumptions.push(CHOLESTATIC_ASSUMPTION);
  }

  const components = [bili, alb, coag, asc, enc];
  const minPoints = known + unknownCount;
  const maxPoints = known + 3 * unknownCount;
  const loClass = childPughClass(minPoints);
  const hiClass = childPughClass(maxPoints);

  let explanation: Message;
  if (unknownCount === 0) {
    explanation = message("scores.explain.childPugh", { class: loClass, points: minPoints, components: describeComponents(components, inp) });
    return {
      name: "Child–Pugh",
      points: minPoints,
      minPoints,
      maxPoints,
      class: loClass,
      components,
      missing,
      assumptions,
      explanation,
    };
  }
  const known_ = describeComponents(components, inp);
  const tail = known_.list.length
    ? message("scores.explain.missingKnown", { missing: joinLabels(missing), known: known_ })
    : message("scores.explain.missing", { missing: joinLabels(missing) });
  if (loClass === hiClass) {
    explanation = message("scores.explain.childPughPartial", { class: loClass, min: minPoints, max: maxPoints, tail });
    return { name: "Child–Pugh", minPoints, maxPoints, class: loClass, components, missing, assumptions, explanation };
  }
  explanation = message("scores.explain.childPughUnknown", { min: minPoints, max: maxPoints, span: classSpan(loClass, hiClass), tail });
  return { name: "Child–Pugh", minPoints, maxPoints, components, missing, assumptions, explanation };
}

/** The component's name and value as the explanation says them, in the reader's language. */
function componentWords(c: ChildPughComponent, inp: Inputs): { name: Message; value: MessageValue } {
  switch (c.key) {
    case "coagulation":
      return inp.inr !== undefined
        ? { name: message("scores.inputs.inr"), value: c.value as string }
        : {
            name: message("scores.inputs.ptProlongation"),
            value: message("scores.explain.ptProlongation", {
              prolongation: snap((inp.ptSeconds as number) - (inp.ptControlSeconds as number)),
              pt: inp.ptSeconds as number,
              control: inp.ptControlSeconds as number,
            }),
          };
    case "ascites":
      return { name: message("scores.inputs.ascites"), value: message(`enumValues.ascitesGrade.${inp.ascites}` as MessageKey) };
    case "encephalopathy":
      return { name: message("scores.inputs.encephalopathy"), value: message("scores.explain.westHaven", { grade: inp.westHaven as number }) };
    default:
      return { name: inputName(c.key), value: ((c.key === "bilirubin" ? inp.bilirubin : inp.albumin) as Lab).said };
  }
}

function describeComponents(components: readonly ChildPughComponent[], inp: Inputs): { list: Message[]; join: "comma" } {
  const list: Message[] = [];
  for (let i = 0; i < components.length; i++) {
    const c = components[i] as ChildPughComponent;
    if (c.points === undefined) continue;
    list.push(message("scores.explain.component", { ...componentWords(c, inp), points: c.points }));
  }
  return { list, join: "comma" };
}

// ---------------------------------------------------------------------------------------------
// MELD and MELD-Na
// Source: OPTN Policy 9.1 (MELD), the pre-2016 MELD(i) with the UNOS modifications:
//   MELD(i) = 0.957 × ln(Cr mg/dL) + 0.378 × ln(bilirubin mg/dL) + 1.120 × ln(INR) + 0.643
//   Lab values below 1.0 are set to 1.0; creatinine is capped at 4.0; two or more dialysis
//   sessions (or 24 h of CVVHD) in the past week set creatinine to 4.0. MELD(i) is rounded to the
//   tenth decimal place and multiplied by 10. Maximum 40.
// MELD-Na, OPTN policy from January 2016:
//   sodium bounded to 125–137 mmol/L; if MELD(i) > 11:
//   MELD = MELD(i) + 1.32 × (137 − Na) − 0.033 × MELD(i) × (137 − Na), rounded to an integer;
//   maximum 40. If MELD(i) ≤ 11, MELD-Na = MELD(i).
// The sodium step uses MELD(i) before the cap at 40; capping first gives the same result because
// f(M) = M + k(1.32 − 0.033M) is increasing in M for k ≤ 12 and f(40) = 40.

export const MELD_MAX = 40;
const MELD_CREATININE_CAP = 4;
const MELD3_CREATININE_CAP = 3;

export interface MeldValues {
  bilirubinMgdL: number;
  creatinineMgdL: number;
  inr: number;
  /** True: creatinine is set to the cap (4.0 for MELD, 3.0 for MELD 3.0). */
  dialysis?: boolean;
}

/** MELD(i) rounded to the tenth and multiplied by 10 (an integer), before the cap at 40. */
export function meldI(v: MeldValues): number {
  const cr = v.dialysis ? MELD_CREATININE_CAP : clamp(v.creatinineMgdL, 1, MELD_CREATININE_CAP);
  const bili = Math.max(v.bilirubinMgdL, 1);
  const inr = Math.max(v.inr, 1);
  const x = 0.957 * Math.log(cr) + 0.378 * Math.log(bili) + 1.12 * Math.log(inr) + 0.643;
  return roundHalfUp(x * 10);
}

/** MELD (OPTN, pre-2016), 6–40. */
export function meldScore(v: MeldValues): number {
  return Math.min(meldI(v), MELD_MAX);
}

/** MELD-Na (OPTN 2016), 6–40. */
export function meldNaScore(v: MeldValues & { sodiumMmolL: number }): number {
  return meldNaFromMeldI(meldI(v), v.sodiumMmolL);
}

function meldNaFromMeldI(mi: number, sodium: number): number {
  if (mi <= 11) return Math.min(mi, MELD_MAX);
  const k = 137 - clamp(sodium, 125, 137);
  return Math.min(roundHalfUp(mi + 1.32 * k - 0.033 * mi * k), MELD_MAX);
}

/** "creatinine 0.8 mg/dL (counted as 1.0)", "creatinine 1.2 mg/dL, counted as 4.0 (dialysis)", … */
function describeMeldLab(
  label: Message,
  lab: Lab,
  lo: number,
  hi: number,
  loText: string,
  hiText: string,
  hiVerb: "cappedAt" | "countedAs" = "cappedAt",
): Message {
  const v = lab.conv;
  if (v < lo) return message("scores.explain.countedAs", { label, shown: lab.said, limit: loText });
  if (v > hi) return message(`scores.explain.${hiVerb}`, { label, shown: lab.said, limit: hiText });
  return message("scores.explain.reading", { label, shown: lab.said });
}

function describeCreatinine(inp: Inputs, cap: number, capText: string): Message {
  if (inp.dialysis === true) {
    return inp.creatinine
      ? message("scores.explain.creatinineDialysis", { shown: inp.creatinine.said, cap: capText })
      : message("scores.explain.creatinineDialysisOnly", { cap: capText });
  }
  return describeMeldLab(inputName("creatinine"), inp.creatinine as Lab, 1, cap, "1.0", capText);
}

function describeInr(inr: number): Message {
  const shown = String(inr);
  return inr < 1
    ? message("scores.explain.countedAs", { label: inputName("inr"), shown, limit: "1.0" })
    : message("scores.explain.reading", { label: inputName("inr"), shown });
}

function describeSodium(na: number): Message {
  const label = inputName("sodium");
  const shown = `${na} mmol/L`;
  return na < 125
    ? message("scores.explain.countedAs", { label, shown, limit: "125" })
    : na > 137
      ? message("scores.explain.countedAs", { label, shown, limit: "137" })
      : message("scores.explain.reading", { label, shown });
}

function dialysisAssumptions(inp: Inputs, cap: number): string[] {
  return inp.dialysis === undefined && inp.creatinine !== undefined && inp.creatinine.conv < cap
    ? [DIALYSIS_ASSUMPTION]
    : [];
}

/** Missing MELD inputs; creatinine is not needed on dialysis. */
function meldMissing(inp: Inputs): ScoreFieldPath[] {
  const missing: ScoreFieldPath[] = [];
  if (!inp.bilirubin) missing.push("labs.bilirubin");
  if (!inp.creatinine && inp.dialysis !== true) missing.push("labs.creatinine");
  if (inp.inr === undefined) missing.push("labs.inr");
  return missing;
}

function meldValues(inp: Inputs): MeldValues {
  return {
    bilirubinMgdL: (inp.bilirubin as Lab).conv,
    // On dialysis the measured creatinine is irrelevant (and may be missing).
    creatinineMgdL: inp.creatinine ? inp.creatinine.conv : MELD_CREATININE_CAP,
    inr: inp.inr as number,
    dialysis: inp.dialysis === true,
  };
}

function meldInputsText(inp: Inputs, cap: number, capText: string): MessageValue {
  return {
    list: [describeCreatinine(inp, cap, capText), describeMeldLab(inputName("bilirubin"), inp.bilirubin as Lab, 1, Infinity, "1.0", ""), describeInr(inp.inr as number)],
    join: "comma",
  };
}

const unknownScore = (score: MeldResult["name"], missing: readonly ScoreFieldPath[]): Message =>
  message("scores.explain.unknown", { score, missing: joinLabels(missing) });

function meldFrom(inp: Inputs, missing: ScoreFieldPath[]): MeldResult {
  if (missing.length > 0) {
    return {
      name: "MELD",
      missing,
      assumptions: [],
      explanation: unknownScore("MELD", missing),
    };
  }
  const mi = meldI(meldValues(inp));
  const value = Math.min(mi, MELD_MAX);
  return {
    name: "MELD",
    value,
    missing,
    assumptions: dialysisAssumptions(inp, MELD_CREATININE_CAP),
    explanation: message("scores.explain.meld", {
      score: "MELD",
      value,
      capped: mi > MELD_MAX,
      raw: mi,
      inputs: meldInputsText(inp, MELD_CREATININE_CAP, "4.0"),
    }),
  };
}

function meldNaFrom(inp: Inputs, meldMissingPaths: ScoreFieldPath[]): MeldResult {
  if (meldMissingPaths.length > 0) {
    const missing = meldMissingPaths.slice();
    if (inp.sodium === undefined) missing.push("labs.sodiumMmolL");
    return {
      name: "MELD-Na",
      missing,
      assumptions: [],
      explanation: unknownScore("MELD-Na", missing),
    };
  }
  const mi = meldI(meldValues(inp));
  const assumptions = dialysisAssumptions(inp, MELD_CREATININE_CAP);
  const inputs = meldInputsText(inp, MELD_CREATININE_CAP, "4.0");
  if (mi <= 11) {
    // Sodium cannot change the score, so it is not required.
    const sodium =
      inp.sodium === undefined ? message("scores.explain.sodiumNotNeeded") : message("scores.explain.sodiumNotUsed", { sodium: describeSodium(inp.sodium) });
    return {
      name: "MELD-Na",
      value: mi,
      missing: [],
      assumptions,
      explanation: message("scores.explain.meldNaWithoutSodium", { value: mi, inputs, mi, sodium }),
    };
  }
  if (inp.sodium === undefined) {
    const missing: ScoreFieldPath[] = ["labs.sodiumMmolL"];
    return {
      name: "MELD-Na",
      missing,
      assumptions,
      explanation: message("scores.explain.meldNaSodiumMissing", { mi }),
    };
  }
  const value = meldNaFromMeldI(mi, inp.sodium);
  return {
    name: "MELD-Na",
    value,
    missing: [],
    assumptions,
    explanation: message("scores.explain.meldNa", { value, inputs, sodium: describeSodium(inp.sodium), mi }),
  };
}

// ---------------------------------------------------------------------------------------------
// MELD 3.0
// Source: Kim WR, Mannalithara A, Heimbach JK, et al. MELD 3.0: the Model for End-Stage Liver
// Disease updated for the modern era. Gastroenterology 2021;161:1887–1895.e4; OPTN Policy 9.1
// (MELD 3.0 in effect from July 2023):
//   MELD 3.0 = 1.33 × (female) + 4.56 × ln(bilirubin) + 0.82 × (137 − Na)
//            − 0.24 × (137 − Na) × ln(bilirubin) + 9.09 × ln(INR) + 11.14 × ln(creatinine)
//            + 1.85 × (3.5 − albumin) − 1.83 × (3.5 − albumin) × ln(creatinine) + 6
//   bilirubin, INR and creatinine have a minimum of 1.0; creatinine a maximum of 3.0 (and is set
//   to 3.0 on dialysis); sodium is bounded to 125–137 mmol/L; albumin to 1.5–3.5 g/dL.
//   Rounded to the nearest integer; maximum 40.

export interface Meld3Values extends MeldValues {
  sodiumMmolL: number;
  albuminGdL: number;
  sex: "female" | "male";
}

/** MELD 3.0 before rounding and before the cap at 40. */
export function meld3Raw(v: Meld3Values): number {
  const cr = v.dialysis ? MELD3_CREATININE_CAP : clamp(v.creatinineMgdL, 1, MELD3_CREATININE_CAP);
  const lnBili = Math.log(Math.max(v.bilirubinMgdL, 1));
  const lnCr = Math.log(cr);
  const lnInr = Math.log(Math.max(v.inr, 1));
  const k = 137 - clamp(v.sodiumMmolL, 125, 137);
  const a = 3.5 - clamp(v.albuminGdL, 1.5, 3.5);
  return (
    (v.sex === "female" ? 1.33 : 0) +
    4.56 * lnBili +
    0.82 * k -
    0.24 * k * lnBili +
    9.09 * lnInr +
    11.14 * lnCr +
    1.85 * a -
    1.83 * a * lnCr +
    6
  );
}

/** MELD 3.0, 6–40. */
export function meld3Score(v: Meld3Values): number {
  return Math.min(roundHalfUp(meld3Raw(v)), MELD_MAX);
}

function meld3From(inp: Inputs): MeldResult {
  const missing: ScoreFieldPath[] = [];
  if (!inp.bilirubin) missing.push("labs.bilirubin");
  if (!inp.creatinine && inp.dialysis !== true) missing.push("labs.creatinine");
  if (inp.inr === undefined) missing.push("labs.inr");
  if (inp.sodium === undefined) missing.push("labs.sodiumMmolL");
  if (!inp.albumin) missing.push("labs.albumin");
  if (inp.sex === undefined) missing.push("demographics.sex");
  if (missing.length > 0) {
    return {
      name: "MELD 3.0",
      missing,
      assumptions: [],
      explanation: unknownScore("MELD 3.0", missing),
    };
  }
  const raw = meld3Raw({
    ...meldValues(inp),
    sodiumMmolL: inp.sodium as number,
    albuminGdL: (inp.albumin as Lab).conv,
    sex: inp.sex as "female" | "male",
  });
  const rounded = roundHalfUp(raw);
  const value = Math.min(rounded, MELD_MAX);
  return {
    name: "MELD 3.0",
    value,
    missing,
    assumptions: dialysisAssumptions(inp, MELD3_CREATININE_CAP),
    explanation: message("scores.explain.meld3", {
      value,
      capped: rounded > MELD_MAX,
      raw: rounded,
      sex: message(`enumValues.sex.${inp.sex as "female" | "male"}`),
      inputs: meldInputsText(inp, MELD3_CREATININE_CAP, "3.0"),
      sodium: describeSodium(inp.sodium as number),
      albumin: describeMeldLab(inputName("albumin"), inp.albumin as Lab, 1.5, 3.5, "1.5", "3.5", "countedAs"),
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Entry points

/** All four scores from one read of the profile. Pure and cheap: safe to call on every keystroke. */
export function computeScores(profile: Profile): Scores {
  const inp = readInputs(profile);
  const missingForMeld = meldMissing(inp);
  return {
    childPugh: childPughFrom(inp),
    meld: meldFrom(inp, missingForMeld),
    meldNa: meldNaFrom(inp, missingForMeld),
    meld3: meld3From(inp),
  };
}

export function computeChildPugh(profile: Profile): ChildPughResult {
  return childPughFrom(readInputs(profile));
}

export function computeMeld(profile: Profile): MeldResult {
  const inp = readInputs(profile);
  return meldFrom(inp, meldMissing(inp));
}

export function computeMeldNa(profile: Profile): MeldResult {
  const inp = readInputs(profile);
  return meldNaFrom(inp, meldMissing(inp));
}

export function computeMeld3(profile: Profile): MeldResult {
  return meld3From(readInputs(profile));
}
