/**
 * The derived facts and time windows in SQL, against the TypeScript they mirror, on the values
 * where floating point is most likely to disagree: unit conversions that land on a rounding tie
 * at the 12th digit, PT prolongations that land on a tie at the millisecond, and every time unit
 * against every window unit.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRIALS } from "@/criteria";
import { copyLine, openPglite, openPostgres, type CohortDatabase } from "@/lib/cli/cohort-db";
import { FACT_VALUE } from "@/lib/core/facts";
import { TIME_UNITS, type Profile } from "@/lib/core/profile";
import type { Rule } from "@/lib/core/rules";
import { profileToRow, profilesTableDdl } from "@/lib/core/sql/columns";
import { cleanSql, compileRuleSql, derivedFactSql, factsSource } from "@/lib/core/sql/compile";
import { isWithin, type TimeWindow } from "@/lib/core/time";
import { clean } from "@/lib/core/units";
import { databaseTargets, type TestDatabase } from "../support/databases";

/** Doubles whose shortest decimal is a tie at the 12th significant digit (…5 at the 13th). */
const ties = fc.sample(
  fc.tuple(fc.integer({ min: 100_000_000_000, max: 999_999_999_999 }), fc.integer({ min: -14, max: 3 })),
  { seed: 5, numRuns: 5000 },
).map(([digits, exponent]) => Number(`${digits}5e${exponent - 12}`));
const anyDoubles = fc.sample(fc.double({ min: 1e-6, max: 1e4, noNaN: true }), { seed: 6, numRuns: 5000 });
/** Doubles of every magnitude (the float8 fast path scales by 10^k exactly only for 0 ≤ k ≤ 22). */
const everyMagnitude = fc.sample(fc.double({ min: 1e-300, max: 1e300, noNaN: true }), { seed: 8, numRuns: 5000 });
/** Next to powers of ten, where ⌊log₁₀ x⌋ may be off by one, and 12-digit ties of every magnitude. */
const nearPowersOfTen = Array.from({ length: 601 }, (_, i) => 10 ** (i - 300)).flatMap((p) => [p, p * (1 + Number.EPSILON), p * (1 - Number.EPSILON / 2), p * 0.99999999999949, p * 0.9999999999995]);
const tiesOfEveryMagnitude = ties.slice(0, 600).map((tie, i) => tie * 10 ** ((i % 60) * 5 - 150));
const quotients = fc.sample(fc.integer({ min: 1, max: 20_000 }), { seed: 7, numRuns: 5000 }).flatMap((n) => [n / 10 / 17.1, n / 10 / 88.4, n / 10 / 10]);

function windowsInCriteria(): TimeWindow[] {
  const found: TimeWindow[] = [];
  const visit = (rule: Rule | undefined): void => {
    if (!rule) return;
    if ("all" in rule) rule.all.forEach(visit);
    else if ("any" in rule) rule.any.forEach(visit);
    else if ("not" in rule) visit(rule.not);
    else if ("op" in rule && rule.op === "within") found.push({ amount: rule.amount, unit: rule.unit });
  };
  for (const t of TRIALS) {
    for (const c of t.criteria) {
      visit(c.rule);
      visit(c.appliesIf);
    }
  }
  return found;
}

