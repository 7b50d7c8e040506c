/**
 * The screening log's writes and reads. Every write:
 * - checks the actor's role here, on the server (lib/core/screening-log.ts PERMISSIONS), whatever
 *   the route or page already checked;
 * - runs in one transaction with its audit events, so a write and its audit record exist together
 *   or not at all;
 * - changes an existing entry only if the entry's `row_version` is the one the person was looking
 *   at (optimistic concurrency): otherwise it is refused with a LogConflictError and nothing is
 *   written, so no change is ever lost silently.
 * The results of a screening are computed here from the profile and the confirmations, never taken
 * from the browser.
 */
import { randomBytes } from "node:crypto";
import { and, asc, desc, eq, gte, inArray, isNull, lt, sql } from "drizzle-orm";
import { TRIALS } from "@/criteria";
import { confirmationsSchema } from "../../core/confirmations-schema";
import { toEnglish } from "../../core/english";
import { message, type Message } from "../../core/message";
import { screen, type ScreeningConfirmations } from "../../core/engine";
import { parseProfile, type FieldIssue, type Profile } from "../../core/profile";
import {
  can,
  checkTransition,
  failReasonsOf,
  isScreeningId,
  newScreeningId,
  rescreenReplaces,
  signoffDetermination,
  statusFromVerdict,
  SIGNOFF_STATUS_REASON,
  TRIAL_STATUS_LABELS,
  type Permission,
  type Role,
  type ScreeningTrialRecord,
  type SignoffJudgement,
  type TrialStatus,
} from "../../core/screening-log";
import type { TrialDefinition } from "../../core/trial";
import type { Database, Transaction } from "../db/connection";
import { isUniqueViolation } from "../db/errors";
import { auditEvent, screeningEntry, screeningVersion, signoff, trialStatus, user } from "../db/schema";

export type Actor = { id: string; username: string; role: Role };

/**
 * A refusal a person reads: `problem` is the message key (namespace `apiErrors`) the page says in
 * the reader's language; `message` is its English sentence, for the CLI, server logs and API users.
 */
export class LogError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 422,
    readonly problem: Message,
    readonly issues: FieldIssue[] = [],
  ) {
    super(toEnglish(problem));
  }
}
export class ForbiddenError extends LogError {
  constructor() {
    super(403, message("apiErrors.forbidden"));
  }
}
export class NotFoundError extends LogError {
  constructor(problem: Message = message("apiErrors.notFound")) {
    super(404, problem);
  }
}
/** Someone else changed the entry since it was loaded. Nothing was written. */
export class LogConflictError extends LogError {
  constructor(readonly current: { rowVersion: number; latestVersion: number }) {
    super(409, message("apiErrors.conflict"));
  }
}

function require(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw new ForbiddenError();
}

type Tx = Transaction;

type AuditInput = {
  action: string;
  screeningId?: string | null;
  trialId?: string | null;
  from?: unknown;
  to?: unknown;
  reason?: string | null;
};

async function audit(tx: Tx | Database, actor: Actor, events: AuditInput[]): Promise<void> {
  if (events.length === 0) return;
  await tx.insert(auditEvent).values(
    events.map((e) => ({
      actorId: actor.id,
      actorUsername: actor.username,
      action: e.action,
      screeningId: e.screeningId ?? null,
      trialId: e.trialId ?? null,
      fromValue: e.from ?? null,
      toValue: e.to ?? null,
      reason: e.reason ?? null,
    })),
  );
}

/** Appends an audit event outside the log's own writes (e.g. an account created). */
export async function recordAuditEvent(db: Database, actor: Actor, event: AuditInput): Promise<void> {
  await audit(db, actor, [event]);
}

// ---------------------------------------------------------------------------------------------
// Screening

/** The per-trial records of a screening, computed on the server. */
export function screeningRecords(
  profile: Profile,
  confirmations: ScreeningConfirmations,
  confirmedBy: string,
  trials: readonly TrialDefinition[] = TRIALS,
): ScreeningTrialRecord[] {
  const results = screen(profile, trials, confirmations);
  return results.map((result, i) => {
    const trial = trials[i]!;
    const criteria = result.criteria.map((c) => ({
      id: c.id,
      category: c.category,
      status: c.status,
      reason: c.reason,
      explanation: c.explanation,
      ...(c.manualReason !== undefined && { manual: true }),
      ...(c.confirmation && {
        confirmation: { outcome: c.confirmation.outcome, ...(c.confirmation.note && { note: c.confirmation.note }), by: confirmedBy },
      }),
    }));
    return {
      trialId: trial.id,
      criteriaVersion: trial.encoding.version,
      verdict: result.verdict,
      failReasons: failReasonsOf(trial.id, criteria),
      criteria,
    };
  });
}

