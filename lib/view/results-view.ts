/**
 * What the results panel shows, decided here (pure) so that the components only render: verdict
 * words and symbols, the order of a trial's criteria, recruitment status and its freshness, the
 * score lines, the invalid-field notice and the criteria × trials rows.
 */
import { CONFIRMATION_NOTE_MAX } from "../core/confirmations";
import { fieldTrialMatrix } from "../core/coverage";
import type { CriterionData, CriterionResult, TrialResult, Verdict } from "../core/engine";
import { fieldMessage, type FieldPath } from "../core/fields";
import { message, type Message, type MessageValue } from "../core/message";
import { FIELD_LABELS, fieldLabel, toEnglish } from "../core/english-core";
import { assessFreshness, compareForList, isOpenStatus, isoDay, STATUS_LABELS, statusMessage } from "../core/freshness";
import { getAt, issueField, type FormValues } from "./form";
import { incrementalFormProfile, usableFormProfile } from "./form-schema";
import type { FieldIssue, Profile } from "../core/profile";
import { CHOLESTATIC_ASSUMPTION, DIALYSIS_ASSUMPTION, type Scores } from "../core/scores";
import type { TrialDefinition } from "../core/trial";

// ---------------------------------------------------------------------------------------------
// Verdicts

export const VERDICT_TEXT: Record<Verdict, { label: string; symbol: string; tone: "bad" | "open" | "good" }> = {
  ineligible: { label: "Not eligible", symbol: "✕", tone: "bad" },
  "needs-info": { label: "Needs information", symbol: "?", tone: "open" },
  passed: { label: "Pre-screen passed", symbol: "✓", tone: "good" },
};

export function countsText(result: Pick<TrialResult, "counts">): string {
  const { violated, unknown, manual } = result.counts;
  return `${violated} violated, ${unknown} unknown, ${manual} manual`;
}

export type CriteriaGroups<C extends CriterionData = CriterionResult> = {
  violated: C[];
  unknown: C[];
  /** Every manual item, confirmed or not, so that a confirmation can be changed. */
  manual: C[];
  /** Satisfied and not-applicable criteria that are not manual items. */
  satisfied: C[];
};

/**
 * A trial's criteria in the order the detail shows them: violated first (with a manual item the
 * coordinator confirmed not met, which is why the trial is not eligible), then unknown, then the
 * manual items, then the rest.
 */
export function groupCriteria<C extends CriterionData>(result: { readonly criteria: readonly C[] }): CriteriaGroups<C> {
  const groups: CriteriaGroups<C> = { violated: [], unknown: [], manual: [], satisfied: [] };
  for (const c of result.criteria) {
    if (c.status === "violated") groups.violated.push(c);
    if (c.status === "unknown") groups.unknown.push(c);
    // Manual items and referrals carry their reason (manualReasonText, and manualReason with it).
    if (c.manualReasonText !== undefined) groups.manual.push(c);
    else if (c.status === "satisfied" || c.status === "not-applicable") groups.satisfied.push(c);
  }
  return groups;
}

// ---------------------------------------------------------------------------------------------
// Recruitment status

export type Recruitment = {
  label: string;
  /** The status ClinicalTrials.gov would show today when it differs from the record's word. */
  derived?: string;
  open: boolean;
  hints: string[];
  /** Said on the verdict itself when the trial is almost certainly closed. */
  caveat?: string;
  /** The label, derived status, hints and caveat, structured, for the reader's language. */
  labelMessage: Message;
  derivedMessage?: Message;
  hintMessages: Message[];
  caveatMessage?: Message;
};

/**
 * The registry's recruitment status in words and, when the record may be out of date (see
 * lib/core/freshness.ts: an old last update, or a completion date that has passed), why. Without a
 * date (while the page is rendered on the server) there are no hints.
 */
export function recruitment(trial: TrialDefinition, today?: string): Recruitment {
  const label = STATUS_LABELS[trial.status.overall];
  const labelMessage = statusMessage(trial.status.overall);
  const open = isOpenStatus(trial.status.overall);
  if (!today) return { label, open, hints: [], labelMessage, hintMessages: [] };
  const freshness = assessFreshness(trial, today);
  const caveatMessage = closedCaveatMessage(freshness.closedBecauseMessages);
  const stale = freshness.level !== "current";
  const derivedMessage =
    freshness.derivedStatus !== trial.status.overall
      ? message("freshness.derivedRule", { status: statusMessage(freshness.derivedStatus) })
      : undefined;
  return {
    label,
    ...(derivedMessage && { derived: toEnglish(derivedMessage), derivedMessage }),
    open: freshness.recruiting,
    hints: stale ? [freshness.headline] : [],
    ...(caveatMessage && { caveat: toEnglish(caveatMessage), caveatMessage }),
    labelMessage,
    hintMessages: stale ? [freshness.headlineMessage] : [],
  };
}

