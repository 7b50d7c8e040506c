/**
 * Cohort benchmark (a script that reports figures, not a test gate). Generates N profiles
 * (default 1,000,000; the differential test's generator: many unknowns, thresholds, both units) into
 * a JSON Lines file, then screens them against every encoded trial:
 *
 *   end to end, file → CSV, with the cohort command in a child process:
 *     1. TypeScript engine (--engine js)    2. embedded PGlite    3. PostgreSQL (--db)
 *   in the database, where a hospital's data already is:
 *     4. PostgreSQL: the screening query over a loaded table, every row streamed out with a cursor
 *     5. TypeScript engine: the same full results from profiles already parsed in memory
 *
 * For each: profiles per second, time to the first result row, peak resident memory (of the Node
 * process; the PostgreSQL server's own memory is not counted). PostgreSQL comes from --db or
 * TEST_DATABASE_URL (`eval "$(scripts/ci/postgres.sh start)"`).
 *
 *   npm run bench:cohort [-- --profiles 1000000] [-- --db postgres://…] [-- --only ts,pglite,postgres] [-- --jit-too]
 *
 * --only picks the paths (ts: 1 and 5, pglite: 2, postgres: 3 and 4; default all; --skip-pglite is
 * --only ts,postgres). The figures, the machine, the date and the load average beside each figure
 * are written to docs/bench-cohort.json and docs/bench-cohort.md (the README quotes them); --no-write
 * leaves them alone.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import fc from "fast-check";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import QueryStream from "pg-query-stream";
import { TRIALS } from "@/criteria";
import { compactScreeningQuery } from "@/lib/cli/cohort";
import { copyLine } from "@/lib/cli/cohort-db";
import { screen } from "@/lib/core/engine";
import type { Profile } from "@/lib/core/profile";
import { PROFILE_COLUMNS, profileToRow, profilesTableDdl } from "@/lib/core/sql/columns";
import { screeningQuery } from "@/lib/core/sql/compile";
import { cohortProfile } from "../tests/support/arbitraries";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const PROFILES = Number(option("--profiles") ?? 1_000_000);
const DB_URL = option("--db") ?? process.env.TEST_DATABASE_URL;
const CHUNK = 10_000;
const COHORT_HEAP_LIMIT = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts.cohort?.match(/--max-old-space-size=\d+/)?.[0] ?? "--max-old-space-size=192";
const PATHS = ["ts", "pglite", "postgres"] as const;
const ONLY = new Set((option("--only") ?? (args.includes("--skip-pglite") ? "ts,postgres" : PATHS.join(","))).split(","));
for (const path of ONLY) if (!(PATHS as readonly string[]).includes(path)) throw new Error(`--only: ${path} is not one of ${PATHS.join(", ")}`);

type Figure = {
  path: string;
  perSecond: number;
  firstRowMs: number | null;
  peakRssMB: number | null;
  note?: string;
  tablePerSecond?: number;
  /** The 1-minute load average when the measurement started and when it ended. */
  load?: string;
};

const load1 = () => loadavg()[0]!.toFixed(1);

function chunks(): Generator<Profile[]> {
  return (function* () {
    for (let start = 0; start < PROFILES; start += CHUNK) {
      yield fc.sample(cohortProfile, { seed: 1_000_003 + start, numRuns: Math.min(CHUNK, PROFILES - start) });
    }
  })();
}

async function generate(file: string): Promise<void> {
  if (existsSync(file) && statSync(file).size > 0) {
    console.log(`profiles: reusing ${file}`);
    return;
  }
  const started = performance.now();
  // Written under another name and renamed when complete, so an interrupted run is never reused.
  await pipeline(
    Readable.from((function* () {
      for (const chunk of chunks()) yield chunk.map((p) => JSON.stringify(p)).join("\n") + "\n";
    })()),
    createWriteStream(`${file}.partial`),
  );
  renameSync(`${file}.partial`, file);
  console.log(`profiles: generated ${PROFILES.toLocaleString("en")} in ${((performance.now() - started) / 1000).toFixed(0)} s → ${file} (${(statSync(file).size / 2 ** 20).toFixed(0)} MiB)`);
}