export type SaveInput = {
  profile: unknown;
  confirmations: unknown;
  /** Re-screening: the entry and the row version the coordinator opened. */
  rescreenOf?: { screeningId: string; rowVersion: number };
};

export type SaveResult = { screeningId: string; version: number; rowVersion: number };

function parseSaveInput(input: SaveInput): { profile: Profile; confirmations: ScreeningConfirmations } {
  const parsed = parseProfile(input.profile);
  if (!parsed.ok) throw new LogError(422, message("apiErrors.invalidProfile"), parsed.issues);
  const confirmations = confirmationsSchema.safeParse(input.confirmations ?? {});
  if (!confirmations.success) throw new LogError(422, message("apiErrors.invalidConfirmations"));
  return { profile: parsed.profile, confirmations: confirmations.data };
}


/** Saves a new screening (a new entry, version 1) or re-screens one (a new version of it). */
export async function saveScreening(db: Database, actor: Actor, input: SaveInput): Promise<SaveResult> {
  require(actor, "log:write");
  const { profile, confirmations } = parseSaveInput(input);
  const trials = screeningRecords(profile, confirmations, actor.username);
  if (input.rescreenOf) return rescreen(db, actor, input.rescreenOf, profile, confirmations, trials);

  for (let attempt = 0; ; attempt++) {
    const screeningId = newScreeningId((n) => randomBytes(n));
    try {
      return await db.transaction(async (tx) => {
        await tx.insert(screeningEntry).values({ id: screeningId, createdBy: actor.id, latestVersion: 1 });
        await tx.insert(screeningVersion).values({ screeningId, version: 1, savedBy: actor.id, profile, confirmations, trials });
        await tx.insert(trialStatus).values(
          trials.map((t) => ({
            screeningId,
            trialId: t.trialId,
            status: statusFromVerdict(t.verdict),
            setBy: "prescreen" as const,
            failReasons: t.failReasons,
            changedBy: actor.id,
          })),
        );
        await audit(tx, actor, [
          { action: "entry.created", screeningId, to: { version: 1 } },
          ...trials.map((t) => ({
            action: "trial.status",
            screeningId,
            trialId: t.trialId,
            from: null,
            to: { status: statusFromVerdict(t.verdict), failReasons: t.failReasons, version: 1 },
            reason: "pre-screen",
          })),
        ]);
        return { screeningId, version: 1, rowVersion: 1 };
      });
    } catch (error) {
      // A random ID that is already taken (1 in 887 million per entry): draw another.
      if (isUniqueViolation(error) && attempt < 5) continue;
      throw error;
    }
  }
}

/** Bumps the entry's row version if it is still the expected one; otherwise a conflict. */
async function claim(tx: Tx, screeningId: string, expectedRowVersion: number, extra: Partial<typeof screeningEntry.$inferInsert> = {}) {
  const [row] = await tx
    .update(screeningEntry)
    .set({ ...extra, rowVersion: sql`${screeningEntry.rowVersion} + 1` })
    .where(and(eq(screeningEntry.id, screeningId), eq(screeningEntry.rowVersion, expectedRowVersion), isNull(screeningEntry.voidedAt)))
    .returning();
  if (row) return row;
  const [current] = await tx.select().from(screeningEntry).where(eq(screeningEntry.id, screeningId));
  if (!current) throw new NotFoundError();
  if (current.voidedAt) throw new LogError(409, message("apiErrors.voidedEntry"));
  throw new LogConflictError({ rowVersion: current.rowVersion, latestVersion: current.latestVersion });
}

