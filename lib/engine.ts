/**
 * The screening engine: pure functions from (trial, profile, confirmations) to results. No React,
 * no Next, no I/O. Every result keeps the values it saw and says why, and an unknown result lists
 * the fields that would settle it.
 */
import { CONCEPTS } from "./concepts";
import type { FieldPath } from "./fields";
import { fieldLabel } from "./fields";
import { FACTS, factLabel, missingFields, readBoolean, readEnum, readNumber, readTime } from "./facts";
import type { TV } from "./logic";
import type { Profile } from "./profile";
import type { ComparisonOp, Rule } from "./rules";
import { formatAmount, formatNumber, formatTimeSince, isWithin } from "./time";
import type { Criterion, CriterionStatus, TrialDefinition } from "./trial";

/** One evaluated rule: its truth value, the sentence that explains it, and what would settle it. */
export type Evaluation = { value: TV; text: string; missing: FieldPath[] };

const NO_FIELDS: FieldPath[] = [];

const OP_SYMBOL: Record<ComparisonOp, string> = { lt: "<", le: "≤", gt: ">", ge: "≥", eq: "=" };
const NEGATED_SYMBOL: Record<ComparisonOp, string> = { lt: "≥", le: ">", gt: "≤", ge: "<", eq: "≠" };

function compare(value: number, op: ComparisonOp, threshold: number): boolean {
  switch (op) {
    case "lt":
      return value < threshold;
    case "le":
      return value <= threshold;
    case "gt":
      return value > threshold;
    case "ge":
      return value >= threshold;
    case "eq":
      return value === threshold;
  }
}

