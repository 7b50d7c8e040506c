/**
 * The screening form as data: its sections in chart-reading order, one spec per profile field,
 * the raw form values the inputs hold, and the exact mapping between those values and the
 * profile. Pure TypeScript (no React): the components only render what this module describes.
 *
 * Form values are what the inputs hold, as typed: every number is the text in its box ("abc"
 * stays "abc" until the coordinator fixes it, and survives a reload in the draft), every
 * yes/no/unknown item is "yes", "no" or "" (unknown), every choice is its value or "" (unknown).
 * `formValuesToProfileInput` turns them into a profile input that the zod schema then checks, so
 * the schema's messages ("Age: enter a number") land on the field whose path they name.
 *
 * Free of zod and of the English catalog: the screening form's chunk is this module, and the form
 * is usable before the schema arrives (issue 15). The schema's side (`formSchema`,
 * `usableFormProfile`) is lib/view/form-schema.ts, loaded right after.
 */
import { fieldMessage, type FieldPath } from "../core/fields";
import {
  ALBUMIN_UNITS,
  ASCITES_GRADES,
  BILIRUBIN_UNITS,
  CREATININE_UNITS,
  ETIOLOGIES,
  HEART_FAILURE,
  LIVER_FAILURE,
  LIVER_TUMOUR,
  OTHER_MALIGNANCY,
  SCREENING_LABEL_MAX,
  SEXES,
  TIME_UNITS,
  type TimeUnit,
} from "../core/profile-values";
import type { Profile, ProfileInput } from "../core/profile";
import { message, type Message, type MessageValue } from "../core/message";
import { formatNumber } from "../core/time";
import {
  albuminFromGdL,
  albuminToGdL,
  bilirubinFromMgdL,
  bilirubinToMgdL,
  creatinineFromMgdL,
  creatinineToMgdL,
} from "../core/units";

// ---------------------------------------------------------------------------------------------
// Form values

/** A yes/no/unknown answer as its radio group holds it; "" is unknown. */
export type TriValue = "yes" | "no" | "";
export type TimeStatusValue = "never" | "ago" | "";
export type TimeFormValue = { status: TimeStatusValue; amount: string; unit: TimeUnit | "" };
export type LabFormValue<U extends string = string> = { value: string; unit: U };

type Leaf<T> = [T] extends [boolean]
  ? TriValue
  : [T] extends [number]
    ? string
    : [T] extends [string]
      ? T | ""
      : T extends { status: unknown }
        ? TimeFormValue
        : T extends { unit: infer U extends string }
          ? LabFormValue<U>
          : { [K in keyof T]-?: Leaf<NonNullable<T[K]>> };

/** The raw values of the form: the profile's shape with every leaf as its input holds it. */
export type FormValues = { [K in keyof ProfileInput]-?: Leaf<NonNullable<ProfileInput[K]>> };

// ---------------------------------------------------------------------------------------------
// Field specs

export type ChoiceOption = { value: string; label: Message };

type SpecBase = {
  path: FieldPath;
  /** Shown under the label. */
  hint?: Message;
  /** The field is shown (and counts) only while another field holds this value. */
  showIf?: { path: FieldPath; equals: string };
};

export type FieldSpec =
  | (SpecBase & { kind: "tri" })
  | (SpecBase & { kind: "number"; unit?: MessageValue; integer?: boolean })
  | (SpecBase & {
      kind: "choice";
      control: "radio" | "select";
      options: readonly ChoiceOption[];
      /** The profile holds a number (West Haven grade), the form its text. */
      numeric?: boolean;
    })
  /**
   * `defaultUnit` is the conventional unit; `chineseDefaultUnit` the one Chinese lab reports print
   * (µmol/L for bilirubin and creatinine, g/L for albumin), the default when the page is in Chinese.
   */
  | (SpecBase & { kind: "lab"; units: readonly string[]; defaultUnit: string; chineseDefaultUnit: string })
  | (SpecBase & { kind: "time" })
  | (SpecBase & { kind: "text"; maxLength: number });

