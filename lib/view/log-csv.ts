/**
 * The screening log as CSV (papaparse's unparse does the quoting), for two audiences:
 *
 * - the site's log (`siteLogCsv`): one row per entry × trial, every column, for the site's own
 *   records, the monitor and the investigator;
 * - the de-identified export (`deidentifiedCsv`), meant to leave the site (sponsor, ethics
 *   committee): no screening ID, screener, label, note or free-text reason, dates reduced to the
 *   year, and the rows aggregated into counts per trial, year, criteria version, verdict, status
 *   and coded reasons, with counts below the threshold masked ("<5").
 *
 * Both open in Excel on a Chinese Windows PC: UTF-8 with a byte-order mark (without it Excel reads
 * the file as GBK and the Chinese turns to mojibake), CRLF line ends. Text cells starting with
 * = + - @ tab or CR are prefixed with ' so a spreadsheet shows them instead of running them
 * (OWASP, "CSV Injection", https://owasp.org/www-community/attacks/CSV_Injection); numbers are
 * written as numbers and never prefixed, and neither is text that is just a number ("-3").
 *
 * The column headers are in one table per export (for translation); README.md documents them.
 */
import Papa from "papaparse";
import { formatCount, isSmallCell, SMALL_CELLS_ON, type ReportEntry, type ReportTrialRecord, type SmallCells } from "./reports";

export const UTF8_BOM = "\uFEFF";

/**
 * Cells a spreadsheet would read as a formula: starting with = + - @, tab or carriage return,
 * unless the whole cell is a plain number.
 */
export const FORMULA_START = /^(?![+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$)[=+\-@\t\r]/;

type Cell = string | number | undefined;

export type Column<Row> = { key: string; header: string; description: string; value: (row: Row) => Cell };

type SiteRow = { entry: ReportEntry; trial: ReportTrialRecord };

const dayOf = (iso: string) => iso.slice(0, 10);
const yearOf = (iso: string) => Number(iso.slice(0, 4));
const joinCodes = (codes: readonly string[] | undefined) => (codes ?? []).join("; ");

/** The site log's columns, in order. */
export const SITE_LOG_COLUMNS: readonly Column<SiteRow>[] = [
  { key: "screening_id", header: "Screening ID", description: "The random screening ID (S-XXXXXX) the site writes in its own records.", value: (r) => r.entry.screeningId },
  { key: "version", header: "Version", description: "The entry's latest version (1 = first screening; each re-screen adds one).", value: (r) => r.entry.version },
  { key: "screening_date", header: "Screening date", description: "The day of the first screening, YYYY-MM-DD (UTC).", value: (r) => r.entry.screenedOn },
  { key: "version_date", header: "Version date", description: "The day the latest version was saved, YYYY-MM-DD (UTC); the pre-screen columns are from it.", value: (r) => r.entry.versionOn },
  { key: "screener", header: "Screener", description: "The username of the coordinator who first saved the screening.", value: (r) => r.entry.screener },
  { key: "label", header: "Label", description: "The coordinator's free-text screening label (never an identifier).", value: (r) => r.entry.label },
  { key: "trial_id", header: "Trial ID", description: "The trial's registry ID (NCT…).", value: (r) => r.trial.trialId },
  { key: "criteria_version", header: "Criteria version", description: "The version of the encoded criteria the latest version was screened against.", value: (r) => r.trial.criteriaVersion },
  { key: "prescreen_verdict", header: "Pre-screen verdict", description: "passed, needs-info or ineligible: the engine's verdict of the latest version.", value: (r) => r.trial.verdict },
  { key: "fail_reasons", header: "Fail reasons", description: "Coded screen-fail reasons, \"; \"-separated: NCT… INCL/EXCLnn, with (coordinator) or (investigator) for a manual item judged not met.", value: (r) => joinCodes(r.trial.failReasons) },
  { key: "status", header: "Status", description: "The trial's current status: prescreen-passed, needs-information, not-eligible, approached, declined, consented, enrolled or not-approached.", value: (r) => r.trial.status },
  { key: "status_date", header: "Status date", description: "The day the status was set, YYYY-MM-DD (UTC).", value: (r) => dayOf(r.trial.statusAt) },
  { key: "status_by", header: "Status by", description: "Who set the status (username).", value: (r) => r.trial.statusBy },
  { key: "status_reason", header: "Status reason", description: "The reason given with the status (free text), e.g. why the patient declined.", value: (r) => r.trial.statusReason },
  { key: "notes", header: "Notes", description: "Free-text notes on the entry for this trial (manual-item confirmations, sign-off), \" | \"-separated.", value: (r) => (r.trial.notes ?? []).join(" | ") },
  { key: "rescreen_from", header: "Re-screen from", description: "For a patient out only because of time windows: the day from which every window has passed, YYYY-MM-DD.", value: (r) => r.trial.rescreenFrom },
];

/** One row of the de-identified export: a combination and how many screenings have it. */
export type DeidentifiedRow = {
  trialId: string;
  year: number;
  criteriaVersion: string;
  verdict: string;
  status: string;
  failReasons: string;
  entries: number;
};

export const DEIDENTIFIED_COLUMNS: readonly Column<DeidentifiedRow & { cells: SmallCells }>[] = [
  { key: "trial_id", header: "Trial ID", description: "The trial's registry ID (NCT…).", value: (r) => r.trialId },
  { key: "screening_year", header: "Screening year", description: "The year of the first screening (the only date kept).", value: (r) => r.year },
  { key: "criteria_version", header: "Criteria version", description: "The version of the encoded criteria screened against.", value: (r) => r.criteriaVersion },
  { key: "prescreen_verdict", header: "Pre-screen verdict", description: "passed, needs-info or ineligible.", value: (r) => r.verdict },
  { key: "status", header: "Status", description: "The trial's current status (as in the site log).", value: (r) => r.status },
  { key: "fail_reasons", header: "Fail reasons", description: "The coded screen-fail reasons of these screenings (as in the site log).", value: (r) => r.failReasons },
  {
    key: "screenings",
    header: "Screenings",
    description: "How many screenings have this combination; from 1 to the threshold − 1 shown as \"<5\" (threshold 5 by default).",
    value: (r) => (isSmallCell(r.entries, r.cells) ? formatCount(r.entries, r.cells) : r.entries),
  },
];

function toCsv<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const csv = Papa.unparse(
    { fields: columns.map((c) => c.header), data: rows.map((row) => columns.map((c) => c.value(row) ?? "")) },
    { escapeFormulae: FORMULA_START, newline: "\r\n" },
  );
  return UTF8_BOM + csv + "\r\n";
}

