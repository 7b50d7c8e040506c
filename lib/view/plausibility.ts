/**
 * Plausibility warnings: values the schema accepts but that look like a slip, most often a value
 * typed in one unit while the other unit is selected (a bilirubin of 25 left on mg/dL when the
 * report says 25 µmol/L). Warnings never block and never change a value; the coordinator checks
 * the chart. Errors (impossible values) are the schema's job, not this module's.
 */
import type { FieldPath } from "../core/fields";
import { getAt, parseNumberInput } from "./form";
import { formatNumber } from "../core/time";
import {
  albuminFromGdL,
  albuminToGdL,
  bilirubinFromMgdL,
  bilirubinToMgdL,
  creatinineFromMgdL,
  creatinineToMgdL,
} from "../core/units";

export type PlausibilityWarning = { path: FieldPath; message: string };

const n = (v: number) => formatNumber(Number(v.toPrecision(4)));

/** Bilirubin: > 20 mg/dL is rare even in liver failure and is what 20+ µmol/L looks like on the wrong unit. */
export function bilirubinWarning(value: number | undefined, unit: string): string | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  if (unit === "mg/dL" && value > 20) {
    return `${n(value)} mg/dL is very high (${n(bilirubinFromMgdL(value, "µmol/L"))} µmol/L). Did you mean ${n(value)} µmol/L (${n(bilirubinToMgdL(value, "µmol/L"))} mg/dL)?`;
  }
  if (unit === "µmol/L" && value < 3) {
    return `${n(value)} µmol/L is below the normal range. Did you mean ${n(value)} mg/dL (${n(bilirubinFromMgdL(value, "µmol/L"))} µmol/L)?`;
  }
  return undefined;
}

export function creatinineWarning(value: number | undefined, unit: string): string | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  if (unit === "mg/dL" && value > 15) {
    return `${n(value)} mg/dL is very high (${n(creatinineFromMgdL(value, "µmol/L"))} µmol/L). Did you mean ${n(value)} µmol/L (${n(creatinineToMgdL(value, "µmol/L"))} mg/dL)?`;
  }
  if (unit === "µmol/L" && value < 20) {
    return `${n(value)} µmol/L is very low. Did you mean ${n(value)} mg/dL (${n(creatinineFromMgdL(value, "µmol/L"))} µmol/L)?`;
  }
  return undefined;
}

export function albuminWarning(value: number | undefined, unit: string): string | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  if (unit === "g/dL" && value > 6.5) {
    return `${n(value)} g/dL is above the physiological range. Did you mean ${n(value)} g/L (${n(albuminToGdL(value, "g/L"))} g/dL)?`;
  }
  if (unit === "g/L" && value < 10) {
    return `${n(value)} g/L is extremely low. Did you mean ${n(value)} g/dL (${n(albuminFromGdL(value, "g/L"))} g/L)?`;
  }
  return undefined;
}

export function inrWarning(value: number | undefined): string | undefined {
  if (value === undefined || !Number.isFinite(value) || value <= 10) return undefined;
  return `An INR of ${n(value)} is exceptional. Check that this is the INR and not the PT in seconds.`;
}

export function ptWarning(pt: number | undefined, control: number | undefined): string | undefined {
  if (pt === undefined || control === undefined || !Number.isFinite(pt) || !Number.isFinite(control)) return undefined;
  if (pt >= control) return undefined;
  return `PT ${n(pt)} s is shorter than the control PT ${n(control)} s. Check that the two are not swapped.`;
}

export function sodiumWarning(value: number | undefined): string | undefined {
  if (value === undefined || !Number.isFinite(value) || (value >= 110 && value <= 170)) return undefined;
  return `Sodium ${n(value)} mmol/L is outside 110–170 mmol/L. Check the value and its unit.`;
}

export function plateletsWarning(value: number | undefined): string | undefined {
  if (value === undefined || !Number.isFinite(value) || value <= 1000) return undefined;
  return `${n(value)} ×10⁹/L is very high. If the report gives platelets per µL (e.g. 150,000/µL), enter it divided by 1000 (150).`;
}

type Check = { reads: readonly string[]; warn: (read: (path: string) => string) => string | undefined };

const num = (read: (path: string) => string, path: string) => parseNumberInput(read(path));

/**
 * The checks by field: which form values each reads (so a field re-renders only when those
 * change) and the warning. Paths are form-value paths.
 */
export const PLAUSIBILITY_CHECKS: Partial<Record<FieldPath, Check>> = {
  "labs.bilirubin": {
    reads: ["labs.bilirubin.value", "labs.bilirubin.unit"],
    warn: (read) => bilirubinWarning(num(read, "labs.bilirubin.value"), read("labs.bilirubin.unit")),
  },
  "labs.albumin": {
    reads: ["labs.albumin.value", "labs.albumin.unit"],
    warn: (read) => albuminWarning(num(read, "labs.albumin.value"), read("labs.albumin.unit")),
  },
  "labs.creatinine": {
    reads: ["labs.creatinine.value", "labs.creatinine.unit"],
    warn: (read) => creatinineWarning(num(read, "labs.creatinine.value"), read("labs.creatinine.unit")),
  },
  "labs.inr": { reads: ["labs.inr"], warn: (read) => inrWarning(num(read, "labs.inr")) },
  "labs.ptSeconds": {
    reads: ["labs.ptSeconds", "labs.ptControlSeconds"],
    warn: (read) => ptWarning(num(read, "labs.ptSeconds"), num(read, "labs.ptControlSeconds")),
  },
  "labs.sodiumMmolL": { reads: ["labs.sodiumMmolL"], warn: (read) => sodiumWarning(num(read, "labs.sodiumMmolL")) },
  "labs.plateletsE9L": { reads: ["labs.plateletsE9L"], warn: (read) => plateletsWarning(num(read, "labs.plateletsE9L")) },
};

/** The warning for one field, reading the form values it needs through `read`. */
export function plausibilityWarning(path: FieldPath, read: (path: string) => string): string | undefined {
  return PLAUSIBILITY_CHECKS[path]?.warn(read);
}

/** Every warning for a set of form values. */
export function plausibilityWarnings(values: unknown): PlausibilityWarning[] {
  const read = (path: string) => {
    const v = getAt(values, path);
    return typeof v === "string" ? v : "";
  };
  const out: PlausibilityWarning[] = [];
  for (const [path, check] of Object.entries(PLAUSIBILITY_CHECKS) as [FieldPath, Check][]) {
    const message = check.warn(read);
    if (message) out.push({ path, message });
  }
  return out;
}
