/**
 * Reads the screening log into the plain records the reports, the exports and the re-screen dates
 * are computed from (lib/view/reports.ts, lib/view/log-csv.ts, lib/view/rescreen-view.ts): each
 * entry at its latest version with each trial's current status. Voided entries are left out.
 * Dates are UTC days, as the log's own filters (lib/server/log/service.ts).
 *
 * No "server-only" import, so that tests and command-line tools can read a database directly;
 * the pages and routes reach it through lib/server/reports/access.ts, which has it.
 */
import { and, asc, eq, gte, isNull, lt, sql } from "drizzle-orm";
import type { Verdict } from "../../core/engine";
import type { TrialDefinition } from "../../core/trial";
import { rescreenDates, type RescreenCandidate } from "../../view/rescreen-view";
import type { DateRange, ReportEntry, ReportTrialRecord } from "../../view/reports";
import type { Database } from "../db/connection";
import type { LogEntry } from "../log/service";
import { screeningEntry, screeningVersion, signoff, trialStatus, user } from "../db/schema";

const DAY_MS = 86_400_000;
const isDay = (day: string | undefined): day is string => day !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`));
const utcDay = (date: Date) => date.toISOString().slice(0, 10);

/** A date range from query-string values: valid YYYY-MM-DD days only, anything else ignored. */
export function parseRange(from: string | null | undefined, to: string | null | undefined): DateRange {
  return { ...(isDay(from ?? undefined) && { from: from! }), ...(isDay(to ?? undefined) && { to: to! }) };
}

type TrialSummary = { trialId: string; criteriaVersion: string; verdict: Verdict };

export type LogRecords = { entries: ReportEntry[]; candidates: RescreenCandidate[] };

/**
 * Every non-voided entry first screened in the range, at its latest version, with its trials'
 * statuses, notes and (against `trials`) re-screen dates.
 */
export async function readLogRecords(db: Database, range: DateRange, trials: readonly TrialDefinition[]): Promise<LogRecords> {
  const conditions = [isNull(screeningEntry.voidedAt)];
  if (range.from) conditions.push(gte(screeningEntry.createdAt, new Date(`${range.from}T00:00:00Z`)));
  if (range.to) conditions.push(lt(screeningEntry.createdAt, new Date(Date.parse(`${range.to}T00:00:00Z`) + DAY_MS)));
  const where = and(...conditions);

  const usernames = new Map((await db.select({ id: user.id, username: user.username }).from(user)).map((u) => [u.id, u.username ?? u.id]));
  const name = (id: string) => usernames.get(id) ?? id;

  const rows = await db
    .select({
      screeningId: screeningEntry.id,
      createdAt: screeningEntry.createdAt,
      createdBy: screeningEntry.createdBy,
      version: screeningVersion.version,
      savedAt: screeningVersion.savedAt,
      profile: screeningVersion.profile,
      confirmations: screeningVersion.confirmations,
      // Only what the reports need from each trial's stored result, not every criterion's reason:
      // the stored results are most of a version's size.
      trials: sql<TrialSummary[]>`(select coalesce(jsonb_agg(jsonb_build_object('trialId', t->>'trialId', 'criteriaVersion', t->>'criteriaVersion', 'verdict', t->>'verdict')), '[]'::jsonb) from jsonb_array_elements(${screeningVersion.trials}) as t)`,
    })
    .from(screeningEntry)
    .innerJoin(
      screeningVersion,
      and(eq(screeningVersion.screeningId, screeningEntry.id), eq(screeningVersion.version, screeningEntry.latestVersion)),
    )
    .where(where)
    .orderBy(asc(screeningEntry.createdAt), asc(screeningEntry.id));

  const statuses = await db
    .select({
      screeningId: trialStatus.screeningId,
      trialId: trialStatus.trialId,
      status: trialStatus.status,
      reason: trialStatus.reason,
      failReasons: trialStatus.failReasons,
      changedAt: trialStatus.changedAt,
      changedBy: trialStatus.changedBy,
    })
    .from(trialStatus)
    .innerJoin(screeningEntry, eq(screeningEntry.id, trialStatus.screeningId))
    .where(where)
    .orderBy(asc(trialStatus.screeningId), asc(trialStatus.trialId));

  const signoffs = await db
    .select({ screeningId: signoff.screeningId, trialId: signoff.trialId, note: signoff.note, judgements: signoff.judgements })
    .from(signoff)
    .innerJoin(screeningEntry, eq(screeningEntry.id, signoff.screeningId))
    .where(where)
    .orderBy(asc(signoff.id));

  const statusesOf = groupBy(statuses, (s) => s.screeningId);
  const signoffsOf = groupBy(signoffs, (s) => `${s.screeningId} ${s.trialId}`);

  const entries: ReportEntry[] = [];
  const candidates: RescreenCandidate[] = [];
  for (const row of rows) {
    const records = new Map<string, TrialSummary>((row.trials ?? []).map((t) => [t.trialId, t]));
    const own = statusesOf.get(row.screeningId) ?? [];
    const candidate: RescreenCandidate = {
      screeningId: row.screeningId,
      version: row.version,
      versionOn: utcDay(row.savedAt),
      voided: false,
      profile: row.profile,
      confirmations: row.confirmations,
      statuses: own.map((s) => ({ trialId: s.trialId, status: s.status, failReasons: s.failReasons })),
    };
    const rescreen = new Map(rescreenDates(candidate, trials).map((d) => [d.trialId, d.from]));
    const trialRecords: ReportTrialRecord[] = own.map((s) => {
      const record = records.get(s.trialId);
      const notes = [
        ...Object.entries(row.confirmations?.[s.trialId] ?? {}).flatMap(([criterionId, c]) => (c?.note ? [`${criterionId}: ${c.note}`] : [])),
        ...(signoffsOf.get(`${row.screeningId} ${s.trialId}`) ?? []).flatMap((so) => [
          ...so.judgements.flatMap((j) => (j.note ? [`${j.criterionId} (investigator): ${j.note}`] : [])),
          ...(so.note ? [`Sign-off: ${so.note}`] : []),
        ]),
      ];
      return {
        trialId: s.trialId,
        criteriaVersion: record?.criteriaVersion ?? "",
        verdict: record?.verdict ?? "needs-info",
        status: s.status,
        failReasons: s.failReasons,
        statusAt: s.changedAt.toISOString(),
        statusBy: name(s.changedBy),
        ...(s.reason && { statusReason: s.reason }),
        ...(notes.length > 0 && { notes }),
        ...(rescreen.has(s.trialId) && { rescreenFrom: rescreen.get(s.trialId)! }),
      };
    });
    entries.push({
      screeningId: row.screeningId,
      screenedOn: utcDay(row.createdAt),
      version: row.version,
      versionOn: utcDay(row.savedAt),
      screener: name(row.createdBy),
      ...(row.profile.screeningLabel && { label: row.profile.screeningLabel }),
      voided: false,
      trials: trialRecords,
    });
    candidates.push(candidate);
  }
  return { entries, candidates };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** A log entry (lib/server/log/service.ts getEntry) at its latest version, for its re-screen dates. */
export function candidateOfEntry(entry: LogEntry): RescreenCandidate | undefined {
  const latest = entry.versions.find((v) => v.version === entry.latestVersion);
  if (!latest) return undefined;
  return {
    screeningId: entry.screeningId,
    version: latest.version,
    versionOn: utcDay(latest.savedAt),
    voided: entry.voided !== null,
    profile: latest.profile,
    confirmations: latest.confirmations,
    statuses: entry.statuses.map((s) => ({ trialId: s.trialId, status: s.status, failReasons: s.failReasons })),
  };
}
