/**
 * Re-screen dates: eligibility over time. Many exclusions are washouts ("interferon within 1
 * year", "albumin within 3 weeks"); a patient excluded only by such windows becomes eligible on
 * a date that the screening date and the time since each event already fix.
 *
 * Computed from the rule data alone, never from trial-specific code: every `within` leaf of a
 * trial's rules is re-evaluated as if `k` more days had passed since the screening, the rest of
 * the rule tree is evaluated exactly as the engine does (Kleene logic), and the re-screen date is
 * the first day from which the trial's verdict is "passed" and stays so.
 *
 * The calendar rules are the engine's (lib/core/time.ts), so that on the re-screen date the
 * engine itself, given the time since the event in days, finds the window passed:
 * - days and weeks are exact; months and years are exact against each other (1 year = 12
 *   months), so a window in one family measured against a time in the same family leaves an exact
 *   remainder ("3 months ago" against "within 1 year" leaves 9 months);
 * - a month is 28–31 days and a year 365–366 days (time.ts's daysRange), so where months meet
 *   days (a remainder in months added to the screening date, or "40 days ago" against "within
 *   1 year") the answer is a range of days, and the LATEST date is given, the one from which the
 *   window has passed however the calendar falls;
 * - windows are inclusive ("within 3 weeks" includes 3 weeks ago), so the window has passed from
 *   the day AFTER its last day.
 *
 * A time of 0 means "ongoing or today" (lib/core/profile.ts): an ongoing treatment's washout has
 * not started, so such a window gets no date. A time that is not recorded gets none either.
 */
import { CONCEPTS } from "./concepts";
import { resolveContradictions } from "./consistency";
import { compileRule } from "./compile";
import type { Confirmation, TrialConfirmations, Verdict } from "./engine";
import type { TimeFact } from "./facts";
import { readTime } from "./facts";
import { and, not, or, REFER, type Outcome, type TV } from "./logic";
import type { Profile, TimeUnit } from "./profile";
import type { Rule } from "./rules";
import { daysRange } from "./time";
import type { Criterion, CriterionStatus, TrialDefinition } from "./trial";

const DAYS_PER_UNIT: Partial<Record<TimeUnit, number>> = { days: 1, weeks: 7 };
const MONTHS_PER_UNIT: Partial<Record<TimeUnit, number>> = { months: 1, years: 12 };

/**
 * How many more days (after the screening) a window stays open, as a range: with `k` days
 * elapsed the event is within the window when k ≤ lo, not within when k > hi, and the calendar
 * decides (unknown) in between. lo = hi when the calendar does not matter.
 */
export type Remaining = { lo: number; hi: number };

/**
 * The days left in a window for an event `amount unit` ago (amount > 0), by the engine's rules.
 * Negative when the window has already passed.
 */
export function remainingDays(amount: number, unit: TimeUnit, window: { amount: number; unit: TimeUnit }): Remaining {
  const dEntry = DAYS_PER_UNIT[unit];
  const dWindow = DAYS_PER_UNIT[window.unit];
  if (dEntry !== undefined && dWindow !== undefined) {
    const r = window.amount * dWindow - amount * dEntry;
    return { lo: r, hi: r };
  }
  const mEntry = MONTHS_PER_UNIT[unit];
  const mWindow = MONTHS_PER_UNIT[window.unit];
  if (mEntry !== undefined && mWindow !== undefined) {
    const months = window.amount * mWindow - amount * mEntry;
    if (months <= 0) return { lo: months, hi: months };
    // An exact remainder in months, laid on an unknown calendar: 28–31 days a month.
    const [lo, hi] = daysRange(months, "months");
    return { lo, hi };
  }
  const [entryMin, entryMax] = daysRange(amount, unit);
  const [windowMin, windowMax] = daysRange(window.amount, window.unit);
  return { lo: windowMin - entryMax, hi: windowMax - entryMin };
}

/** Whether the event is within its window `k` days after the screening. */
function withinAfter(remaining: Remaining, k: number): TV {
  if (k <= remaining.lo) return true;
  if (k > remaining.hi) return false;
  return null;
}

/** The first whole number of days after which a window has certainly passed. */
function passesAfter(remaining: Remaining): number {
  return Math.max(0, Math.floor(remaining.hi) + 1);
}

