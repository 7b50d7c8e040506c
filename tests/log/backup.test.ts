/**
 * Backup and restore round trip, on each engine and across them: every table comes back equal,
 * the restored database keeps working (new events get new IDs, history stays append-only), and a
 * restore never writes into a database that already has data.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "@/lib/server/auth/accounts";
import { BackupError, dumpLines, parseBackup, restoreFrom } from "@/lib/server/db/backup";
import { eq } from "drizzle-orm";
import { auditEvent, user } from "@/lib/server/db/schema";
import { changeTrialStatus, getEntry, saveScreening, signOff, voidEntry, type Actor } from "@/lib/server/log/service";
import { checklistProfile, fixtureProfile } from "../fixtures/checklist-screening";
import { databaseTargets } from "../support/databases";
import { createAppDatabase, type AppTestDatabase } from "../support/log-database";

const targets = databaseTargets();

/** The backup's rows, without the header's creation time. */
const body = (lines: string[]) => lines.slice(1);

describe("backup and restore", () => {
  let source: AppTestDatabase;
  let lines: string[];
  let screeningId: string;
  const opened: AppTestDatabase[] = [];

  beforeAll(async () => {
    source = await createAppDatabase(targets[0]!);
    const c = await createAccount(source.db, { username: "coord", password: "coordinator-pw", role: "coordinator" });
    const i = await createAccount(source.db, { username: "inv", password: "investigator-pw", role: "investigator" });
    const coord: Actor = { ...c };
    const inv: Actor = { ...i };
    const first = await saveScreening(source.db, coord, { profile: checklistProfile(), confirmations: {} });
    const second = await saveScreening(source.db, coord, {
      profile: fixtureProfile("decompensated-hbv-eligible-for-NCT05106972"),
      confirmations: {},
      rescreenOf: { screeningId: first.screeningId, rowVersion: first.rowVersion },
    });
    const entry = await getEntry(source.db, inv, first.screeningId);
    const manual = entry.versions[0]!.trials.find((t) => t.trialId === "NCT05106972")!.criteria.filter((x) => x.manual);
    const signed = await signOff(source.db, inv, {
      screeningId: first.screeningId,
      trialId: "NCT05106972",
      version: 2,
      judgements: manual.map((m) => ({ criterionId: m.id, outcome: "met" as const })),
      rowVersion: second.rowVersion,
    });
    await changeTrialStatus(source.db, coord, { screeningId: first.screeningId, trialId: "NCT05106972", to: "approached", reason: "clinic", rowVersion: signed.rowVersion });
    const other = await saveScreening(source.db, coord, { profile: checklistProfile(), confirmations: {} });
    await voidEntry(source.db, coord, { screeningId: other.screeningId, reason: "duplicate", rowVersion: other.rowVersion });
    screeningId = first.screeningId;
    lines = await dumpLines(source.db);
  }, 120_000);

  afterAll(async () => {
    await source?.close();
    for (const db of opened) await db.close();
  });

  it("writes a complete, checked dump", () => {
    const parsed = parseBackup(lines.join("\n"));
    expect(parsed.rows).toBeGreaterThan(20);
    expect(() => parseBackup(lines.slice(0, -2).join("\n"))).toThrow(BackupError);
    expect(() => parseBackup("{}")).toThrow(/not a backup/);
  });

  for (const target of targets) {
    it(`restores into an empty ${target.name} database, equal table by table, and the log keeps working`, async () => {
      const copy = await createAppDatabase(target);
      opened.push(copy);
      await restoreFrom(copy.db, lines.join("\n"));
      expect(body(await dumpLines(copy.db))).toEqual(body(lines));
      const inv = (await getEntry(copy.db, { id: "x", username: "x", role: "investigator" }, screeningId));
      expect(inv.versions.map((v) => v.version)).toEqual([2, 1]);
      expect(inv.signoffs).toHaveLength(1);
      // New writes continue the sequences; history stays append-only after a restore.
      const coord = inv.versions[0]!.savedBy;
      expect(coord).toBe("coord");
      const before = await copy.db.select().from(auditEvent).orderBy(auditEvent.id);
      const [coordRow] = await copy.db.select().from(user).where(eq(user.username, "coord"));
      await changeTrialStatus(copy.db, { id: coordRow!.id, username: "coord", role: "coordinator" }, {
        screeningId, trialId: "NCT05106972", to: "consented", rowVersion: inv.rowVersion,
      });
      const after = await copy.db.select().from(auditEvent).orderBy(auditEvent.id);
      expect(after.at(-1)!.id).toBeGreaterThan(before.at(-1)!.id);
      await expect(copy.db.delete(auditEvent)).rejects.toThrow();
      await expect(restoreFrom(copy.db, lines.join("\n"))).rejects.toThrow(/not empty/);
    }, 120_000);
  }
});