/** Runs the cohort command in a child process; time to first row is measured from the spawn. */
function runCli(path: string, extra: string[], file: string): Promise<Figure> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // With the heap limit `npm run cohort` sets (package.json), which keeps V8 from letting the
    // garbage of finished batches pile up to hundreds of MB before collecting it.
    const child = spawn(process.execPath, [COHORT_HEAP_LIMIT, "--import", "tsx", "scripts/cohort.ts", "screen", "--input", file, "--stats", ...extra], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    let firstRowMs: number | null = null;
    let seenHeader = false;
    child.stdout.on("data", (chunk: Buffer) => {
      if (firstRowMs !== null) return;
      const text = chunk.toString();
      const afterHeader = seenHeader ? text : text.slice(text.indexOf("\n") + 1);
      seenHeader = true;
      if (afterHeader.length > 0) firstRowMs = performance.now() - started;
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const statsLine = stderr.trim().split("\n").at(-1) ?? "";
      if (code !== 0) return reject(new Error(`${path}: exit ${code}\n${stderr.slice(-2000)}`));
      const stats = JSON.parse(statsLine) as { lines: number; peakRssMB: number };
      const seconds = (performance.now() - started) / 1000;
      resolve({ path, perSecond: stats.lines / seconds, firstRowMs, peakRssMB: stats.peakRssMB, note: "wall time incl. start-up, parsing and validation" });
    });
  });
}

/** Runs one in-database measurement in a child process, so that its peak memory is its own. */
function inDatabaseChild(url: string, file: string, jit: "on" | "off"): Promise<Figure> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/bench-cohort.ts", "--child-in-db", file, "--db", url, "--jit", jit], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(JSON.parse(out) as Figure) : reject(new Error(`in-database run: exit ${code}`))));
  });
}

async function inDatabasePostgres(url: string, file: string, jit: "on" | "off"): Promise<Figure> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`SET jit = ${jit}`);
  await client.query("DROP TABLE IF EXISTS bench_cohort_profiles");
  await client.query(profilesTableDdl("bench_cohort_profiles"));
  const loadStarted = performance.now();
  let line = 0;
  await pipeline(
    createInterface({ input: createReadStream(file), crlfDelay: Infinity }),
    async function* (lines: AsyncIterable<string>) {
      let buffer = "";
      for await (const text of lines) {
        buffer += copyLine(++line, profileToRow(JSON.parse(text) as Profile));
        if (buffer.length > 1 << 20) {
          yield buffer;
          buffer = "";
        }
      }
      if (buffer) yield buffer;
    },
    client.query(copyFrom("COPY bench_cohort_profiles FROM STDIN WITH (FORMAT csv)")),
  );
  await client.query("ANALYZE bench_cohort_profiles");
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  const started = performance.now();
  // Every status and verdict reaches this process, as the cohort command reads them: one text per
  // row (compactScreeningQuery), split here.
  const stream = client.query(new QueryStream(compactScreeningQuery(TRIALS, "bench_cohort_profiles"), [], { batchSize: 10_000, rowMode: "array" }));
  let rows = 0;
  let fields = 0;
  let firstRowMs: number | null = null;
  for await (const row of stream as AsyncIterable<[string, string]>) {
    firstRowMs ??= performance.now() - started;
    fields += row[1].split(" ").length;
    rows++;
  }
  if (fields !== rows * (TRIALS.reduce((n, t) => n + t.criteria.length, 0) + TRIALS.length)) throw new Error("missing statuses");
  const seconds = (performance.now() - started) / 1000;
  // The nightly-job shape: results written to a table in the database, where PostgreSQL may use
  // parallel workers (a cursor never does).
  await client.query("DROP TABLE IF EXISTS bench_cohort_results");
  const tableStarted = performance.now();
  await client.query(`CREATE UNLOGGED TABLE bench_cohort_results AS ${screeningQuery(TRIALS, { table: "bench_cohort_profiles", orderByLine: false }).replace(/;\s*$/, "")}`);
  const tableSeconds = (performance.now() - tableStarted) / 1000;
  await client.query("DROP TABLE bench_cohort_results");
  await client.query("DROP TABLE bench_cohort_profiles");
  await client.end();
  if (rows !== line) throw new Error(`expected ${line} rows, got ${rows}`);
  return {
    tablePerSecond: line / tableSeconds,
    path: `PostgreSQL in the database (loaded table, cursor, jit ${jit})`,
    perSecond: rows / seconds,
    firstRowMs,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    note: `loading by COPY took ${loadSeconds.toFixed(0)} s, not counted`,
  };
}