async function rescreen(
  db: Database,
  actor: Actor,
  of: { screeningId: string; rowVersion: number },
  profile: Profile,
  confirmations: ScreeningConfirmations,
  trials: ScreeningTrialRecord[],
): Promise<SaveResult> {
  if (!isScreeningId(of.screeningId)) throw new NotFoundError();
  return db.transaction(async (tx) => {
    const entry = await claim(tx, of.screeningId, of.rowVersion, { latestVersion: sql`${screeningEntry.latestVersion} + 1` as never });
    const version = entry.latestVersion;
    await tx.insert(screeningVersion).values({ screeningId: of.screeningId, version, savedBy: actor.id, profile, confirmations, trials });
    const current = await tx.select().from(trialStatus).where(eq(trialStatus.screeningId, of.screeningId));
    const byTrial = new Map(current.map((s) => [s.trialId, s]));
    const events: AuditInput[] = [{ action: "entry.rescreened", screeningId: of.screeningId, from: { version: version - 1 }, to: { version } }];
    for (const t of trials) {
      const now = byTrial.get(t.trialId);
      const next = statusFromVerdict(t.verdict);
      if (!now) {
        await tx.insert(trialStatus).values({ screeningId: of.screeningId, trialId: t.trialId, status: next, setBy: "prescreen", failReasons: t.failReasons, changedBy: actor.id });
        events.push({ action: "trial.status", screeningId: of.screeningId, trialId: t.trialId, from: null, to: { status: next, failReasons: t.failReasons, version }, reason: "re-screen" });
        continue;
      }
      if (!rescreenReplaces(now) || (now.status === next && sameReasons(now.failReasons, t.failReasons))) continue;
      await tx
        .update(trialStatus)
        .set({ status: next, setBy: "prescreen", reason: null, failReasons: t.failReasons, changedAt: new Date(), changedBy: actor.id })
        .where(and(eq(trialStatus.screeningId, of.screeningId), eq(trialStatus.trialId, t.trialId)));
      events.push({
        action: "trial.status",
        screeningId: of.screeningId,
        trialId: t.trialId,
        from: { status: now.status, failReasons: now.failReasons },
        to: { status: next, failReasons: t.failReasons, version },
        reason: "re-screen",
      });
    }
    await audit(tx, actor, events);
    return { screeningId: of.screeningId, version, rowVersion: entry.rowVersion };
  });
}

