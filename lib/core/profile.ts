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
import { toEnglish } from "./english-core";
import { fieldMessage, type FieldPath } from "./fields";
import { message, messageText, type Message, type MessageKey, type MessageValue } from "./message";
import {
  ASCITES_GRADES,
  ETIOLOGIES,
  HEART_FAILURE,
  issueText,
  LIVER_FAILURE,
  LIVER_TUMOUR,
  OTHER_MALIGNANCY,
  SCREENING_LABEL_MAX,
  SEXES,
  TIME_UNITS,
  type Etiology,
} from "./profile-values";
import { albuminToGdL, bilirubinToMgdL, creatinineToMgdL } from "./units";
import { isWithin } from "./time";

// The enumerations live in a zod-free module that the form's chunk imports (issue 15); every
// other importer keeps finding them here.
export * from "./profile-values";

// The schema's messages are structured (a key of messages/*.json and its values), serialized into
// the issue's text, the only thing zod and react-hook-form carry (lib/core/message.ts messageText);
// `toFieldIssues` and the form read them back and say them in the reader's language.
const say = (key: MessageKey, values?: Record<string, MessageValue>): string => messageText(message(key, values));

const yesNo = z.boolean({ error: say("validation.yesNo") });

/** A field's label, for the messages that name it. */
const label = (path: FieldPath): MessageValue => fieldMessage(path);

/** The values a choice's message lists ("female or male"), as the catalog names them (`enumValues`). */
const choices = (set: string, values: readonly string[]): MessageValue => ({
  list: values.map((v) => message(`enumValues.${set}.${v}` as MessageKey)),
  join: "or",
});

const UNITS: Record<string, MessageValue> = {
  yearsOfAge: message("common.units.yearsOfAge"),
  years: message("common.units.years"),
  months: message("common.units.months"),
  s: message("common.units.s"),
};

function finiteNumber(name: MessageValue, min: number, max: number, unit: string) {
  const unitValue = UNITS[unit] ?? unit;
  const limit = (n: number): MessageValue => (unit ? message("validation.withUnit", { value: n, unit: unitValue }) : n);
  // zod 4 numbers already reject NaN and ±Infinity.
  return z
    .number({ error: say("validation.enterNumber", { label: name }) })
    .min(min, say("validation.belowMin", { label: name, limit: limit(min) }))
    .max(max, say("validation.aboveMax", { label: name, limit: limit(max) }));
}

// ---------------------------------------------------------------------------------------------
// Demographics

export const demographicsSchema = z.strictObject({
  ageYears: finiteNumber(label("demographics.ageYears"), 0, 120, "yearsOfAge")
    .int(say("validation.wholeYears", { label: label("demographics.ageYears") }))
    .optional(),
  sex: z.enum(SEXES, { error: say("validation.choose", { label: label("demographics.sex"), options: choices("sex", SEXES) }) }).optional(),
  /** Asked only for female patients; ignored for male patients. */
  pregnant: yesNo.optional(),
  breastfeeding: yesNo.optional(),
}).superRefine((d, ctx) => {
  // A "yes" here for a male patient is an entry error, not a fact to screen on.
  for (const key of ["pregnant", "breastfeeding"] as const) {
    if (d.sex === "male" && d[key] === true) {
      ctx.addIssue({ code: "custom", path: [key], message: say("validation.notForMale", { field: key }) });
    }
  }
});

// ---------------------------------------------------------------------------------------------
// Past events and exposures: "never", or a time since the most recent one.

/**
 * When something last happened. `status: "never"`; or `status: "ago"` with the time since
 * (0 = ongoing or today). `"ago"` without an amount means it happened but when is unknown.
 */
