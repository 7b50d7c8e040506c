/**
 * The laws of the logic, checked in SQL on random rule trees compiled by lib/core/sql/compile.ts and
 * evaluated by the database on random profiles: De Morgan and double negation (with referrals too,
 * as lib/core/logic.ts ranks them), absorption (three-valued rules), agreement with the TypeScript
 * compiled rules, and a not-applicable criterion as the identity of the verdict.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyLine, openPglite, openPostgres, type CohortDatabase } from "@/lib/cli/cohort-db";
import { compileRule } from "@/lib/core/compile";
import { resolveContradictions } from "@/lib/core/consistency";
import { evaluateTrial } from "@/lib/core/engine";
import { REFER, type Outcome } from "@/lib/core/logic";
import type { Profile } from "@/lib/core/profile";
import type { Rule } from "@/lib/core/rules";
import { profileToRow, profilesTableDdl } from "@/lib/core/sql/columns";
import { compileRuleSql, factsSource, screeningQuery, verdictColumn, type SqlOutcome } from "@/lib/core/sql/compile";
import type { TrialDefinition } from "@/lib/core/trial";
import { sampleTrial } from "../fixtures/sample-trial";
import { cohortProfile } from "../support/arbitraries";
import { databaseTargets, type TestDatabase } from "../support/databases";

const leaves: Rule[] = [
  { fact: "age", op: "between", min: 18, max: 80 },
  { fact: "ptProlongationSeconds", op: "gt", value: 3 },
  { fact: "bilirubinMgdL", op: "ge", value: 2 },
  { fact: "albuminGdL", op: "lt", value: 2.8 },
  { fact: "creatinineMgdL", op: "le", value: 1 },
  { fact: "westHavenGrade", op: "eq", value: 0 },
  { fact: "hiv", op: "is", value: true },
  { fact: "etiologyHbv", op: "is", value: false },
  { fact: "sex", op: "in", values: ["female"] },
  { fact: "heartFailure", op: "in", values: ["chronic", "acute"] },
  { fact: "interferon", op: "within", amount: 1, unit: "years" },
  { fact: "otherTrialParticipation", op: "within", amount: 30, unit: "days" },
  { concept: "endStageLiverDisease" },
  { concept: "seriousBleedingTendency" },
];

const ruleTree = (withRefer: boolean): fc.Arbitrary<Rule> =>
  fc.letrec<{ rule: Rule }>((tie) => ({
    rule: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      // Shared concepts may refer to the investigator (issue 9's review), so three-valued trees leave them out.
      fc.constantFrom(...(withRefer ? leaves : leaves.filter((leaf) => !("concept" in leaf)))),
      fc.array(tie("rule"), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
      fc.array(tie("rule"), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
      tie("rule").map((not) => ({ not })),
      ...(withRefer ? [tie("rule").map((when) => ({ refer: { when, reason: { key: "test.law", text: "Law." } } }))] : []),
    ),
  })).rule;

/** An outcome as one letter: F, U (unknown), R (refer), T. */
function outcomeSql(o: SqlOutcome): string {
  const undecided = o.referred ? `CASE WHEN ${o.referred} = 1 THEN 'R' ELSE 'U' END` : "'U'";
  return `CASE ${o.value} WHEN 0 THEN 'F' WHEN 2 THEN 'T' ELSE ${undecided} END`;
}
const letter = (o: Outcome) => (o === true ? "T" : o === false ? "F" : o === REFER ? "R" : "U");

type Law = { name: string; left: Rule; right: Rule };

function laws(): Law[] {
  const four = fc.sample(fc.tuple(ruleTree(true), ruleTree(true)), { seed: 11, numRuns: 40 });
  const three = fc.sample(fc.tuple(ruleTree(false), ruleTree(false)), { seed: 12, numRuns: 40 });
  return [
    ...four.flatMap(([a, b]) => [
      { name: "not(all(a,b)) = any(not a, not b)", left: { not: { all: [a, b] } }, right: { any: [{ not: a }, { not: b }] } },
      { name: "not(any(a,b)) = all(not a, not b)", left: { not: { any: [a, b] } }, right: { all: [{ not: a }, { not: b }] } },
      { name: "not(not a) = a", left: { not: { not: a } }, right: a },
      { name: "all(a,b) = all(b,a)", left: { all: [a, b] }, right: { all: [b, a] } },
    ]),
    ...three.flatMap(([a, b]) => [
      { name: "all(a, any(a,b)) = a", left: { all: [a, { any: [a, b] }] }, right: a },
      { name: "any(a, all(a,b)) = a", left: { any: [a, { all: [a, b] }] }, right: a },
    ]),
  ];
}