/** The caveat on a verdict for a trial that is almost certainly closed to patients. */
export function closedCaveatMessage(closedBecause: readonly Message[]): Message | undefined {
  if (closedBecause.length === 0) return undefined;
  return message("freshness.closed.caveat", { reasons: { list: [...closedBecause], join: "semicolon" } });
}

/** The same caveat in English. */
export function closedCaveat(closedBecause: readonly Message[]): string | undefined {
  const caveat = closedCaveatMessage(closedBecause);
  return caveat && toEnglish(caveat);
}

/** Today as YYYY-MM-DD in local time. */
export function todayIso(now: Date = new Date()): string {
  return isoDay(now);
}

// ---------------------------------------------------------------------------------------------
// Live input: the usable profile and what was left out

export type InvalidField = {
  path: string;
  label: string;
  /** The label, to be put in the reader's language. */
  labelMessage: MessageValue;
  message: string;
  /** The message, naming the field once: "Age: enter a number", "Interferon: Choose days, …" (English). */
  text: string;
  /** The same for the reader's language. */
  problem: Message;
};

export type ScreeningInput = {
  /** The profile the results use: invalid fields left out, the screening label left out too. */
  profile: Profile;
  /** One entry per field with an error: its path in the form, its label, and the message. */
  invalid: InvalidField[];
};

/**
 * Form values → what the results need. The screening label is dropped because no criterion or
 * score reads it, so typing it does not re-screen.
 */
export function screeningInput(values: FormValues): ScreeningInput {
  return toScreeningInput(usableFormProfile(values));
}

/**
 * screeningInput for successive form values, as the results watch the form keystroke after
 * keystroke: only the parts of the profile that changed are checked again (incrementalFormProfile).
 * One per consumer.
 */
export function incrementalScreeningInput(): (values: FormValues) => ScreeningInput {
  const usable = incrementalFormProfile();
  return (values) => toScreeningInput(usable(values));
}

function toScreeningInput({ profile, issues }: { profile: Profile; issues: readonly FieldIssue[] }): ScreeningInput {
  const rest = { ...profile };
  delete rest.screeningLabel;
  return { profile: rest, invalid: invalidFields(issues) };
}

