/**
 * The screening engine: pure functions from (trial, profile, confirmations) to results. No React,
 * no Next, no I/O. Every result keeps the values it saw and says why, and an unknown result lists
 * the fields that would settle it.
 */
import { CONCEPTS } from "./concepts";
import type { FieldPath } from "./fields";
import { fieldLabel, fieldMessage } from "./fields";
import { FACTS, factMessage, missingFields, readBoolean, readEnum, readNumber, readTime, unitSuffix } from "./facts";
import type { EnumFact, NumberFact } from "./facts";
import { conceptLabel } from "./concepts";
import { message, toEnglish, type LocalizedText, type Message, type MessageKey, type MessageValue } from "./message";
import { and, not, or, type TV } from "./logic";
import type { Profile, TimeSince, TimeUnit } from "./profile";
import type { ComparisonOp, Rule } from "./rules";
import { formatNumber, isWithin } from "./time";
import type { Criterion, CriterionStatus, TrialDefinition } from "./trial";
import { compileRule, type CompiledRule } from "./compile";

/** One evaluated rule: its truth value, what explains it (a message), and what would settle it. */
export type Evaluation = { value: TV; text: Message; missing: FieldPath[] };

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

/** "2 mg/dL", "45 years", "1.5" as a message value. */
export function amountWithUnit(value: number, fact: NumberFact): MessageValue {
  const unit = unitSuffix(FACTS[fact].unit, fact);
  return unit === "" ? formatNumber(value) : message("engine.numberWithUnit", { value: formatNumber(value), unit });
}

/** "3 weeks", "1 year": an amount of time in the reader's language. */
export function timeAmount(amount: number, unit: TimeUnit): Message {
  return message("common.amount", { amount: formatNumber(amount), count: amount, unit });
}

/** "2 months ago", "ongoing or today", "never". */
export function timeSince(t: TimeSince): Message {
  if (t.status === "never") return message("engine.sinceNever");
  if (t.amount === undefined || t.unit === undefined) return message("engine.sinceNotRecorded");
  if (t.amount === 0) return message("engine.sinceOngoing");
  return message("engine.sinceAgo", { amount: timeAmount(t.amount, t.unit) });
}

function enumValue(fact: EnumFact, value: string): MessageValue {
  const values = FACTS[fact].values as readonly string[];
  return values.includes(value) ? message(`enumValues.${fact}.${value}` as MessageKey) : value;
}

