/**
 * The de-identified patient profile: the one schema shared by the form, the JSON file import
 * and the CLI.
 *
 * Privacy by design: there is no field for a name, a record number, a phone number, an address
 * or a calendar date. Every object is strict, so a file that smuggles such a field in
 * (`"name": …`) is rejected rather than silently carried along. Ages are whole years and past
 * events are intervals ("11 months ago").
 *
 * Every field is optional: a missing field means "unknown", never "no".
 */
import "./zod-config";
import { z } from "zod";
import { albuminToGdL, bilirubinToMgdL, creatinineToMgdL } from "./units";
import { isWithin } from "./time";

const yesNo = z.boolean({ error: "Answer yes or no (or leave it unknown)" });

function finiteNumber(label: string, min: number, max: number, unit: string) {
  const suffix = unit ? ` ${unit}` : "";
  // zod 4 numbers already reject NaN and ±Infinity.
  return z
    .number({ error: `${label}: enter a number` })
    .min(min, `${label} cannot be below ${min}${suffix}`)
    .max(max, `${label} cannot be above ${max}${suffix}`);
}

// ---------------------------------------------------------------------------------------------
// Demographics

export const SEXES = ["female", "male"] as const;

export const demographicsSchema = z.strictObject({
  ageYears: finiteNumber("Age", 0, 120, "years")
    .int("Age: enter whole years")
    .optional(),
  sex: z.enum(SEXES, { error: "Sex: choose female or male" }).optional(),
  /** Asked only for female patients; ignored for male patients. */
  pregnant: yesNo.optional(),
  breastfeeding: yesNo.optional(),
}).superRefine((d, ctx) => {
  // A "yes" here for a male patient is an entry error, not a fact to screen on.
  for (const key of ["pregnant", "breastfeeding"] as const) {
    if (d.sex === "male" && d[key] === true) {
      ctx.addIssue({ code: "custom", path: [key], message: `${key === "pregnant" ? "Pregnancy" : "Breastfeeding"} does not apply to a male patient` });
    }
  }
});

// ---------------------------------------------------------------------------------------------
// Liver disease

export const ETIOLOGIES = ["hbv", "hcv", "alcohol", "autoimmune", "masld", "pbc", "psc", "other"] as const;
export type Etiology = (typeof ETIOLOGIES)[number];
export const ETIOLOGY_LABELS: Record<Etiology, string> = {
  hbv: "Hepatitis B (HBV)",
  hcv: "Hepatitis C (HCV)",
  alcohol: "Alcohol-related",
  autoimmune: "Autoimmune hepatitis",
  masld: "MASLD (metabolic)",
  pbc: "Primary biliary cholangitis",
  psc: "Primary sclerosing cholangitis",
  other: "Other cause",
};

/** Current ascites, graded as Child–Pugh grades it (none / mild / moderate or tense). */
export const ASCITES_GRADES = ["none", "mild", "moderate", "severe"] as const;

/**
 * Liver failure, by kind. Only ACLF and chronic liver failure arise from chronic liver disease and
 * so make end-stage liver disease (lib/core/concepts.ts); acute liver failure without chronic
 * liver disease does not. Definitions: APASL ACLF consensus (Sarin SK et al., Hepatol Int
 * 2019;13:353–390) and the Chinese guideline (中华医学会感染病学分会肝衰竭与人工肝学组, 肝衰竭诊治指南(2018年版),
 * 中华肝脏病杂志 2019;27(1):18-26), which names the four kinds: acute, subacute, acute-on-chronic
 * and chronic. Subacute liver failure without chronic liver disease is recorded as "alf".
 */
export const LIVER_FAILURE = ["none", "alf", "aclf", "chronic"] as const;
export type LiverFailure = (typeof LIVER_FAILURE)[number];

// ---------------------------------------------------------------------------------------------
// Past events and exposures: "never", or a time since the most recent one.

export const TIME_UNITS = ["days", "weeks", "months", "years"] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

/**
 * When something last happened. `status: "never"`; or `status: "ago"` with the time since
 * (0 = ongoing or today). `"ago"` without an amount means it happened but when is unknown.
 */
export const timeSinceSchema = z
  .strictObject({
    status: z.enum(["never", "ago"], { error: "Choose never or a time since" }),
    amount: finiteNumber("Time since", 0, 1200, "").optional(),
    unit: z.enum(TIME_UNITS, { error: "Choose days, weeks, months or years" }).optional(),
  })
  .superRefine((t, ctx) => {
    if (t.status === "ago" && t.amount !== undefined && t.unit === undefined) {
      ctx.addIssue({ code: "custom", path: ["unit"], message: "Choose days, weeks, months or years" });
    }
  });
