/**
 * The facts rules can name. Each fact reads one or more profile fields (its `fields`, which are
 * exactly the fields that would settle it when it is unknown) and has a kind that decides which
 * operators apply to it. Most facts are a single field; a few are derived, such as PT
 * prolongation (patient PT minus the lab's control PT) and labs converted to one unit.
 */
import type { FieldPath } from "./fields";
import { fieldMessage } from "./fields";
import { message, type Message, type MessageKey, type MessageValue } from "./message";
import { toEnglish } from "./english-core";
import type { Profile, TimeSince } from "./profile";
import { formatNumber } from "./time";
import { albuminToGdL, bilirubinToMgdL, creatinineToMgdL } from "./units";
import { computeChildPugh } from "./scores";

/**
 * `label`: the fact has its own name in the catalog (`factLabels`) instead of its field's.
 * `shownWith`: fields its explanation shows beside the value without deciding anything (the INR
 * next to a prothrombin time, as a cross-check); they are not among the fields the fact reads.
 */
type NumberFactSpec = { kind: "number"; fields: readonly FieldPath[]; unit: string; label?: true; shownWith?: readonly FieldPath[] };
type BooleanFactSpec = { kind: "boolean"; fields: readonly [FieldPath] };
type EnumFactSpec = { kind: "enum"; fields: readonly FieldPath[]; values: readonly string[]; label?: true };
type TimeFactSpec = { kind: "time"; fields: readonly [FieldPath] };
export type FactSpec = NumberFactSpec | BooleanFactSpec | EnumFactSpec | TimeFactSpec;

const bool = (path: FieldPath) => ({ kind: "boolean", fields: [path] }) as const;
const time = (path: FieldPath) => ({ kind: "time", fields: [path] }) as const;