type WithinRule = Extract<Rule, { op: "within" }>;

function isWithinRule(rule: Rule): rule is WithinRule {
  return "op" in rule && rule.op === "within";
}

/** A `within` leaf read against the profile: how long the window stays open, if time moves it. */
function leafRemaining(rule: WithinRule, profile: Profile): Remaining | undefined {
  const t = readTime(profile, rule.fact);
  if (t === undefined || t.status !== "ago" || t.amount === undefined || t.unit === undefined) return undefined;
  if (t.amount === 0) return undefined; // ongoing or today: the washout has not started
  return remainingDays(t.amount, t.unit, rule);
}

/**
 * The rule's value `k` days after the screening. Only `within` leaves move with time; every
 * other node is evaluated as the engine evaluates it (compiled, lib/core/compile.ts).
 */
function evaluateAfter(rule: Rule, profile: Profile, k: number): Outcome {
  if ("refer" in rule) {
    // As the engine: refer where `when` holds, false where it fails, unknown where unknown.
    const when = evaluateAfter(rule.refer.when, profile, k);
    return when === true ? REFER : when;
  }
  if ("all" in rule) return and(...rule.all.map((r) => evaluateAfter(r, profile, k)));
  if ("any" in rule) return or(...rule.any.map((r) => evaluateAfter(r, profile, k)));
  if ("not" in rule) return not(evaluateAfter(rule.not, profile, k));
  if ("concept" in rule) return evaluateAfter(CONCEPTS[rule.concept].rule, profile, k);
  if (isWithinRule(rule)) {
    const remaining = leafRemaining(rule, profile);
    if (remaining !== undefined) return withinAfter(remaining, k);
  }
  return compiledLeaf(rule)(profile);
}

const compiledLeaves = new WeakMap<Rule, ReturnType<typeof compileRule>>();
function compiledLeaf(rule: Rule) {
  let fn = compiledLeaves.get(rule);
  if (!fn) {
    fn = compileRule(rule);
    compiledLeaves.set(rule, fn);
  }
  return fn;
}

/** Every `within` leaf of a rule, concepts included. */
function withinLeaves(rule: Rule, into: WithinRule[] = []): WithinRule[] {
  if ("all" in rule) rule.all.forEach((r) => withinLeaves(r, into));
  else if ("any" in rule) rule.any.forEach((r) => withinLeaves(r, into));
  else if ("not" in rule) withinLeaves(rule.not, into);
  else if ("refer" in rule) withinLeaves(rule.refer.when, into);
  else if ("concept" in rule) withinLeaves(CONCEPTS[rule.concept].rule, into);
  else if (isWithinRule(rule)) into.push(rule);
  return into;
}

/**
 * A criterion's status `k` days after the screening; mirrors lib/core/engine.ts's rawOutcome and
 * statusFrom: a manual line or a referral is "manual" until confirmed, then met or not met.
 */
function statusAfter(criterion: Criterion, profile: Profile, confirmation: Confirmation | undefined, k: number): CriterionStatus {
  const value = criterion.rule
    ? criterion.appliesIf && evaluateAfter(criterion.appliesIf, profile, k) === false
      ? "not-applicable"
      : evaluateAfter(criterion.rule, profile, k)
    : "manual";
  if (value === "manual" || value === REFER) {
    if (!confirmation) return "manual";
    return confirmation.outcome === "met" ? "satisfied" : "violated";
  }
  if (value === "not-applicable") return value;
  if (value === null) return "unknown";
  const passes = criterion.category === "inclusion" ? value : !value;
  return passes ? "satisfied" : "violated";
}

/** The trial's verdict `k` days after the screening (k = 0: the engine's verdict, tested). */
export function verdictAfter(trial: TrialDefinition, input: Profile, confirmations: TrialConfirmations, k: number): Verdict {
  // As the engine: answers that contradict each other count as unknown (lib/core/consistency.ts).
  const { profile } = resolveContradictions(input);
  let unknown = false;
  for (const criterion of trial.criteria) {
    const status = statusAfter(criterion, profile, confirmations[criterion.id], k);
    if (status === "violated") return "ineligible";
    if (status === "unknown") unknown = true;
  }
  return unknown ? "needs-info" : "passed";
}