export const timeSinceSchema = z
  .strictObject({
    status: z.enum(["never", "ago"], { error: say("validation.timeStatus") }),
    amount: finiteNumber(message("validation.timeSince"), 0, 1200, "").optional(),
    unit: z.enum(TIME_UNITS, { error: say("validation.timeUnit") }).optional(),
  })
  .superRefine((t, ctx) => {
    if (t.status === "ago" && t.amount !== undefined && t.unit === undefined) {
      ctx.addIssue({ code: "custom", path: ["unit"], message: say("validation.timeUnit") });
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
  hbvYearsSinceDiagnosis: finiteNumber(label("liver.hbvYearsSinceDiagnosis"), 0, 120, "years").optional(),
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
  ascitesGrade: z
    .enum(ASCITES_GRADES, { error: say("validation.choose", { label: label("liver.ascitesGrade"), options: choices("ascitesGrade", ASCITES_GRADES) }) })
    .optional(),
  /** Diuretics taken now for ascites (Baveno VII: recompensation needs no ascites off diuretics). */
  onDiureticsForAscites: yesNo.optional(),
  /** West Haven grade of hepatic encephalopathy now: 0 (none) to 4 (coma). */
  westHavenGrade: finiteNumber(label("liver.westHavenGrade"), 0, 4, "")
    .int(say("validation.westHavenRange", { label: label("liver.westHavenGrade") }))
    .optional(),
  /**
   * Lactulose or rifaximin taken now for hepatic encephalopathy: secondary prophylaxis after an
   * overt episode, or treatment of covert encephalopathy (Baveno VII: recompensation needs no HE
   * off lactulose/rifaximin). Not lactulose for constipation alone.
   */
  onLactuloseOrRifaximin: yesNo.optional(),
  liverFailure: z
    .enum(LIVER_FAILURE, { error: say("validation.choose", { label: label("liver.liverFailure"), options: choices("liverFailure", LIVER_FAILURE) }) })
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
    const text = say("validation.bleedDisagrees", { ever: l.everVaricealBleeding });
    ctx.addIssue({ code: "custom", path: ["everVaricealBleeding"], message: text });
    ctx.addIssue({ code: "custom", path: ["lastVaricealBleed"], message: text });
  }
  if (l.recompensated !== true) return;
  const signs = decompensationSignsNow(l);
  if (signs.length) {
    ctx.addIssue({
      code: "custom",
      path: ["recompensated"],
      message: say("validation.recompensatedNotPossible", { signs: { list: signs, join: "comma" } }),
    });
  }
});

/**
 * The signs of decompensation present now that rule out recompensation (Baveno VII: de Franchis R
 * et al., J Hepatol 2022;76:959–974), as messages; empty when none is known to be present. A bleed
 * whose time the calendar cannot place inside or outside 12 months is not counted here (the
 * concept leaves the case unknown instead).
 */
export function decompensationSignsNow(l: {
  ascitesGrade?: string | undefined;
  onDiureticsForAscites?: boolean | undefined;
  westHavenGrade?: number | undefined;
  onLactuloseOrRifaximin?: boolean | undefined;
  lastVaricealBleed?: TimeSince | undefined;
}): Message[] {
  const signs: Message[] = [];
  if (l.ascitesGrade !== undefined && CURRENT_ASCITES.has(l.ascitesGrade)) signs.push(message("validation.signs.ascites"));
  if (l.onDiureticsForAscites === true) signs.push(message("validation.signs.diuretics"));
  if (l.westHavenGrade !== undefined && l.westHavenGrade >= 2) signs.push(message("validation.signs.overtHe"));
  if (l.onLactuloseOrRifaximin === true) signs.push(message("validation.signs.lactuloseOrRifaximin"));
  const bleed = l.lastVaricealBleed;
  if (
    bleed?.status === "ago" &&
    bleed.amount !== undefined &&
    bleed.unit !== undefined &&
    isWithin(bleed.amount, bleed.unit, RECOMPENSATION_BLEED_WINDOW) === true
  ) {
    signs.push(message("validation.signs.recentBleed"));
  }
  return signs;
}

// ---------------------------------------------------------------------------------------------
// Labs. Each lab with a unit keeps the unit it was entered in; lib/core/units.ts converts exactly.

import { BILIRUBIN_UNITS, ALBUMIN_UNITS, CREATININE_UNITS } from "./units";

/**
 * A lab value with its unit. The value may be missing while the unit is chosen (the form always
 * has a unit selected); a missing value is unknown. Plausible limits are checked in the
 * canonical unit so that both units get the same bounds.
 */
function labWithUnit<U extends readonly [string, ...string[]]>(
  path: FieldPath,
  units: U,
  toCanonical: (value: number, unit: U[number]) => number,
  canonicalUnit: string,
  min: number,
  max: number,
) {
  const name = label(path);
  return z
    .strictObject({
      value: z.number({ error: say("validation.enterNumber", { label: name }) }).optional(),
      unit: z.enum(units, { error: say("validation.choose", { label: name, options: { list: units, join: "or" } }) }),
    })
    .superRefine((lab, ctx) => {
      if (lab.value === undefined) return;
      const canonical = toCanonical(lab.value, lab.unit);
      if (canonical < min || canonical > max) {
        ctx.addIssue({
          code: "custom",
          path: ["value"],
          message: say("validation.labImpossible", { label: name, value: lab.value, unit: lab.unit, min, max, canonicalUnit }),
        });
      }
    });
}