/** The TypeScript engine on profiles already in memory: the file is read and parsed in chunks, untimed. */
async function inMemoryTypescript(file: string): Promise<Figure> {
  let elapsed = 0;
  let count = 0;
  let firstRowMs: number | null = null;
  let sink = 0;
  const screenChunk = (chunk: Profile[]) => {
    const started = performance.now();
    for (const profile of chunk) {
      const results = screen(profile, TRIALS);
      for (const r of results) sink += r.criteria.length;
      firstRowMs ??= performance.now() - started;
    }
    elapsed += performance.now() - started;
    count += chunk.length;
  };
  let chunk: Profile[] = [];
  for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    chunk.push(JSON.parse(text) as Profile);
    if (chunk.length === CHUNK) {
      screenChunk(chunk);
      chunk = [];
    }
  }
  screenChunk(chunk);
  if (sink < 0) console.log(sink);
  return {
    path: "TypeScript engine in memory (profiles already parsed, full results)",
    perSecond: count / (elapsed / 1000),
    firstRowMs,
    peakRssMB: null,
    note: "screening time only (reading and parsing not counted)",
  };
}

async function main() {
  const childFile = option("--child-in-db");
  if (childFile) {
    const figure = await inDatabasePostgres(DB_URL as string, childFile, option("--jit") === "on" ? "on" : "off");
    process.stdout.write(JSON.stringify(figure));
    return;
  }
  const loadavgAtStart = loadavg().map((x) => x.toFixed(2)).join(" ");
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  console.log(`machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}`);
  const criteria = TRIALS.reduce((n, t) => n + t.criteria.length, 0);
  console.log(`trials: ${TRIALS.length} (${criteria} criteria); profiles: ${PROFILES.toLocaleString("en")}`);
  // Named after the profile columns and the generator, so a file made before a schema change (a
  // new profile field) or a generator change is never reused.
  const version = createHash("sha256").update(PROFILE_COLUMNS.map((c) => c.name).join(",")).update(readFileSync("tests/support/arbitraries.ts")).digest("hex").slice(0, 10);
  const file = join(tmpdir(), `cohort-bench-${PROFILES}-${version}.jsonl`);
  await generate(file);

  const figures: Figure[] = [];
  const measure = async (run: () => Promise<Figure>) => {
    const before = load1();
    const figure = await run();
    report({ ...figure, load: `${before} → ${load1()}` });
  };
  const report = (f: Figure) => {
    figures.push(f);
    const first = f.firstRowMs === null ? "—" : `${f.firstRowMs.toFixed(0)} ms`;
    const rss = f.peakRssMB === null ? "—" : `${f.peakRssMB.toFixed(0)} MB`;
    console.log(`  ${f.path.padEnd(70)} ${Math.round(f.perSecond).toLocaleString("en").padStart(9)} profiles/s  first row ${first.padStart(8)}  peak RSS ${rss.padStart(7)}${f.note ? `  (${f.note})` : ""}  load ${f.load ?? "?"}`);
    if (f.tablePerSecond) console.log(`  ${"  same, results written to a table (CREATE TABLE AS, parallel allowed)".padEnd(70)} ${Math.round(f.tablePerSecond).toLocaleString("en").padStart(9)} profiles/s`);
  };
  console.log("results:");
  if (ONLY.has("ts")) await measure(() => runCli("TypeScript engine, file → CSV (cohort --engine js)", ["--engine", "js"], file));
  if (ONLY.has("pglite")) await measure(() => runCli("PGlite, file → CSV (cohort)", [], file));
  if (DB_URL && ONLY.has("postgres")) {
    await measure(() => runCli("PostgreSQL, file → CSV (cohort --db)", ["--db", DB_URL], file));
    await measure(() => inDatabaseChild(DB_URL, file, "off"));
    if (args.includes("--jit-too")) await measure(() => inDatabaseChild(DB_URL, file, "on"));
  }
  if (ONLY.has("ts")) await measure(() => inMemoryTypescript(file));
  if (!DB_URL && ONLY.has("postgres")) console.log("  (no PostgreSQL: pass --db or set TEST_DATABASE_URL)");

  const ts = figures.find((f) => f.path.startsWith("TypeScript engine, file"));
  const pgFile = figures.find((f) => f.path.startsWith("PostgreSQL, file"));
  const pgIn = figures.filter((f) => f.path.startsWith("PostgreSQL in the database")).sort((a, b) => b.perSecond - a.perSecond)[0];
  const tsIn = figures.find((f) => f.path.startsWith("TypeScript engine in memory"));
  const aims: string[] = [];
  const aim = (text: string) => {
    aims.push(text);
    console.log(`  ${text}`);
  };
  console.log("aims:");
  if (ts && pgFile) aim(`PostgreSQL ≥ 2× TypeScript, file → CSV: ${(pgFile.perSecond / ts.perSecond).toFixed(2)}× ${pgFile.perSecond >= 2 * ts.perSecond ? "met" : "MISSED"}`);
  if (tsIn && pgIn) aim(`PostgreSQL ≥ 2× TypeScript, in place, streamed out: ${(pgIn.perSecond / tsIn.perSecond).toFixed(2)}× ${pgIn.perSecond >= 2 * tsIn.perSecond ? "met" : "MISSED"}`);
  const pgTable = Math.max(...figures.map((f) => f.tablePerSecond ?? 0));
  if (tsIn && pgTable) aim(`PostgreSQL ≥ 2× TypeScript, in place, into a table: ${(pgTable / tsIn.perSecond).toFixed(2)}× ${pgTable >= 2 * tsIn.perSecond ? "met" : "MISSED"}`);
  for (const f of figures) if (f.peakRssMB !== null) aim(`< 500 MB resident, ${f.path}: ${f.peakRssMB < 500 ? "met" : "MISSED"} (${f.peakRssMB.toFixed(0)} MB)`);
  if (!args.includes("--no-write")) writeReport({ machine: { cpu, cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, loadavgAtStart }, date: new Date().toISOString(), profiles: PROFILES, trials: TRIALS.length, criteria, figures, aims });
}

