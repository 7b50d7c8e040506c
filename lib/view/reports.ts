/**
 * Recruitment reports from the screening log, pure: per trial for a date range, the funnel
 * (screened → pre-screen passed → approached → consented → enrolled; the SEAR framework's
 * Screened, Eligible, Approached, Randomised, Wilson C et al., Trials 2018;19:50,
 * doi:10.1186/s13063-017-2413-6), the exclusions with counts (CONSORT 2025 item "assessed for
 * eligibility … excluded: not meeting inclusion criteria, declined to participate, other
 * reasons"; Hopewell S et al., BMJ 2025;388:e081123, doi:10.1136/bmj-2024-081123), the patients screened for every trial at
 * once and those who passed more than one trial's pre-screen, and the criteria versions covered.
 *
 * The input is plain records (the screening log's latest version per screening, not voided, with
 * each trial's current status; lib/server/log reads them), so the counts are reproducible from
 * the same rows and testable without a database.
 *
 * Each patient has exactly one current status per trial, so the categories below partition the
 * screened patients of a trial and the funnel never counts a patient twice.
 */
import { TRIALS } from "../../criteria";
import type { Verdict } from "../core/engine";
import { ENGLISH } from "../core/english";
import { message, type Say } from "../core/message";
import type { TrialDefinition } from "../core/trial";

/** Where a patient stands with one trial (the screening log's statuses, issue 11). */
export type LogTrialStatus =
  | "prescreen-passed"
  | "needs-information"
  | "not-eligible"
  | "approached"
  | "declined"
  | "consented"
  | "enrolled"
  | "not-approached";

/** One trial of one screening, as the report reads it. */
export type ReportTrialRecord = {
  trialId: string;
  /** The criteria encoding's version the latest version was screened against. */
  criteriaVersion: string;
  /** The latest version's pre-screen verdict. */
  verdict: Verdict;
  /** The current status and the coded screen-fail reasons that go with it ("NCT05106972 EXCL06"). */
  status: LogTrialStatus;
  failReasons: readonly string[];
  /** When the status was set (ISO date-time), by whom and why (free text, may be empty). */
  statusAt: string;
  statusBy?: string;
  statusReason?: string;
  /** Free-text notes (the coordinator's notes on manual items, the investigator's sign-off note). Exports only. */
  notes?: readonly string[];
  /** From when a patient out only because of time windows passes (lib/core/rescreen.ts), YYYY-MM-DD. */
  rescreenFrom?: string;
};

/** One screening (a log entry at its latest version). */
export type ReportEntry = {
  screeningId: string;
  /** The day of the first screening, YYYY-MM-DD (UTC, as the log's filters): what the date range selects. */
  screenedOn: string;
  version: number;
  /** The day of the latest version (a re-screen), YYYY-MM-DD. */
  versionOn: string;
  screener: string;
  /** The coordinator's free-text screening label (never an identifier; exports only). */
  label?: string;
  voided: boolean;
  trials: readonly ReportTrialRecord[];
};

export type DateRange = { from?: string; to?: string };

export type CountBy = { key: string; label: string; count: number };

export type Funnel = {
  screened: number;
  prescreenPassed: number;
  approached: number;
  consented: number;
  enrolled: number;
};

export type TrialReport = {
  trialId: string;
  shortTitle: string;
  funnel: Funnel;
  /** Not eligible: patients, and the criteria that failed (one count per patient per criterion), most frequent first. */
  notEligible: { total: number; byCriterion: CountBy[]; withoutCode: number };
  needsInformation: number;
  /** Passed the pre-screen, not approached (yet): pending, or not approached with a reason. */
  awaitingApproach: number;
  notApproached: { total: number; byReason: CountBy[] };
  /** Approached, no decision yet. */
  awaitingDecision: number;
  declined: { total: number; byReason: CountBy[] };
  /** Consented, not enrolled yet. */
  awaitingEnrolment: number;
  versions: { current: string; covered: CountBy[]; olderCount: number };
};