export type TimeSince = z.infer<typeof timeSinceSchema>;

// ---------------------------------------------------------------------------------------------
// Liver disease: the section

/** Current ascites: any grade but none. */
const CURRENT_ASCITES = new Set(["mild", "moderate", "severe"]);

/** The window of Baveno VII's "no variceal bleeding for 12 months" (recompensation). */
export const RECOMPENSATION_BLEED_WINDOW = { amount: 12, unit: "months" } as const;

export const liverSchema = z.strictObject({
  cirrhosis: yesNo.optional(),
  /** One yes/no/unknown answer per cause, so that "HBV and nothing else" can be known. */
  etiology: z.strictObject(Object.fromEntries(ETIOLOGIES.map((e) => [e, yesNo.optional()])) as {
    [K in Etiology]: z.ZodOptional<typeof yesNo>;
  }).optional(),
  hbvYearsSinceDiagnosis: finiteNumber("Years since HBV diagnosis", 0, 120, "years").optional(),
  everAscites: yesNo.optional(),
  everVaricealBleeding: yesNo.optional(),
  /**
   * When the last variceal bleed was: an interval, never a date. Read against Baveno VII's "no
   * variceal bleeding for 12 months" with the calendar rules of lib/core/time.ts, so "12 months
   * ago" is within 12 months, "13 months" is not and "365 days" is unknown (a year of months is
   * 362–368 days). Must agree with everVaricealBleeding.
   */
  lastVaricealBleed: timeSinceSchema.optional(),
  everOvertEncephalopathy: yesNo.optional(),
  everJaundice: yesNo.optional(),
  ascitesGrade: z.enum(ASCITES_GRADES, { error: "Ascites: choose none, mild, moderate or severe" }).optional(),
  /** Diuretics taken now for ascites (Baveno VII: recompensation needs no ascites off diuretics). */
  onDiureticsForAscites: yesNo.optional(),
  /** West Haven grade of hepatic encephalopathy now: 0 (none) to 4 (coma). */
  westHavenGrade: finiteNumber("West Haven grade", 0, 4, "")
    .int("West Haven grade: choose 0 to 4")
    .optional(),
  /**
   * Lactulose or rifaximin taken now for hepatic encephalopathy: secondary prophylaxis after an
   * overt episode, or treatment of covert encephalopathy (Baveno VII: recompensation needs no HE
   * off lactulose/rifaximin). Not lactulose for constipation alone.
   */
  onLactuloseOrRifaximin: yesNo.optional(),
  liverFailure: z
    .enum(LIVER_FAILURE, {
      error:
        "Liver failure: choose none, acute liver failure without chronic liver disease, acute-on-chronic (ACLF) or chronic liver failure",
    })
    .optional(),
  /**
   * Recompensated cirrhosis (Baveno VII: de Franchis R et al., J Hepatol 2022;76:959–974): the
   * cause removed or suppressed, no ascites off diuretics, no HE off lactulose/rifaximin, no
   * variceal bleeding for 12 months, and stable liver function. Asked only when no sign of
   * decompensation is present now; a "yes" alongside one (decompensationSignsNow) is refused.
   */
  recompensated: yesNo.optional(),
}).superRefine((l, ctx) => {
  const bleed = l.lastVaricealBleed;
  if (bleed && l.everVaricealBleeding !== undefined && (bleed.status === "ago") !== l.everVaricealBleeding) {
    // Two answers about one event that disagree: neither is guessed right; both count as unknown.
    const message = l.everVaricealBleeding
      ? "Variceal bleeding ever is yes, but the last variceal bleed is “never”: correct one of them"
      : "Variceal bleeding ever is no, but a last variceal bleed is recorded: correct one of them";
    ctx.addIssue({ code: "custom", path: ["everVaricealBleeding"], message });
    ctx.addIssue({ code: "custom", path: ["lastVaricealBleed"], message });
  }
  if (l.recompensated !== true) return;
  const signs = decompensationSignsNow(l);
  if (signs.length) {
    ctx.addIssue({
      code: "custom",
      path: ["recompensated"],
      message: `Recompensated: not possible with ${signs.join(", ")} (Baveno VII)`,
    });
  }
});