export function invalidFields(issues: readonly FieldIssue[]): ScreeningInput["invalid"] {
  const seen = new Set<string>();
  const out: ScreeningInput["invalid"] = [];
  for (const issue of issues) {
    const path = issueField(issue.path);
    if (seen.has(path)) continue;
    seen.add(path);
    const label = fieldLabel(path);
    const labelMessage = fieldMessage(path);
    // Most of the schema's messages name their field (a `label` value); the others get it in front.
    const problem = issue.text.values?.label !== undefined ? issue.text : message("results.invalidField", { label: labelMessage, message: issue.text });
    out.push({ path, label, labelMessage, message: issue.message, text: toEnglish(problem), problem });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Scores

export type ScoreLine = {
  /** The score's name in English ("Child–Pugh"); `nameMessage` for the reader's language. */
  name: string;
  nameMessage: Message;
  /** The score, "Class C", or unknown. */
  value: MessageValue;
  known: boolean;
  /** What the value means, when known. */
  detail?: Message;
  /** Inputs still missing (profile paths), when they block the score. */
  missing: FieldPath[];
  /** The values used and how ("MELD 20 from creatinine 1.9 mg/dL, …"). */
  explanation: Message;
  assumptions: Message[];
};

/** The scores' assumptions (lib/core/scores.ts) as messages; each is one of the constants there. */
const ASSUMPTIONS = new Map<string, Message>([
  [DIALYSIS_ASSUMPTION, message("scores.assumeNoDialysis")],
  [CHOLESTATIC_ASSUMPTION, message("scores.assumeStandardBilirubin")],
]);

function assumptionMessages(assumptions: readonly string[]): Message[] {
  return assumptions.map((a) => ASSUMPTIONS.get(a) ?? message("scores.assumption", { text: a }));
}

const SCORE_NAMES = { "Child–Pugh": "childPugh", MELD: "meld", "MELD-Na": "meldNa", "MELD 3.0": "meld3" } as const;

export function scoreLines(scores: Scores): ScoreLine[] {
  const cp = scores.childPugh;
  let cpValue: MessageValue;
  let cpDetail: Message;
  if (cp.points !== undefined && cp.class !== undefined) {
    cpValue = message("scores.class", { class: cp.class });
    cpDetail = message("scores.points", { points: cp.points });
  } else if (cp.class !== undefined) {
    cpValue = message("scores.class", { class: cp.class });
    cpDetail = message("scores.pointsPossibleMissing", { min: cp.minPoints, max: cp.maxPoints });
  } else {
    cpValue = message("scores.unknown");
    cpDetail = message("scores.pointsPossible", { min: cp.minPoints, max: cp.maxPoints });
  }
  const lines: ScoreLine[] = [
    {
      name: cp.name,
      nameMessage: message(`scores.names.${SCORE_NAMES[cp.name]}`),
      value: cpValue,
      known: cp.class !== undefined,
      detail: cpDetail,
      missing: cp.missing,
      explanation: cp.explanation,
      assumptions: assumptionMessages(cp.assumptions),
    },
  ];
  for (const meld of [scores.meld, scores.meldNa, scores.meld3]) {
    lines.push({
      name: meld.name,
      nameMessage: message(`scores.names.${SCORE_NAMES[meld.name]}`),
      value: meld.value !== undefined ? String(meld.value) : message("scores.unknown"),
      known: meld.value !== undefined,
      missing: meld.missing,
      explanation: meld.explanation,
      assumptions: assumptionMessages(meld.assumptions),
    });
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Criteria × trials

export type MatrixRow = {
  field: FieldPath;
  label: string;
  /** trial id → the ids of that trial's criteria that read the field. */
  cells: Record<string, string[]>;
  trialCount: number;
};

const FIELD_ORDER = new Map(Object.keys(FIELD_LABELS).map((path, i) => [path, i]));

/** One row per profile field any trial reads, in form order. */
export function matrixRows(trials: readonly TrialDefinition[]): MatrixRow[] {
  const rows: MatrixRow[] = [];
  for (const [field, byTrial] of fieldTrialMatrix(trials)) {
    const cells = Object.fromEntries(byTrial);
    rows.push({ field, label: fieldLabel(field), cells, trialCount: byTrial.size });
  }
  return rows.sort((a, b) => (FIELD_ORDER.get(a.field) ?? 1e9) - (FIELD_ORDER.get(b.field) ?? 1e9));
}

/** Whether a profile has a value for a field (a lab counts only with its value). */
export function isAnswered(profile: Profile, field: string): boolean {
  const v = getAt(profile, field);
  if (v === undefined) return false;
  if (v !== null && typeof v === "object" && "unit" in v) return (v as { value?: unknown }).value !== undefined;
  return true;
}

let listOrder: { trials: readonly TrialDefinition[]; today: string; rank: ReadonlyMap<string, number> } | undefined;

/**
 * Each trial's place in the list for a day. It depends on the trials and the date only, not on
 * the results, so it is computed once a day rather than on every keystroke (its registry-status
 * dates took about a millisecond a keystroke; issue 15).
 */
function listRank(trials: readonly TrialDefinition[], today: string): ReadonlyMap<string, number> {
  if (listOrder?.trials !== trials || listOrder.today !== today) {
    const sorted = [...trials].sort((a, b) => compareForList(a, b, today));
    listOrder = { trials, today, rank: new Map(sorted.map((t, i) => [t.id, i])) };
  }
  return listOrder.rank;
}

/**
 * Trials open to patients, with the freshest records, first: the same order as the /trials page.
 * A result whose trial is not in `trials` goes last, by id.
 */
export function orderedResults<T extends { readonly id: string }>(results: readonly T[], trials: readonly TrialDefinition[], today: string): T[] {
  const rank = listRank(trials, today);
  const last = trials.length;
  return [...results].sort((a, b) => (rank.get(a.id) ?? last) - (rank.get(b.id) ?? last) || (rank.has(a.id) ? 0 : a.id.localeCompare(b.id)));
}

/** Under a confirmation's note: how much of the limit is used ("12 of 500 characters"). */
export function noteCountText(length: number): Message {
  return message("fieldNotes.noteCount", { length, max: CONFIRMATION_NOTE_MAX });
}
