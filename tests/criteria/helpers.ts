/** Shared helpers for the per-trial criterion tests. */
import { evaluateCriterion, type CriterionResult } from "@/lib/core/engine";
import { profileSchema, type Profile, type ProfileInput, type TimeUnit } from "@/lib/core/profile";
import type { Criterion, TrialDefinition } from "@/lib/core/trial";

/** A schema-valid profile: fixtures go through the same parser as the form and the CLI. */
export function profile(input: ProfileInput = {}): Profile {
  return profileSchema.parse(input);
}

export function criterionOf(trial: TrialDefinition, id: string): Criterion {
  const found = trial.criteria.find((c) => c.id === id);
  if (!found) throw new Error(`${trial.id} has no criterion ${id}`);
  return found;
}

/** Evaluates one criterion of a trial against a (parsed) profile. */
export function evaluate(trial: TrialDefinition, id: string, input: ProfileInput = {}): CriterionResult {
  return evaluateCriterion(criterionOf(trial, id), profile(input));
}

export const never = { status: "never" } as const;
export const ago = (amount: number, unit: TimeUnit) => ({ status: "ago", amount, unit }) as const;
export const happenedWhenUnknown = { status: "ago" } as const;

export const ALL_ETIOLOGIES_NO = {
  hbv: false,
  hcv: false,
  alcohol: false,
  autoimmune: false,
  masld: false,
  pbc: false,
  psc: false,
  other: false,
} as const;

/** Every "current condition" answered no. */
export const NO_CONDITIONS = {
  liverTumour: "none",
  otherMalignancy: "none",
  familyHistoryLiverMalignancy: false,
  liverTransplantRecipient: false,
  acuteMyocardialInfarction: false,
  heartFailure: "none",
  respiratoryFailure: false,
  pulmonaryEmbolism: false,
  acuteCerebralInfarction: false,
  acuteCerebralHaemorrhage: false,
  otherSeriousCardiopulmonaryDisease: false,
  renalFailure: false,
  severeOtherOrganDisease: false,
  hiv: false,
  treatedMentalIllness: false,
  treatedAlcoholUseDisorder: false,
  benignTumourElsewhere: false,
  allergicAsthma: false,
  allergicUrticaria: false,
  eczema: false,
  multipleDrugOrFoodAllergies: false,
  hypersplenismNeedingSplenectomy: false,
  spontaneousBacterialPeritonitis: false,
  pastSbpOnProphylaxis: false,
  activeInfection: false,
  sepsis: false,
  extrahepaticBiliaryDisease: false,
  portalOrHepaticVeinThrombosis: false,
  activeBleeding: false,
  seriousBleedingTendency: false,
} as const;

export const NO_EXPOSURES = {
  interferon: never,
  systemicGlucocorticoids: never,
  albuminInfusion: never,
  upperGiBleeding: never,
  otherTrialParticipation: never,
} as const;

/** Compensated cirrhosis: no decompensating event ever, none now, no liver failure. */
export const COMPENSATED = {
  cirrhosis: true,
  everAscites: false,
  everVaricealBleeding: false,
  everOvertEncephalopathy: false,
  everJaundice: false,
  ascitesGrade: "none",
  onDiureticsForAscites: false,
  westHavenGrade: 0,
  onLactuloseOrRifaximin: false,
  liverFailure: "none",
  // Never decompensated, so not recompensated either; answered so that adding one past event
  // (below) is decided rather than waiting for this answer.
  recompensated: false,
} as const;

/** Ids of the criteria with a given status. */
export function idsWithStatus(results: readonly CriterionResult[], status: CriterionResult["status"]): string[] {
  return results.filter((r) => r.status === status).map((r) => r.id);
}