export type FormGroup = { legend: Message; description?: Message; fields: readonly FieldSpec[] };
export type FormSection = { id: string; title: Message; groups: readonly FormGroup[] };

const tri = (path: FieldPath, extra: Partial<SpecBase> = {}): FieldSpec => ({ kind: "tri", path, ...extra });
const time = (path: FieldPath, hint?: Message): FieldSpec => ({ kind: "time", path, ...(hint ? { hint } : {}) });

type OptionSet = "sex" | "ascitesGrade" | "westHavenGrade" | "liverFailure" | "liverTumour" | "otherMalignancy" | "heartFailure";
/** A choice's options, each labelled from the catalog (`form.options.<set>.<value>`). */
const options = (set: OptionSet, values: readonly string[]): ChoiceOption[] =>
  values.map((value) => ({ value, label: message(`form.options.${set}.${value}` as Message["key"]) }));
const hint = (key: string): Message => message(`form.hints.${key}` as Message["key"]);
const group = (key: string): Message => message(`form.groups.${key}` as Message["key"]);

export const SCREENING_LABEL_FIELD: FieldSpec = { kind: "text", path: "screeningLabel", maxLength: SCREENING_LABEL_MAX };

// Help for the answers a clinical review asked to define (issue 9) is in the catalogs
// (messages/*.json, `form.hints`), with the other user-visible strings of the form.