/**
 * The signs of decompensation present now that rule out recompensation (Baveno VII: de Franchis R
 * et al., J Hepatol 2022;76:959–974), in words; empty when none is known to be present. A bleed
 * whose time the calendar cannot place inside or outside 12 months is not counted here (the
 * concept leaves the case unknown instead).
 */
export function decompensationSignsNow(l: {
  ascitesGrade?: string | undefined;
  onDiureticsForAscites?: boolean | undefined;
  westHavenGrade?: number | undefined;
  onLactuloseOrRifaximin?: boolean | undefined;
  lastVaricealBleed?: TimeSince | undefined;
}): string[] {
  const signs: string[] = [];
  if (l.ascitesGrade !== undefined && CURRENT_ASCITES.has(l.ascitesGrade)) signs.push("ascites now");
  if (l.onDiureticsForAscites === true) signs.push("diuretics for ascites now");
  if (l.westHavenGrade !== undefined && l.westHavenGrade >= 2) signs.push("overt hepatic encephalopathy now");
  if (l.onLactuloseOrRifaximin === true) signs.push("lactulose or rifaximin now");
  const bleed = l.lastVaricealBleed;
  if (
    bleed?.status === "ago" &&
    bleed.amount !== undefined &&
    bleed.unit !== undefined &&
    isWithin(bleed.amount, bleed.unit, RECOMPENSATION_BLEED_WINDOW) === true
  ) {
    signs.push("a variceal bleed within 12 months");
  }
  return signs;
}

// ---------------------------------------------------------------------------------------------
// Labs. Each lab with a unit keeps the unit it was entered in; lib/core/units.ts converts exactly.

export { BILIRUBIN_UNITS, ALBUMIN_UNITS, CREATININE_UNITS } from "./units";
import { BILIRUBIN_UNITS, ALBUMIN_UNITS, CREATININE_UNITS } from "./units";

/**
 * A lab value with its unit. The value may be missing while the unit is chosen (the form always
 * has a unit selected); a missing value is unknown. Plausible limits are checked in the
 * canonical unit so that both units get the same bounds.
 */
function labWithUnit<U extends readonly [string, ...string[]]>(
  label: string,
  units: U,
  toCanonical: (value: number, unit: U[number]) => number,
  canonicalUnit: string,
  min: number,
  max: number,
) {
  return z
    .strictObject({
      value: z.number({ error: `${label}: enter a number` }).optional(),
      unit: z.enum(units, { error: `${label}: choose ${units.join(" or ")}` }),
    })
    .superRefine((lab, ctx) => {
      if (lab.value === undefined) return;
      const canonical = toCanonical(lab.value, lab.unit);
      if (canonical < min || canonical > max) {
        ctx.addIssue({
          code: "custom",
          path: ["value"],
          message: `${label} ${lab.value} ${lab.unit} is not a possible value (allowed ${min}–${max} ${canonicalUnit})`,
        });
      }
    });
}

export const labsSchema = z.strictObject({
  bilirubin: labWithUnit(
    "Total bilirubin",
    BILIRUBIN_UNITS,
    bilirubinToMgdL,
    "mg/dL",
    0,
    100,
  ).optional(),
  albumin: labWithUnit(
    "Albumin",
    ALBUMIN_UNITS,
    albuminToGdL,
    "g/dL",
    0.5,
    7,
  ).optional(),
  inr: finiteNumber("INR", 0.5, 20, "").optional(),
  ptSeconds: finiteNumber("PT", 5, 200, "s").optional(),
  ptControlSeconds: finiteNumber("Control PT", 5, 60, "s").optional(),
  creatinine: labWithUnit(
    "Creatinine",
    CREATININE_UNITS,
    creatinineToMgdL,
    "mg/dL",
    0.05,
    30,
  ).optional(),
  /** OPTN: two or more dialysis sessions, or 24 h of CVVHD, within the past week. */
  dialysis: yesNo.optional(),
  sodiumMmolL: finiteNumber("Sodium", 90, 200, "mmol/L").optional(),
  plateletsE9L: finiteNumber("Platelets", 0, 2000, "×10⁹/L").optional(),
});

// ---------------------------------------------------------------------------------------------
// Exposures and events (timeSinceSchema is above, with the liver section's last variceal bleed)

export const exposuresSchema = z.strictObject({
  interferon: timeSinceSchema.optional(),
  systemicGlucocorticoids: timeSinceSchema.optional(),
  albuminInfusion: timeSinceSchema.optional(),
  upperGiBleeding: timeSinceSchema.optional(),
  otherTrialParticipation: timeSinceSchema.optional(),
});

