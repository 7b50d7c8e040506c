/**
 * Plausibility warnings: values the schema accepts but that look like a slip, most often a value
 * typed in one unit while the other unit is selected (a bilirubin of 25 left on mg/dL when the
 * report says 25 µmol/L). Warnings never block and never change a value; the coordinator checks
 * the chart. Errors (impossible values) are the schema's job, not this module's.
 */
import { CONSISTENCY_CHECKS, findContradictions } from "../core/consistency";
import { fieldsOfRule } from "../core/coverage";
import type { FieldPath } from "../core/fields";
import { usableProfile } from "../core/profile";
import { fieldSpec, formValuesToProfileInput, getAt, parseNumberInput, type FormValues } from "./form";
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

// ---------------------------------------------------------------------------------------------
// Contradictions between fields (lib/core/consistency.ts), shown on every field involved

/** The form values a field's own value is held in: a lab's value and unit, or the field itself. */
function formValuePaths(path: FieldPath): string[] {
  return fieldSpec(path)?.kind === "lab" ? [`${path}.value`, `${path}.unit`] : [path];
}

/** field → every form value the consistency checks it takes part in read. */
const CONTRADICTION_READS = new Map<FieldPath, string[]>();
for (const check of CONSISTENCY_CHECKS) {
  const fields = new Set<FieldPath>();
  for (const rule of [...check.findings, check.answer]) fieldsOfRule(rule, fields);
  const reads = [...fields].flatMap(formValuePaths);
  for (const field of fields) CONTRADICTION_READS.set(field, [...new Set([...(CONTRADICTION_READS.get(field) ?? []), ...reads])]);
}

/** The contradictions a field takes part in, in words, from the form values `read` returns. */
export function contradictionWarning(path: FieldPath, read: (path: string) => string): string | undefined {
  const reads = CONTRADICTION_READS.get(path);
  if (!reads) return undefined;
  const values: Record<string, unknown> = {};
  for (const p of reads) {
    const keys = p.split(".");
    let node = values;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[keys[keys.length - 1] as string] = read(p);
  }
  const { profile } = usableProfile(formValuesToProfileInput(values as FormValues));
  const found = findContradictions(profile).filter((c) => c.fields.includes(path));
  return found.length ? found.map((c) => c.message).join(" ") : undefined;
}

/** Every form value a field's warnings read (so it re-renders only when those change). */
export function warningReads(path: FieldPath): readonly string[] {
  const own = PLAUSIBILITY_CHECKS[path]?.reads ?? [];
  const contradiction = CONTRADICTION_READS.get(path) ?? [];
  return contradiction.length ? [...new Set([...own, ...contradiction])] : own;
}

/** Whether a field can show a warning (it then keeps a live region for it). */
export function canWarn(path: FieldPath): boolean {
  return warningReads(path).length > 0;
}

/** The warning for one field, reading the form values it needs through `read`. */
export function plausibilityWarning(path: FieldPath, read: (path: string) => string): string | undefined {
  const messages = [PLAUSIBILITY_CHECKS[path]?.warn(read), contradictionWarning(path, read)].filter(Boolean);
  return messages.length ? messages.join(" ") : undefined;
}

/** Every warning for a set of form values. */
export function plausibilityWarnings(values: unknown): PlausibilityWarning[] {
  const read = (path: string) => {
    const v = getAt(values, path);
    return typeof v === "string" ? v : "";
  };
  const out: PlausibilityWarning[] = [];
  const paths = new Set<FieldPath>([...(Object.keys(PLAUSIBILITY_CHECKS) as FieldPath[]), ...CONTRADICTION_READS.keys()]);
  for (const path of paths) {
    const message = plausibilityWarning(path, read);
    if (message) out.push({ path, message });
  }
  return out;
}