/** The form, in the order a coordinator reads a chart. */
export const FORM_SECTIONS: readonly FormSection[] = [
  {
    id: "demographics",
    title: message("form.sections.demographics"),
    groups: [
      {
        legend: group("patient"),
        fields: [
          { kind: "number", path: "demographics.ageYears", unit: message("common.units.yearsOfAge"), integer: true },
          { kind: "choice", path: "demographics.sex", control: "radio", options: options("sex", SEXES) },
          tri("demographics.pregnant", { showIf: { path: "demographics.sex", equals: "female" } }),
          tri("demographics.breastfeeding", { showIf: { path: "demographics.sex", equals: "female" } }),
        ],
      },
    ],
  },
  {
    id: "liver",
    title: message("form.sections.liver"),
    groups: [
      {
        legend: group("diagnosis"),
        fields: [
          tri("liver.cirrhosis"),
          {
            kind: "choice",
            path: "liver.liverFailure",
            control: "radio",
            options: options("liverFailure", LIVER_FAILURE),
            hint: hint("liverFailure"),
          },
        ],
      },
      {
        legend: group("cause"),
        description: message("form.descriptions.cause"),
        fields: [
          ...ETIOLOGIES.map((e) => tri(`liver.etiology.${e}`)),
          {
            kind: "number",
            path: "liver.hbvYearsSinceDiagnosis",
            unit: message("common.units.years"),
            showIf: { path: "liver.etiology.hbv", equals: "yes" },
          },
        ],
      },
      {
        legend: group("decompensationEver"),
        fields: [
          tri("liver.everAscites"),
          tri("liver.everVaricealBleeding"),
          {
            kind: "time",
            path: "liver.lastVaricealBleed",
            hint: hint("lastVaricealBleed"),
            showIf: { path: "liver.everVaricealBleeding", equals: "yes" },
          },
          tri("liver.everOvertEncephalopathy"),
          tri("liver.everJaundice", { hint: hint("jaundice") }),
        ],
      },
      {
        legend: group("now"),
        fields: [
          {
            kind: "choice",
            path: "liver.ascitesGrade",
            control: "select",
            options: options("ascitesGrade", ASCITES_GRADES),
            hint: hint("ascites"),
          },
          tri("liver.onDiureticsForAscites", { hint: hint("onDiureticsForAscites") }),
          {
            kind: "choice",
            path: "liver.westHavenGrade",
            control: "select",
            numeric: true,
            options: options("westHavenGrade", ["0", "1", "2", "3", "4"]),
          },
          tri("liver.onLactuloseOrRifaximin", { hint: hint("onLactuloseOrRifaximin") }),
          tri("liver.recompensated", { hint: hint("recompensated"), showIf: { path: "liver.ascitesGrade", equals: "none" } }),
        ],
      },
    ],
  },
  {
    id: "labs",
    title: message("form.sections.labs"),
    groups: [
      {
        legend: group("liverFunction"),
        fields: [
          { kind: "lab", path: "labs.bilirubin", units: BILIRUBIN_UNITS, defaultUnit: "mg/dL", chineseDefaultUnit: "µmol/L" },
          { kind: "lab", path: "labs.albumin", units: ALBUMIN_UNITS, defaultUnit: "g/dL", chineseDefaultUnit: "g/L" },
        ],
      },
      {
        legend: group("coagulation"),
        fields: [
          { kind: "number", path: "labs.inr" },
          { kind: "number", path: "labs.ptSeconds", unit: message("common.units.s") },
          { kind: "number", path: "labs.ptControlSeconds", unit: message("common.units.s"), hint: hint("controlPt") },
          { kind: "number", path: "labs.plateletsE9L", unit: "×10⁹/L", hint: hint("platelets") },
        ],
      },
      {
        legend: group("kidney"),
        fields: [
          { kind: "lab", path: "labs.creatinine", units: CREATININE_UNITS, defaultUnit: "mg/dL", chineseDefaultUnit: "µmol/L" },
          tri("labs.dialysis", { hint: hint("dialysis") }),
          { kind: "number", path: "labs.sodiumMmolL", unit: "mmol/L", hint: hint("sodium") },
        ],
      },
    ],
  },
  {
    id: "exposures",
    title: message("form.sections.exposures"),
    groups: [
      {
        legend: group("medications"),
        description: message("form.descriptions.medications"),
        fields: [
          time("exposures.interferon"),
          time("exposures.systemicGlucocorticoids", hint("glucocorticoids")),
          time("exposures.albuminInfusion"),
        ],
      },
      {
        legend: group("events"),
        description: message("form.descriptions.events"),
        fields: [time("exposures.upperGiBleeding"), time("exposures.otherTrialParticipation")],
      },
      {
        legend: group("treatment"),
        fields: [
          tri("treatment.transplantCandidate"),
          tri("treatment.donorLiverAvailable"),
          { kind: "number", path: "treatment.conservativeTreatmentMonths", unit: message("common.units.months") },
          tri("treatment.conservativeTreatmentRelief"),
        ],
      },
    ],
  },
  {
    id: "conditions",
    title: message("form.sections.conditions"),
    groups: [
      {
        legend: group("tumours"),
        fields: [
          { kind: "choice", path: "conditions.liverTumour", control: "radio", options: options("liverTumour", LIVER_TUMOUR) },
          {
            kind: "number",
            path: "conditions.liverTumourYearsSinceTreatment",
            unit: message("common.units.years"),
            hint: hint("liverTumourYearsSinceTreatment"),
            showIf: { path: "conditions.liverTumour", equals: "treated" },
          },
          {
            kind: "choice",
            path: "conditions.otherMalignancy",
            control: "radio",
            options: options("otherMalignancy", OTHER_MALIGNANCY),
          },
          {
            kind: "number",
            path: "conditions.otherMalignancyYearsSinceTreatment",
            unit: message("common.units.years"),
            showIf: { path: "conditions.otherMalignancy", equals: "past" },
          },
          tri("conditions.benignTumourElsewhere", { hint: hint("benignTumour") }),
          tri("conditions.familyHistoryLiverMalignancy"),
          tri("conditions.liverTransplantRecipient"),
        ],
      },
      {
        legend: group("heartLungsBrain"),
        fields: [
          tri("conditions.acuteMyocardialInfarction"),
          { kind: "choice", path: "conditions.heartFailure", control: "radio", options: options("heartFailure", HEART_FAILURE) },
          tri("conditions.respiratoryFailure"),
          tri("conditions.pulmonaryEmbolism"),
          tri("conditions.acuteCerebralInfarction"),
          tri("conditions.acuteCerebralHaemorrhage"),
          tri("conditions.otherSeriousCardiopulmonaryDisease"),
        ],
      },
      {
        legend: group("infection"),
        fields: [
          tri("conditions.activeInfection", { hint: hint("activeInfection") }),
          tri("conditions.sepsis"),
          tri("conditions.spontaneousBacterialPeritonitis"),
          tri("conditions.pastSbpOnProphylaxis", { hint: hint("pastSbpOnProphylaxis") }),
          tri("conditions.hiv"),
          tri("conditions.renalFailure"),
          tri("conditions.severeOtherOrganDisease"),
          tri("conditions.extrahepaticBiliaryDisease"),
          tri("conditions.portalOrHepaticVeinThrombosis"),
          tri("conditions.hypersplenismNeedingSplenectomy"),
        ],
      },
      {
        legend: group("bleeding"),
        fields: [tri("conditions.activeBleeding"), tri("conditions.seriousBleedingTendency")],
      },
      {
        legend: group("allergy"),
        fields: [
          tri("conditions.allergicAsthma"),
          tri("conditions.allergicUrticaria"),
          tri("conditions.eczema"),
          tri("conditions.multipleDrugOrFoodAllergies"),
          tri("conditions.treatedMentalIllness", { hint: hint("mentalIllness") }),
          tri("conditions.treatedAlcoholUseDisorder", { hint: hint("alcoholUseDisorder") }),
        ],
      },
    ],
  },
];