// ---------------------------------------------------------------------------------------------
// Conditions

/** "treated": a malignant liver tumour treated in the past (resection, ablation, TACE…), none found now. */
export const LIVER_TUMOUR = ["none", "benign", "malignant", "treated"] as const;
export const OTHER_MALIGNANCY = ["none", "past", "current"] as const;
export const HEART_FAILURE = ["none", "chronic", "acute"] as const;

export const conditionsSchema = z.strictObject({
  /** HCC or any other liver tumour found now, or a liver cancer treated in the past. */
  liverTumour: z
    .enum(LIVER_TUMOUR, { error: "Liver tumour: choose none, benign, malignant or treated in the past" })
    .optional(),
  /** For a liver cancer treated in the past: years since the end of that treatment. */
  liverTumourYearsSinceTreatment: finiteNumber("Years since liver tumour treatment", 0, 120, "years").optional(),
  /** Malignancy outside the liver: none ever, in the history (treated), or current. */
  otherMalignancy: z.enum(OTHER_MALIGNANCY, { error: "Other malignancy: choose none, past or current" }).optional(),
  /** For a past malignancy: years since the end of its treatment. */
  otherMalignancyYearsSinceTreatment: finiteNumber("Years since the end of cancer treatment", 0, 120, "years").optional(),
  /** A benign tumour of another organ (uterine fibroid, thyroid adenoma, …), now. */
  benignTumourElsewhere: yesNo.optional(),
  familyHistoryLiverMalignancy: yesNo.optional(),
  liverTransplantRecipient: yesNo.optional(),
  // Acute cardiopulmonary and cerebrovascular events, current.
  acuteMyocardialInfarction: yesNo.optional(),
  heartFailure: z.enum(HEART_FAILURE, { error: "Heart failure: choose none, chronic or acute" }).optional(),
  respiratoryFailure: yesNo.optional(),
  pulmonaryEmbolism: yesNo.optional(),
  acuteCerebralInfarction: yesNo.optional(),
  acuteCerebralHaemorrhage: yesNo.optional(),
  otherSeriousCardiopulmonaryDisease: yesNo.optional(),
  renalFailure: yesNo.optional(),
  severeOtherOrganDisease: yesNo.optional(),
  hiv: yesNo.optional(),
  treatedMentalIllness: yesNo.optional(),
  /** Treated for alcohol use disorder or alcohol withdrawal (with no other mental illness treated). */
  treatedAlcoholUseDisorder: yesNo.optional(),
  allergicAsthma: yesNo.optional(),
  allergicUrticaria: yesNo.optional(),
  eczema: yesNo.optional(),
  multipleDrugOrFoodAllergies: yesNo.optional(),
  hypersplenismNeedingSplenectomy: yesNo.optional(),
  spontaneousBacterialPeritonitis: yesNo.optional(),
  /** SBP in the past, none now, and on antibiotic prophylaxis (secondary prophylaxis) now. */
  pastSbpOnProphylaxis: yesNo.optional(),
  activeInfection: yesNo.optional(),
  sepsis: yesNo.optional(),
  extrahepaticBiliaryDisease: yesNo.optional(),
  portalOrHepaticVeinThrombosis: yesNo.optional(),
  activeBleeding: yesNo.optional(),
  seriousBleedingTendency: yesNo.optional(),
});

// ---------------------------------------------------------------------------------------------
// Treatment history and transplant

export const treatmentSchema = z.strictObject({
  transplantCandidate: yesNo.optional(),
  donorLiverAvailable: yesNo.optional(),
  conservativeTreatmentMonths: finiteNumber("Months of conservative treatment", 0, 600, "months").optional(),
  conservativeTreatmentRelief: yesNo.optional(),
});

// ---------------------------------------------------------------------------------------------

export const SCREENING_LABEL_MAX = 80;

export const profileSchema = z.strictObject({
  /** A free-text label for this screening (e.g. "Bed 12 Tuesday"); never a name or an ID. */
  screeningLabel: z.string().max(SCREENING_LABEL_MAX, `Screening label: at most ${SCREENING_LABEL_MAX} characters`).optional(),
  demographics: demographicsSchema.optional(),
  liver: liverSchema.optional(),
  labs: labsSchema.optional(),
  exposures: exposuresSchema.optional(),
  conditions: conditionsSchema.optional(),
  treatment: treatmentSchema.optional(),
});

