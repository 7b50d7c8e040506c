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
import { fieldLabel } from "../core/fields";
import { assessFreshness, STATUS_LABELS } from "../core/freshness";
import { closedCaveat } from "./results-view";
import type { CriterionStatus, TrialDefinition } from "../core/trial";

export const CHECKLIST_TITLE = "Pre-screening checklist";

/** The closing line of every section. */
export const DISCLAIMER =
  "This pre-screen supports, but does not replace, the investigator's eligibility determination.";

export const VERIFIED_LABEL = "Verified against source documents";

/** What the screening label shows when the coordinator gave none. */
export const NO_LABEL = "(no label given)";

export type ResultWord = { symbol: string; word: string };

/** The result of a criterion in words, by category (an exclusion is "excluded", not "not met"). */
export function resultWord(status: CriterionStatus, category: CriterionResult["category"]): ResultWord {
  switch (status) {
    case "satisfied":
      return { symbol: "✓", word: category === "inclusion" ? "Met" : "Not excluded" };
    case "violated":
      return { symbol: "×", word: category === "inclusion" ? "Not met" : "Excluded" };
    case "unknown":
      return { symbol: "?", word: "Unknown" };
    case "manual":
      return { symbol: "◆", word: "Manual — investigator" };
    case "not-applicable":
      return { symbol: "–", word: "Not applicable" };
  }
}

export const MANUAL_MARK = { symbol: "◆", word: "For the investigator" } as const;

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
  status: CriterionStatus;
  result: ResultWord;
  /** The symbol and the word together, e.g. "✓ Met". */
  resultText: string;
  /** The values behind the result ("Age 48 years is within 20–60 years"); for a manual item, why it is manual. */
  values: string;
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
  /** The messages of invalid entries, treated as unknown (results-view's invalidFields). */
  invalid?: readonly string[];
};

const LEADS = /^(Met|Not met|Excluded|Not excluded|Not applicable|Unknown): /;
const SETTLED_BY = /\. Would be settled by: [\s\S]*$/;

/** The engine's reason without its lead word (the result column says it) or its list of fields (see `needs`). */
function valuesOf(c: CriterionResult): string {
  if (c.manualReason !== undefined) return c.manualReason;
  let text = c.reason;
  const lead = LEADS.exec(text);
  if (lead) text = text.slice(lead[0].length);
  if (c.status === "unknown") text = text.replace(SETTLED_BY, "");
  return text;
}

export function confirmationText(c: CriterionResult): string | undefined {
  if (c.manualReason === undefined) return undefined;
  if (!c.confirmation) return "Not confirmed by the coordinator";
  const met = c.confirmation.outcome === "met";
  const note = c.confirmation.note?.trim();
  return `Coordinator confirmed: requirement ${met ? "met" : "not met"}${note ? `. Note: ${note}` : ""}`;
}

export function checklistRow(c: CriterionResult): ChecklistRow {
  const result = resultWord(c.status, c.category);
  const confirmation = confirmationText(c);
  return {
    id: c.id,
    category: c.category,
    text: c.text,
    status: c.status,
    result,
    resultText: `${result.symbol} ${result.word}`,
    values: valuesOf(c),
    needs: c.status === "unknown" ? c.missing.map(fieldLabel) : [],
    manual: c.manualReason !== undefined,
    ...(confirmation !== undefined && { confirmation }),
    ...(c.checklistNote !== undefined && { note: c.checklistNote }),
  };
}

export function verdictWord(result: Pick<TrialResult, "verdict" | "pendingManual">): string {
  const word = VERDICT_WORDS[result.verdict].word;
  return result.verdict === "passed" && result.pendingManual > 0 ? `${word} (manual items to confirm)` : word;
}

function plural(n: number, one: string, many: string = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function summaryText(result: TrialResult): string {
  const { satisfied, violated, unknown, manual } = result.counts;
  const na = result.counts["not-applicable"];
  const parts = [
    `${satisfied} met or not excluded`,
    `${violated} not met or excluded`,
    `${unknown} unknown`,
    `${plural(manual, "manual item")} not confirmed`,
    `${na} not applicable`,
  ];
  return `${plural(result.criteria.length, "criterion", "criteria")}: ${parts.join(", ")}.`;
}

export function checklistSection(
  trial: TrialDefinition,
  result: TrialResult,
  label: string | undefined,
  date: string,
): ChecklistSection {
  const freshness = assessFreshness(trial, date);
  // An ineligible verdict needs no caveat: the patient is not referred either way.
  const caveat = result.verdict === "ineligible" ? undefined : closedCaveat(freshness.closedBecause);
  const rows = result.criteria.map(checklistRow);
  const verdict = VERDICT_WORDS[result.verdict];
  const word = verdictWord(result);
  return {
    header: {
      trialId: trial.id,
      shortTitle: trial.shortTitle,
      recruitment: STATUS_LABELS[trial.status.overall],
      recruitmentHints: freshness.level === "current" ? [] : [`${freshness.headline}: check the status with the site.`],
      encodingVersion: trial.encoding.version,
      registryRecordDate: trial.encoding.registryRecordDate,
      screeningLabel: label?.trim() ? label.trim() : NO_LABEL,
      screeningDate: date,
    },
    inclusion: rows.filter((r) => r.category === "inclusion"),
    exclusion: rows.filter((r) => r.category === "exclusion"),
    rows,
    verdict: result.verdict,
    verdictWord: word,
    verdictText: `${verdict.symbol} ${word}`,
    ...(caveat !== undefined && { verdictCaveat: caveat }),
    summary: summaryText(result),
    needs: result.verdict === "needs-info" ? result.missing.map(fieldLabel) : [],
    pendingManual: result.pendingManual,
    contradictions: result.contradictions.map((c) => c.message),
    disclaimer: DISCLAIMER,
  };
}

/**
 * The checklist of a screening: one section per trial, in the order of `trials` (a trial with no
 * result is left out). Pass one trial to print that trial only.
 */
export function buildChecklist({ trials, results, label, date, invalid = [] }: ChecklistInput): Checklist {
  const byId = new Map(results.map((r) => [r.id, r]));
  const sections: ChecklistSection[] = [];
  for (const trial of trials) {
    const result = byId.get(trial.id);
    if (result) sections.push(checklistSection(trial, result, label, date));
  }
  const screeningLabel = label?.trim() ? label.trim() : NO_LABEL;
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