/** Every field of the form, the screening label first. */
export const FORM_FIELDS: readonly FieldSpec[] = [
  SCREENING_LABEL_FIELD,
  ...FORM_SECTIONS.flatMap((s) => s.groups.flatMap((g) => g.fields)),
];

const SPEC_BY_PATH = new Map<string, FieldSpec>(FORM_FIELDS.map((f) => [f.path, f]));
const SECTION_BY_PATH = new Map<string, string>(
  FORM_SECTIONS.flatMap((s) => s.groups.flatMap((g) => g.fields.map((f) => [f.path, s.id] as const))),
);

export function fieldSpec(path: string): FieldSpec | undefined {
  return SPEC_BY_PATH.get(path);
}

/** The form section a field is in (for opening it before focusing the field). */
export function sectionOf(path: string): string | undefined {
  return SECTION_BY_PATH.get(path);
}

/** The fields shown only while `path` holds a given value. */
export function dependentFields(path: string): FieldSpec[] {
  return FORM_FIELDS.filter((f) => f.showIf?.path === path);
}

// ---------------------------------------------------------------------------------------------
// DOM ids

/**
 * The DOM id of a form control (or of the group holding it), derived from its profile path:
 * `labs.bilirubin.value` → `field-labs-bilirubin-value`. Result links use it to focus a field.
 */
export function fieldDomId(path: string): string {
  return `field-${path.replace(/\./g, "-")}`;
}

/**
 * Where to go for a field a result names: the field itself, or, while it is hidden (years since
 * HBV diagnosis before HBV is answered yes), the field that shows it.
 */
export function fieldFallback(path: string): string | undefined {
  return SPEC_BY_PATH.get(path)?.showIf?.path;
}

/**
 * The field path a validation issue belongs to: `labs.bilirubin.value` → `labs.bilirubin`,
 * `exposures.interferon.amount` → `exposures.interferon`.
 */
export function issueField(path: string): string {
  if (SPEC_BY_PATH.has(path)) return path;
  const parts = path.split(".");
  for (let n = parts.length - 1; n > 0; n--) {
    const prefix = parts.slice(0, n).join(".");
    if (SPEC_BY_PATH.has(prefix)) return prefix;
  }
  return path;
}