export type AcrossTrials = {
  /** Non-voided screenings in the range. */
  screenings: number;
  /** Screened against every trial of the report at once. */
  screenedForAll: number;
  /** Passed the pre-screen of more than one trial (the team decides which trial to offer). */
  passedMoreThanOne: number;
  /** Which combinations, most frequent first ("NCT06242405 + NCT06984497"). */
  passedCombinations: CountBy[];
};

export type RecruitmentReport = {
  range: DateRange;
  trials: TrialReport[];
  across: AcrossTrials;
};

/** Statuses past the pre-screen: the patient passed it (or the missing information was found) and moved on. */
const PAST_PRESCREEN: readonly LogTrialStatus[] = ["prescreen-passed", "not-approached", "approached", "declined", "consented", "enrolled"];
const APPROACHED: readonly LogTrialStatus[] = ["approached", "declined", "consented", "enrolled"];
const CONSENTED: readonly LogTrialStatus[] = ["consented", "enrolled"];

export function passedPrescreen(status: LogTrialStatus): boolean {
  return PAST_PRESCREEN.includes(status);
}

/** How long a criterion's text may be in a report row; the full line is on the trial's page. */
const SHORT_TEXT_MAX = 90;

export function shortText(text: string, max = SHORT_TEXT_MAX): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** "NCT05106972 EXCL06 (investigator)" → the criterion ID, "EXCL06". */
function criterionOfCode(code: string): string | undefined {
  return /^NCT\d{8} ((?:INCL|EXCL)\d{2})\b/.exec(code)?.[1];
}

/** A free-text reason as a grouping key: case, spacing and final punctuation don't split a group. */
export function reasonKey(reason: string | undefined): string {
  return (reason ?? "").normalize("NFKC").trim().replace(/\s+/g, " ").replace(/[.。!！]+$/u, "").toLocaleLowerCase();
}