for (const target of databaseTargets()) {
  describe(`derived facts in SQL on ${target.name}`, () => {
    let test: TestDatabase;
    let db: CohortDatabase;
    beforeAll(async () => {
      test = await target.create();
      db = test.url ? await openPostgres(test.url) : await openPglite(test.client as never);
    }, 120_000);
    afterAll(async () => {
      await db?.close();
      await test?.close();
    }, 120_000);

    it("rounds unit conversions to 12 significant digits exactly as units.ts's clean() does, ties included", async () => {
      const values = [0, 1, 2, 0.5, 1e-6, 5e-324, 1e-310, 2.2250738585072014e-308, 1e-300, 1e300, 1.7976931348623157e308, ...ties, ...anyDoubles, ...quotients, ...everyMagnitude, ...nearPowersOfTen, ...tiesOfEveryMagnitude].filter((v) => Number.isFinite(v));
      await db.exec("CREATE TABLE doubles (i int, v float8)");
      await db.copyInto("doubles (i, v)", values.map((v, i) => `${i},${v}\n`).join(""));
      const rows = await db.queryArrays(`SELECT i, ${cleanSql("v")} FROM doubles ORDER BY i`);
      const wrong = rows.filter(([i, got]) => got !== clean(values[Number(i)] as number));
      expect(wrong.slice(0, 5).map(([i, got]) => `${values[Number(i)]}: SQL ${got}, JS ${clean(values[Number(i)] as number)}`)).toEqual([]);
      expect(rows).toHaveLength(values.length);
    }, 120_000);

    it("converts the tiniest bilirubin values as JavaScript does, where float8 division would underflow", async () => {
      const tiny = [0, 5e-324, 4e-323, 4.4e-323, 5e-323, 1e-320, 1e-310, 1e-300];
      await db.exec(profilesTableDdl("tiny_profiles"));
      const profiles: Profile[] = tiny.map((value) => ({ labs: { bilirubin: { value, unit: "µmol/L" } } }));
      await db.copyIn("tiny_profiles", profiles.map((p, i) => copyLine(i, profileToRow(p))).join(""));
      const rows = await db.queryArrays(`SELECT line, ${derivedFactSql("bilirubinMgdL")} FROM tiny_profiles ORDER BY line`);
      expect(rows.map((r) => r[1])).toEqual(profiles.map((p) => FACT_VALUE.bilirubinMgdL(p)));
    }, 120_000);

    it("computes PT prolongation to the millisecond as facts.ts does, rounding ties up", async () => {
      const pairs = fc.sample(
        fc.tuple(fc.integer({ min: 50_000, max: 2_000_000 }), fc.integer({ min: 50_000, max: 600_000 })),
        { seed: 8, numRuns: 10_000 },
      ).map(([pt, control]) => [pt / 10_000, control / 10_000] as const);
      pairs.push([15.5005, 12.5], [15.5015, 12.5], [12.4995, 12.5], [5, 60], [15.6, 12.5]);
      await db.exec(profilesTableDdl("pt_profiles"));
      const profiles: Profile[] = pairs.map(([ptSeconds, ptControlSeconds]) => ({ labs: { ptSeconds, ptControlSeconds } }));
      await db.copyIn("pt_profiles", profiles.map((p, i) => copyLine(i, profileToRow(p))).join(""));
      const rows = await db.queryArrays(`SELECT line, ${derivedFactSql("ptProlongationSeconds")} FROM pt_profiles ORDER BY line`);
      const wrong = rows.filter(([i, got]) => got !== FACT_VALUE.ptProlongationSeconds(profiles[Number(i)] as Profile));
      expect(wrong.slice(0, 5)).toEqual([]);
      expect(rows).toHaveLength(profiles.length);
    }, 120_000);

    it("decides time windows as time.ts does, for every entry unit against every window unit", async () => {
      const amounts = [0, 0.5, 1, 2, 3, 4, 6, 11, 12, 13, 23.5, 27, 28, 29, 30, 30.4, 31, 52, 53, 59, 60, 61, 90, 364, 365, 366, 400];
      const windows: TimeWindow[] = [
        ...windowsInCriteria(),
        ...TIME_UNITS.flatMap((unit) => [0, 1, 2, 3, 4, 6, 12, 30, 52, 365].map((amount) => ({ amount, unit }))),
      ];
      const entries = TIME_UNITS.flatMap((unit) => amounts.map((amount) => ({ amount, unit })));
      await db.exec(profilesTableDdl("time_profiles"));
      const profiles: Profile[] = entries.map((t) => ({ exposures: { interferon: { status: "ago", ...t } } }));
      await db.copyIn("time_profiles", profiles.map((p, i) => copyLine(i, profileToRow(p))).join(""));
      const columns = windows.map((w) => compileRuleSql({ fact: "interferon", op: "within", amount: w.amount, unit: w.unit }).value);
      const rows = await db.queryArrays(`SELECT line, ${columns.join(", ")} FROM ${factsSource("time_profiles")} ORDER BY line`);
      const decode = (v: unknown) => (Number(v) === 2 ? true : Number(v) === 0 ? false : null);
      let checked = 0;
      for (const row of rows) {
        const entry = entries[Number(row[0])] as { amount: number; unit: (typeof TIME_UNITS)[number] };
        windows.forEach((w, k) => {
          const expected = isWithin(entry.amount, entry.unit, w);
          if (decode(row[k + 1]) !== expected) {
            expect.fail(`${entry.amount} ${entry.unit} within ${w.amount} ${w.unit}: TS ${expected}, SQL ${decode(row[k + 1])}`);
          }
          checked++;
        });
      }
      expect(checked).toBe(entries.length * windows.length);
      // Months against days stay unknown where the calendar decides.
      expect(isWithin(1, "months", { amount: 30, unit: "days" })).toBeNull();
    }, 120_000);
  });
}
