/**
 * Reports, exports and re-screen dates read from a real screening log (PGlite, and PostgreSQL when
 * TEST_DATABASE_URL is set): screenings saved and moved on through the log service, then counted.
 * The expected counts come from the seeding plan below and the engine's own verdicts, not from the
 * report's code.
 */
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { TRIALS } from "@/criteria";
import { evaluateTrial } from "@/lib/core/engine";
import { profileSchema, type ProfileInput } from "@/lib/core/profile";
import { addDays } from "@/lib/core/rescreen";
import { auditEvent, screeningEntry } from "@/lib/server/db/schema";
import { changeTrialStatus, ForbiddenError, getEntry, saveScreening, voidEntry, type Actor } from "@/lib/server/log/service";
import { candidateOfEntry, readLogRecords } from "@/lib/server/reports/data";
import { exportLog, parseExportQuery } from "@/lib/server/reports/export";
import { UTF8_BOM } from "@/lib/view/log-csv";
import { buildReport } from "@/lib/view/reports";
import { dueForRescreen, rescreenDates } from "@/lib/view/rescreen-view";
import { ago } from "../criteria/helpers";
import { compensated, decompensatedHbv } from "../fixtures/profiles";
import { databaseTargets } from "../support/databases";
import { createAppDatabase, makeActor, type AppTestDatabase } from "../support/log-database";

const ALB = "NCT05106972";
const TODAY = new Date().toISOString().slice(0, 10);

const passes: ProfileInput = { ...decompensatedHbv, screeningLabel: '=HYPERLINK("x")' };
/** Out of NCT05106972 by albumin 1 week ago, and of the two ESLD trials by another trial 10 days ago. */
const albuminLastWeek: ProfileInput = {
  ...decompensatedHbv,
  exposures: { ...decompensatedHbv.exposures, albuminInfusion: ago(1, "weeks"), otherTrialParticipation: ago(10, "days") },
};
const ESLD2 = "NCT06984497"; // still open to patients (lib/core/freshness.ts)