export const FACTS = {
  age: { kind: "number", fields: ["demographics.ageYears"], unit: "years" },
  sex: { kind: "enum", fields: ["demographics.sex"], values: ["female", "male"] },
  pregnant: bool("demographics.pregnant"),
  breastfeeding: bool("demographics.breastfeeding"),

  cirrhosis: bool("liver.cirrhosis"),
  etiologyHbv: bool("liver.etiology.hbv"),
  etiologyHcv: bool("liver.etiology.hcv"),
  etiologyAlcohol: bool("liver.etiology.alcohol"),
  etiologyAutoimmune: bool("liver.etiology.autoimmune"),
  etiologyMasld: bool("liver.etiology.masld"),
  etiologyPbc: bool("liver.etiology.pbc"),
  etiologyPsc: bool("liver.etiology.psc"),
  etiologyOther: bool("liver.etiology.other"),
  hbvYearsSinceDiagnosis: { kind: "number", fields: ["liver.hbvYearsSinceDiagnosis"], unit: "years" },
  everAscites: bool("liver.everAscites"),
  everVaricealBleeding: bool("liver.everVaricealBleeding"),
  lastVaricealBleed: time("liver.lastVaricealBleed"),
  everOvertEncephalopathy: bool("liver.everOvertEncephalopathy"),
  everJaundice: bool("liver.everJaundice"),
  ascitesGrade: { kind: "enum", fields: ["liver.ascitesGrade"], values: ["none", "mild", "moderate", "severe"] },
  onDiureticsForAscites: bool("liver.onDiureticsForAscites"),
  onLactuloseOrRifaximin: bool("liver.onLactuloseOrRifaximin"),
  /**
   * Child–Pugh class from lib/core/scores.ts, known as soon as the recorded inputs fix it (even
   * with some missing); the missing inputs are then what would settle it. Coagulation is read from
   * the INR only: the score falls back to PT prolongation when the INR is missing, but an INR typed
   * later would replace it and could change the class, and a decided criterion must never change
   * when a field is filled in.
   */
  childPughClass: {
    kind: "enum",
    fields: ["labs.bilirubin", "labs.albumin", "labs.inr", "liver.ascitesGrade", "liver.westHavenGrade"],
    values: ["A", "B", "C"],
    label: true,
  },
  westHavenGrade: { kind: "number", fields: ["liver.westHavenGrade"], unit: "", label: true },
  liverFailure: { kind: "enum", fields: ["liver.liverFailure"], values: ["none", "alf", "aclf", "chronic"] },
  recompensated: bool("liver.recompensated"),

  bilirubinMgdL: { kind: "number", fields: ["labs.bilirubin"], unit: "mg/dL" },
  albuminGdL: { kind: "number", fields: ["labs.albumin"], unit: "g/dL" },
  inr: { kind: "number", fields: ["labs.inr"], unit: "" },
  ptProlongationSeconds: {
    kind: "number",
    fields: ["labs.ptSeconds", "labs.ptControlSeconds"],
    unit: "s",
    label: true,
    shownWith: ["labs.inr"],
  },
  creatinineMgdL: { kind: "number", fields: ["labs.creatinine"], unit: "mg/dL" },
  dialysis: bool("labs.dialysis"),
  sodium: { kind: "number", fields: ["labs.sodiumMmolL"], unit: "mmol/L" },
  platelets: { kind: "number", fields: ["labs.plateletsE9L"], unit: "×10⁹/L" },

  interferon: time("exposures.interferon"),
  systemicGlucocorticoids: time("exposures.systemicGlucocorticoids"),
  albuminInfusion: time("exposures.albuminInfusion"),
  upperGiBleeding: time("exposures.upperGiBleeding"),
  otherTrialParticipation: time("exposures.otherTrialParticipation"),

  liverTumour: { kind: "enum", fields: ["conditions.liverTumour"], values: ["none", "benign", "malignant", "treated"] },
  liverTumourYearsSinceTreatment: {
    kind: "number",
    fields: ["conditions.liverTumourYearsSinceTreatment"],
    unit: "years",
    label: true,
  },
  otherMalignancy: { kind: "enum", fields: ["conditions.otherMalignancy"], values: ["none", "past", "current"] },
  otherMalignancyYearsSinceTreatment: {
    kind: "number",
    fields: ["conditions.otherMalignancyYearsSinceTreatment"],
    unit: "years",
    label: true,
  },
  benignTumourElsewhere: bool("conditions.benignTumourElsewhere"),
  familyHistoryLiverMalignancy: bool("conditions.familyHistoryLiverMalignancy"),
  liverTransplantRecipient: bool("conditions.liverTransplantRecipient"),
  acuteMyocardialInfarction: bool("conditions.acuteMyocardialInfarction"),
  heartFailure: { kind: "enum", fields: ["conditions.heartFailure"], values: ["none", "chronic", "acute"] },
  respiratoryFailure: bool("conditions.respiratoryFailure"),
  pulmonaryEmbolism: bool("conditions.pulmonaryEmbolism"),
  acuteCerebralInfarction: bool("conditions.acuteCerebralInfarction"),
  acuteCerebralHaemorrhage: bool("conditions.acuteCerebralHaemorrhage"),
  otherSeriousCardiopulmonaryDisease: bool("conditions.otherSeriousCardiopulmonaryDisease"),
  renalFailure: bool("conditions.renalFailure"),
  severeOtherOrganDisease: bool("conditions.severeOtherOrganDisease"),
  hiv: bool("conditions.hiv"),
  treatedMentalIllness: bool("conditions.treatedMentalIllness"),
  treatedAlcoholUseDisorder: bool("conditions.treatedAlcoholUseDisorder"),
  allergicAsthma: bool("conditions.allergicAsthma"),
  allergicUrticaria: bool("conditions.allergicUrticaria"),
  eczema: bool("conditions.eczema"),
  multipleDrugOrFoodAllergies: bool("conditions.multipleDrugOrFoodAllergies"),
  hypersplenismNeedingSplenectomy: bool("conditions.hypersplenismNeedingSplenectomy"),
  spontaneousBacterialPeritonitis: bool("conditions.spontaneousBacterialPeritonitis"),
  pastSbpOnProphylaxis: bool("conditions.pastSbpOnProphylaxis"),
  activeInfection: bool("conditions.activeInfection"),
  sepsis: bool("conditions.sepsis"),
  extrahepaticBiliaryDisease: bool("conditions.extrahepaticBiliaryDisease"),
  portalOrHepaticVeinThrombosis: bool("conditions.portalOrHepaticVeinThrombosis"),
  activeBleeding: bool("conditions.activeBleeding"),
  seriousBleedingTendency: bool("conditions.seriousBleedingTendency"),

  transplantCandidate: bool("treatment.transplantCandidate"),
  donorLiverAvailable: bool("treatment.donorLiverAvailable"),
  conservativeTreatmentMonths: { kind: "number", fields: ["treatment.conservativeTreatmentMonths"], unit: "months" },
  conservativeTreatmentRelief: bool("treatment.conservativeTreatmentRelief"),
} as const satisfies Record<string, FactSpec>;