type Report = {
  machine: { cpu: string; cores: number; memoryGiB: number; node: string; loadavgAtStart: string };
  date: string;
  profiles: number;
  trials: number;
  criteria: number;
  figures: Figure[];
  aims: string[];
};

function writeReport(report: Report): void {
  const rows = report.figures.flatMap((f) => [
    `| ${f.path} | ${Math.round(f.perSecond).toLocaleString("en")}/s | ${f.firstRowMs === null ? "—" : `${(f.firstRowMs / 1000).toFixed(1)} s`} | ${f.peakRssMB === null ? "—" : `${f.peakRssMB.toFixed(0)} MB`} | ${f.load ?? ""} | ${f.note ?? ""} |`,
    ...(f.tablePerSecond ? [`| same, results into a table (CREATE TABLE AS, parallel allowed) | ${Math.round(f.tablePerSecond).toLocaleString("en")}/s | — | — | | |`] : []),
  ]);
  const markdown = [
    "# Cohort benchmark",
    "",
    `\`npm run bench:cohort -- --profiles ${report.profiles}\` (scripts/bench-cohort.ts), ${report.date.slice(0, 16).replace("T", " ")} UTC, on ${report.machine.cores} × ${report.machine.cpu}, ${report.machine.memoryGiB} GiB, Node ${report.machine.node}; load average at the start ${report.machine.loadavgAtStart}. ${report.profiles.toLocaleString("en")} generated profiles × ${report.trials} trials (${report.criteria} criteria).`,
    "",
    "| path | profiles per second | first row | peak RSS (Node) | load (1 min) before → after | note |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
    "Aims:",
    "",
    ...report.aims.map((a) => `- ${a}`),
    "",
  ].join("\n");
  mkdirSync("docs", { recursive: true });
  writeFileSync("docs/bench-cohort.json", `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync("docs/bench-cohort.md", markdown);
  console.log("written to docs/bench-cohort.md and docs/bench-cohort.json");
}

await main();
