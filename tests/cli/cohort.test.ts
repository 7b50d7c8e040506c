/**
 * The cohort command: JSON Lines and CSV in, one CSV row per line × trial out; invalid lines are
 * reported and kept, never skipped; PGlite, PostgreSQL and the TypeScript engine give the same rows.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { TRIALS } from "@/criteria";
import { OUTPUT_HEADER, parseScreenArgs, runCohortCli } from "@/lib/cli/cohort";
import { openCohortPglite } from "@/lib/cli/cohort-db";
import { screen } from "@/lib/core/engine";
import type { Profile } from "@/lib/core/profile";
import { PROFILE_COLUMNS, profileToRow } from "@/lib/core/sql/columns";
import { cohortProfile } from "../support/arbitraries";

const dir = mkdtempSync(join(tmpdir(), "cohort-test-"));

function sink() {
  let text = "";
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

async function run(args: string[]) {
  const stdout = sink();
  const stderr = sink();
  const exitCode = await runCohortCli(args, { stdout: stdout.stream, stderr: stderr.stream });
  return { exitCode, stdout: stdout.text(), stderr: stderr.text() };
}

const profiles: Profile[] = fc.sample(cohortProfile, { seed: 99, numRuns: 40 });

/** 40 valid profiles with four bad lines among them. */
const jsonLines = [
  ...profiles.slice(0, 10).map((p) => JSON.stringify(p)),
  "{not json",
  ...profiles.slice(10, 20).map((p) => JSON.stringify(p)),
  JSON.stringify({ demographics: { ageYears: "sixty" } }),
  "",
  JSON.stringify({ demographics: { name: "Zhang San" } }),
  ...profiles.slice(20).map((p) => JSON.stringify(p)),
];
const jsonlFile = join(dir, "cohort.jsonl");
writeFileSync(jsonlFile, `${jsonLines.join("\n")}\n`);
const badLines = [11, 22, 23, 24];

const validFile = join(dir, "valid.jsonl");
writeFileSync(validFile, `${profiles.map((p) => JSON.stringify(p)).join("\n")}\n`);

const csvFile = join(dir, "valid.csv");
writeFileSync(
  csvFile,
  Papa.unparse({
    fields: PROFILE_COLUMNS.map((c) => c.name),
    data: profiles.map((p) => profileToRow(p).map((v) => (v === undefined ? "" : String(v)))),
  }),
);

const rowsOf = (csv: string) => Papa.parse<string[]>(csv.trim(), { header: false }).data;