function sameReasons(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

// ---------------------------------------------------------------------------------------------
// Status, sign-off, void

export const REASON_MAX = 500;

function cleanReason(reason: unknown): string {
  if (typeof reason !== "string") return "";
  const text = reason.trim();
  if (text.length > REASON_MAX) throw new LogError(422, message("apiErrors.reasonTooLong", { max: REASON_MAX }));
  return text;
}

export type StatusChange = { screeningId: string; trialId: string; to: TrialStatus; reason?: string; rowVersion: number };

export async function changeTrialStatus(db: Database, actor: Actor, change: StatusChange): Promise<{ rowVersion: number }> {
  require(actor, "log:write");
  const reason = cleanReason(change.reason);
  if (!isScreeningId(change.screeningId)) throw new NotFoundError();
  return db.transaction(async (tx) => {
    const [now] = await tx
      .select()
      .from(trialStatus)
      .where(and(eq(trialStatus.screeningId, change.screeningId), eq(trialStatus.trialId, change.trialId)));
    if (!now) throw new NotFoundError(message("apiErrors.noSuchTrialInEntry"));
    const entry = await claim(tx, change.screeningId, change.rowVersion);
    const check = checkTransition(now.status, change.to, reason);
    if (!check.ok) throw new LogError(422, check.problem);
    await tx
      .update(trialStatus)
      .set({ status: change.to, setBy: "person", reason: reason || null, changedAt: new Date(), changedBy: actor.id })
      .where(and(eq(trialStatus.screeningId, change.screeningId), eq(trialStatus.trialId, change.trialId)));
    await audit(tx, actor, [
      {
        action: "trial.status",
        screeningId: change.screeningId,
        trialId: change.trialId,
        from: { status: now.status, reason: now.reason },
        to: { status: change.to, reason: reason || null },
        reason: reason || `${TRIAL_STATUS_LABELS[now.status]} → ${TRIAL_STATUS_LABELS[change.to]}`,
      },
    ]);
    return { rowVersion: entry.rowVersion };
  });
}

export type SignoffInput = {
  screeningId: string;
  trialId: string;
  /** The version signed: must be the latest. */
  version: number;
  judgements: SignoffJudgement[];
  note?: string;
  rowVersion: number;
};

/**
 * An investigator's signature of the eligibility determination for one trial, on the latest
 * version: every manual item judged met or not met. A determination of "not eligible" moves the
 * trial's status to not-eligible with the coded reasons (unless the patient is already further on).
 */
export async function signOff(db: Database, actor: Actor, input: SignoffInput): Promise<{ rowVersion: number; eligible: boolean }> {
  require(actor, "log:sign");
  const note = cleanReason(input.note);
  if (!isScreeningId(input.screeningId)) throw new NotFoundError();
  return db.transaction(async (tx) => {
    const entry = await claim(tx, input.screeningId, input.rowVersion);
    if (input.version !== entry.latestVersion) {
      throw new LogError(409, message("apiErrors.notLatest", { version: input.version, latest: entry.latestVersion }));
    }
    const [saved] = await tx
      .select()
      .from(screeningVersion)
      .where(and(eq(screeningVersion.screeningId, input.screeningId), eq(screeningVersion.version, input.version)));
    const record = saved?.trials.find((t) => t.trialId === input.trialId);
    if (!record) throw new NotFoundError(message("apiErrors.noSuchTrialInEntry"));
    if (record.criteria.some((c) => c.status === "unknown")) {
      throw new LogError(422, message("apiErrors.stillUnknown"));
    }
    const manualIds = record.criteria.filter((c) => c.manual).map((c) => c.id);
    const judgements = manualIds.map((id) => input.judgements.find((j) => j.criterionId === id));
    if (judgements.some((j) => !j || (j.outcome !== "met" && j.outcome !== "not-met"))) {
      throw new LogError(422, message("apiErrors.judgeEveryItem"));
    }
    const clean = (judgements as SignoffJudgement[]).map((j) => ({
      criterionId: j.criterionId,
      outcome: j.outcome,
      ...(j.note && { note: cleanReason(j.note) }),
    }));
    const determination = signoffDetermination(record, clean);
    await tx.insert(signoff).values({
      screeningId: input.screeningId,
      version: input.version,
      trialId: input.trialId,
      signedBy: actor.id,
      judgements: clean,
      eligible: determination.eligible,
      note: note || null,
    });
    const events: AuditInput[] = [
      {
        action: "trial.signed",
        screeningId: input.screeningId,
        trialId: input.trialId,
        to: { version: input.version, eligible: determination.eligible, judgements: clean, failReasons: determination.failReasons },
        reason: note || null,
      },
    ];
    const [now] = await tx
      .select()
      .from(trialStatus)
      .where(and(eq(trialStatus.screeningId, input.screeningId), eq(trialStatus.trialId, input.trialId)));
    if (now && !determination.eligible && now.status !== "not-eligible" && !["declined", "enrolled"].includes(now.status)) {
      await tx
        .update(trialStatus)
        .set({ status: "not-eligible", setBy: "person", reason: note || SIGNOFF_STATUS_REASON, failReasons: determination.failReasons, changedAt: new Date(), changedBy: actor.id })
        .where(and(eq(trialStatus.screeningId, input.screeningId), eq(trialStatus.trialId, input.trialId)));
      events.push({
        action: "trial.status",
        screeningId: input.screeningId,
        trialId: input.trialId,
        from: { status: now.status, failReasons: now.failReasons },
        to: { status: "not-eligible", failReasons: determination.failReasons },
        reason: SIGNOFF_STATUS_REASON,
      });
    }
    await audit(tx, actor, events);
    return { rowVersion: entry.rowVersion, eligible: determination.eligible };
  });
}

export async function voidEntry(db: Database, actor: Actor, input: { screeningId: string; reason: string; rowVersion: number }) {
  require(actor, "log:write");
  const reason = cleanReason(input.reason);
  if (!reason) throw new LogError(422, message("apiErrors.voidNeedsReason"));
  if (!isScreeningId(input.screeningId)) throw new NotFoundError();
  return db.transaction(async (tx) => {
    const entry = await claim(tx, input.screeningId, input.rowVersion, { voidedAt: new Date(), voidedBy: actor.id, voidReason: reason });
    await audit(tx, actor, [{ action: "entry.voided", screeningId: input.screeningId, from: { voided: false }, to: { voided: true }, reason }]);
    return { rowVersion: entry.rowVersion };
  });
}

// ---------------------------------------------------------------------------------------------
// Reading

export type LogFilter = {
  trialId?: string;
  status?: TrialStatus;
  /** Screening date range, inclusive, YYYY-MM-DD (UTC days). */
  from?: string;
  to?: string;
  limit?: number;
};

export type LogListItem = {
  screeningId: string;
  createdAt: Date;
  createdBy: string;
  latestVersion: number;
  voided: boolean;
  statuses: { trialId: string; status: TrialStatus; failReasons: string[] }[];
};

function dayStart(day: string): Date | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ? new Date(`${day}T00:00:00Z`) : undefined;
}