export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;

export type FieldIssue = { path: string; message: string };

/**
 * Profiles saved before an answer was split into kinds. Each old value either maps to exactly one
 * new value, or is left as it was so that the schema refuses it with a message on its field:
 * nothing is silently dropped.
 * - liver.liverFailure: `false` → "none". `true` is refused: it does not say whether the failure
 *   is acute (not ESLD) or acute-on-chronic/chronic (ESLD), so the coordinator must choose.
 */
export function migrateLegacyProfile(input: unknown): unknown {
  if (input === null || typeof input !== "object" || Array.isArray(input)) return input;
  const liver = (input as Record<string, unknown>).liver;
  if (liver === null || typeof liver !== "object" || Array.isArray(liver)) return input;
  if ((liver as Record<string, unknown>).liverFailure !== false) return input;
  return { ...input, liver: { ...liver, liverFailure: "none" } };
}

/** Validates any value at a boundary (file import, CLI). Never throws. */
export function parseProfile(input: unknown): { ok: true; profile: Profile } | { ok: false; issues: FieldIssue[] } {
  const result = profileSchema.safeParse(migrateLegacyProfile(input));
  if (result.success) return { ok: true, profile: result.data };
  return { ok: false, issues: result.error.issues.flatMap(toFieldIssues) };
}

/** A path segment as shown: plain keys as they are, anything odd (spaces, newlines, "") quoted. */
function segment(key: PropertyKey): string {
  const text = String(key);
  return /^[A-Za-z_$][\w$]*$/.test(text) ? text : JSON.stringify(text);
}

function toFieldIssues(issue: z.core.$ZodIssue): FieldIssue[] {
  const path = issue.path.map(segment);
  if (issue.code === "unrecognized_keys") {
    // Name the offending field itself, so "demographics.name" is reported where it stands.
    return issue.keys.map((key) => ({
      path: [...path, segment(key)].join("."),
      message: `Unknown field ${JSON.stringify(key)}: the profile holds only de-identified screening facts`,
    }));
  }
  const where = path.length ? path.join(".") : "(profile)";
  if (issue.code === "invalid_type" && issue.expected === "object") {
    return [{ path: where, message: `${path.length ? "This section" : "A profile"} must be a JSON object` }];
  }
  return [{ path: where, message: issue.message }];
}

/**
 * For live results while the coordinator types: the profile with every invalid field removed
 * (so it counts as unknown) and the issues that were removed. The form still shows each issue
 * on its field; the results never see a half-typed or impossible value.
 */
export function usableProfile(input: unknown): { profile: Profile; issues: FieldIssue[] } {
  const first = parseProfile(input);
  if (first.ok) return { profile: first.profile, issues: [] };
  if (input === null || typeof input !== "object" || Array.isArray(input)) return { profile: {}, issues: first.issues };
  const draft = structuredClone(input) as Record<string, unknown>;
  let issues = first.issues;
  // Each pass removes the fields named by the issues; nested issues can surface only after their
  // parent's are gone, so a few passes may be needed. The depth of the schema bounds the loop.
  for (let pass = 0; pass < 6; pass++) {
    for (const issue of issues) removePath(draft, issue.path.split("."));
    const next = parseProfile(draft);
    if (next.ok) return { profile: next.profile, issues: first.issues };
    issues = next.issues;
  }
  return { profile: {}, issues: first.issues };
}

/** Sections whose every object field is one fact (a lab with its unit, a time since). */
const WHOLE_OBJECT_SECTIONS = new Set(["labs", "exposures"]);
/** Object fields elsewhere that are one fact. */
const WHOLE_OBJECT_FIELDS = new Set(["liver.lastVaricealBleed"]);

function removePath(root: Record<string, unknown>, path: string[]): void {
  if (path[0] === "(profile)") return;
  // A lab or time object with a bad part is dropped whole: half of it means nothing.
  const whole = WHOLE_OBJECT_SECTIONS.has(`${path[0]}`) || WHOLE_OBJECT_FIELDS.has(`${path[0]}.${path[1]}`);
  const cut = path.length >= 3 && whole ? path.slice(0, 2) : path;
  let node: unknown = root;
  for (let i = 0; i < cut.length - 1; i++) {
    if (node === null || typeof node !== "object") return;
    node = (node as Record<string, unknown>)[cut[i] as string];
  }
  if (node !== null && typeof node === "object") delete (node as Record<string, unknown>)[cut[cut.length - 1] as string];
}
