/**
 * The printable pre-screening checklist as data: one section per trial, its header, every
 * criterion verbatim and in registry order with its result in words and a symbol, the values
 * behind it, the manual items for the investigator and the coordinator's confirmations, the
 * verdict and the closing statement. Pure (no React, no DOM): the components only render it.
 *
 * Every status is a word with a symbol, never a colour alone, so that a black-and-white print
 * reads the same. The symbols (✓ × ◆ ? –) are all in Noto Sans CJK SC, the font the sites have
 * for Chinese, so one font can print the whole sheet.
 */
import type { CriterionResult, TrialResult, Verdict } from "../core/engine";
import { fieldMessage } from "../core/fields";
import { assessFreshness, statusMessage } from "../core/freshness";
import { isMessage, message, type Message, type MessageKey, type Say } from "../core/message";
import { ENGLISH } from "../core/english";
import { closedCaveatMessage } from "./results-view";
import type { CriterionStatus, TrialDefinition } from "../core/trial";


/** The closing line of every section. */
export const DISCLAIMER =
  "This pre-screen supports, but does not replace, the investigator's eligibility determination.";

export const VERIFIED_LABEL = "Verified against source documents";

/** What the screening label shows when the coordinator gave none. */
export const NO_LABEL = "(no label given)";

export type ResultWord = { symbol: string; word: string };

const RESULT_SYMBOLS: Record<CriterionStatus, string> = { satisfied: "✓", violated: "×", unknown: "?", manual: "◆", "not-applicable": "–" };

/** The result of a criterion in words, by category (an exclusion is "excluded", not "not met"). */
export function resultWord(status: CriterionStatus, category: CriterionResult["category"], say: Say = ENGLISH): ResultWord {
  return { symbol: RESULT_SYMBOLS[status], word: say.format(message("checklist.result", { status, category })) };
}

export const MANUAL_MARK = { symbol: "◆", word: "For the investigator" } as const;

const VERDICT_SYMBOLS: Record<Verdict, string> = { ineligible: "×", "needs-info": "?", passed: "✓" };

export const VERDICT_WORDS: Record<Verdict, ResultWord> = {
  ineligible: { symbol: "×", word: "Not eligible" },
  "needs-info": { symbol: "?", word: "Needs information" },
  passed: { symbol: "✓", word: "Pre-screen passed" },
};

export type ChecklistRow = {
  id: string;
  category: CriterionResult["category"];
  /** The registry line, verbatim. */
  text: string;
  /** Its Chinese rendering (a translation), printed above the English in Chinese. */
  textZh?: string;
  status: CriterionStatus;
  result: ResultWord;
  /** The symbol and the word together, e.g. "✓ Met". */
  resultText: string;
  /** The values behind the result ("Age 48 years is within 20–60 years"); for a manual item, why it is manual. */
  values: string;
  /**
   * The language `values` is written in when it is not the page's: a saved log entry's reasons are
   * kept as they were saved, in English (lib/view/saved-checklist.ts); marked so screen readers and
   * the print read them as English.
   */
  valuesLanguage?: "en";
  /** For an unknown result: the labels of the fields that would settle it. */
  needs: string[];
  /** A manual item: the investigator decides. */
  manual: boolean;
  /** The coordinator's confirmation of a manual item, in words, when one was given. */
  confirmation?: string;
  /** What to re-check later, e.g. a washout counted to clinical registration. */
  note?: string;
};

export type ChecklistHeader = {
  trialId: string;
  shortTitle: string;
  /** The recruitment status in words ("Recruiting"). */
  recruitment: string;
  /** When the registry record may be out of date on the date of the screening (lib/core/freshness.ts), why. */
  recruitmentHints: string[];
  encodingVersion: string;
  registryRecordDate: string;
  screeningLabel: string;
  screeningDate: string;
};

export type ChecklistSection = {
  header: ChecklistHeader;
  inclusion: ChecklistRow[];
  exclusion: ChecklistRow[];
  /** Every row, in registry order (inclusions then exclusions, as the record lists them). */
  rows: ChecklistRow[];
  verdict: Verdict;
  /** The verdict in words, e.g. "Pre-screen passed (manual items to confirm)". */
  verdictWord: string;
  /** Printed with the verdict when the trial is almost certainly closed to patients. */
  verdictCaveat?: string;
  verdictText: string;
  /** How many criteria had each result, in words ("12 met or not excluded, 1 unknown, …"). */
  summary: string;
  /** For "Needs information": the fields that would settle the open criteria, most useful first. */
  needs: string[];
  /** Manual items the coordinator has not confirmed. */
  pendingManual: number;
  /** Answers that contradict each other: the criteria reading them were unknown. */
  contradictions: string[];
  disclaimer: string;
};

export type Checklist = {
  screeningLabel: string;
  screeningDate: string;
  sections: ChecklistSection[];
  /**
   * Entries of the form that were invalid and so were treated as unknown ("Age: enter a number"):
   * the signed record says so, in every trial's header.
   */
  invalid: readonly string[];
};

export type ChecklistInput = {
  trials: readonly TrialDefinition[];
  results: readonly TrialResult[];
  /** The screening label as typed (trimmed); empty or undefined when none was given. */
  label: string | undefined;
  /** The date of the screening, YYYY-MM-DD. */
  date: string;
  /** The language of the sheet; English by default. */
  say?: Say;
  /** The messages of invalid entries, treated as unknown (results-view's invalidFields). */
  invalid?: readonly string[];
};

/** Explanations whose `detail` is the values: the result column already says met, unknown…. */
const WITH_DETAIL = new Set<MessageKey>(["engine.decided", "engine.unknown", "engine.notApplicable"]);