export type FactId = keyof typeof FACTS;
type FactsOfKind<K extends FactSpec["kind"]> = {
  [F in FactId]: (typeof FACTS)[F]["kind"] extends K ? F : never;
}[FactId];
export type NumberFact = FactsOfKind<"number">;
export type BooleanFact = FactsOfKind<"boolean">;
export type EnumFact = FactsOfKind<"enum">;
export type TimeFact = FactsOfKind<"time">;

const FACT_IDS = Object.keys(FACTS) as FactId[];
const factIdsOfKind = <K extends FactSpec["kind"]>(kind: K) =>
  FACT_IDS.filter((id) => FACTS[id].kind === kind) as FactsOfKind<K>[];
export const NUMBER_FACTS = factIdsOfKind("number") as [NumberFact, ...NumberFact[]];
export const BOOLEAN_FACTS = factIdsOfKind("boolean") as [BooleanFact, ...BooleanFact[]];
export const ENUM_FACTS = factIdsOfKind("enum") as [EnumFact, ...EnumFact[]];
export const TIME_FACTS = factIdsOfKind("time") as [TimeFact, ...TimeFact[]];

/**
 * A choice's value in words (catalog `enumValues.<fact>.<value>`): spelled out where the code
 * alone would be cryptic ("aclf"), as it is otherwise ("mild", "acute").
 */
export function enumValueMessage(id: EnumFact, value: string): MessageValue {
  const values = FACTS[id].values as readonly string[];
  return values.includes(value) ? message(`enumValues.${id}.${value}` as MessageKey) : value;
}

/** The same in English. */
export function enumValueWords(id: EnumFact, value: string): string {
  const words = enumValueMessage(id, value);
  return typeof words === "string" ? words : toEnglish(words as Message);
}

/** The fact's name, in the reader's language once formatted. */
export function factMessage(id: FactId): Message | string {
  const spec: FactSpec = FACTS[id];
  if ((spec.kind === "number" || spec.kind === "enum") && spec.label) return message(`factLabels.${id}` as MessageKey);
  return fieldMessage(spec.fields[0] as FieldPath);
}

/** The fact's English name. */
export function factLabel(id: FactId): string {
  const label = factMessage(id);
  return typeof label === "string" ? label : toEnglish(label);
}

/**
 * A unit after a number: symbols (mg/dL) as they are, words (years, s) from the catalog. An age
 * has its own word in Chinese (45 岁, not 45 年).
 */
export function unitMessage(unit: string, fact?: FactId): MessageValue {
  if (fact === "age") return message("common.units.yearsOfAge");
  if (unit === "years" || unit === "months" || unit === "s") return message(`common.units.${unit}`);
  return unit;
}

// ---------------------------------------------------------------------------------------------
// Reading facts from a profile

/** A fact as read from one profile: its value (undefined = unknown) and how to show it. */
export type NumberReading = {
  value: number | undefined;
  shown: Message;
  /** A cross-check shown after the comparison (the INR beside PT prolongation); decides nothing. */
  note?: Message;
};

