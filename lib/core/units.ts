/**
 * Lab units and exact conversions to the conventional units the scores and criteria use.
 *
 * Factors are the standard SI conversion factors (AMA Manual of Style, SI conversion table;
 * also used by the OPTN MELD calculator):
 *   bilirubin   1 mg/dL = 17.1 µmol/L
 *   creatinine  1 mg/dL = 88.4 µmol/L
 *   albumin     1 g/dL  = 10 g/L
 *
 * Results are rounded to 12 significant digits so that a value typed in SI units and the same
 * value typed in conventional units land on the same number (e.g. 34.2 µmol/L is exactly
 * 2 mg/dL, not 2.0000000000000004), and so decide every threshold the same way.
 */
export const BILIRUBIN_UNITS = ["mg/dL", "µmol/L"] as const;
export const ALBUMIN_UNITS = ["g/dL", "g/L"] as const;
export const CREATININE_UNITS = ["mg/dL", "µmol/L"] as const;
export type BilirubinUnit = (typeof BILIRUBIN_UNITS)[number];
export type AlbuminUnit = (typeof ALBUMIN_UNITS)[number];
export type CreatinineUnit = (typeof CREATININE_UNITS)[number];

export const BILIRUBIN_UMOL_PER_MG_DL = 17.1;
export const CREATININE_UMOL_PER_MG_DL = 88.4;
export const ALBUMIN_G_L_PER_G_DL = 10;

/** Rounds away binary floating-point noise from a unit conversion. */
export function clean(value: number): number {
  return Number(value.toPrecision(12));
}

export function bilirubinToMgdL(value: number, unit: BilirubinUnit): number {
  return unit === "mg/dL" ? value : clean(value / BILIRUBIN_UMOL_PER_MG_DL);
}
export function creatinineToMgdL(value: number, unit: CreatinineUnit): number {
  return unit === "mg/dL" ? value : clean(value / CREATININE_UMOL_PER_MG_DL);
}
export function albuminToGdL(value: number, unit: AlbuminUnit): number {
  return unit === "g/dL" ? value : clean(value / ALBUMIN_G_L_PER_G_DL);
}

/** Conventional → SI, for showing the converted value next to the field and for tests. */
export function bilirubinFromMgdL(mgdL: number, unit: BilirubinUnit): number {
  return unit === "mg/dL" ? mgdL : clean(mgdL * BILIRUBIN_UMOL_PER_MG_DL);
}
export function creatinineFromMgdL(mgdL: number, unit: CreatinineUnit): number {
  return unit === "mg/dL" ? mgdL : clean(mgdL * CREATININE_UMOL_PER_MG_DL);
}
export function albuminFromGdL(gdL: number, unit: AlbuminUnit): number {
  return unit === "g/dL" ? gdL : clean(gdL * ALBUMIN_G_L_PER_G_DL);
}
