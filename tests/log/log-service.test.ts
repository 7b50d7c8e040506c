/**
 * The screening log on a real database: PGlite always, PostgreSQL too when TEST_DATABASE_URL is
 * set (.ci/run). Saving, re-screening, statuses, sign-off, voiding, the audit trail, the
 * append-only history and optimistic concurrency.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { SCREENING_ID_PATTERN } from "@/lib/core/screening-log";
import { auditEvent, screeningVersion, signoff } from "@/lib/server/db/schema";
import {
  changeTrialStatus,
  getEntry,
  listEntries,
  LogConflictError,
  saveScreening,
  signOff,
  voidEntry,
  type Actor,
} from "@/lib/server/log/service";
import { checklistProfile, CHECKLIST_CONFIRMATIONS, fixtureProfile } from "../fixtures/checklist-screening";
import { databaseTargets } from "../support/databases";
import { createAppDatabase, makeActor, type AppTestDatabase } from "../support/log-database";

const eligible = fixtureProfile("decompensated-hbv-eligible-for-NCT05106972");

describe.each(databaseTargets())("the screening log on $name", (target) => {
  let t: AppTestDatabase;
  let coordinator: Actor;
  let investigator: Actor;
  let admin: Actor;

  beforeAll(async () => {
    t = await createAppDatabase(target);
    coordinator = await makeActor(t.db, "coordinator", "coord");
    investigator = await makeActor(t.db, "investigator", "inv");
    admin = await makeActor(t.db, "admin", "root");
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it("saves a screening as a new entry with a random readable ID, version 1 and a status per trial", async () => {
    const saved = await saveScreening(t.db, coordinator, { profile: checklistProfile(), confirmations: CHECKLIST_CONFIRMATIONS });
    expect(saved.screeningId).toMatch(SCREENING_ID_PATTERN);
    expect(saved.version).toBe(1);
    const entry = await getEntry(t.db, coordinator, saved.screeningId);
    expect(entry.createdBy).toBe("coord");
    expect(entry.versions).toHaveLength(1);
    const v1 = entry.versions[0]!;
    expect(v1.profile.screeningLabel).toBe(checklistProfile().screeningLabel);
    const byTrial = Object.fromEntries(entry.statuses.map((s) => [s.trialId, s]));
    expect(byTrial.NCT01224327?.status).toBe("not-eligible");
    expect(byTrial.NCT01224327?.failReasons.length).toBeGreaterThan(0);
    for (const code of byTrial.NCT01224327!.failReasons) expect(code).toMatch(/^NCT01224327 (INCL|EXCL)\d{2}$/);
    expect(byTrial.NCT05106972?.status).toBe("prescreen-passed");
    expect(byTrial.NCT06242405?.status).toBe("needs-information");
    // Each trial keeps its criteria version, verdict, every criterion's status and reason, and who confirmed.
    const record = v1.trials.find((r) => r.trialId === "NCT05106972")!;
    expect(record.criteriaVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(record.criteria.every((c) => c.reason.length > 0)).toBe(true);
    expect(record.criteria.find((c) => c.id === "INCL07")?.confirmation).toMatchObject({ outcome: "met", by: "coord" });
    // The audit trail has the creation and each trial's first status.
    expect(entry.events.map((e) => e.action)).toEqual(["entry.created", "trial.status", "trial.status", "trial.status", "trial.status"]);
    expect(entry.events.every((e) => e.actorUsername === "coord")).toBe(true);
  });

  it("refuses a profile with an identifying field, naming the field", async () => {
    await expect(
      saveScreening(t.db, coordinator, { profile: { ...checklistProfile(), name: "Zhang San" }, confirmations: {} }),
    ).rejects.toMatchObject({ status: 422, issues: [expect.objectContaining({ path: "name" })] });
  });

  it("re-screens into a new version linked to the entry, never overwriting the old one", async () => {
    const first = await saveScreening(t.db, coordinator, { profile: checklistProfile(), confirmations: {} });
    const second = await saveScreening(t.db, coordinator, {
      profile: eligible,
      confirmations: {},
      rescreenOf: { screeningId: first.screeningId, rowVersion: first.rowVersion },
    });
    expect(second).toMatchObject({ screeningId: first.screeningId, version: 2 });
    const entry = await getEntry(t.db, coordinator, first.screeningId);
    expect(entry.latestVersion).toBe(2);
    expect(entry.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(entry.versions[1]!.profile.screeningLabel).toBe(checklistProfile().screeningLabel);
    // HIV is now known: the needs-information trials are re-decided by the new pre-screen.
    expect(entry.events.some((e) => e.action === "entry.rescreened")).toBe(true);
  });

  it("changes a trial's status with who, when and why, and refuses moves the workflow does not allow", async () => {
    const saved = await saveScreening(t.db, coordinator, { profile: eligible, confirmations: {} });
    await expect(
      changeTrialStatus(t.db, coordinator, { screeningId: saved.screeningId, trialId: "NCT05106972", to: "enrolled", rowVersion: saved.rowVersion }),
    ).rejects.toMatchObject({ status: 422 });
    const approached = await changeTrialStatus(t.db, coordinator, {
      screeningId: saved.screeningId,
      trialId: "NCT05106972",
      to: "approached",
      reason: "Ward round",
      rowVersion: saved.rowVersion,
    });
    await expect(
      changeTrialStatus(t.db, coordinator, { screeningId: saved.screeningId, trialId: "NCT05106972", to: "declined", reason: " ", rowVersion: approached.rowVersion }),
    ).rejects.toThrow(/needs a reason/);
    await changeTrialStatus(t.db, coordinator, {
      screeningId: saved.screeningId,
      trialId: "NCT05106972",
      to: "declined",
      reason: "Prefers standard care",
      rowVersion: approached.rowVersion,
    });
    const entry = await getEntry(t.db, coordinator, saved.screeningId);
    const status = entry.statuses.find((s) => s.trialId === "NCT05106972")!;
    expect(status).toMatchObject({ status: "declined", reason: "Prefers standard care", changedBy: "coord", setBy: "person" });
    const last = entry.events.at(-1)!;
    expect(last).toMatchObject({ action: "trial.status", trialId: "NCT05106972", reason: "Prefers standard care" });
    expect(last.fromValue).toMatchObject({ status: "approached" });
    expect(last.toValue).toMatchObject({ status: "declined" });
  });

  it("gives the second of two saves from the same version a conflict, and keeps the first", async () => {
    const saved = await saveScreening(t.db, coordinator, { profile: eligible, confirmations: {} });
    const change = { screeningId: saved.screeningId, trialId: "NCT05106972", to: "approached" as const, reason: "A", rowVersion: saved.rowVersion };
    await changeTrialStatus(t.db, coordinator, change);
    const second = changeTrialStatus(t.db, investigator, { ...change, trialId: "NCT06242405", reason: "B" });
    await expect(second).rejects.toBeInstanceOf(LogConflictError);
    await expect(second).rejects.toThrow(/your change was not saved/);
    const entry = await getEntry(t.db, coordinator, saved.screeningId);
    expect(entry.statuses.find((s) => s.trialId === "NCT05106972")?.status).toBe("approached");
    expect(entry.statuses.find((s) => s.trialId === "NCT06242405")?.reason).not.toBe("B");
  });

  it("runs parallel updates of one entry as one success and clear conflicts, losing no write", async () => {
    const saved = await saveScreening(t.db, coordinator, { profile: eligible, confirmations: {} });
    const attempts = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        changeTrialStatus(t.db, i % 2 ? investigator : coordinator, {
          screeningId: saved.screeningId,
          trialId: "NCT05106972",
          to: "not-approached",
          reason: `attempt ${i}`,
          rowVersion: saved.rowVersion,
        }),
      ),
    );
    const won = attempts.filter((a) => a.status === "fulfilled");
    const lost = attempts.filter((a): a is PromiseRejectedResult => a.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(7);
    for (const l of lost) expect(l.reason).toBeInstanceOf(LogConflictError);
    const entry = await getEntry(t.db, coordinator, saved.screeningId);
    expect(entry.rowVersion).toBe(saved.rowVersion + 1);
    const events = entry.events.filter((e) => e.action === "trial.status" && e.reason?.startsWith("attempt"));
    expect(events).toHaveLength(1);
    expect(entry.statuses.find((s) => s.trialId === "NCT05106972")?.reason).toBe(events[0]!.reason);
  });

  it("lets an investigator, and only an investigator, sign the determination with every manual item judged", async () => {
    const saved = await saveScreening(t.db, coordinator, { profile: eligible, confirmations: {} });
    const entry = await getEntry(t.db, investigator, saved.screeningId);
    const record = entry.versions[0]!.trials.find((r) => r.trialId === "NCT05106972")!;
    const manual = record.criteria.filter((c) => c.manual).map((c) => c.id);
    expect(manual.length).toBeGreaterThan(0);
    const input = {
      screeningId: saved.screeningId,
      trialId: "NCT05106972",
      version: 1,
      judgements: manual.map((criterionId) => ({ criterionId, outcome: "met" as const })),
      rowVersion: saved.rowVersion,
    };
    await expect(signOff(t.db, coordinator, input)).rejects.toMatchObject({ status: 403 });
    await expect(signOff(t.db, investigator, { ...input, judgements: [] })).rejects.toThrow(/Judge every manual item/);
    const signed = await signOff(t.db, investigator, input);
    expect(signed.eligible).toBe(true);

    // A second trial signed not eligible: the manual item judged not met becomes the coded reason.
    const other = await getEntry(t.db, investigator, saved.screeningId);
    const otherRecord = other.versions[0]!.trials.find((r) => r.verdict === "passed" && r.trialId !== "NCT05106972");
    if (otherRecord) {
      const ids = otherRecord.criteria.filter((c) => c.manual).map((c) => c.id);
      const result = await signOff(t.db, investigator, {
        screeningId: saved.screeningId,
        trialId: otherRecord.trialId,
        version: 1,
        judgements: ids.map((criterionId, i) => ({ criterionId, outcome: i === 0 ? ("not-met" as const) : ("met" as const) })),
        rowVersion: other.rowVersion,
      });
      expect(result.eligible).toBe(false);
      const after = await getEntry(t.db, investigator, saved.screeningId);
      expect(after.statuses.find((s) => s.trialId === otherRecord.trialId)).toMatchObject({
        status: "not-eligible",
        failReasons: [`${otherRecord.trialId} ${ids[0]} (investigator)`],
      });
    }
    const final = await getEntry(t.db, investigator, saved.screeningId);
    expect(final.signoffs.find((s) => s.trialId === "NCT05106972")).toMatchObject({ signedBy: "inv", eligible: true, version: 1 });
  });

  it("voids a mistaken entry with a reason: hidden from coordinators' list, shown to investigators and admins, never deleted", async () => {
    const saved = await saveScreening(t.db, coordinator, { profile: eligible, confirmations: {} });
    await expect(voidEntry(t.db, coordinator, { screeningId: saved.screeningId, reason: "", rowVersion: saved.rowVersion })).rejects.toThrow(/reason/);
    await voidEntry(t.db, coordinator, { screeningId: saved.screeningId, reason: "Entered for the wrong patient", rowVersion: saved.rowVersion });
    const ids = async (a: Actor) => (await listEntries(t.db, a)).map((e) => e.screeningId);
    expect(await ids(coordinator)).not.toContain(saved.screeningId);
    expect(await ids(investigator)).toContain(saved.screeningId);
    expect(await ids(admin)).toContain(saved.screeningId);
    const entry = await getEntry(t.db, admin, saved.screeningId);
    expect(entry.voided).toMatchObject({ by: "coord", reason: "Entered for the wrong patient" });
    await expect(
      changeTrialStatus(t.db, coordinator, { screeningId: saved.screeningId, trialId: "NCT05106972", to: "approached", rowVersion: entry.rowVersion }),
    ).rejects.toThrow(/voided/);
  });

  it("lists entries newest first, filtered by trial, status and date range", async () => {
    const all = await listEntries(t.db, investigator);
    const times = all.map((e) => e.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const declined = await listEntries(t.db, coordinator, { trialId: "NCT05106972", status: "declined" });
    expect(declined.length).toBeGreaterThan(0);
    for (const e of declined) expect(e.statuses.find((s) => s.trialId === "NCT05106972")?.status).toBe("declined");
    expect(await listEntries(t.db, coordinator, { from: "2000-01-01", to: "2000-01-02" })).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await listEntries(t.db, coordinator, { from: today, to: today })).length).toBeGreaterThan(0);
  });

  it("keeps admins from writing to the log and coordinators from reading nothing they may not", async () => {
    await expect(saveScreening(t.db, admin, { profile: eligible, confirmations: {} })).rejects.toMatchObject({ status: 403 });
  });

  it("refuses to edit, delete or truncate the audit trail, the saved versions and the sign-offs, in the database itself", async () => {
    const [event] = await t.db.select().from(auditEvent).limit(1);
    expect(event).toBeDefined();
    await expect(t.db.update(auditEvent).set({ reason: "edited" }).where(eq(auditEvent.id, event!.id))).rejects.toThrow();
    await expect(t.db.delete(auditEvent).where(eq(auditEvent.id, event!.id))).rejects.toThrow();
    await expect(t.raw.exec("TRUNCATE audit_event CASCADE")).rejects.toThrow(/append-only/);
    await expect(t.db.update(screeningVersion).set({ version: 99 })).rejects.toThrow();
    await expect(t.db.delete(screeningVersion)).rejects.toThrow();
    await expect(t.db.delete(signoff)).rejects.toThrow();
    const [still] = await t.db.select().from(auditEvent).where(eq(auditEvent.id, event!.id));
    expect(still?.reason).toBe(event!.reason);
  });
});