const PATHS = Object.fromEntries(
  FACT_IDS.map((id) => [id, (FACTS[id].fields[0] as FieldPath).split(".")]),
) as unknown as Record<FactId, readonly string[]>;

type Getter = (profile: Profile) => unknown;

/** A getter for a dotted path, built once: two or three property reads, no allocation. */
function pathGetter(path: readonly string[]): Getter {
  const [a, b, c] = path as [string, string, string | undefined];
  type Node = Record<string, Record<string, unknown> | undefined> | undefined;
  if (c === undefined) return (p) => (p as Record<string, Node>)[a]?.[b];
  return (p) => ((p as Record<string, Node>)[a]?.[b] as Record<string, unknown> | undefined)?.[c];
}

const DERIVED_NUMBERS: Partial<Record<NumberFact, (profile: Profile) => number | undefined>> = {
  bilirubinMgdL: (p) => {
    const lab = p.labs?.bilirubin;
    return lab?.value === undefined ? undefined : bilirubinToMgdL(lab.value, lab.unit);
  },
  albuminGdL: (p) => {
    const lab = p.labs?.albumin;
    return lab?.value === undefined ? undefined : albuminToGdL(lab.value, lab.unit);
  },
  creatinineMgdL: (p) => {
    const lab = p.labs?.creatinine;
    return lab?.value === undefined ? undefined : creatinineToMgdL(lab.value, lab.unit);
  },
  ptProlongationSeconds: (p) => {
    const pt = p.labs?.ptSeconds;
    const control = p.labs?.ptControlSeconds;
    // Rounded to the millisecond: removes float noise (15.6 - 12.5 = 3.0999999999999996).
    return pt === undefined || control === undefined ? undefined : Math.round((pt - control) * 1000) / 1000;
  },
};

/** The profile the Child–Pugh class fact reads: without the PT pair (see FACTS.childPughClass). */
function withoutPt(p: Profile): Profile {
  if (p.labs?.ptSeconds === undefined && p.labs?.ptControlSeconds === undefined) return p;
  const labs = { ...p.labs };
  delete labs.ptSeconds;
  delete labs.ptControlSeconds;
  return { ...p, labs };
}

/**
 * The Child–Pugh class, once per profile object: several criteria of several trials read it, and
 * screening never changes a profile (as resolveContradictions, which caches the same way).
 */
const childPughClassByProfile = new WeakMap<Profile, { class: string | undefined }>();
function childPughClassOf(p: Profile): string | undefined {
  let known = childPughClassByProfile.get(p);
  if (!known) {
    known = { class: computeChildPugh(withoutPt(p)).class };
    childPughClassByProfile.set(p, known);
  }
  return known.class;
}

const DERIVED_ENUMS: Partial<Record<EnumFact, (profile: Profile) => string | undefined>> = {
  childPughClass: childPughClassOf,
};

/**
 * The value of every fact, read without building any text: the hot path of screening.
 * Undefined means unknown.
 */
export const FACT_VALUE = Object.fromEntries(
  FACT_IDS.map((id) => {
    const derived = (DERIVED_NUMBERS as Record<string, Getter | undefined>)[id] ?? (DERIVED_ENUMS as Record<string, Getter | undefined>)[id];
    if (derived) return [id, derived];
    const get = pathGetter(PATHS[id]);
    const kind = FACTS[id].kind;
    const type = kind === "number" ? "number" : kind === "boolean" ? "boolean" : kind === "enum" ? "string" : "object";
    return [id, (p: Profile) => {
      const v = get(p);
      return typeof v === type && v !== null ? v : undefined;
    }];
  }),
) as unknown as { [F in FactId]: (profile: Profile) => FactValue<F> };

