/**
 * Golden files of the generated SQL (as OHDSI circe-be keeps them): any change to the compiler or
 * to a trial's encoding shows up in review as a diff of tests/sql/golden/*.sql. After an intended
 * change, regenerate them with `npm run golden:update` and commit the diff with the change.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TRIALS } from "@/criteria";
import { profilesTableDdl } from "@/lib/core/sql/columns";
import { cohortSql, screeningQuery } from "@/lib/core/sql/compile";
import { referTrial } from "../fixtures/refer-trial";
import { sampleTrial } from "../fixtures/sample-trial";

const dir = join(__dirname, "golden");
const update = process.env.UPDATE_GOLDEN === "1";

const GOLDEN: Record<string, () => string> = {
  "profiles-table.sql": () => profilesTableDdl(),
  "cohort.sql": () => cohortSql(TRIALS),
  ...Object.fromEntries(TRIALS.map((trial) => [`${trial.id}.sql`, () => screeningQuery([trial])])),
  "sample-trial.sql": () => screeningQuery([sampleTrial]),
  "refer-trial.sql": () => screeningQuery([referTrial]),
};

describe("the generated SQL matches its golden file", () => {
  for (const [file, generate] of Object.entries(GOLDEN)) {
    it(file, () => {
      const path = join(dir, file);
      const sql = generate();
      if (update) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(path, sql);
      }
      expect(existsSync(path), `${file} is missing: run npm run golden:update`).toBe(true);
      expect(sql, `${file} changed: review the diff, then npm run golden:update`).toBe(readFileSync(path, "utf8"));
    });
  }
});

describe("the generated SQL's names", () => {
  it("fit PostgreSQL's 63-byte identifiers, so none is cut (with a NOTICE) in the hospital's psql", () => {
    const sql = [cohortSql(TRIALS), screeningQuery([sampleTrial]), screeningQuery([referTrial])].join("\n").replace(/--[^\n]*/g, "").replace(/'[^']*'/g, "''");
    const tooLong = [...new Set(sql.match(/\b[A-Za-z_][A-Za-z0-9_]*\b/g) ?? [])].filter((name) => Buffer.byteLength(name) > 63);
    expect(tooLong).toEqual([]);
  });
});
