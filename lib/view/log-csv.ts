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
 * The column headers are in one table per export; README.md documents them. Their words are in the
 * catalogs (`csv.columns`) and follow the reader's language: an English file has the English
 * headers alone; a Chinese file has both, "筛选编号 (Screening ID)", so a Chinese coordinator reads
 * the sheet in Excel and a sponsor's script or monitor still finds the English name. The cells stay
 * codes in every language (trial IDs, criterion IDs, status and verdict codes, ISO dates), so the
 * files stay machine-readable and two sites' files line up column for column.
 */
import Papa from "papaparse";
import type en from "@/messages/en.json";
import { ENGLISH } from "../core/english";
import { message, type Say } from "../core/message";
import { formatCount, isSmallCell, SMALL_CELLS_ON, type ReportEntry, type ReportTrialRecord, type SmallCells } from "./reports";

export const UTF8_BOM = "\uFEFF";

/**
 * Cells a spreadsheet would read as a formula: starting with = + - @, tab or carriage return,
 * unless the whole cell is a plain number.
 */
export const FORMULA_START = /^(?![+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$)[=+\-@\t\r]/;

type Cell = string | number | undefined;

export type CsvColumnKey = keyof (typeof en)["csv"]["columns"];

/** A column's header in the language of `say`: English alone, or Chinese with the English in brackets. */
export function csvHeader(key: CsvColumnKey, say: Say = ENGLISH): string {
  const english = ENGLISH.format(message(`csv.columns.${key}`));
  return say.language === "en" ? english : `${say.format(message(`csv.columns.${key}`))} (${english})`;
}

/** `header` is the English header (README.md's tables); files use csvHeader in the reader's language. */
export type Column<Row> = { key: CsvColumnKey; header: string; description: string; value: (row: Row) => Cell };

function column<Row>(key: CsvColumnKey, description: string, value: (row: Row) => Cell): Column<Row> {
  return { key, header: csvHeader(key), description, value };
}

type SiteRow = { entry: ReportEntry; trial: ReportTrialRecord };

const dayOf = (iso: string) => iso.slice(0, 10);
const yearOf = (iso: string) => Number(iso.slice(0, 4));
const joinCodes = (codes: readonly string[] | undefined) => (codes ?? []).join("; ");

/** The site log's columns, in order. */
export const SITE_LOG_COLUMNS: readonly Column<SiteRow>[] = [
  column("screening_id", "The random screening ID (S-XXXXXX) the site writes in its own records.", (r) => r.entry.screeningId),
  column("version", "The entry's latest version (1 = first screening; each re-screen adds one).", (r) => r.entry.version),
  column("screening_date", "The day of the first screening, YYYY-MM-DD (UTC).", (r) => r.entry.screenedOn),
  column("version_date", "The day the latest version was saved, YYYY-MM-DD (UTC); the pre-screen columns are from it.", (r) => r.entry.versionOn),
  column("screener", "The username of the coordinator who first saved the screening.", (r) => r.entry.screener),
  column("label", "The coordinator's free-text screening label (never an identifier).", (r) => r.entry.label),
  column("trial_id", "The trial's registry ID (NCT…).", (r) => r.trial.trialId),
  column("criteria_version", "The version of the encoded criteria the latest version was screened against.", (r) => r.trial.criteriaVersion),
  column("prescreen_verdict", "passed, needs-info or ineligible: the engine's verdict of the latest version.", (r) => r.trial.verdict),
  column("fail_reasons", "Coded screen-fail reasons, \"; \"-separated: NCT… INCL/EXCLnn, with (coordinator) or (investigator) for a manual item judged not met.", (r) => joinCodes(r.trial.failReasons)),
  column("status", "The trial's current status: prescreen-passed, needs-information, not-eligible, approached, declined, consented, enrolled or not-approached.", (r) => r.trial.status),
  column("status_date", "The day the status was set, YYYY-MM-DD (UTC).", (r) => dayOf(r.trial.statusAt)),
  column("status_by", "Who set the status (username).", (r) => r.trial.statusBy),
  column("status_reason", "The reason given with the status (free text), e.g. why the patient declined.", (r) => r.trial.statusReason),
  column("notes", "Free-text notes on the entry for this trial (manual-item confirmations, sign-off), \" | \"-separated.", (r) => (r.trial.notes ?? []).join(" | ")),
  column("rescreen_from", "For a patient out only because of time windows: the day from which every window has passed, YYYY-MM-DD.", (r) => r.trial.rescreenFrom),
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
  column("trial_id", "The trial's registry ID (NCT…).", (r) => r.trialId),
  column("screening_year", "The year of the first screening (the only date kept).", (r) => r.year),
  column("criteria_version", "The version of the encoded criteria screened against.", (r) => r.criteriaVersion),
  column("prescreen_verdict", "passed, needs-info or ineligible.", (r) => r.verdict),
  column("status", "The trial's current status (as in the site log).", (r) => r.status),
  column("fail_reasons", "The coded screen-fail reasons of these screenings (as in the site log).", (r) => r.failReasons),
  column(
    "screenings",
    "How many screenings have this combination; from 1 to the threshold − 1 shown as \"<5\" (threshold 5 by default).",
    (r) => (isSmallCell(r.entries, r.cells) ? formatCount(r.entries, r.cells) : r.entries),
  ),
];

function toCsv<Row>(columns: readonly Column<Row>[], rows: readonly Row[], say: Say): string {
  const csv = Papa.unparse(
    { fields: columns.map((c) => csvHeader(c.key, say)), data: rows.map((row) => columns.map((c) => c.value(row) ?? "")) },
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

export function siteLogCsv(entries: readonly ReportEntry[], trialId?: string, say: Say = ENGLISH): string {
  return toCsv(SITE_LOG_COLUMNS, siteLogRows(entries, trialId), say);
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

export function deidentifiedCsv(entries: readonly ReportEntry[], options: { trialId?: string; cells?: SmallCells; say?: Say } = {}): string {
  const cells = options.cells ?? SMALL_CELLS_ON;
  return toCsv(DEIDENTIFIED_COLUMNS, deidentifiedRows(entries, options.trialId).map((r) => ({ ...r, cells })), options.say ?? ENGLISH);
}

/** The file name of an export: no patient data, just the scope and the day. */
export function exportFileName(kind: "log" | "deidentified", today: string, trialId?: string): string {
  return `screening-${kind}${trialId ? `-${trialId}` : ""}-${today}.csv`;
}
