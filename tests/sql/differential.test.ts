/**
 * The proof that the compiled SQL and the TypeScript engine are the same screening: at least
 * 100,000 generated profiles (many unknowns, values at every threshold, labs in both units, times
 * in every unit) through both, agreeing on every criterion's status of every trial and on every
 * verdict. On PGlite always; on PostgreSQL too when TEST_DATABASE_URL is set (.ci/run sets it).
 *
 * COHORT_DIFFERENTIAL_PROFILES overrides the count (e.g. for a quick local run); CI uses the default.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRIALS } from "@/criteria";
import { copyLine, openPglite, openPostgres, type CohortDatabase } from "@/lib/cli/cohort-db";
import { resolveContradictions } from "@/lib/core/consistency";
import { screen } from "@/lib/core/engine";
import { profileSchema, type Profile } from "@/lib/core/profile";
import { profileToRow, profilesTableDdl } from "@/lib/core/sql/columns";
import { cohortStatus, screeningQuery } from "@/lib/core/sql/compile";
import type { TrialDefinition } from "@/lib/core/trial";
import { referTrial } from "../fixtures/refer-trial";
import { sampleTrial } from "../fixtures/sample-trial";
import { cohortProfile } from "../support/arbitraries";
import { databaseTargets, type TestDatabase } from "../support/databases";

const PROFILES = Number(process.env.COHORT_DIFFERENTIAL_PROFILES ?? 100_000);
const BATCH = 10_000;
const trials: readonly TrialDefinition[] = [...TRIALS, sampleTrial, referTrial];
const query = screeningQuery(trials, { table: "cohort_profiles" });

/** The engine's answer in the query's column order: every criterion's status, then every verdict. */
function expectedRow(profile: Profile): string[] {
  const results = screen(profile, trials);
  return [...results.flatMap((t) => t.criteria.map(cohortStatus)), ...results.map((t) => t.verdict)];
}

const columnNames = [
  ...trials.flatMap((t) => t.criteria.map((c) => `${t.id}/${c.id}`)),
  ...trials.map((t) => `${t.id} verdict`),
];

async function cohortDatabase(test: TestDatabase): Promise<CohortDatabase> {
  return test.url ? openPostgres(test.url) : openPglite(test.client as never);
}

const targets = databaseTargets();

describe(`the compiled SQL on ${targets.map((t) => t.name).join(" and ")}`, () => {
  const opened: { name: string; test: TestDatabase; db: CohortDatabase }[] = [];
  beforeAll(async () => {
    for (const target of targets) {
      const test = await target.create();
      const db = await cohortDatabase(test);
      await db.exec(profilesTableDdl("cohort_profiles"));
      opened.push({ name: target.name, test, db });
    }
  }, 120_000);
  afterAll(async () => {
    for (const { test, db } of opened) {
      await db.close();
      await test.close();
    }
  }, 120_000);

  it(`agrees with the engine on every criterion and verdict for ${PROFILES.toLocaleString("en")} generated profiles`, async () => {
    const compared = new Map<string, number>();
    const seen = new Map<string, number>();
    let contradicted = 0;
    // Each batch is generated and screened by the engine once, then checked on every database.
    for (let start = 0; start < PROFILES; start += BATCH) {
      const count = Math.min(BATCH, PROFILES - start);
      const profiles = fc.sample(cohortProfile, { seed: 20261129 + start, numRuns: count });
      let csv = "";
      profiles.forEach((profile, i) => {
        // The generator makes only valid profiles; a bad one would be a bug in the test itself.
        if (!profileSchema.safeParse(profile).success) throw new Error(`invalid generated profile ${JSON.stringify(profile)}`);
        csv += copyLine(start + i + 1, profileToRow(profile));
      });
      const expected = profiles.map(expectedRow);
      contradicted += profiles.filter((p) => resolveContradictions(p).contradictions.length > 0).length;
      for (const row of expected) for (const status of row) seen.set(status, (seen.get(status) ?? 0) + 1);
      for (const { name, db } of opened) {
        await db.exec("TRUNCATE cohort_profiles");
        await db.copyIn("cohort_profiles", csv);
        const rows = await db.queryArrays(query);
        expect(rows).toHaveLength(count);
        rows.forEach((row, i) => {
          expect(Number(row[0])).toBe(start + i + 1);
          const actual = row.slice(1) as string[];
          const want = expected[i] as string[];
          if (actual.join() !== want.join()) {
            const where = want.findIndex((status, k) => actual[k] !== status);
            expect.fail(
              `${name}: ${columnNames[where]}: engine says ${want[where]}, SQL says ${actual[where]} for ${JSON.stringify(profiles[i])}`,
            );
          }
        });
        compared.set(name, (compared.get(name) ?? 0) + rows.length);
      }
    }
    for (const target of targets) expect(compared.get(target.name)).toBe(PROFILES);
    // Some profiles hold contradicting answers, which the engine screens as unknown.
    expect(contradicted).toBeGreaterThan(0);
    // The generated profiles reach every status and every verdict, so each was compared.
    for (const outcome of ["satisfied", "violated", "unknown", "manual", "referred", "not-applicable", "ineligible", "needs-info", "passed"]) {
      expect(seen.get(outcome) ?? 0, outcome).toBeGreaterThan(0);
    }
  }, 1_800_000);
});
