/**
 * The screening engine: pure functions from (trial, profile, confirmations) to results. No React,
 * no Next, no I/O. Every result keeps the values it saw and says why, and an unknown result lists
 * the fields that would settle it.
 */
import { CONCEPTS, conceptLabel } from "./concepts";
import type { FieldPath } from "./fields";
import { fieldMessage } from "./fields";
import { FACTS, enumValueMessage, factMessage, missingFields, readBoolean, readEnum, readNumber, readTime, unitSuffix } from "./facts";
import type { NumberFact } from "./facts";
import { and, not, or, REFER, type Outcome } from "./logic";
import { message, type LocalizedText, type Message, type MessageValue } from "./message";
import { fieldLabel, toEnglish, toEnglishValue } from "./english-core";
import type { Profile, TimeSince, TimeUnit } from "./profile";
import type { ComparisonOp, ReferReason, Rule } from "./rules";
import { formatNumber, isWithin } from "./time";
import type { Criterion, CriterionStatus, TrialDefinition } from "./trial";
import { compileRule, type CompiledRule } from "./compile";
import { contradictionsBehind, resolveContradictions, type Contradiction } from "./consistency";

/**
 * One evaluated rule: its value, what explains it (a message, lib/core/message.ts), what would
 * settle it, and (for "refer") why the investigator decides.
 */
export type Evaluation = { value: Outcome; text: Message; missing: FieldPath[]; referrals: readonly ReferReason[] };

const NO_FIELDS: FieldPath[] = [];
const NO_REFERRALS: readonly ReferReason[] = [];

function uniqueReasons(reasons: readonly ReferReason[]): readonly ReferReason[] {
  if (reasons.length < 2) return reasons;
  const seen = new Map<string, ReferReason>();
  for (const r of reasons) if (!seen.has(r.key)) seen.set(r.key, r);
  return [...seen.values()];
}

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