type FactValue<F extends FactId> = (typeof FACTS)[F]["kind"] extends "number"
  ? number | undefined
  : (typeof FACTS)[F]["kind"] extends "boolean"
    ? boolean | undefined
    : (typeof FACTS)[F]["kind"] extends "enum"
      ? string | undefined
      : TimeSince | undefined;

export function readBoolean(profile: Profile, id: BooleanFact): boolean | undefined {
  return FACT_VALUE[id](profile) as boolean | undefined;
}

export function readEnum(profile: Profile, id: EnumFact): string | undefined {
  return FACT_VALUE[id](profile) as string | undefined;
}

export function readTime(profile: Profile, id: TimeFact): TimeSince | undefined {
  return FACT_VALUE[id](profile) as TimeSince | undefined;
}

/** Reads a number fact, converting labs to the unit the rules use and showing what was typed. */
export function readNumber(profile: Profile, id: NumberFact): NumberReading {
  const value = FACT_VALUE[id](profile) as number | undefined;
  if (value === undefined) return unknownNumber(id);
  const labs = profile.labs;
  switch (id) {
    case "bilirubinMgdL":
      return { value, shown: withConversion(id, labs?.bilirubin, value, "mg/dL") };
    case "albuminGdL":
      return { value, shown: withConversion(id, labs?.albumin, value, "g/dL") };
    case "creatinineMgdL":
      return { value, shown: withConversion(id, labs?.creatinine, value, "mg/dL") };
    case "ptProlongationSeconds":
      return {
        value,
        shown: message("engine.ptProlongation", {
          pt: formatNumber(labs?.ptSeconds ?? Number.NaN),
          control: formatNumber(labs?.ptControlSeconds ?? Number.NaN),
          prolongation: formatNumber(value),
        }),
        // The INR is a cross-check of the control PT (a control typed as the range's upper limit
        // understates the prolongation); it decides nothing here.
        ...(labs?.inr !== undefined && { note: message("engine.inrCrossCheck", { inr: formatNumber(labs.inr) }) }),
      };
    default:
      return { value, shown: message("engine.numberReading", { label: factMessage(id), value: formatNumber(value), unit: unitSuffix(FACTS[id].unit, id) }) };
  }
}

/** " mg/dL" after a number, or nothing for a unitless value (INR). */
export function unitSuffix(unit: string, fact?: FactId): MessageValue {
  if (!unit) return "";
  const word = unitMessage(unit, fact);
  return typeof word === "string" ? ` ${word}` : message("engine.unitAfterNumber", { unit: word });
}

function unknownNumber(id: NumberFact): NumberReading {
  return { value: undefined, shown: message("engine.numberUnknown", { label: factMessage(id) }) };
}

function withConversion(id: NumberFact, lab: { value?: number; unit: string } | undefined, canonical: number, canonicalUnit: string): Message {
  const typed = lab?.value ?? canonical;
  const unit = lab?.unit ?? canonicalUnit;
  const label = factMessage(id);
  if (unit === canonicalUnit) return message("engine.numberReading", { label, value: formatNumber(typed), unit: ` ${unit}` });
  return message("engine.labConverted", {
    label,
    value: formatNumber(typed),
    unit,
    canonical: formatNumber(Number(canonical.toPrecision(4))),
    canonicalUnit,
  });
}

/** The profile fields that would settle a fact, less those already filled in. */
export function missingFields(profile: Profile, id: FactId): FieldPath[] {
  const fields = FACTS[id].fields as readonly FieldPath[];
  if (fields.length === 1) return [fields[0] as FieldPath];
  if (id === "childPughClass") return computeChildPugh(withoutPt(profile)).missing as FieldPath[];
  // Only PT prolongation reads two fields, each a plain number.
  return fields.filter((f) => typeof fieldGetter(f)(profile) !== "number");
}

const fieldGetters = new Map<FieldPath, Getter>();
function fieldGetter(path: FieldPath): Getter {
  let get = fieldGetters.get(path);
  if (!get) {
    get = pathGetter(path.split("."));
    fieldGetters.set(path, get);
  }
  return get;
}