/** The log's entries, newest first, filtered by trial, status and date range. */
export async function listEntries(db: Database, viewer: Actor, filter: LogFilter = {}): Promise<LogListItem[]> {
  require(viewer, "log:read");
  const conditions = [];
  if (!can(viewer.role, "log:see-voided")) conditions.push(isNull(screeningEntry.voidedAt));
  const from = filter.from ? dayStart(filter.from) : undefined;
  const to = filter.to ? dayStart(filter.to) : undefined;
  if (from) conditions.push(gte(screeningEntry.createdAt, from));
  if (to) conditions.push(lt(screeningEntry.createdAt, new Date(to.getTime() + 86_400_000)));
  if (filter.trialId || filter.status) {
    const matching = db
      .select({ id: trialStatus.screeningId })
      .from(trialStatus)
      .where(
        and(
          filter.trialId ? eq(trialStatus.trialId, filter.trialId) : undefined,
          filter.status ? eq(trialStatus.status, filter.status) : undefined,
        ),
      );
    conditions.push(inArray(screeningEntry.id, matching));
  }
  const entries = await db
    .select({
      screeningId: screeningEntry.id,
      createdAt: screeningEntry.createdAt,
      createdBy: user.username,
      latestVersion: screeningEntry.latestVersion,
      voidedAt: screeningEntry.voidedAt,
    })
    .from(screeningEntry)
    .innerJoin(user, eq(user.id, screeningEntry.createdBy))
    .where(and(...conditions))
    .orderBy(desc(screeningEntry.createdAt), desc(screeningEntry.id))
    .limit(Math.min(filter.limit ?? 200, 1000));
  const ids = entries.map((e) => e.screeningId);
  const statuses = ids.length
    ? await db.select().from(trialStatus).where(inArray(trialStatus.screeningId, ids)).orderBy(asc(trialStatus.trialId))
    : [];
  return entries.map((e) => ({
    screeningId: e.screeningId,
    createdAt: e.createdAt,
    createdBy: e.createdBy ?? "",
    latestVersion: e.latestVersion,
    voided: e.voidedAt !== null,
    statuses: statuses
      .filter((s) => s.screeningId === e.screeningId)
      .map((s) => ({ trialId: s.trialId, status: s.status, failReasons: s.failReasons })),
  }));
}

/** One entry with every version, the current statuses, the sign-offs and the audit trail. */
export async function getEntry(db: Database, viewer: Actor, screeningId: string) {
  require(viewer, "log:read");
  if (!isScreeningId(screeningId)) throw new NotFoundError();
  const [entry] = await db.select().from(screeningEntry).where(eq(screeningEntry.id, screeningId));
  if (!entry) throw new NotFoundError();
  const usernames = new Map((await db.select({ id: user.id, username: user.username }).from(user)).map((u) => [u.id, u.username ?? u.id]));
  const name = (id: string | null) => (id ? (usernames.get(id) ?? id) : null);
  const versions = await db.select().from(screeningVersion).where(eq(screeningVersion.screeningId, screeningId)).orderBy(desc(screeningVersion.version));
  const statuses = await db.select().from(trialStatus).where(eq(trialStatus.screeningId, screeningId)).orderBy(asc(trialStatus.trialId));
  const signoffs = await db.select().from(signoff).where(eq(signoff.screeningId, screeningId)).orderBy(desc(signoff.id));
  const events = await db.select().from(auditEvent).where(eq(auditEvent.screeningId, screeningId)).orderBy(asc(auditEvent.id));
  return {
    screeningId: entry.id,
    createdAt: entry.createdAt,
    createdBy: name(entry.createdBy)!,
    latestVersion: entry.latestVersion,
    rowVersion: entry.rowVersion,
    voided: entry.voidedAt ? { at: entry.voidedAt, by: name(entry.voidedBy)!, reason: entry.voidReason ?? "" } : null,
    versions: versions.map((v) => ({ ...v, savedBy: name(v.savedBy)! })),
    statuses: statuses.map((s) => ({ ...s, changedBy: name(s.changedBy)! })),
    signoffs: signoffs.map((s) => ({ ...s, signedBy: name(s.signedBy)! })),
    events,
  };
}

export type LogEntry = Awaited<ReturnType<typeof getEntry>>;