function tally(items: readonly { key: string; label: string }[]): CountBy[] {
  const byKey = new Map<string, CountBy>();
  for (const { key, label } of items) {
    const row = byKey.get(key);
    if (row) row.count += 1;
    else byKey.set(key, { key, label, count: 1 });
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

function byReason(records: readonly ReportTrialRecord[], say: Say): CountBy[] {
  return tally(
    records.map((r) => {
      const key = reasonKey(r.statusReason);
      return key === "" ? { key: "", label: say.format(message("reports.noReason")) } : { key, label: (r.statusReason ?? "").trim() };
    }),
  );
}

/** Compares dotted versions numerically ("1.10.0" > "1.9.2"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function inRange(day: string, range: DateRange): boolean {
  return (!range.from || day >= range.from) && (!range.to || day <= range.to);
}

/** The entries a report counts: not voided, first screened in the range. */
export function entriesInRange(entries: readonly ReportEntry[], range: DateRange): ReportEntry[] {
  return entries.filter((e) => !e.voided && inRange(e.screenedOn, range));
}

function trialReport(trial: TrialDefinition, records: readonly ReportTrialRecord[], say: Say): TrialReport {
  const having = (statuses: readonly LogTrialStatus[]) => records.filter((r) => statuses.includes(r.status));
  const notEligible = having(["not-eligible"]);
  // In Chinese, the criterion's Chinese rendering; the registry's English is on the trial's page.
  const criterionText = new Map(trial.criteria.map((c) => [c.id, say.language === "zh" ? (c.textZh ?? c.text) : c.text]));
  const failed = notEligible.flatMap((r) => {
    // One count per patient per criterion, whatever the source (rule, coordinator, investigator).
    const ids = new Set(r.failReasons.map(criterionOfCode).filter((id): id is string => id !== undefined));
    return [...ids].map((id) => ({ key: id, label: shortText(criterionText.get(id) ?? say.format(message("reports.notInCriteria"))) }));
  });
  const byCriterion = tally(failed).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const withoutCode = notEligible.filter((r) => !r.failReasons.some((c) => criterionOfCode(c) !== undefined)).length;
  const current = trial.encoding.version;
  return {
    trialId: trial.id,
    shortTitle: trial.shortTitle,
    funnel: {
      screened: records.length,
      prescreenPassed: having(PAST_PRESCREEN).length,
      approached: having(APPROACHED).length,
      consented: having(CONSENTED).length,
      enrolled: having(["enrolled"]).length,
    },
    notEligible: { total: notEligible.length, byCriterion, withoutCode },
    needsInformation: having(["needs-information"]).length,
    awaitingApproach: having(["prescreen-passed"]).length,
    notApproached: { total: having(["not-approached"]).length, byReason: byReason(having(["not-approached"]), say) },
    awaitingDecision: having(["approached"]).length,
    declined: { total: having(["declined"]).length, byReason: byReason(having(["declined"]), say) },
    awaitingEnrolment: having(["consented"]).length,
    versions: {
      current,
      covered: tally(records.map((r) => ({ key: r.criteriaVersion, label: r.criteriaVersion }))).sort((a, b) =>
        compareVersions(b.key, a.key),
      ),
      olderCount: records.filter((r) => compareVersions(r.criteriaVersion, current) < 0).length,
    },
  };
}

/**
 * The report for a date range (inclusive, YYYY-MM-DD, on the first screening's day). `trials`
 * defaults to every encoded trial; a trial nobody was screened for still gets its (empty) report.
 */
export function buildReport(
  entries: readonly ReportEntry[],
  range: DateRange = {},
  trials: readonly TrialDefinition[] = TRIALS,
  say: Say = ENGLISH,
): RecruitmentReport {
  const counted = entriesInRange(entries, range);
  const trialReports = trials.map((trial) =>
    trialReport(
      trial,
      counted.flatMap((e) => e.trials.filter((t) => t.trialId === trial.id)),
      say,
    ),
  );
  const ids = trials.map((t) => t.id);
  const passedSets = counted.map((e) =>
    e.trials
      .filter((t) => ids.includes(t.trialId) && passedPrescreen(t.status))
      .map((t) => t.trialId)
      .sort(),
  );
  const multiple = passedSets.filter((s) => s.length > 1);
  return {
    range,
    trials: trialReports,
    across: {
      screenings: counted.length,
      screenedForAll: counted.filter((e) => ids.every((id) => e.trials.some((t) => t.trialId === id))).length,
      passedMoreThanOne: multiple.length,
      passedCombinations: tally(multiple.map((s) => ({ key: s.join(" + "), label: s.join(" + ") }))),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Small cells

/**
 * Small-cell masking for a report meant to leave the site: a count from 1 to threshold − 1 is
 * shown as "<threshold" (zero stays 0: it identifies nobody). Off by default on screen, on by
 * default in the de-identified export. Masking single cells does not stop a reader from working a
 * masked count out of a total and its other parts (secondary disclosure); the de-identified
 * export's README section says so.
 */
export type SmallCells = { mask: boolean; threshold: number };

export const DEFAULT_SMALL_CELL_THRESHOLD = 5;
export const SMALL_CELLS_OFF: SmallCells = { mask: false, threshold: DEFAULT_SMALL_CELL_THRESHOLD };
export const SMALL_CELLS_ON: SmallCells = { mask: true, threshold: DEFAULT_SMALL_CELL_THRESHOLD };

export function isSmallCell(count: number, cells: SmallCells): boolean {
  return cells.mask && count > 0 && count < cells.threshold;
}

/**
 * Counts group their digits in threes: CLDR gives English and Chinese (zh-Hans) the same pattern,
 * #,##0, so one formatter serves both languages.
 */
const COUNT_FORMAT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** A count as shown to a person: the number with its digits grouped (12,480), or "<5" when masked. */
export function formatCount(count: number, cells: SmallCells): string {
  return isSmallCell(count, cells) ? `<${cells.threshold}` : COUNT_FORMAT.format(count);
}

/** Reads a threshold from a query string value: a whole number from 2 to 100, else the default. */
export function parseThreshold(value: string | undefined | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 2 && n <= 100 ? n : DEFAULT_SMALL_CELL_THRESHOLD;
}