// ---------------------------------------------------------------------------------------------
// Reading and writing nested values by path

const SPLIT_PATHS = new Map<string, readonly string[]>();

function keysOf(path: string): readonly string[] {
  let keys = SPLIT_PATHS.get(path);
  if (!keys) {
    keys = path.split(".");
    if (SPLIT_PATHS.size < 1000) SPLIT_PATHS.set(path, keys);
  }
  return keys;
}

export function getAt(root: unknown, path: string): unknown {
  let node = root;
  for (const key of keysOf(path)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function setAt(root: Record<string, unknown>, path: string, value: unknown): void {
  const keys = keysOf(path);
  let node = root;
  for (let i = 0; i < keys.length - 1; i++) {
    const key = keys[i] as string;
    const next = node[key];
    if (next === null || typeof next !== "object") node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1] as string] = value;
}

// ---------------------------------------------------------------------------------------------
// Numbers as typed

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E\uFF0C\uFF0D\uFF0B]/g;
const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+$/;

/**
 * Reads a number typed into a text box: "" → undefined (unknown), "2,5" → 2.5 (decimal comma),
 * full-width digits as typed by a Chinese input method → their value, and anything else
 * ("abc", "1e3", "1,200" which could be 1.2 or 1200) → NaN, which the schema reports as
 * "…: enter a number".
 */
export function parseNumberInput(text: string): number | undefined {
  const normalised = text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .trim();
  if (normalised === "") return undefined;
  if (THOUSANDS.test(normalised)) return Number.NaN;
  const dotted = normalised.includes(",") && !normalised.includes(".") ? normalised.replace(",", ".") : normalised;
  return NUMBER_TEXT.test(dotted) ? Number(dotted) : Number.NaN;
}

// ---------------------------------------------------------------------------------------------
// Default values and the mapping in both directions

/** The interface language decides which lab units a fresh form starts in. */
export type UnitPreference = "en" | "zh";

function defaultUnitOf(spec: Extract<FieldSpec, { kind: "lab" }>, units: UnitPreference): string {
  return units === "zh" ? spec.chineseDefaultUnit : spec.defaultUnit;
}

function defaultValueOf(spec: FieldSpec, units: UnitPreference = "en"): unknown {
  switch (spec.kind) {
    case "lab":
      return { value: "", unit: defaultUnitOf(spec, units) };
    case "time":
      return { status: "", amount: "", unit: "" };
    default:
      return "";
  }
}

/** The default value of one field (unknown / empty), for clearing a field that no longer applies. */
export function defaultFieldValue(path: string): unknown {
  const spec = SPEC_BY_PATH.get(path);
  return spec ? defaultValueOf(spec) : "";
}

/**
 * A fresh, empty form: every item unknown, every lab in its conventional unit, or, in Chinese, in
 * the unit Chinese lab reports print.
 */
export function defaultFormValues(units: UnitPreference = "en"): FormValues {
  const values: Record<string, unknown> = {};
  for (const spec of FORM_FIELDS) setAt(values, spec.path, defaultValueOf(spec, units));
  return values as FormValues;
}

/**
 * A restored draft in the page's language: a lab still empty takes that language's default unit
 * (a draft begun in English, then switched to Chinese, offers µmol/L); a lab with a value keeps
 * the unit it was typed in.
 */
export function withDefaultUnits(values: FormValues, units: UnitPreference): FormValues {
  const out = structuredClone(values) as unknown as Record<string, unknown>;
  for (const spec of FORM_FIELDS) {
    if (spec.kind !== "lab") continue;
    const lab = getAt(out, spec.path) as LabFormValue | undefined;
    if (lab && lab.value.trim() === "") setAt(out, spec.path, { value: "", unit: defaultUnitOf(spec, units) });
  }
  return out as unknown as FormValues;
}

