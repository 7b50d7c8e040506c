/**
 * Plausibility warnings: values the schema accepts but that look like a slip, most often a value
 * typed in one unit while the other unit is selected (a bilirubin of 25 left on mg/dL when the
 * report says 25 µmol/L). Warnings never block and never change a value; the coordinator checks
 * the chart. Errors (impossible values) are the schema's job, not this module's. Each warning is
 * a message (messages/*.json `plausibility`), said in the reader's language by the form.
 */
import { CONSISTENCY_CHECKS, findContradictions } from "../core/consistency";
import { fieldsOfRule } from "../core/coverage";
import type { FieldPath } from "../core/fields";
import { message, type Message } from "../core/message";
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

export type PlausibilityWarning = { path: FieldPath; message: Message };

const n = (v: number) => formatNumber(Number(v.toPrecision(4)));

/** Bilirubin: > 20 mg/dL is rare even in liver failure and is what 20+ µmol/L looks like on the wrong unit. */
export function bilirubinWarning(value: number | undefined, unit: string): Message | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  if (unit === "mg/dL" && value > 20) {
    return message("plausibility.veryHighMgdl", { value: n(value), asUmol: n(bilirubinFromMgdL(value, "µmol/L")), asMg: n(bilirubinToMgdL(value, "µmol/L")) });
  }
  if (unit === "µmol/L" && value < 3) {
    return message("plausibility.bilirubinLow", { value: n(value), asUmol: n(bilirubinFromMgdL(value, "µmol/L")) });
  }
  return undefined;
}

export function creatinineWarning(value: number | undefined, unit: string): Message | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  if (unit === "mg/dL" && value > 15) {
    return message("plausibility.veryHighMgdl", { value: n(value), asUmol: n(creatinineFromMgdL(value, "µmol/L")), asMg: n(creatinineToMgdL(value, "µmol/L")) });
  }
  if (unit === "µmol/L" && value < 20) {
    return message("plausibility.creatinineLow", { value: n(value), asUmol: n(creatinineFromMgdL(value, "µmol/L")) });
  }
  return undefined;
}

export function albuminWarning(value: number | undefined, unit: string): Message | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  if (unit === "g/dL" && value > 6.5) {
    return message("plausibility.albuminHigh", { value: n(value), asGdl: n(albuminToGdL(value, "g/L")) });
  }
  if (unit === "g/L" && value < 10) {
    return message("plausibility.albuminLow", { value: n(value), asGl: n(albuminFromGdL(value, "g/L")) });
  }
  return undefined;
}

export function inrWarning(value: number | undefined): Message | undefined {
  if (value === undefined || !Number.isFinite(value) || value <= 10) return undefined;
  return message("plausibility.inrHigh", { value: n(value) });
}

export function ptWarning(pt: number | undefined, control: number | undefined): Message | undefined {
  if (pt === undefined || control === undefined || !Number.isFinite(pt) || !Number.isFinite(control)) return undefined;
  if (pt >= control) return undefined;
  return message("plausibility.ptShorterThanControl", { pt: n(pt), control: n(control) });
}

export function sodiumWarning(value: number | undefined): Message | undefined {
  if (value === undefined || !Number.isFinite(value) || (value >= 110 && value <= 170)) return undefined;
  return message("plausibility.sodiumOutside", { value: n(value) });
}

export function plateletsWarning(value: number | undefined): Message | undefined {
  if (value === undefined || !Number.isFinite(value) || value <= 1000) return undefined;
  return message("plausibility.plateletsHigh", { value: n(value) });
}

type Check = { reads: readonly string[]; warn: (read: (path: string) => string) => Message | undefined };

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
export function contradictionWarning(path: FieldPath, read: (path: string) => string): Message | undefined {
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
  if (found.length === 0) return undefined;
  return found.length === 1 ? found[0]?.text : { key: "engine.list", values: { items: { list: found.map((c) => c.text), join: "space" } } };
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
export function plausibilityWarning(path: FieldPath, read: (path: string) => string): Message | undefined {
  const messages = [PLAUSIBILITY_CHECKS[path]?.warn(read), contradictionWarning(path, read)].filter((m): m is Message => m !== undefined);
  if (messages.length < 2) return messages[0];
  return message("engine.list", { items: { list: messages, join: "space" } });
}

const reader = (values: unknown) => (path: string) => {
  const v = getAt(values, path);
  return typeof v === "string" ? v : "";
};

/** The warnings on single values (units, ranges), without the contradictions between fields: the CLI reports those apart. */
export function valueWarnings(values: unknown): PlausibilityWarning[] {
  const read = reader(values);
  const out: PlausibilityWarning[] = [];
  for (const [path, check] of Object.entries(PLAUSIBILITY_CHECKS) as [FieldPath, Check][]) {
    const message = check.warn(read);
    if (message) out.push({ path, message });
  }
  return out;
}

/** Every warning for a set of form values. */
export function plausibilityWarnings(values: unknown): PlausibilityWarning[] {
  const read = reader(values);
  const out: PlausibilityWarning[] = [];
  const paths = new Set<FieldPath>([...(Object.keys(PLAUSIBILITY_CHECKS) as FieldPath[]), ...CONTRADICTION_READS.keys()]);
  for (const path of paths) {
    const message = plausibilityWarning(path, read);
    if (message) out.push({ path, message });
  }
  return out;
}