export function evaluateRule(rule: Rule, profile: Profile): Evaluation {
  if ("all" in rule || "any" in rule) {
    const children = ("all" in rule ? rule.all : rule.any).map((r) => evaluateRule(r, profile));
    const values = children.map((c) => c.value);
    const value = "all" in rule ? and(...values) : or(...values);
    const shown = children.filter((c) => c.value === value);
    return {
      value,
      text: message("engine.list", { items: { list: shown.map((c) => c.text), join: "semicolon" } }),
      missing: value === null ? unique(shown.flatMap((c) => c.missing)) : NO_FIELDS,
    };
  }
  if ("not" in rule) {
    const inner = evaluateRule(rule.not, profile);
    return { value: not(inner.value), text: inner.text, missing: inner.missing };
  }
  if ("concept" in rule) {
    const concept = CONCEPTS[rule.concept];
    const inner = evaluateRule(concept.rule, profile);
    const verdict = inner.value === null ? "unknown" : inner.value ? "yes" : "no";
    return {
      value: inner.value,
      text: message("engine.concept", { label: conceptLabel(rule.concept), verdict, detail: inner.text }),
      missing: inner.missing,
    };
  }
  switch (rule.op) {
    case "is": {
      const v = readBoolean(profile, rule.fact);
      const label = factMessage(rule.fact);
      if (v === undefined) return { value: null, text: message("engine.factUnknown", { label }), missing: missingFields(profile, rule.fact) };
      return { value: v === rule.value, text: message("engine.factYesNo", { label, value: v }), missing: NO_FIELDS };
    }
    case "in": {
      const v = readEnum(profile, rule.fact);
      const label = factMessage(rule.fact);
      if (v === undefined) return { value: null, text: message("engine.factUnknown", { label }), missing: missingFields(profile, rule.fact) };
      return {
        value: rule.values.includes(v),
        text: message("engine.factValue", { label, value: enumValue(rule.fact, v) }),
        missing: NO_FIELDS,
      };
    }
    case "within": {
      const t = readTime(profile, rule.fact);
      const label = factMessage(rule.fact);
      const window = timeAmount(rule.amount, rule.unit);
      if (t === undefined) return { value: null, text: message("engine.factUnknown", { label }), missing: missingFields(profile, rule.fact) };
      if (t.status === "never") return { value: false, text: message("engine.timeNever", { label }), missing: NO_FIELDS };
      if (t.amount === undefined || t.unit === undefined) {
        return {
          value: null,
          text: message("engine.timeNotRecorded", { label, window }),
          missing: missingFields(profile, rule.fact),
        };
      }
      const within = isWithin(t.amount, t.unit, rule);
      const since = timeSince(t);
      if (within === null) {
        return {
          value: null,
          text: message("engine.timeCalendar", {
            label,
            since,
            window,
            unit: rule.unit === "days" || rule.unit === "weeks" ? "days" : "months",
          }),
          missing: missingFields(profile, rule.fact),
        };
      }
      return { value: within, text: message("engine.timeWithin", { label, since, within, window }), missing: NO_FIELDS };
    }
    case "between": {
      const reading = readNumber(profile, rule.fact);
      if (reading.value === undefined) return { value: null, text: reading.shown, missing: missingFields(profile, rule.fact) };
      const inside = reading.value >= rule.min && reading.value <= rule.max;
      return {
        value: inside,
        text: message("engine.between", {
          reading: reading.shown,
          inside,
          min: formatNumber(rule.min),
          max: amountWithUnit(rule.max, rule.fact),
        }),
        missing: NO_FIELDS,
      };
    }
    default: {
      const reading = readNumber(profile, rule.fact);
      if (reading.value === undefined) return { value: null, text: reading.shown, missing: missingFields(profile, rule.fact) };
      const holds = compare(reading.value, rule.op, rule.value);
      const symbol = (holds ? OP_SYMBOL : NEGATED_SYMBOL)[rule.op];
      return {
        value: holds,
        text: message("engine.compare", { reading: reading.shown, symbol, threshold: amountWithUnit(rule.value, rule.fact) }),
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
  readonly id: string;
  readonly category: Criterion["category"];
  readonly text: string;
  /** The line in Chinese (a translation; `text` is the source of truth). */
  readonly textZh?: string;
  readonly status: CriterionStatus;
  /** One sentence naming the values used and the rule applied, in English. */
  readonly reason: string;
  /** The same, structured, to be put in the reader's language (lib/core/message.ts). */
  readonly explanation: Message;
  /** Fields that would settle an unknown criterion (empty otherwise). */
  readonly missing: readonly FieldPath[];
  /** Present for manual items: why it needs the investigator. */
  readonly manualReason?: string;
  readonly manualReasonZh?: string;
  readonly confirmation?: Confirmation;
  readonly interpretation?: string;
  readonly interpretationZh?: string;
};

export type Verdict = "ineligible" | "needs-info" | "passed";

export type TrialResult = {
  readonly id: string;
  readonly verdict: Verdict;
  readonly criteria: readonly CriterionResult[];
  readonly counts: Readonly<Record<CriterionStatus, number>>;
  /** Manual items not yet confirmed by the coordinator. */
  readonly pendingManual: number;
  /** Every field that would settle an unknown criterion, most useful first. */
  readonly missing: readonly FieldPath[];
};

type Explained = { explanation: Message; missing: FieldPath[] };

/**
 * A criterion's result. The status is computed at once by the compiled rule; the sentence that
 * explains it (and the missing fields) is built the first time someone reads it, so screening a
 * batch or re-screening on every keystroke doesn't pay for text nobody shows.
 */
class CriterionOutcome implements CriterionResult {
  readonly id: string;
  readonly category: Criterion["category"];
  readonly text: string;
  readonly textZh?: string;
  readonly manualReason?: string;
  readonly manualReasonZh?: string;
  readonly confirmation?: Confirmation;
  readonly interpretation?: string;
  readonly interpretationZh?: string;
  #explained: Explained | undefined;

  constructor(
    private readonly criterion: Criterion,
    private readonly profile: Profile,
    readonly status: CriterionStatus,
    confirmation: Confirmation | undefined,
  ) {
    this.id = criterion.id;
    this.category = criterion.category;
    this.text = criterion.text;
    if (criterion.textZh) this.textZh = criterion.textZh;
    if (criterion.manual) this.manualReason = criterion.manual.reason;
    if (criterion.manual?.reasonZh) this.manualReasonZh = criterion.manual.reasonZh;
    if (confirmation && criterion.manual) this.confirmation = confirmation;
    if (criterion.interpretation) this.interpretation = criterion.interpretation;
    if (criterion.interpretationZh) this.interpretationZh = criterion.interpretationZh;
  }

  get reason(): string {
    return toEnglish(this.explain().explanation);
  }

  get explanation(): Message {
    return this.explain().explanation;
  }

  get missing(): readonly FieldPath[] {
    if (this.status !== "unknown") return NO_FIELDS;
    return this.explain().missing;
  }

  private explain(): Explained {
    this.#explained ??= explainCriterion(this.criterion, this.profile, this.confirmation);
    return this.#explained;
  }

  toJSON(): CriterionResult {
    return {
      id: this.id,
      category: this.category,
      text: this.text,
      ...(this.textZh !== undefined && { textZh: this.textZh }),
      status: this.status,
      reason: this.reason,
      explanation: this.explanation,
      missing: this.missing,
      ...(this.manualReason !== undefined && { manualReason: this.manualReason }),
      ...(this.manualReasonZh !== undefined && { manualReasonZh: this.manualReasonZh }),
      ...(this.confirmation !== undefined && { confirmation: this.confirmation }),
      ...(this.interpretation !== undefined && { interpretation: this.interpretation }),
      ...(this.interpretationZh !== undefined && { interpretationZh: this.interpretationZh }),
    };
  }
}

/** A criterion's data text in both languages; a line without its Chinese rendering shows the English. */
function bilingual(en: string, zh: string | undefined): LocalizedText {
  return { en, zh: zh ?? en };
}

/** The explanation of a criterion's result, from the explaining interpreter (evaluateRule). */
function explainCriterion(criterion: Criterion, profile: Profile, confirmation: Confirmation | undefined): Explained {
  if (criterion.manual) {
    if (!confirmation) {
      const reason = bilingual(criterion.manual.reason, criterion.manual.reasonZh);
      return { explanation: message("engine.manualPending", { reason }), missing: NO_FIELDS };
    }
    const met = confirmation.outcome === "met";
    const explanation = confirmation.note
      ? message("engine.confirmedWithNote", { met, note: confirmation.note })
      : message("engine.confirmed", { met });
    return { explanation, missing: NO_FIELDS };
  }
  let applicability: Evaluation | undefined;
  if (criterion.appliesIf) {
    applicability = evaluateRule(criterion.appliesIf, profile);
    if (applicability.value === false) {
      return { explanation: message("engine.notApplicable", { detail: applicability.text }), missing: NO_FIELDS };
    }
  }
  const evaluation = evaluateRule(criterion.rule as Rule, profile);
  if (evaluation.value === null) {
    const missing =
      applicability?.value === null ? unique([...applicability.missing, ...evaluation.missing]) : evaluation.missing;
    const fields: MessageValue = { list: missing.map(fieldMessage), join: "comma" };
    return { explanation: message("engine.unknown", { detail: evaluation.text, fields }), missing };
  }
  const isInclusion = criterion.category === "inclusion";
  const passes = isInclusion ? evaluation.value : !evaluation.value;
  const outcome = isInclusion ? (passes ? "met" : "notMet") : passes ? "notExcluded" : "excluded";
  return { explanation: message("engine.decided", { outcome, detail: evaluation.text }), missing: NO_FIELDS };
}

type CompiledCriterion = { criterion: Criterion; rule?: CompiledRule; appliesIf?: CompiledRule };
const compiledTrials = new WeakMap<TrialDefinition, CompiledCriterion[]>();

function compileTrial(trial: TrialDefinition): CompiledCriterion[] {
  let compiled = compiledTrials.get(trial);
  if (!compiled) {
    compiled = trial.criteria.map((criterion) => ({
      criterion,
      ...(criterion.rule && { rule: compileRule(criterion.rule) }),
      ...(criterion.appliesIf && { appliesIf: compileRule(criterion.appliesIf) }),
    }));
    compiledTrials.set(trial, compiled);
  }
  return compiled;
}

function statusOf(c: CompiledCriterion, profile: Profile, confirmation: Confirmation | undefined): CriterionStatus {
  if (!c.rule) {
    if (!confirmation) return "manual";
    return confirmation.outcome === "met" ? "satisfied" : "violated";
  }
  if (c.appliesIf && c.appliesIf(profile) === false) return "not-applicable";
  const value = c.rule(profile);
  if (value === null) return "unknown";
  const passes = c.criterion.category === "inclusion" ? value : !value;
  return passes ? "satisfied" : "violated";
}

export function evaluateCriterion(criterion: Criterion, profile: Profile, confirmation?: Confirmation): CriterionResult {
  const compiled: CompiledCriterion = {
    criterion,
    ...(criterion.rule && { rule: compileRule(criterion.rule) }),
    ...(criterion.appliesIf && { appliesIf: compileRule(criterion.appliesIf) }),
  };
  return new CriterionOutcome(criterion, profile, statusOf(compiled, profile, confirmation), confirmation);
}

class TrialOutcome implements TrialResult {
  #missing: FieldPath[] | undefined;
  constructor(
    readonly id: string,
    readonly verdict: Verdict,
    readonly criteria: readonly CriterionResult[],
    readonly counts: Readonly<Record<CriterionStatus, number>>,
    readonly pendingManual: number,
  ) {}

  get missing(): readonly FieldPath[] {
    if (!this.#missing) {
      const tally = new Map<FieldPath, number>();
      for (const c of this.criteria) for (const field of c.missing) tally.set(field, (tally.get(field) ?? 0) + 1);
      this.#missing = [...tally.entries()].sort((a, b) => b[1] - a[1]).map(([field]) => field);
    }
    return this.#missing;
  }

  toJSON(): TrialResult {
    return { id: this.id, verdict: this.verdict, criteria: this.criteria, counts: this.counts, pendingManual: this.pendingManual, missing: this.missing };
  }
}

export function evaluateTrial(trial: TrialDefinition, profile: Profile, confirmations: TrialConfirmations = {}): TrialResult {
  const counts: Record<CriterionStatus, number> = { satisfied: 0, violated: 0, unknown: 0, manual: 0, "not-applicable": 0 };
  const compiled = compileTrial(trial);
  const criteria: CriterionResult[] = new Array(compiled.length);
  for (let i = 0; i < compiled.length; i++) {
    const c = compiled[i] as CompiledCriterion;
    const confirmation = c.rule ? undefined : confirmations[c.criterion.id];
    const status = statusOf(c, profile, confirmation);
    counts[status] += 1;
    criteria[i] = new CriterionOutcome(c.criterion, profile, status, confirmation);
  }
  const verdict: Verdict = counts.violated > 0 ? "ineligible" : counts.unknown > 0 ? "needs-info" : "passed";
  return new TrialOutcome(trial.id, verdict, criteria, counts, counts.manual);
}

/**
 * The verdict alone, for batch screening: no per-criterion results are built, and a trial stops
 * at its first violated criterion. Always equal to evaluateTrial(...).verdict (tested).
 */
export function trialVerdict(trial: TrialDefinition, profile: Profile, confirmations: TrialConfirmations = {}): Verdict {
  const compiled = compileTrial(trial);
  let unknown = false;
  for (let i = 0; i < compiled.length; i++) {
    const c = compiled[i] as CompiledCriterion;
    const status = statusOf(c, profile, c.rule ? undefined : confirmations[c.criterion.id]);
    if (status === "violated") return "ineligible";
    if (status === "unknown") unknown = true;
  }
  return unknown ? "needs-info" : "passed";
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