/** Entries × trials, newest screening first; `trialId` keeps one trial. Voided entries are left out. */
export function siteLogRows(entries: readonly ReportEntry[], trialId?: string): SiteRow[] {
  return [...entries]
    .filter((e) => !e.voided)
    .sort((a, b) => b.screenedOn.localeCompare(a.screenedOn) || a.screeningId.localeCompare(b.screeningId))
    .flatMap((entry) =>
      entry.trials.filter((t) => trialId === undefined || t.trialId === trialId).map((trial) => ({ entry, trial })),
    );
}

export function siteLogCsv(entries: readonly ReportEntry[], trialId?: string): string {
  return toCsv(SITE_LOG_COLUMNS, siteLogRows(entries, trialId));
}

/** The de-identified rows: every combination of the kept columns, with its count. */
export function deidentifiedRows(entries: readonly ReportEntry[], trialId?: string): DeidentifiedRow[] {
  const byKey = new Map<string, DeidentifiedRow>();
  for (const { entry, trial } of siteLogRows(entries, trialId)) {
    const row: DeidentifiedRow = {
      trialId: trial.trialId,
      year: yearOf(entry.screenedOn),
      criteriaVersion: trial.criteriaVersion,
      verdict: trial.verdict,
      status: trial.status,
      failReasons: joinCodes([...trial.failReasons].sort()),
      entries: 0,
    };
    const key = JSON.stringify([row.trialId, row.year, row.criteriaVersion, row.verdict, row.status, row.failReasons]);
    const found = byKey.get(key) ?? row;
    found.entries += 1;
    byKey.set(key, found);
  }
  return [...byKey.values()].sort(
    (a, b) =>
      a.trialId.localeCompare(b.trialId) ||
      a.year - b.year ||
      a.criteriaVersion.localeCompare(b.criteriaVersion) ||
      a.status.localeCompare(b.status) ||
      b.entries - a.entries ||
      a.failReasons.localeCompare(b.failReasons),
  );
}

export function deidentifiedCsv(entries: readonly ReportEntry[], options: { trialId?: string; cells?: SmallCells } = {}): string {
  const cells = options.cells ?? SMALL_CELLS_ON;
  return toCsv(DEIDENTIFIED_COLUMNS, deidentifiedRows(entries, options.trialId).map((r) => ({ ...r, cells })));
}

/** The file name of an export: no patient data, just the scope and the day. */
export function exportFileName(kind: "log" | "deidentified", today: string, trialId?: string): string {
  return `screening-${kind}${trialId ? `-${trialId}` : ""}-${today}.csv`;
}