describe("the cohort command", () => {
  it("prints the profiles table and the screening query", async () => {
    const { exitCode, stdout } = await run(["sql"]);
    expect(exitCode).toBe(0);
    expect(stdout).toContain("CREATE TABLE cohort_profiles (");
    expect(stdout).toContain("labs_bilirubin_value double precision");
    for (const trial of TRIALS) expect(stdout).toContain(`AS ${trial.id.toLowerCase()}_verdict`);
  });

  it("refuses bad arguments with the usage and exit code 64", async () => {
    expect(parseScreenArgs([])).toEqual({ error: "--input FILE is required" });
    expect(parseScreenArgs(["--input", "x", "--engine", "python"])).toEqual({ error: "--engine is sql or js" });
    expect(parseScreenArgs(["--input", "x", "--db", "mysql://x"])).toEqual({ error: "--db takes a postgres:// URL" });
    expect(parseScreenArgs(["--input", "x.csv"])).toMatchObject({ format: "csv", engine: "sql" });
    const { exitCode, stderr } = await run(["screen", "--bogus"]);
    expect(exitCode).toBe(64);
    expect(stderr).toContain("usage:");
  });

  it("reports an unreadable input file on stderr with exit code 2", async () => {
    const { exitCode, stderr } = await run(["screen", "--input", join(dir, "missing.jsonl"), "--engine", "js"]);
    expect(exitCode).toBe(2);
    expect(stderr).toContain("cannot read");
  });

  it("reports each invalid line (line, field, message), keeps it in the output as invalid, screens the rest and exits 2", async () => {
    const { exitCode, stdout, stderr } = await run(["screen", "--input", jsonlFile, "--engine", "js"]);
    expect(exitCode).toBe(2);
    expect(stderr).toContain("line 11: (line): not valid JSON");
    expect(stderr).toContain("line 22: demographics.ageYears: Age: enter a number");
    expect(stderr).toContain("line 23: (line): empty line");
    expect(stderr).toContain("line 24: demographics.name: Unknown field");
    expect(stderr).not.toContain("Zhang San");
    const rows = rowsOf(stdout);
    expect(rows[0]).toEqual([...OUTPUT_HEADER]);
    // Every line, in order, once per trial: nothing skipped.
    expect(rows.slice(1).map((r) => Number(r[0]))).toEqual(jsonLines.flatMap((_, i) => TRIALS.map(() => i + 1)));
    for (const row of rows.slice(1)) expect(row[2] === "invalid").toBe(badLines.includes(Number(row[0])));
    // The valid lines carry the engine's verdicts and criterion IDs.
    const line1 = rows.filter((r) => r[0] === "1");
    screen(profiles[0] as Profile, TRIALS).forEach((result, t) => {
      expect(line1[t]?.slice(1, 5)).toEqual([
        result.id,
        result.verdict,
        result.criteria.filter((c) => c.status === "violated").map((c) => c.id).join(" "),
        result.criteria.filter((c) => c.status === "unknown").map((c) => c.id).join(" "),
      ]);
    });
  });

  it("gives the same rows on the embedded PGlite as with the TypeScript engine, across batch boundaries", async () => {
    const js = await run(["screen", "--input", jsonlFile, "--engine", "js"]);
    const sql = await run(["screen", "--input", jsonlFile, "--batch", "7"]);
    expect(sql.exitCode).toBe(2);
    expect(sql.stdout).toBe(js.stdout);
    expect(sql.stderr).toBe(js.stderr);
  }, 120_000);

  it("reads CSV with the flattened column names into the same screening, writes --out, and exits 0 when every line is valid", async () => {
    const out = join(dir, "results.csv");
    const fromCsv = await run(["screen", "--input", csvFile, "--engine", "js", "--out", out]);
    const fromJson = await run(["screen", "--input", validFile, "--engine", "js"]);
    expect(fromCsv.exitCode).toBe(0);
    expect(fromJson.exitCode).toBe(0);
    expect(fromCsv.stdout).toBe("");
    // CSV lines count the header as line 1.
    const shifted = rowsOf(readFileSync(out, "utf8")).map((r, i) => (i === 0 ? r : [String(Number(r[0]) - 1), ...r.slice(1)]));
    expect(shifted).toEqual(rowsOf(fromJson.stdout));
  });

  it.runIf(process.env.TEST_DATABASE_URL)("gives the same rows on PostgreSQL (--db)", async () => {
    const js = await run(["screen", "--input", jsonlFile, "--engine", "js"]);
    const pg = await run(["screen", "--input", jsonlFile, "--db", process.env.TEST_DATABASE_URL as string, "--batch", "5"]);
    expect(pg.stdout).toBe(js.stdout);
    expect(pg.exitCode).toBe(2);
  }, 120_000);
});

describe("the cohort command's embedded PGlite", () => {
  it("makes its data directory once, screens on a private copy of it, and leaves no copy behind", async () => {
    const cache = mkdtempSync(join(tmpdir(), "cohort-pglite-cache-test-"));
    const copies = () => readdirSync(tmpdir()).filter((name) => name.startsWith("cohort-pglite-") && !name.startsWith("cohort-pglite-cache-test-"));
    const before = copies();
    const previous = process.env.COHORT_PGLITE_CACHE;
    process.env.COHORT_PGLITE_CACHE = cache;
    try {
      const first = await openCohortPglite();
      expect(readdirSync(cache)).toEqual([`pglite-${pgliteVersion()}`]);
      const second = await openCohortPglite();
      await first.exec("CREATE TABLE only_in_the_first (x int)");
      // Each run has its own copy: what one run does is not seen by another, nor by the template.
      expect(await second.queryArrays("SELECT count(*) FROM pg_class WHERE relname = 'only_in_the_first'")).toEqual([[0]]);
      expect(copies().length).toBe(before.length + 2);
      await first.close();
      await second.close();
      expect(copies()).toEqual(before);
    } finally {
      if (previous === undefined) delete process.env.COHORT_PGLITE_CACHE;
      else process.env.COHORT_PGLITE_CACHE = previous;
      rmSync(cache, { recursive: true, force: true });
    }
  }, 120_000);
});

function pgliteVersion(): string {
  return (JSON.parse(readFileSync("node_modules/@electric-sql/pglite/package.json", "utf8")) as { version: string }).version;
}