/** A refer node's reason in both languages (the English is the source of truth). */
export function referReasonText(reason: ReferReason): LocalizedText {
  return { en: reason.text, zh: reason.textZh ?? reason.text };
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
      referrals: value === REFER ? uniqueReasons(shown.flatMap((c) => c.referrals)) : NO_REFERRALS,
    };
  }
  if ("not" in rule) {
    const inner = evaluateRule(rule.not, profile);
    return { value: not(inner.value), text: inner.text, missing: inner.missing, referrals: inner.referrals };
  }
  if ("refer" in rule) {
    const inner = evaluateRule(rule.refer.when, profile);
    if (inner.value !== true) return inner;
    return { value: REFER, text: inner.text, missing: NO_FIELDS, referrals: [rule.refer.reason] };
  }
  if ("concept" in rule) {
    const concept = CONCEPTS[rule.concept];
    const inner = evaluateRule(concept.rule, profile);
    const verdict = inner.value === null ? "unknown" : inner.value === REFER ? "refer" : inner.value ? "yes" : "no";
    return { ...inner, text: message("engine.concept", { label: conceptLabel(rule.concept), verdict, detail: inner.text }) };
  }
  switch (rule.op) {
    case "is": {
      const v = readBoolean(profile, rule.fact);
      const label = factMessage(rule.fact);
      if (v === undefined) return { value: null, text: message("engine.factUnknown", { label }), missing: missingFields(profile, rule.fact), referrals: NO_REFERRALS };
      return { value: v === rule.value, text: message("engine.factYesNo", { label, value: v }), missing: NO_FIELDS, referrals: NO_REFERRALS };
    }
    case "in": {
      const v = readEnum(profile, rule.fact);
      const label = factMessage(rule.fact);
      if (v === undefined) return { value: null, text: message("engine.factUnknown", { label }), missing: missingFields(profile, rule.fact), referrals: NO_REFERRALS };
      return {
        value: rule.values.includes(v),
        text: message("engine.factValue", { label, value: enumValueMessage(rule.fact, v) }),
        missing: NO_FIELDS,
        referrals: NO_REFERRALS,
      };
    }
    case "within": {
      const t = readTime(profile, rule.fact);
      const label = factMessage(rule.fact);
      const window = timeAmount(rule.amount, rule.unit);
      if (t === undefined) return { value: null, text: message("engine.factUnknown", { label }), missing: missingFields(profile, rule.fact), referrals: NO_REFERRALS };
      if (t.status === "never") return { value: false, text: message("engine.timeNever", { label }), missing: NO_FIELDS, referrals: NO_REFERRALS };
      if (t.amount === undefined || t.unit === undefined) {
        return {
          value: null,
          text: message("engine.timeNotRecorded", { label, window }),
          missing: missingFields(profile, rule.fact),
          referrals: NO_REFERRALS,
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
          referrals: NO_REFERRALS,
        };
      }
      return { value: within, text: message("engine.timeWithin", { label, since, within, window }), missing: NO_FIELDS, referrals: NO_REFERRALS };
    }
    case "between": {
      const reading = readNumber(profile, rule.fact);
      if (reading.value === undefined) return { value: null, text: reading.shown, missing: missingFields(profile, rule.fact), referrals: NO_REFERRALS };
      const inside = reading.value >= rule.min && reading.value <= rule.max;
      return {
        value: inside,
        text: message("engine.between", { reading: reading.shown, inside, min: formatNumber(rule.min), max: amountWithUnit(rule.max, rule.fact) }),
        missing: NO_FIELDS,
        referrals: NO_REFERRALS,
      };
    }
    default: {
      const reading = readNumber(profile, rule.fact);
      if (reading.value === undefined) return { value: null, text: reading.shown, missing: missingFields(profile, rule.fact), referrals: NO_REFERRALS };
      const holds = compare(reading.value, rule.op, rule.value);
      const symbol = (holds ? OP_SYMBOL : NEGATED_SYMBOL)[rule.op];
      return {
        value: holds,
        text: reading.note
          ? message("engine.compareWithNote", { reading: reading.shown, symbol, threshold: amountWithUnit(rule.value, rule.fact), note: reading.note })
          : message("engine.compare", { reading: reading.shown, symbol, threshold: amountWithUnit(rule.value, rule.fact) }),
        missing: NO_FIELDS,
        referrals: NO_REFERRALS,
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
  /**
   * Present for manual items and for criteria referred to the investigator: why it needs the
   * investigator (for a referral, the reason and the values seen).
   */
  readonly manualReason?: string;
  /** The same, for the reader's language. */
  readonly manualReasonText?: MessageValue;
  /** Present when the rule referred the case to the investigator: the structured reasons. */
  readonly referral?: readonly ReferReason[];
  readonly confirmation?: Confirmation;
  readonly interpretation?: string;
  readonly interpretationZh?: string;
  /** What to re-check later, printed beside the line on the checklist. */
  readonly checklistNote?: string;
};

/**
 * A criterion's result without its English renderings (`reason`, `manualReason`): what the
 * screening page renders and compares on every keystroke. The page says `explanation` and
 * `manualReasonText` in the reader's language and never shows the English; formatting it for
 * every criterion of every trial was most of a keystroke's script time (issue 15).
 */
export type CriterionData = Omit<CriterionResult, "reason" | "manualReason">;

export type Verdict = "ineligible" | "needs-info" | "passed";

export type TrialResult = {
  readonly id: string;
  readonly verdict: Verdict;
  readonly criteria: readonly CriterionResult[];
  readonly counts: Readonly<Record<CriterionStatus, number>>;
  /** Manual items (and referrals) not yet confirmed by the coordinator. */
  readonly pendingManual: number;
  /** Every field that would settle an unknown criterion, most useful first. */
  readonly missing: readonly FieldPath[];
  /** Answers that contradict each other (lib/core/consistency.ts): their fields count as unknown. */
  readonly contradictions: readonly Contradiction[];
};

/** A trial's result with its criteria as CriterionData. */
export type TrialData = Omit<TrialResult, "criteria"> & { readonly criteria: readonly CriterionData[] };

type Explained = { explanation: Message; missing: FieldPath[]; referral?: readonly ReferReason[]; referText?: Message };

/**
 * How a criterion came out before any confirmation: a manual line, not applicable, or the rule's
 * value (true, false, unknown or refer).
 */
type RawOutcome = "manual" | "not-applicable" | Outcome;

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
  readonly confirmation?: Confirmation;
  readonly interpretation?: string;
  readonly interpretationZh?: string;
  readonly checklistNote?: string;
  readonly status: CriterionStatus;
  #explained: Explained | undefined;

  constructor(
    private readonly criterion: Criterion,
    private readonly profile: Profile,
    private readonly raw: RawOutcome,
    confirmation: Confirmation | undefined,
  ) {
    this.id = criterion.id;
    this.category = criterion.category;
    this.text = criterion.text;
    if (criterion.textZh) this.textZh = criterion.textZh;
    this.status = statusFrom(criterion, raw, confirmation);
    if (confirmation && (raw === "manual" || raw === REFER)) this.confirmation = confirmation;
    if (criterion.interpretation) this.interpretation = criterion.interpretation;
    if (criterion.interpretationZh) this.interpretationZh = criterion.interpretationZh;
    if (criterion.checklistNote) this.checklistNote = criterion.checklistNote;
  }

  get manualReason(): string | undefined {
    const text = this.manualReasonText;
    if (text === undefined) return undefined;
    return typeof text === "string" ? text : toEnglishValue(text);
  }

  get manualReasonText(): MessageValue | undefined {
    if (this.criterion.manual) return manualReasonOf(this.criterion);
    if (this.raw !== REFER) return undefined;
    return this.explain().referText;
  }

  get referral(): readonly ReferReason[] | undefined {
    return this.raw === REFER ? this.explain().referral : undefined;
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

  toData(): CriterionData {
    const manualReasonText = this.manualReasonText;
    const referral = this.referral;
    return {
      id: this.id,
      category: this.category,
      text: this.text,
      ...(this.textZh !== undefined && { textZh: this.textZh }),
      status: this.status,
      explanation: this.explanation,
      missing: this.missing,
      ...(manualReasonText !== undefined && { manualReasonText }),
      ...(referral !== undefined && { referral }),
      ...(this.confirmation !== undefined && { confirmation: this.confirmation }),
      ...(this.interpretation !== undefined && { interpretation: this.interpretation }),
      ...(this.interpretationZh !== undefined && { interpretationZh: this.interpretationZh }),
      ...(this.checklistNote !== undefined && { checklistNote: this.checklistNote }),
    };
  }

  /** The data form with its English renderings, in the key order the CLI and the log print. */
  toJSON(): CriterionResult {
    const { id, category, text, textZh, status, explanation, missing, ...rest } = this.toData();
    const manualReason = this.manualReason;
    return {
      id,
      category,
      text,
      ...(textZh !== undefined && { textZh }),
      status,
      reason: this.reason,
      explanation,
      missing,
      ...(manualReason !== undefined && { manualReason }),
      ...rest,
    };
  }
}

function confirmedMessage(confirmation: Confirmation): Message {
  const met = confirmation.outcome === "met";
  return confirmation.note
    ? message("engine.confirmedWithNote", { met, note: confirmation.note })
    : message("engine.confirmed", { met });
}

/** A manual line's reason in both languages; a line without its Chinese reason shows the English. */
function manualReasonOf(criterion: Criterion): LocalizedText {
  const manual = criterion.manual as NonNullable<Criterion["manual"]>;
  return { en: manual.reason, zh: manual.reasonZh ?? manual.reason };
}

/** The explanation of a criterion's result, from the explaining interpreter (evaluateRule). */
function explainCriterion(criterion: Criterion, profile: Profile, confirmation: Confirmation | undefined): Explained {
  if (criterion.manual) {
    if (!confirmation) return { explanation: message("engine.manualPending", { reason: manualReasonOf(criterion) }), missing: NO_FIELDS };
    return { explanation: confirmedMessage(confirmation), missing: NO_FIELDS };
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
    const conflicts = contradictionsBehind(profile).filter((c) => c.fields.some((f) => missing.includes(f)));
    const explanation = conflicts.length
      ? message("engine.unknownWithConflicts", {
          detail: evaluation.text,
          fields,
          conflicts: { list: conflicts.map((c) => c.text), join: "sentence" },
        })
      : message("engine.unknown", { detail: evaluation.text, fields });
    return { explanation, missing };
  }
  if (evaluation.value === REFER) {
    const referText = message("engine.referText", {
      reasons: { list: evaluation.referrals.map(referReasonText), join: "space" },
      values: evaluation.text,
    });
    const explanation = confirmation
      ? message("engine.referConfirmed", { confirmed: confirmedMessage(confirmation), refer: referText })
      : message("engine.manualPending", { reason: referText });
    return { explanation, missing: NO_FIELDS, referral: evaluation.referrals, referText };
  }
  const isInclusion = criterion.category === "inclusion";
  const passes = isInclusion ? evaluation.value : !evaluation.value;
  const outcome = isInclusion ? (passes ? "met" : "notMet") : passes ? "notExcluded" : "excluded";
  return { explanation: message("engine.decided", { outcome, detail: evaluation.text }), missing: NO_FIELDS };
}

type CompiledCriterion = { criterion: Criterion; rule?: CompiledRule; appliesIf?: CompiledRule };
const compiledTrials = new WeakMap<TrialDefinition, CompiledCriterion[]>();

function compileCriterion(criterion: Criterion): CompiledCriterion {
  return {
    criterion,
    ...(criterion.rule && { rule: compileRule(criterion.rule) }),
    ...(criterion.appliesIf && { appliesIf: compileRule(criterion.appliesIf) }),
  };
}

function compileTrial(trial: TrialDefinition): CompiledCriterion[] {
  let compiled = compiledTrials.get(trial);
  if (!compiled) {
    compiled = trial.criteria.map(compileCriterion);
    compiledTrials.set(trial, compiled);
  }
  return compiled;
}

function rawOutcome(c: CompiledCriterion, profile: Profile): RawOutcome {
  if (!c.rule) return "manual";
  if (c.appliesIf && c.appliesIf(profile) === false) return "not-applicable";
  return c.rule(profile);
}

/**
 * The status: a manual line or a referral is "manual" until the coordinator confirms it, then
 * satisfied (met) or violated (not met). A referral is never satisfied without that confirmation.
 */
function statusFrom(criterion: Criterion, raw: RawOutcome, confirmation: Confirmation | undefined): CriterionStatus {
  if (raw === "manual" || raw === REFER) {
    if (!confirmation) return "manual";
    return confirmation.outcome === "met" ? "satisfied" : "violated";
  }
  if (raw === "not-applicable") return raw;
  if (raw === null) return "unknown";
  const passes = criterion.category === "inclusion" ? raw : !raw;
  return passes ? "satisfied" : "violated";
}

export function evaluateCriterion(criterion: Criterion, input: Profile, confirmation?: Confirmation): CriterionResult {
  const { profile } = resolveContradictions(input);
  return new CriterionOutcome(criterion, profile, rawOutcome(compileCriterion(criterion), profile), confirmation);
}

class TrialOutcome implements TrialResult {
  #missing: FieldPath[] | undefined;
  constructor(
    readonly id: string,
    readonly verdict: Verdict,
    readonly criteria: readonly CriterionResult[],
    readonly counts: Readonly<Record<CriterionStatus, number>>,
    readonly pendingManual: number,
    readonly contradictions: readonly Contradiction[],
  ) {}

  get missing(): readonly FieldPath[] {
    this.#missing ??= missingByUse(this.criteria);
    return this.#missing;
  }

  toData(): TrialData {
    return { ...this.toJSON(), criteria: this.criteria.map(criterionData) };
  }

  toJSON(): TrialResult {
    return {
      id: this.id,
      verdict: this.verdict,
      criteria: this.criteria,
      counts: this.counts,
      pendingManual: this.pendingManual,
      missing: this.missing,
      contradictions: this.contradictions,
    };
  }
}

/** A criterion's result as CriterionData (without its English renderings). */
export function criterionData(result: CriterionResult): CriterionData {
  if (result instanceof CriterionOutcome) return result.toData();
  const { reason: _reason, manualReason: _manualReason, ...data } = result;
  return data;
}

/** A trial's result as plain data without its English renderings (CriterionData). */
export function trialData(result: TrialResult): TrialData {
  if (result instanceof TrialOutcome) return result.toData();
  return { ...result, criteria: result.criteria.map(criterionData) };
}

/** Every field that would settle an unknown criterion of a trial, the one settling the most first. */
function missingByUse(criteria: readonly { readonly missing: readonly FieldPath[] }[]): FieldPath[] {
  const tally = new Map<FieldPath, number>();
  for (const c of criteria) for (const field of c.missing) tally.set(field, (tally.get(field) ?? 0) + 1);
  return [...tally.entries()].sort((a, b) => b[1] - a[1]).map(([field]) => field);
}

const noCounts = (): Record<CriterionStatus, number> => ({ satisfied: 0, violated: 0, unknown: 0, manual: 0, "not-applicable": 0 });

/** One violated criterion makes a trial ineligible; otherwise one unknown leaves it open. */
function verdictOf(counts: Readonly<Record<CriterionStatus, number>>): Verdict {
  return counts.violated > 0 ? "ineligible" : counts.unknown > 0 ? "needs-info" : "passed";
}

export function evaluateTrial(trial: TrialDefinition, input: Profile, confirmations: TrialConfirmations = {}): TrialResult {
  const { profile, contradictions } = resolveContradictions(input);
  const counts = noCounts();
  const compiled = compileTrial(trial);
  const criteria: CriterionResult[] = new Array(compiled.length);
  for (let i = 0; i < compiled.length; i++) {
    const c = compiled[i] as CompiledCriterion;
    const outcome = new CriterionOutcome(c.criterion, profile, rawOutcome(c, profile), confirmations[c.criterion.id]);
    counts[outcome.status] += 1;
    criteria[i] = outcome;
  }
  return new TrialOutcome(trial.id, verdictOf(counts), criteria, counts, counts.manual, contradictions);
}

/**
 * The criterion at `index` of a trial, against a profile whose contradicting answers are already
 * set aside (resolveContradictions): one criterion at a time, for the screening page, which
 * evaluates again only the criteria whose inputs changed (lib/view/incremental-results.ts).
 */
export function evaluateCriterionOfTrial(trial: TrialDefinition, index: number, resolved: Profile, confirmation: Confirmation | undefined): CriterionData {
  const c = compileTrial(trial)[index];
  if (!c) throw new RangeError(`${trial.id} has no criterion at ${index}`);
  return new CriterionOutcome(c.criterion, resolved, rawOutcome(c, resolved), confirmation).toData();
}

/**
 * A trial's result from its criteria's results, in the trial's order: the verdict, counts and
 * missing fields as evaluateTrial gives them (tests/engine/incremental-results.test.ts).
 */
export function trialDataFromCriteria(id: string, criteria: readonly CriterionData[], contradictions: readonly Contradiction[]): TrialData {
  const counts = noCounts();
  for (const c of criteria) counts[c.status] += 1;
  return { id, verdict: verdictOf(counts), criteria, counts, pendingManual: counts.manual, missing: missingByUse(criteria), contradictions };
}

/**
 * The verdict alone, for batch screening: no per-criterion results are built, and a trial stops
 * at its first violated criterion. Always equal to evaluateTrial(...).verdict (tested).
 */
export function trialVerdict(trial: TrialDefinition, input: Profile, confirmations: TrialConfirmations = {}): Verdict {
  const { profile } = resolveContradictions(input);
  const compiled = compileTrial(trial);
  let unknown = false;
  for (let i = 0; i < compiled.length; i++) {
    const c = compiled[i] as CompiledCriterion;
    const status = statusFrom(c.criterion, rawOutcome(c, profile), confirmations[c.criterion.id]);
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
export function nextQuestions(results: readonly TrialData[], limit = 5) {
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