export const labsSchema = z.strictObject({
  bilirubin: labWithUnit(
    "labs.bilirubin",
    BILIRUBIN_UNITS,
    bilirubinToMgdL,
    "mg/dL",
    0,
    100,
  ).optional(),
  albumin: labWithUnit(
    "labs.albumin",
    ALBUMIN_UNITS,
    albuminToGdL,
    "g/dL",
    0.5,
    7,
  ).optional(),
  inr: finiteNumber(label("labs.inr"), 0.5, 20, "").optional(),
  ptSeconds: finiteNumber(label("labs.ptSeconds"), 5, 200, "s").optional(),
  ptControlSeconds: finiteNumber(label("labs.ptControlSeconds"), 5, 60, "s").optional(),
  creatinine: labWithUnit(
    "labs.creatinine",
    CREATININE_UNITS,
    creatinineToMgdL,
    "mg/dL",
    0.05,
    30,
  ).optional(),
  /** OPTN: two or more dialysis sessions, or 24 h of CVVHD, within the past week. */
  dialysis: yesNo.optional(),
  sodiumMmolL: finiteNumber(label("labs.sodiumMmolL"), 90, 200, "mmol/L").optional(),
  plateletsE9L: finiteNumber(label("labs.plateletsE9L"), 0, 2000, "×10⁹/L").optional(),
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

export const conditionsSchema = z.strictObject({
  /** HCC or any other liver tumour found now, or a liver cancer treated in the past. */
  liverTumour: z
    .enum(LIVER_TUMOUR, { error: say("validation.choose", { label: label("conditions.liverTumour"), options: choices("liverTumour", LIVER_TUMOUR) }) })
    .optional(),
  /** For a liver cancer treated in the past: years since the end of that treatment. */
  liverTumourYearsSinceTreatment: finiteNumber(label("conditions.liverTumourYearsSinceTreatment"), 0, 120, "years").optional(),
  /** Malignancy outside the liver: none ever, in the history (treated), or current. */
  otherMalignancy: z
    .enum(OTHER_MALIGNANCY, { error: say("validation.choose", { label: label("conditions.otherMalignancy"), options: choices("otherMalignancy", OTHER_MALIGNANCY) }) })
    .optional(),
  /** For a past malignancy: years since the end of its treatment. */
  otherMalignancyYearsSinceTreatment: finiteNumber(label("conditions.otherMalignancyYearsSinceTreatment"), 0, 120, "years").optional(),
  /** A benign tumour of another organ (uterine fibroid, thyroid adenoma, …), now. */
  benignTumourElsewhere: yesNo.optional(),
  familyHistoryLiverMalignancy: yesNo.optional(),
  liverTransplantRecipient: yesNo.optional(),
  // Acute cardiopulmonary and cerebrovascular events, current.
  acuteMyocardialInfarction: yesNo.optional(),
  heartFailure: z
    .enum(HEART_FAILURE, { error: say("validation.choose", { label: label("conditions.heartFailure"), options: choices("heartFailure", HEART_FAILURE) }) })
    .optional(),
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
  conservativeTreatmentMonths: finiteNumber(label("treatment.conservativeTreatmentMonths"), 0, 600, "months").optional(),
  conservativeTreatmentRelief: yesNo.optional(),
});

// ---------------------------------------------------------------------------------------------

export const profileSchema = z.strictObject({
  /** A free-text label for this screening (e.g. "Bed 12 Tuesday"); never a name or an ID. */
  screeningLabel: z
    .string({ error: say("validation.enterText", { label: label("screeningLabel") }) })
    .max(SCREENING_LABEL_MAX, say("validation.labelTooLong", { label: label("screeningLabel"), max: SCREENING_LABEL_MAX }))
    .optional(),
  demographics: demographicsSchema.optional(),
  liver: liverSchema.optional(),
  labs: labsSchema.optional(),
  exposures: exposuresSchema.optional(),
  conditions: conditionsSchema.optional(),
  treatment: treatmentSchema.optional(),
});

export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;

/**
 * A field's problem: `text` for the reader's language, `message` the same in English (the CLI's
 * default, the server's log and API answers).
 */
export type FieldIssue = { path: string; message: string; text: Message };

const fieldIssue = (path: string, text: Message): FieldIssue => ({ path, message: toEnglish(text), text });

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
    return issue.keys.map((key) =>
      fieldIssue([...path, segment(key)].join("."), message("validation.unknownField", { name: JSON.stringify(key) })),
    );
  }
  const where = path.length ? path.join(".") : "(profile)";
  if (issue.code === "invalid_type" && issue.expected === "object") {
    return [fieldIssue(where, message("validation.notObject", { where: path.length ? "section" : "profile" }))];
  }
  return [fieldIssue(where, issueText(issue.message))];
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