function withUnit(value: number, unit: string): string {
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

function yesNo(value: boolean): string {
  return value ? "yes" : "no";
}

export function evaluateRule(rule: Rule, profile: Profile): Evaluation {
  if ("all" in rule || "any" in rule) {
    const isAll = "all" in rule;
    const children = ("all" in rule ? rule.all : rule.any).map((r) => evaluateRule(r, profile));
    // and: false dominates; or: true dominates; otherwise unknown dominates.
    const dominant = !isAll;
    let value: TV = isAll;
    for (const child of children) {
      if (child.value === dominant) {
        value = dominant;
        break;
      }
      if (child.value === null) value = null;
    }
    const shown = children.filter((c) => c.value === value);
    return {
      value,
      text: shown.map((c) => c.text).join("; "),
      missing: value === null ? unique(shown.flatMap((c) => c.missing)) : NO_FIELDS,
    };
  }
  if ("not" in rule) {
    const inner = evaluateRule(rule.not, profile);
    return { value: inner.value === null ? null : !inner.value, text: inner.text, missing: inner.missing };
  }
  if ("concept" in rule) {
    const concept = CONCEPTS[rule.concept];
    const inner = evaluateRule(concept.rule, profile);
    const verdict = inner.value === null ? "unknown" : yesNo(inner.value);
    return { value: inner.value, text: `${concept.label}: ${verdict} (${inner.text})`, missing: inner.missing };
  }
  switch (rule.op) {
    case "is": {
      const v = readBoolean(profile, rule.fact);
      const label = factLabel(rule.fact);
      if (v === undefined) return { value: null, text: `${label}: unknown`, missing: missingFields(profile, rule.fact) };
      return { value: v === rule.value, text: `${label}: ${yesNo(v)}`, missing: NO_FIELDS };
    }
    case "in": {
      const v = readEnum(profile, rule.fact);
      const label = factLabel(rule.fact);
      if (v === undefined) return { value: null, text: `${label}: unknown`, missing: missingFields(profile, rule.fact) };
      return { value: rule.values.includes(v), text: `${label}: ${v}`, missing: NO_FIELDS };
    }
    case "within": {
      const t = readTime(profile, rule.fact);
      const label = factLabel(rule.fact);
      const window = formatAmount(rule.amount, rule.unit);
      if (t === undefined) return { value: null, text: `${label}: unknown`, missing: missingFields(profile, rule.fact) };
      if (t.status === "never") return { value: false, text: `${label}: never`, missing: NO_FIELDS };
      if (t.amount === undefined || t.unit === undefined) {
        return {
          value: null,
          text: `${label}: yes, but when is not recorded (window ${window})`,
          missing: missingFields(profile, rule.fact),
        };
      }
      const within = isWithin(t.amount, t.unit, rule);
      const when = `${label} ${formatTimeSince(t)}`;
      if (within === null) {
        return {
          value: null,
          text: `${when}: within ${window} depends on the calendar; enter the time in ${rule.unit === "days" || rule.unit === "weeks" ? "days" : "months"}`,
          missing: missingFields(profile, rule.fact),
        };
      }
      return { value: within, text: `${when}: ${within ? "within" : "not within"} ${window}`, missing: NO_FIELDS };
    }
    case "between": {
      const reading = readNumber(profile, rule.fact);
      const unit = FACTS[rule.fact].unit;
      const range = `${formatNumber(rule.min)}–${withUnit(rule.max, unit)}`;
      if (reading.value === undefined) return { value: null, text: reading.shown, missing: missingFields(profile, rule.fact) };
      const inside = reading.value >= rule.min && reading.value <= rule.max;
      return { value: inside, text: `${reading.shown} is ${inside ? "within" : "outside"} ${range}`, missing: NO_FIELDS };
    }
    default: {
      const reading = readNumber(profile, rule.fact);
      if (reading.value === undefined) return { value: null, text: reading.shown, missing: missingFields(profile, rule.fact) };
      const holds = compare(reading.value, rule.op, rule.value);
      const symbol = (holds ? OP_SYMBOL : NEGATED_SYMBOL)[rule.op];
      return {
        value: holds,
        text: `${reading.shown} ${symbol} ${withUnit(rule.value, FACTS[rule.fact].unit)}`,
        missing: NO_FIELDS,
      };
    }
  }
}

function unique<T>(items: T[]): T[] {
  return items.length < 2 ? items : [...new Set(items)];
}

// ---------------------------------------------------------------------------------------------
// Criteria and trials

/**
 * A coordinator's confirmation of a manual item. `met` means the patient meets this
 * criterion's eligibility requirement: for an inclusion, it holds; for an exclusion, the
 * excluding condition is absent.
 */
export type Confirmation = { outcome: "met" | "not-met"; note?: string };
export type TrialConfirmations = Readonly<Record<string, Confirmation | undefined>>;

export type CriterionResult = {
  id: string;
  category: Criterion["category"];
  text: string;
  status: CriterionStatus;
  /** One sentence naming the values used and the rule applied. */
  reason: string;
  /** Fields that would settle an unknown criterion (empty otherwise). */
  missing: FieldPath[];
  /** Present for manual items: why it needs the investigator. */
  manualReason?: string;
  confirmation?: Confirmation;
  interpretation?: string;
};

export type Verdict = "ineligible" | "needs-info" | "passed";

export type TrialResult = {
  id: string;
  verdict: Verdict;
  criteria: CriterionResult[];
  counts: Record<CriterionStatus, number>;
  /** Manual items not yet confirmed by the coordinator. */
  pendingManual: number;
  /** Every field that would settle an unknown criterion, most useful first. */
  missing: FieldPath[];
};

export function evaluateCriterion(criterion: Criterion, profile: Profile, confirmation?: Confirmation): CriterionResult {
  const base = {
    id: criterion.id,
    category: criterion.category,
    text: criterion.text,
    ...(criterion.interpretation ? { interpretation: criterion.interpretation } : {}),
  };
  if (criterion.manual) {
    const manual = { ...base, manualReason: criterion.manual.reason, missing: NO_FIELDS };
    if (!confirmation) return { ...manual, status: "manual", reason: `For the investigator: ${criterion.manual.reason}` };
    const met = confirmation.outcome === "met";
    const note = confirmation.note ? ` Note: ${confirmation.note}` : "";
    return {
      ...manual,
      status: met ? "satisfied" : "violated",
      confirmation,
      reason: `Coordinator confirmed: ${met ? "requirement met" : "requirement not met"}.${note}`,
    };
  }
  const rule = criterion.rule as Rule;
  let applicability: Evaluation | undefined;
  if (criterion.appliesIf) {
    applicability = evaluateRule(criterion.appliesIf, profile);
    if (applicability.value === false) {
      return { ...base, status: "not-applicable", reason: `Not applicable: ${applicability.text}`, missing: NO_FIELDS };
    }
  }
  const evaluation = evaluateRule(rule, profile);
  const isInclusion = criterion.category === "inclusion";
  if (evaluation.value === null) {
    const missing = applicability?.value === null ? unique([...applicability.missing, ...evaluation.missing]) : evaluation.missing;
    return {
      ...base,
      status: "unknown",
      reason: `Unknown: ${evaluation.text}. Would be settled by: ${missing.map(fieldLabel).join(", ")}`,
      missing,
    };
  }
  const passes = isInclusion ? evaluation.value : !evaluation.value;
  const lead = isInclusion ? (passes ? "Met" : "Not met") : passes ? "Not excluded" : "Excluded";
  return { ...base, status: passes ? "satisfied" : "violated", reason: `${lead}: ${evaluation.text}`, missing: NO_FIELDS };
}

export function evaluateTrial(trial: TrialDefinition, profile: Profile, confirmations: TrialConfirmations = {}): TrialResult {
  const counts: Record<CriterionStatus, number> = { satisfied: 0, violated: 0, unknown: 0, manual: 0, "not-applicable": 0 };
  const missingCount = new Map<FieldPath, number>();
  let pendingManual = 0;
  const criteria = trial.criteria.map((criterion) => {
    const result = evaluateCriterion(criterion, profile, confirmations[criterion.id]);
    counts[result.status] += 1;
    if (result.status === "manual") pendingManual += 1;
    for (const field of result.missing) missingCount.set(field, (missingCount.get(field) ?? 0) + 1);
    return result;
  });
  const verdict: Verdict = counts.violated > 0 ? "ineligible" : counts.unknown > 0 ? "needs-info" : "passed";
  const missing = [...missingCount.entries()].sort((a, b) => b[1] - a[1]).map(([field]) => field);
  return { id: trial.id, verdict, criteria, counts, pendingManual, missing };
}

export type ScreeningConfirmations = Readonly<Record<string, TrialConfirmations | undefined>>;

/** Screens one profile against every trial. */
export function screen(
  profile: Profile,
  trials: readonly TrialDefinition[],
  confirmations: ScreeningConfirmations = {},
): TrialResult[] {
  return trials.map((trial) => evaluateTrial(trial, profile, confirmations[trial.id]));
}

/**
 * What to ask next: the missing fields that would settle the most open criteria across all
 * trials, with how many criteria and which trials each one touches.
 */
export function nextQuestions(results: readonly TrialResult[], limit = 5) {
  const tally = new Map<FieldPath, { criteria: number; trials: Set<string> }>();
  for (const trial of results) {
    for (const criterion of trial.criteria) {
      for (const field of criterion.missing) {
        const entry = tally.get(field) ?? { criteria: 0, trials: new Set<string>() };
        entry.criteria += 1;
        entry.trials.add(trial.id);
        tally.set(field, entry);
      }
    }
  }
  return [...tally.entries()]
    .map(([field, t]) => ({ field, label: fieldLabel(field), criteria: t.criteria, trials: [...t.trials] }))
    .sort((a, b) => b.criteria - a.criteria || b.trials.length - a.trials.length || a.label.localeCompare(b.label))
    .slice(0, limit);
}