const profiles: Profile[] = fc.sample(cohortProfile, { seed: 13, numRuns: 400 });

for (const target of databaseTargets()) {
  describe(`Kleene laws in SQL on ${target.name}`, () => {
    let test: TestDatabase;
    let db: CohortDatabase;
    beforeAll(async () => {
      test = await target.create();
      db = test.url ? await openPostgres(test.url) : await openPglite(test.client as never);
      // These queries hold hundreds of rule trees at once; PostgreSQL's planner would JIT-compile
      // them (its cost estimate grows with the expressions), which takes minutes and tests nothing.
      if (test.url) await db.exec("SET jit = off");
      await db.exec(profilesTableDdl("law_profiles"));
      await db.copyIn("law_profiles", profiles.map((p, i) => copyLine(i, profileToRow(p))).join(""));
    }, 120_000);
    afterAll(async () => {
      await db?.close();
      await test?.close();
    }, 120_000);

    it("De Morgan, double negation, commutativity (with referrals) and absorption (three-valued) hold row by row, and each side equals the TypeScript rule", async () => {
      const all = laws();
      const columns = all.flatMap((law) => [outcomeSql(compileRuleSql(law.left)), outcomeSql(compileRuleSql(law.right))]);
      const rows = await db.queryArrays(`SELECT line, ${columns.join(", ")} FROM ${factsSource("law_profiles")} ORDER BY line`);
      expect(rows).toHaveLength(profiles.length);
      let checked = 0;
      for (const row of rows) {
        const profile = profiles[Number(row[0])] as Profile;
        all.forEach((law, k) => {
          const [left, right] = [row[1 + 2 * k], row[2 + 2 * k]];
          const inTs = letter(compileRule(law.left)(profile));
          if (left !== right || left !== inTs) {
            expect.fail(`${law.name}: SQL ${left} vs ${right}, TypeScript ${inTs}; rules ${JSON.stringify(law)}; profile ${JSON.stringify(profile)}`);
          }
          checked++;
        });
      }
      expect(checked).toBe(all.length * profiles.length);
    }, 120_000);

    it("treats a not-applicable criterion as the identity: adding it never changes a verdict", async () => {
      const extras = fc.sample(fc.tuple(ruleTree(true), ruleTree(true), fc.constantFrom("inclusion" as const, "exclusion" as const)), { seed: 14, numRuns: 30 });
      const trials: TrialDefinition[] = extras.map(([appliesIf, rule, category], i) => ({
        ...sampleTrial,
        id: `NCT1${String(i).padStart(7, "0")}`,
        criteria: [...sampleTrial.criteria, { id: category === "inclusion" ? "INCL99" : "EXCL99", category, text: "Extra", appliesIf, rule }],
      }));
      const query = screeningQuery([sampleTrial, ...trials], { table: "law_profiles" });
      const rows = await db.queryArrays(query);
      const names = query.match(/AS (\w+_verdict)/g)?.map((m) => m.slice(3)) ?? [];
      const base = names.indexOf(verdictColumn(sampleTrial.id));
      const width = (rows[0]?.length ?? 0) - names.length;
      let notApplicable = 0;
      for (const row of rows) {
        const profile = profiles[Number(row[0])] as Profile;
        trials.forEach((trial, t) => {
          const extra = trial.criteria.at(-1) as (typeof trial.criteria)[number];
          // The engine screens the profile with contradicting fields left unknown (consistency.ts).
          if (compileRule(extra.appliesIf as Rule)(resolveContradictions(profile).profile) !== false) return;
          notApplicable++;
          expect(row[width + 1 + t]).toBe(row[width + base]);
          expect(evaluateTrial(trial, profile).verdict).toBe(row[width + base]);
        });
      }
      expect(notApplicable).toBeGreaterThan(100);
    }, 120_000);
  });
}
