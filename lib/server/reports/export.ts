/**
 * The CSV exports of the screening log, on the server: the role is checked here whatever the route
 * checked, the rows are read from the database, and every export is recorded in the audit trail
 * (who, when, which export, which trial and period, how many rows) before the file is handed over.
 * No "server-only" here (tests call it on a test database); app/log/export.csv/route.ts wires it.
 */
import { TRIALS } from "@/criteria";
import { message, type Say } from "../../core/message";
import { can } from "../../core/screening-log";
import type { TrialDefinition } from "../../core/trial";
import { deidentifiedCsv, deidentifiedRows, exportFileName, siteLogCsv, siteLogRows } from "../../view/log-csv";
import { DEFAULT_SMALL_CELL_THRESHOLD, parseThreshold, type DateRange, type SmallCells } from "../../view/reports";
import type { Database } from "../db/connection";
import { ForbiddenError, LogError, recordAuditEvent, type Actor } from "../log/service";
import { parseRange, readLogRecords } from "./data";

export type ExportRequest = {
  trialId?: string;
  /** The header row's language (lib/view/log-csv.ts csvHeader); English when absent. The cells are codes in every language. */
  say?: Say;
  deidentified: boolean;
  range: DateRange;
  cells: SmallCells;
};

/** An export request from a URL's query: ?trial=NCT…&deidentified=1&from=…&to=…&mask=0&threshold=N. */
export function parseExportQuery(params: URLSearchParams, trials: readonly TrialDefinition[] = TRIALS): ExportRequest {
  const trialId = params.get("trial") ?? undefined;
  if (trialId !== undefined && !trials.some((t) => t.id === trialId)) throw new LogError(400, message("apiErrors.noSuchTrial"));
  const deidentified = params.get("deidentified") === "1";
  return {
    ...(trialId !== undefined && { trialId }),
    deidentified,
    range: parseRange(params.get("from"), params.get("to")),
    // Masking is on by default in the de-identified export; the site log has no counts to mask.
    cells: { mask: params.get("mask") !== "0", threshold: params.has("threshold") ? parseThreshold(params.get("threshold")) : DEFAULT_SMALL_CELL_THRESHOLD },
  };
}

export type ExportFile = { fileName: string; body: string; rows: number };

export async function exportLog(db: Database, actor: Actor, request: ExportRequest, today: string, trials: readonly TrialDefinition[] = TRIALS): Promise<ExportFile> {
  if (!can(actor.role, "log:export")) throw new ForbiddenError();
  const { entries } = await readLogRecords(db, request.range, trials);
  const rows = request.deidentified ? deidentifiedRows(entries, request.trialId).length : siteLogRows(entries, request.trialId).length;
  const body = request.deidentified
    ? deidentifiedCsv(entries, { ...(request.trialId && { trialId: request.trialId }), cells: request.cells, ...(request.say && { say: request.say }) })
    : siteLogCsv(entries, request.trialId, request.say);
  await recordAuditEvent(db, actor, {
    action: request.deidentified ? "log.exported.deidentified" : "log.exported",
    trialId: request.trialId ?? null,
    to: {
      format: "csv",
      ...(request.range.from && { from: request.range.from }),
      ...(request.range.to && { to: request.range.to }),
      rows,
      ...(request.deidentified && { smallCells: request.cells.mask ? request.cells.threshold : "off" }),
    },
  });
  return { fileName: exportFileName(request.deidentified ? "deidentified" : "log", today, request.trialId), body, rows };
}