function applies(spec: FieldSpec, values: unknown): boolean {
  return !spec.showIf || getAt(values, spec.showIf.path) === spec.showIf.equals;
}

/** Whether a form value holds an answer (anything but its field's unknown/empty default). */
function hasAnswer(spec: FieldSpec, raw: unknown): boolean {
  if (raw === undefined || raw === null) return false;
  if (spec.kind === "lab") return (raw as Partial<LabFormValue>).value !== "";
  if (spec.kind === "time") return (raw as Partial<TimeFormValue>).status !== "";
  return raw !== "";
}

/**
 * Whether a field is on the form: when it applies (pregnancy for a female patient), and also when
 * it holds an answer although it does not apply (a loaded file with pregnancy and no sex). Such an
 * answer is shown with a note (fieldMisfitNote) and screened as given, never silently dropped.
 */
function isShown(spec: FieldSpec, values: unknown): boolean {
  return applies(spec, values) || hasAnswer(spec, getAt(values, spec.path));
}

export function isFieldShown(path: string, values: unknown): boolean {
  const spec = SPEC_BY_PATH.get(path);
  return spec ? isShown(spec, values) : true;
}

/** Whether a conditional field is on the form, and its note, from its condition's value and its own. */
export function conditionalFieldState(path: string, conditionValue: unknown, ownValue: unknown): { shown: boolean; note?: Message } {
  const showIf = SPEC_BY_PATH.get(path)?.showIf;
  if (!showIf) return { shown: true };
  const values: Record<string, unknown> = {};
  setAt(values, showIf.path, conditionValue);
  setAt(values, path, ownValue);
  const note = fieldMisfitNote(path, values);
  return { shown: isFieldShown(path, values), ...(note ? { note } : {}) };
}

/** For an answer shown although its field does not apply: why it does not fit; otherwise undefined. */
export function fieldMisfitNote(path: string, values: unknown): Message | undefined {
  const spec = SPEC_BY_PATH.get(path);
  if (!spec?.showIf || applies(spec, values) || !hasAnswer(spec, getAt(values, spec.path))) return undefined;
  const condition = SPEC_BY_PATH.get(spec.showIf.path);
  const expected: MessageValue =
    condition?.kind === "choice"
      ? (condition.options.find((o) => o.value === spec.showIf?.equals)?.label ?? spec.showIf.equals)
      : spec.showIf.equals === "yes"
        ? message("form.yes")
        : spec.showIf.equals;
  return message("fieldNotes.misfit", { field: fieldMessage(spec.showIf.path), value: expected });
}

function toProfileValue(spec: FieldSpec, raw: unknown): unknown {
  switch (spec.kind) {
    case "tri":
      return raw === "yes" ? true : raw === "no" ? false : undefined;
    case "number":
      return typeof raw === "string" ? parseNumberInput(raw) : undefined;
    case "text": {
      const text = typeof raw === "string" ? raw.trim() : "";
      return text === "" ? undefined : text;
    }
    case "choice":
      if (typeof raw !== "string" || raw === "") return undefined;
      return spec.numeric ? parseNumberInput(raw) : raw;
    case "lab": {
      const lab = raw as Partial<LabFormValue> | undefined;
      const value = typeof lab?.value === "string" ? parseNumberInput(lab.value) : undefined;
      return value === undefined ? undefined : { value, unit: lab?.unit };
    }
    case "time": {
      const t = raw as Partial<TimeFormValue> | undefined;
      if (t?.status === "never") return { status: "never" };
      if (t?.status !== "ago") return undefined;
      const amount = typeof t.amount === "string" ? parseNumberInput(t.amount) : undefined;
      return {
        status: "ago",
        ...(amount !== undefined ? { amount } : {}),
        ...(t.unit ? { unit: t.unit } : {}),
      };
    }
  }
}