describe.each(databaseTargets())("reports from the screening log on $name", (target) => {
  let t: AppTestDatabase;
  let coordinator: Actor;
  let investigator: Actor;
  let admin: Actor;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createAppDatabase(target);
    coordinator = await makeActor(t.db, "coordinator", "coord");
    investigator = await makeActor(t.db, "investigator", "inv");
    admin = await makeActor(t.db, "admin", "root");
    const save = async (name: string, profile: ProfileInput) => {
      ids[name] = (await saveScreening(t.db, coordinator, { profile, confirmations: {} })).screeningId;
    };
    for (const name of ["enrolled", "notApproached", "declined"]) await save(name, passes);
    await save("washout", albuminLastWeek);
    await save("voided", albuminLastWeek);
    await save("compensated", compensated);
    let row = 1;
    const move = async (name: string, to: Parameters<typeof changeTrialStatus>[2]["to"], reason?: string) => {
      const [entry] = await t.db.select().from(screeningEntry).where(eq(screeningEntry.id, ids[name]!));
      row = entry!.rowVersion;
      await changeTrialStatus(t.db, coordinator, { screeningId: ids[name]!, trialId: ALB, to, ...(reason && { reason }), rowVersion: row });
    };
    await move("enrolled", "approached");
    await move("enrolled", "consented");
    await move("enrolled", "enrolled");
    await move("notApproached", "not-approached", "Discharged");
    await move("declined", "approached");
    await move("declined", "declined", "Prefers standard care");
    await voidEntry(t.db, coordinator, { screeningId: ids.voided!, reason: "Saved twice", rowVersion: 1 });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it("counts the funnel and the exclusions as seeded", async () => {
    const { entries } = await readLogRecords(t.db, {}, TRIALS);
    const alb = buildReport(entries, {}, TRIALS).trials.find((r) => r.trialId === ALB)!;
    const trial = TRIALS.find((x) => x.id === ALB)!;
    const compensatedVerdict = evaluateTrial(trial, profileSchema.parse(compensated)).verdict;
    expect(alb.funnel).toEqual({ screened: 5, prescreenPassed: 3, approached: 2, consented: 1, enrolled: 1 });
    expect(alb.notEligible.total).toBe(1 + (compensatedVerdict === "ineligible" ? 1 : 0));
    expect(alb.needsInformation).toBe(compensatedVerdict === "needs-info" ? 1 : 0);
    expect(alb.notEligible.byCriterion.find((r) => r.key === "EXCL07")?.count).toBe(1);
    expect(alb.declined.byReason).toEqual([{ key: "prefers standard care", label: "Prefers standard care", count: 1 }]);
    expect(alb.notApproached.byReason).toEqual([{ key: "discharged", label: "Discharged", count: 1 }]);
    expect(alb.versions).toEqual({ current: trial.encoding.version, covered: [{ key: trial.encoding.version, label: trial.encoding.version, count: 5 }], olderCount: 0 });
  });

  it("selects by the day of the first screening", async () => {
    await t.db.update(screeningEntry).set({ createdAt: sql`now() - interval '40 days'` }).where(eq(screeningEntry.id, ids.compensated!));
    const lastMonth = addDays(TODAY, -40);
    const old = await readLogRecords(t.db, { from: lastMonth, to: lastMonth }, TRIALS);
    expect(old.entries.map((e) => e.screeningId)).toEqual([ids.compensated]);
    const recent = await readLogRecords(t.db, { from: addDays(TODAY, -1) }, TRIALS);
    expect(recent.entries).toHaveLength(4);
  });

  it("gives the washout entry its re-screen dates, and lists it as due once the date has come, for open trials only", async () => {
    const { entries, candidates } = await readLogRecords(t.db, {}, TRIALS);
    const washout = entries.find((e) => e.screeningId === ids.washout)!;
    expect(washout.trials.find((r) => r.trialId === ALB)!.rescreenFrom).toBe(addDays(TODAY, 15));
    expect(washout.trials.find((r) => r.trialId === ESLD2)!.rescreenFrom).toBe(addDays(TODAY, 21));
    const due = (day: string) => dueForRescreen(candidates, TRIALS, day).map((d) => [d.screeningId, d.trialId]);
    expect(due(addDays(TODAY, 20))).toEqual([]);
    // NCT05106972 is past its completion date, so never listed; NCT06984497 is.
    expect(due(addDays(TODAY, 21))).toEqual([[ids.washout, ESLD2]]);
  });

  it("gives an entry's page the same re-screen date", async () => {
    const candidate = candidateOfEntry(await getEntry(t.db, coordinator, ids.washout!))!;
    expect(rescreenDates(candidate, TRIALS).map((d) => [d.trialId, d.from])).toEqual([
      [ALB, addDays(TODAY, 15)],
      ["NCT06242405", addDays(TODAY, 21)],
      [ESLD2, addDays(TODAY, 21)],
    ]);
  });

  it("exports the site log for a coordinator, neutralised, and records the export in the audit trail", async () => {
    const file = await exportLog(t.db, coordinator, parseExportQuery(new URLSearchParams({ trial: ALB })), TODAY);
    expect(file.body.startsWith(UTF8_BOM)).toBe(true);
    expect(file.fileName).toBe(`screening-log-${ALB}-${TODAY}.csv`);
    const rows = Papa.parse<Record<string, string>>(file.body.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(5);
    expect(rows.filter((r) => r.Label === `'=HYPERLINK("x")`)).toHaveLength(3);
    expect(rows.map((r) => r["Screening ID"])).not.toContain(ids.voided);
    const events = await t.db.select().from(auditEvent).where(eq(auditEvent.action, "log.exported"));
    expect(events.at(-1)).toMatchObject({ actorId: coordinator.id, actorUsername: "coord", trialId: ALB, toValue: { format: "csv", rows: 5 } });
  });

  it("exports de-identified counts for an investigator, with no screening ID, label or full date", async () => {
    const file = await exportLog(t.db, investigator, parseExportQuery(new URLSearchParams({ deidentified: "1" })), TODAY);
    for (const id of Object.values(ids)) expect(file.body).not.toContain(id);
    expect(file.body).not.toContain("HYPERLINK");
    expect(file.body).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const events = await t.db.select().from(auditEvent).where(eq(auditEvent.action, "log.exported.deidentified"));
    expect(events).toHaveLength(1);
  });

  it("refuses an export to a role not allowed to export, and records nothing", async () => {
    const before = (await t.db.select().from(auditEvent)).length;
    await expect(exportLog(t.db, admin, parseExportQuery(new URLSearchParams()), TODAY)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await t.db.select().from(auditEvent)).length).toBe(before);
  });

  it("refuses an unknown trial", () => {
    expect(() => parseExportQuery(new URLSearchParams({ trial: "NCT99999999" }))).toThrow(/no such trial/);
  });
});
