/**
 * Importing a cohort run's candidates into the screening log: each candidate line becomes a
 * screening of its own, attributed to the signed-in account, with its audit trail; a wrong password,
 * a disabled account or a role without log:write imports nothing.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRIALS } from "@/criteria";
import { screen } from "@/lib/core/engine";
import type { Profile } from "@/lib/core/profile";
import { createAccount } from "@/lib/server/auth/accounts";
import { candidateLines, runImportCandidates } from "@/lib/server/cli/import-candidates";
import { auditEvent, screeningEntry, user } from "@/lib/server/db/schema";
import { cohortProfile } from "../support/arbitraries";
import { databaseTargets } from "../support/databases";
import { createAppDatabase, type AppTestDatabase } from "../support/log-database";

const dir = mkdtempSync(join(tmpdir(), "cohort-import-test-"));
const profiles: Profile[] = fc.sample(cohortProfile, { seed: 17, numRuns: 30 });
const input = join(dir, "cohort.jsonl");
writeFileSync(input, profiles.map((p) => JSON.stringify(p)).join("\n") + "\n");
/** The cohort command's output for these profiles (its CSV, from the engine it is tested equal to). */
const results = join(dir, "results.csv");
writeFileSync(
  results,
  "line,trial_id,verdict,violated,unknown,manual,referred\n" +
    profiles.flatMap((p, i) => screen(p, TRIALS).map((r) => `${i + 1},${r.id},${r.verdict},,,,\n`)).join(""),
);
const expected = [...candidateLines(readFileSync(results, "utf8"))].sort((a, b) => a - b);

describe.each(databaseTargets())("importing cohort candidates into the screening log on $name", (target) => {
  let t: AppTestDatabase;
  beforeAll(async () => {
    t = await createAppDatabase(target);
    await createAccount(t.db, { username: "coord.one", password: "a-long-pass-1", role: "coordinator" });
    await createAccount(t.db, { username: "admin.one", password: "a-long-pass-2", role: "admin" });
    await createAccount(t.db, { username: "coord.off", password: "a-long-pass-3", role: "coordinator" });
    await t.db.update(user).set({ disabled: true }).where(eq(user.username, "coord.off"));
  }, 120_000);
  afterAll(async () => t?.close(), 120_000);

  const run = (username: string, password: string) =>
    runImportCandidates(["--username", username, "--input", input, "--results", results], async () => `${password}\n`, async () => t.db);

  it("finds candidates: some lines, not all (the test would prove nothing otherwise)", () => {
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(profiles.length);
  });

  it("refuses a wrong password, a disabled account and a role that may not write to the log (admin), and saves nothing", async () => {
    expect((await run("coord.one", "not-the-password")).exitCode).toBe(1);
    expect((await run("coord.off", "a-long-pass-3")).exitCode).toBe(1);
    const admin = await run("admin.one", "a-long-pass-2");
    expect(admin.exitCode).toBe(1);
    expect(admin.stderr).toMatch(/may not write to the screening log/);
    expect(await t.db.select().from(screeningEntry)).toHaveLength(0);
  });

  it("saves each candidate line as its own screening, attributed to the account, with its audit trail", async () => {
    const before = (await t.db.select().from(screeningEntry)).length;
    const result = await run("Coord.One", "a-long-pass-1");
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    const rows = result.stdout.trim().split("\n");
    expect(rows[0]).toBe("line,screening_id");
    const imported = rows.slice(1).map((r) => r.split(","));
    expect(imported.map(([line]) => Number(line))).toEqual(expected);
    const [coordinator] = await t.db.select().from(user).where(eq(user.username, "coord.one"));
    for (const [, screeningId] of imported) {
      const [entry] = await t.db.select().from(screeningEntry).where(eq(screeningEntry.id, screeningId as string));
      expect(entry?.createdBy).toBe(coordinator?.id);
      const events = await t.db.select().from(auditEvent).where(eq(auditEvent.screeningId, screeningId as string));
      expect(events.map((e) => e.action)).toContain("entry.created");
      expect(events.every((e) => e.actorUsername === "coord.one")).toBe(true);
    }
    expect(new Set(imported.map(([, id]) => id)).size).toBe(expected.length);
    expect((await t.db.select().from(screeningEntry)).length).toBe(before + expected.length);
  });
});