/**
 * Form values → profile input, for the schema to check. Unknown answers and empty boxes are left
 * out (a missing field is unknown); fields that don't apply (pregnancy for a male patient) are
 * left out too. Numbers that aren't numbers become NaN so the schema names them.
 */
export function formValuesToProfileInput(values: FormValues): ProfileInput {
  return toProfileInput(values, FORM_FIELDS);
}

function toProfileInput(values: FormValues, specs: readonly FieldSpec[]): ProfileInput {
  const out: Record<string, unknown> = {};
  for (const spec of specs) {
    if (!isShown(spec, values)) continue;
    const value = toProfileValue(spec, getAt(values, spec.path));
    if (value !== undefined) setAt(out, spec.path, value);
  }
  return out as ProfileInput;
}

/** The part of the profile a field belongs to: its section ("labs"), or the screening label. */
export const profilePartOf = (path: string): string => path.split(".", 1)[0]!;

const FIELDS_BY_PART = new Map<string, FieldSpec[]>();
for (const spec of FORM_FIELDS) {
  const part = profilePartOf(spec.path);
  const fields = FIELDS_BY_PART.get(part);
  if (fields) fields.push(spec);
  else FIELDS_BY_PART.set(part, [spec]);
}

/**
 * formValuesToProfileInput for one part of the profile (profilePartOf), the others left out. A
 * field's showIf reads a field of its own part (tests/engine/form.test.ts), so the part's input
 * depends on the part's values alone.
 */
export function partToProfileInput(values: FormValues, part: string): ProfileInput {
  return toProfileInput(values, FIELDS_BY_PART.get(part) ?? []);
}

/** A number as a coordinator would type it: plain decimal digits, never exponent notation. */
export function numberText(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
}

function toFormValue(spec: FieldSpec, value: unknown): unknown {
  switch (spec.kind) {
    case "tri":
      return value === true ? "yes" : value === false ? "no" : "";
    case "number":
    case "choice":
      return typeof value === "number" ? numberText(value) : typeof value === "string" ? value : "";
    case "text":
      return typeof value === "string" ? value : "";
    case "lab": {
      const lab = value as { value?: number; unit?: string } | undefined;
      return {
        value: typeof lab?.value === "number" ? numberText(lab.value) : "",
        unit: lab?.unit && spec.units.includes(lab.unit) ? lab.unit : spec.defaultUnit,
      };
    }
    case "time": {
      const t = value as { status?: string; amount?: number; unit?: TimeUnit } | undefined;
      if (t?.status !== "never" && t?.status !== "ago") return defaultValueOf(spec);
      return {
        status: t.status,
        amount: typeof t.amount === "number" ? numberText(t.amount) : "",
        unit: t.unit ?? "",
      };
    }
  }
}

/** A (valid) profile → the form values that show it. */
export function profileToFormValues(profile: Profile): FormValues {
  const values: Record<string, unknown> = {};
  for (const spec of FORM_FIELDS) setAt(values, spec.path, toFormValue(spec, getAt(profile, spec.path)));
  return values as FormValues;
}

/**
 * The most characters a text box takes: its input enforces it (maxlength), so what is typed is
 * what the draft keeps. Far more than any value needs (a screening label is valid up to 80).
 */
export const FIELD_INPUT_MAX = 200;

/**
 * Draft values written before an answer was split into kinds (lib/core/profile.ts's
 * migrateLegacyProfile is the same table for saved files): mapped where the old value means
 * exactly one new one, otherwise kept as typed so the schema refuses it on its field.
 */
const LEGACY_FORM_VALUES: Partial<Record<FieldPath, Record<string, string>>> = {
  "liver.liverFailure": { no: "none", yes: "yes" },
};