/** One window that keeps the patient out today, and the date from which it has passed. */
export type WindowPass = {
  criterionId: string;
  fact: TimeFact;
  /** The time since the event, as entered at the screening. */
  since: { amount: number; unit: TimeUnit };
  window: { amount: number; unit: TimeUnit };
  /** Days after the screening date on which the window has certainly passed. */
  daysAfterScreening: number;
  /** YYYY-MM-DD. */
  passesOn: string;
  /** Where months met days the calendar gave a range; this is its latest date. */
  calendarRange: boolean;
};

export type RescreenDate = {
  trialId: string;
  screenedOn: string;
  /** The verdict at the screening: not eligible, or needs information when the calendar decided. */
  verdictAtScreening: Exclude<Verdict, "passed">;
  /** From this date (YYYY-MM-DD) every blocking window has passed and the verdict is "passed". */
  from: string;
  daysAfterScreening: number;
  windows: WindowPass[];
};

/**
 * The date from which a patient who is not eligible for `trial` (or needs information) ONLY
 * because of time windows passes its pre-screen; undefined when the pre-screen passes already
 * or when anything but time keeps the patient out (a violated lab, missing data, a manual item
 * confirmed as not met, an ongoing treatment).
 *
 * `screenedOn` is the screening date, YYYY-MM-DD.
 */
export function rescreenDate(
  trial: TrialDefinition,
  input: Profile,
  screenedOn: string,
  confirmations: TrialConfirmations = {},
): RescreenDate | undefined {
  const { profile } = resolveContradictions(input);
  const verdictAtScreening = verdictAfter(trial, profile, confirmations, 0);
  if (verdictAtScreening === "passed") return undefined;

  // The verdict only changes on a day some window's value changes: collect those days.
  const changes = new Set<number>();
  for (const criterion of trial.criteria) {
    for (const rule of [criterion.rule, criterion.appliesIf]) {
      if (!rule) continue;
      for (const leaf of withinLeaves(rule)) {
        const r = leafRemaining(leaf, profile);
        if (!r) continue;
        for (const edge of [Math.floor(r.lo) + 1, Math.floor(r.hi) + 1]) if (edge > 0) changes.add(edge);
      }
    }
  }
  const days = [...changes].sort((a, b) => a - b);
  // Walk back from the last change: the verdict after it holds for ever.
  let from: number | undefined;
  for (let i = days.length - 1; i >= 0; i--) {
    if (verdictAfter(trial, profile, confirmations, days[i] as number) !== "passed") break;
    from = days[i];
  }
  if (from === undefined) return undefined;

  const windows: WindowPass[] = [];
  for (const criterion of trial.criteria) {
    if (!criterion.rule) continue;
    const status = statusAfter(criterion, profile, confirmations[criterion.id], 0);
    if (status !== "violated" && status !== "unknown") continue;
    for (const leaf of withinLeaves(criterion.rule)) {
      const remaining = leafRemaining(leaf, profile);
      if (!remaining || withinAfter(remaining, 0) === false) continue;
      const t = readTime(profile, leaf.fact) as { amount: number; unit: TimeUnit };
      const after = passesAfter(remaining);
      windows.push({
        criterionId: criterion.id,
        fact: leaf.fact,
        since: { amount: t.amount, unit: t.unit },
        window: { amount: leaf.amount, unit: leaf.unit },
        daysAfterScreening: after,
        passesOn: addDays(screenedOn, after),
        calendarRange: remaining.lo !== remaining.hi,
      });
    }
  }
  return { trialId: trial.id, screenedOn, verdictAtScreening, from: addDays(screenedOn, from), daysAfterScreening: from, windows };
}

/** The calendar date `days` after `date` (YYYY-MM-DD), in UTC so no clock change moves it. */
export function addDays(date: string, days: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`Not a date as YYYY-MM-DD: ${JSON.stringify(date)}`);
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Has the re-screen date come by `today` (YYYY-MM-DD)? */
export function isDue(rescreen: Pick<RescreenDate, "from">, today: string): boolean {
  return rescreen.from <= today;
}