/** The engine's explanation without its lead word (the result column says it) or its list of fields (see `needs`). */
function valuesOf(c: CriterionResult, say: Say): string {
  if (c.manualReasonText !== undefined) return say.value(c.manualReasonText);
  const explanation = c.explanation;
  const detail = explanation.values?.detail;
  if (WITH_DETAIL.has(explanation.key) && detail !== undefined && typeof detail === "object" && isMessage(detail)) return say.format(detail);
  return say.format(explanation);
}

export function confirmationText(c: CriterionResult, say: Say = ENGLISH): string | undefined {
  if (c.manualReason === undefined) return undefined;
  if (!c.confirmation) return say.format(message("checklist.notConfirmed"));
  const note = c.confirmation.note?.trim();
  const met = c.confirmation.outcome === "met";
  return say.format(note ? message("checklist.confirmedWithNote", { met, note }) : message("checklist.confirmed", { met }));
}

export function checklistRow(c: CriterionResult, say: Say = ENGLISH): ChecklistRow {
  const result = resultWord(c.status, c.category, say);
  const confirmation = confirmationText(c, say);
  return {
    id: c.id,
    category: c.category,
    text: c.text,
    ...(c.textZh !== undefined && { textZh: c.textZh }),
    status: c.status,
    result,
    resultText: `${result.symbol} ${result.word}`,
    values: valuesOf(c, say),
    needs: c.status === "unknown" ? c.missing.map((f) => say.value(fieldMessage(f))) : [],
    manual: c.manualReason !== undefined,
    ...(confirmation !== undefined && { confirmation }),
    ...(c.checklistNote !== undefined && { note: c.checklistNote }),
  };
}

export function verdictWord(result: Pick<TrialResult, "verdict" | "pendingManual">, say: Say = ENGLISH): string {
  // ICU select keywords are identifiers: "needs-info" is passed as "needsInfo".
  const verdict = result.verdict === "needs-info" ? "needsInfo" : result.verdict;
  return say.format(message("checklist.verdict", { verdict, pending: result.verdict === "passed" && result.pendingManual > 0 }));
}

export function summaryText(result: TrialResult, say: Say = ENGLISH): string {
  const { satisfied, violated, unknown, manual } = result.counts;
  return say.format(
    message("checklist.summary", { total: result.criteria.length, satisfied, violated, unknown, manual, na: result.counts["not-applicable"] }),
  );
}

export function checklistSection(
  trial: TrialDefinition,
  result: TrialResult,
  label: string | undefined,
  date: string,
  say: Say = ENGLISH,
): ChecklistSection {
  const freshness = assessFreshness(trial, date);
  // An ineligible verdict needs no caveat: the patient is not referred either way.
  const caveatMessage = result.verdict === "ineligible" ? undefined : closedCaveatMessage(freshness.closedBecauseMessages);
  const caveat = caveatMessage && say.format(caveatMessage);
  const rows = result.criteria.map((c) => checklistRow(c, say));
  const word = verdictWord(result, say);
  const hint: Message = message("checklist.recruitmentHint", { headline: freshness.headlineMessage });
  return {
    header: {
      trialId: trial.id,
      shortTitle: trial.shortTitle,
      recruitment: say.format(statusMessage(trial.status.overall)),
      recruitmentHints: freshness.level === "current" ? [] : [say.format(hint)],
      encodingVersion: trial.encoding.version,
      registryRecordDate: trial.encoding.registryRecordDate,
      screeningLabel: label?.trim() ? label.trim() : say.format(message("checklist.noLabel")),
      screeningDate: date,
    },
    inclusion: rows.filter((r) => r.category === "inclusion"),
    exclusion: rows.filter((r) => r.category === "exclusion"),
    rows,
    verdict: result.verdict,
    verdictWord: word,
    verdictText: `${VERDICT_SYMBOLS[result.verdict]} ${word}`,
    ...(caveat !== undefined && { verdictCaveat: caveat }),
    summary: summaryText(result, say),
    needs: result.verdict === "needs-info" ? result.missing.map((f) => say.value(fieldMessage(f))) : [],
    pendingManual: result.pendingManual,
    contradictions: result.contradictions.map((c) => say.format(c.text)),
    disclaimer: say.format(message("checklist.disclaimer")),
  };
}

/**
 * The checklist of a screening: one section per trial, in the order of `trials` (a trial with no
 * result is left out). Pass one trial to print that trial only.
 */
export function buildChecklist({ trials, results, label, date, say = ENGLISH, invalid = [] }: ChecklistInput): Checklist {
  const byId = new Map(results.map((r) => [r.id, r]));
  const sections: ChecklistSection[] = [];
  for (const trial of trials) {
    const result = byId.get(trial.id);
    if (result) sections.push(checklistSection(trial, result, label, date, say));
  }
  const screeningLabel = label?.trim() ? label.trim() : say.format(message("checklist.noLabel"));
  return { screeningLabel, screeningDate: date, sections, invalid };
}

/** The trials a `?trial=` parameter chooses: that one trial, or every trial when absent or unknown. */
export function chooseTrials(
  trials: readonly TrialDefinition[],
  trialId: string | null | undefined,
): { trials: readonly TrialDefinition[]; unknownTrial?: true; id?: string } {
  if (!trialId) return { trials };
  // "  nct05106972 " is NCT05106972: the URL may have been typed. Anything else is not echoed
  // back (the URL is attacker-controlled text); the page only says the trial is unknown.
  const normalised = trialId.trim().toUpperCase();
  const chosen = trials.find((t) => t.id === normalised);
  return chosen ? { trials: [chosen], id: chosen.id } : { trials, unknownTrial: true };
}