function isValidFormValue(spec: FieldSpec, raw: unknown): boolean {
  switch (spec.kind) {
    case "tri":
      return raw === "yes" || raw === "no" || raw === "";
    case "number":
    case "text":
      return typeof raw === "string" && raw.length <= FIELD_INPUT_MAX;
    case "choice":
      return raw === "" || spec.options.some((o) => o.value === raw);
    case "lab": {
      const lab = raw as Record<string, unknown> | null;
      return (
        typeof lab === "object" &&
        lab !== null &&
        typeof lab.value === "string" &&
        lab.value.length <= FIELD_INPUT_MAX &&
        spec.units.includes(lab.unit as string)
      );
    }
    case "time": {
      const t = raw as Record<string, unknown> | null;
      return (
        typeof t === "object" &&
        t !== null &&
        (t.status === "" || t.status === "never" || t.status === "ago") &&
        typeof t.amount === "string" &&
        t.amount.length <= FIELD_INPUT_MAX &&
        (t.unit === "" || (TIME_UNITS as readonly unknown[]).includes(t.unit))
      );
    }
  }
}

/**
 * Untrusted raw values (a stored draft) → form values: each field that holds a value its input
 * could hold is kept, anything else falls back to unknown, and is listed in `unreadable` (by
 * path) so that the coordinator is told. Never throws.
 */
export function salvageFormValues(raw: unknown): { values: FormValues; unreadable: string[] } {
  const values = defaultFormValues() as unknown as Record<string, unknown>;
  const unreadable: string[] = [];
  for (const spec of FORM_FIELDS) {
    const candidate = getAt(raw, spec.path);
    const legacy = typeof candidate === "string" ? LEGACY_FORM_VALUES[spec.path]?.[candidate] : undefined;
    if (legacy !== undefined) {
      setAt(values, spec.path, legacy);
      continue;
    }
    if (candidate === undefined) continue;
    if (isValidFormValue(spec, candidate)) setAt(values, spec.path, typeof candidate === "object" ? { ...candidate } : candidate);
    else unreadable.push(spec.path);
  }
  return { values: values as unknown as FormValues, unreadable };
}

export function coerceFormValues(raw: unknown): FormValues {
  return salvageFormValues(raw).values;
}

// ---------------------------------------------------------------------------------------------
// Labs: the value in the other unit

type LabPath = "labs.bilirubin" | "labs.albumin" | "labs.creatinine";

const CONVERSIONS: Record<LabPath, { canonical: string; other: string; toCanonical: (v: number, u: string) => number; fromCanonical: (v: number, u: string) => number }> = {
  "labs.bilirubin": {
    canonical: "mg/dL",
    other: "µmol/L",
    toCanonical: (v, u) => bilirubinToMgdL(v, u as "mg/dL"),
    fromCanonical: (v, u) => bilirubinFromMgdL(v, u as "mg/dL"),
  },
  "labs.albumin": {
    canonical: "g/dL",
    other: "g/L",
    toCanonical: (v, u) => albuminToGdL(v, u as "g/dL"),
    fromCanonical: (v, u) => albuminFromGdL(v, u as "g/dL"),
  },
  "labs.creatinine": {
    canonical: "mg/dL",
    other: "µmol/L",
    toCanonical: (v, u) => creatinineToMgdL(v, u as "mg/dL"),
    fromCanonical: (v, u) => creatinineFromMgdL(v, u as "mg/dL"),
  },
};

/**
 * The lab value in the other unit, as shown next to the field: "= 2 mg/dL" for 34.2 µmol/L.
 * Undefined while the box is empty or not a number.
 */
export function convertedLabText(path: string, valueText: string, unit: string): string | undefined {
  const conversion = CONVERSIONS[path as LabPath];
  const value = parseNumberInput(valueText);
  if (!conversion || value === undefined || !Number.isFinite(value)) return undefined;
  const canonical = conversion.toCanonical(value, unit);
  const target = unit === conversion.canonical ? conversion.other : conversion.canonical;
  const converted = conversion.fromCanonical(canonical, target);
  if (!Number.isFinite(converted)) return undefined;
  return `= ${formatNumber(Number(converted.toPrecision(4)))} ${target}`;
}
