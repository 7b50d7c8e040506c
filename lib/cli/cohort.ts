/**
 * The cohort command: screens a file of de-identified profiles (JSON Lines, or CSV with the
 * flattened column names) against every trial, on an embedded PGlite, a PostgreSQL server or the
 * TypeScript engine, and writes one CSV row per line × trial.
 *
 * Streaming with bounded memory: the input is read line by line and screened in batches (COPY into
 * a temporary table, one query, TRUNCATE), and each batch's rows are written before the next batch
 * is read past; on a server the next batch is parsed while the server screens the previous one.
 * Nothing is skipped: an invalid line is reported on stderr (line, field, message) and appears in
 * the output with the verdict "invalid" for every trial.
 */
import { createReadStream, createWriteStream, statSync } from "node:fs";
import { createInterface } from "node:readline";
import type { Writable } from "node:stream";
import Papa from "papaparse";
import { TRIALS } from "@/criteria";
import { screen } from "../core/engine";
import { parseProfile, type FieldIssue, type Profile } from "../core/profile";
import { profileToRow, profilesTableDdl, rowToProfileInput } from "../core/sql/columns";
import { STATUS, cohortSql, cohortStatus, criterionColumn, screeningQuery, verdictColumn } from "../core/sql/compile";
import type { TrialDefinition } from "../core/trial";
import { copyLine, openCohortPglite, openPostgres, type CohortDatabase } from "./cohort-db";

export const COHORT_USAGE = `usage:
  npm run --silent cohort -- sql
      prints the profiles table (DDL) and the screening query, for a hospital's own PostgreSQL
  npm run --silent cohort -- screen --input FILE [--format jsonl|csv] [--db postgres://…] [--out results.csv]
                                    [--engine sql|js] [--batch N] [--stats]
      FILE: JSON Lines (one profile per line, the CLI's profile schema) or CSV (flattened column names)
      without --db: embedded PGlite; --engine js: the TypeScript engine instead of SQL
      exit 0: every line valid; 2: some lines invalid (the valid ones are still screened); 64: usage
`;

/**
 * One row per line × trial. `manual` lists every item for the investigator: manual lines and
 * referrals; `referred` repeats the referrals among them (the rule sent them to the investigator).
 */
export const OUTPUT_HEADER = ["line", "trial_id", "verdict", "violated", "unknown", "manual", "referred"] as const;
export type OutputRow = [number, string, string, string, string, string, string];

export type ScreenOptions = {
  input: string;
  format: "jsonl" | "csv";
  db?: string;
  out?: string;
  engine: "sql" | "js";
  batch: number;
  stats: boolean;
};

/** The cohort tool is for the hospital's IT staff and reports in English (`message`). */
export type InputItem = { line: number; profile: Profile } | { line: number; issues: Pick<FieldIssue, "path" | "message">[] };

export function parseScreenArgs(args: readonly string[]): ScreenOptions | { error: string } {
  const options: Partial<ScreenOptions> = { engine: "sql", batch: 5000, stats: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = () => {
      const next = args[++i];
      if (next === undefined || next.startsWith("--")) throw new Error(`${arg} needs a value`);
      return next;
    };
    try {
      switch (arg) {
        case "--input":
          options.input = value();
          break;
        case "--format": {
          const format = value();
          if (format !== "jsonl" && format !== "csv") return { error: "--format is jsonl or csv" };
          options.format = format;
          break;
        }
        case "--db":
          options.db = value();
          break;
        case "--out":
          options.out = value();
          break;
        case "--engine": {
          const engine = value();
          if (engine !== "sql" && engine !== "js") return { error: "--engine is sql or js" };
          options.engine = engine;
          break;
        }
        case "--batch": {
          const batch = Number(value());
          if (!Number.isInteger(batch) || batch < 1 || batch > 20_000) return { error: "--batch is a whole number from 1 to 20000" };
          options.batch = batch;
          break;
        }
        case "--stats":
          options.stats = true;
          break;
        default:
          return { error: `unknown option ${arg}` };
      }
    } catch (error) {
      return { error: (error as Error).message };
    }
  }
  if (!options.input) return { error: "--input FILE is required" };
  if (options.db && !/^postgres(ql)?:\/\//.test(options.db)) return { error: "--db takes a postgres:// URL" };
  if (options.db && options.engine === "js") return { error: "--db and --engine js don't go together" };
  options.format ??= /\.csv$/i.test(options.input) ? "csv" : "jsonl";
  return options as ScreenOptions;
}

// ---------------------------------------------------------------------------------------------
// Input

function judge(line: number, input: unknown): InputItem {
  const parsed = parseProfile(input);
  return parsed.ok ? { line, profile: parsed.profile } : { line, issues: parsed.issues };
}

/** JSON Lines: every physical line is a profile; a blank line is reported, not skipped. */
export async function* readJsonLines(stream: NodeJS.ReadableStream): AsyncGenerator<InputItem> {
  let line = 0;
  for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
    line++;
    if (text.trim() === "") {
      yield { line, issues: [{ path: "(line)", message: "empty line: expected one profile as JSON" }] };
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      yield { line, issues: [{ path: "(line)", message: `not valid JSON: ${(error as Error).message}` }] };
      continue;
    }
    yield judge(line, json);
  }
}

/**
 * CSV with a header of flattened column names (labs_bilirubin_value, …). A record's line is its
 * line in the file (the header is line 1), as long as no cell spans lines.
 */
export async function* readCsv(stream: NodeJS.ReadableStream): AsyncGenerator<InputItem> {
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { header: true, skipEmptyLines: false });
  stream.pipe(parser);
  let line = 1;
  for await (const result of parser as AsyncIterable<Record<string, string> | Papa.ParseResult<Record<string, string>>>) {
    line++;
    // In stream mode papaparse yields each record as an object; field-count mismatches come as
    // "__parsed_extra" or missing keys.
    const record = result as Record<string, unknown>;
    if (Object.keys(record).length === 1 && (Object.values(record)[0] ?? "") === "") {
      yield { line, issues: [{ path: "(line)", message: "empty line: expected one profile" }] };
      continue;
    }
    if ("__parsed_extra" in record) {
      yield { line, issues: [{ path: "(line)", message: "more cells than columns in the header" }] };
      continue;
    }
    yield judge(line, rowToProfileInput(record as Record<string, string | undefined>));
  }
}

// ---------------------------------------------------------------------------------------------
// Screening a batch

/** Turns the statuses of one profile's trials into output rows. */
function rowsFor(line: number, trials: readonly TrialDefinition[], statusOf: (t: number, c: number) => string, verdictOf: (t: number) => string): OutputRow[] {
  return trials.map((trial, t) => {
    const violated: string[] = [];
    const unknown: string[] = [];
    const manual: string[] = [];
    const referred: string[] = [];
    trial.criteria.forEach((criterion, c) => {
      const status = statusOf(t, c);
      if (status === STATUS.violated) violated.push(criterion.id);
      else if (status === STATUS.unknown) unknown.push(criterion.id);
      else if (status === STATUS.manual) manual.push(criterion.id);
      else if (status === STATUS.referred) {
        manual.push(criterion.id);
        referred.push(criterion.id);
      }
    });
    return [line, trial.id, verdictOf(t), violated.join(" "), unknown.join(" "), manual.join(" "), referred.join(" ")];
  });
}

function invalidRows(line: number, trials: readonly TrialDefinition[]): OutputRow[] {
  return trials.map((trial) => [line, trial.id, "invalid", "", "", "", ""]);
}

export interface BatchScreener {
  readonly name: string;
  /** Screens the valid profiles of one batch; returns rows per line (in the batch's order). */
  screen(items: readonly { line: number; profile: Profile }[]): Promise<Map<number, OutputRow[]>>;
  close(): Promise<void>;
}

export function jsScreener(trials: readonly TrialDefinition[]): BatchScreener {
  return {
    name: "TypeScript engine",
    async screen(items) {
      const out = new Map<number, OutputRow[]>();
      for (const { line, profile } of items) {
        const results = screen(profile, trials);
        out.set(line, rowsFor(line, trials, (t, c) => cohortStatus(results[t]!.criteria[c]!), (t) => results[t]!.verdict));
      }
      return out;
    },
    close: async () => {},
  };
}

/**
 * The screening query with its status and verdict columns joined into one text per row (criteria
 * in trial order, then the verdicts, separated by spaces): decoding 60-odd text columns per row was
 * most of a batch's time in PGlite (its wire protocol is parsed in JavaScript), and a good part of
 * it with node-postgres. Statuses and verdicts hold no space, and none is NULL.
 */
export function compactScreeningQuery(trials: readonly TrialDefinition[], table: string): string {
  const columns = trials.flatMap((trial) => trial.criteria.map((c) => criterionColumn(trial.id, c.id)));
  const verdicts = trials.map((trial) => verdictColumn(trial.id));
  return (
    `SELECT line, concat_ws(' ', ${[...columns, ...verdicts].join(", ")}) AS results\n` +
    `FROM (\n${screeningQuery(trials, { table, orderByLine: false }).replace(/;\s*$/, "")}\n) AS screened`
  );
}

export async function sqlScreener(db: CohortDatabase, trials: readonly TrialDefinition[]): Promise<BatchScreener> {
  const table = "cohort_profiles";
  await db.exec(profilesTableDdl(table, { temporary: true }));
  const query = compactScreeningQuery(trials, table);
  // Offsets of each trial's first criterion and of the verdicts in a result row's fields.
  const offsets: number[] = [];
  let next = 0;
  for (const trial of trials) {
    offsets.push(next);
    next += trial.criteria.length;
  }
  const verdictStart = next;
  return {
    name: db.name,
    async screen(items) {
      const out = new Map<number, OutputRow[]>();
      if (items.length === 0) return out;
      let csv = "";
      for (const { line, profile } of items) csv += copyLine(line, profileToRow(profile));
      await db.exec(`TRUNCATE ${table}`);
      await db.copyIn(table, csv);
      for (const [lineValue, results] of await db.queryArrays(query)) {
        const line = Number(lineValue);
        const fields = String(results).split(" ");
        if (fields.length !== verdictStart + trials.length) throw new Error(`line ${line}: the database returned ${fields.length} statuses, expected ${verdictStart + trials.length}`);
        out.set(line, rowsFor(line, trials, (t, c) => fields[(offsets[t] as number) + c] as string, (t) => fields[verdictStart + t] as string));
      }
      return out;
    },
    close: () => db.close(),
  };
}

// ---------------------------------------------------------------------------------------------
// The run

export type ScreenStats = {
  engine: string;
  lines: number;
  valid: number;
  invalid: number;
  seconds: number;
  profilesPerSecond: number;
  firstRowMs: number | null;
  peakRssMB: number;
};

type Io = { stdout: Writable; stderr: Writable & { isTTY?: boolean } };

async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise<void>((resolve) => stream.once("drain", resolve));
}

export async function runCohortScreen(options: ScreenOptions, io: Io, trials: readonly TrialDefinition[] = TRIALS): Promise<{ exitCode: number; stats: ScreenStats }> {
  const started = performance.now();
  let size = 0;
  try {
    size = statSync(options.input).size;
  } catch (error) {
    await write(io.stderr, `(file): cannot read ${options.input} (${(error as NodeJS.ErrnoException).code ?? "unreadable"})\n`);
    return { exitCode: 2, stats: emptyStats(options.engine) };
  }
  const input = createReadStream(options.input);
  const items = options.format === "csv" ? readCsv(input) : readJsonLines(input);
  const screener =
    options.engine === "js"
      ? jsScreener(trials)
      : await sqlScreener(options.db ? await openPostgres(options.db) : await openCohortPglite(), trials);
  const out = options.out ? createWriteStream(options.out) : io.stdout;
  const progress = io.stderr.isTTY ? progressBar(io.stderr, () => input.bytesRead, size) : undefined;

  let firstRowMs: number | null = null;
  let lines = 0;
  let invalid = 0;
  try {
    await write(out, Papa.unparse([OUTPUT_HEADER as unknown as string[]], { newline: "\n" }) + "\n");
    let pending: Promise<void> = Promise.resolve();
    let batch: InputItem[] = [];
    const flush = (items: InputItem[]) => {
      const valid = items.filter((i): i is { line: number; profile: Profile } => "profile" in i);
      const screened = screener.screen(valid);
      return async () => {
        const rows = await screened;
        const output: OutputRow[] = [];
        for (const item of items) output.push(...("profile" in item ? (rows.get(item.line) ?? []) : invalidRows(item.line, trials)));
        if (output.length === 0) return;
        await write(out, Papa.unparse(output, { newline: "\n", header: false }) + "\n");
        firstRowMs ??= performance.now() - started;
      };
    };
    for await (const item of items) {
      lines++;
      if ("issues" in item) {
        invalid++;
        progress?.clear();
        for (const issue of item.issues) await write(io.stderr, `line ${item.line}: ${issue.path}: ${issue.message}\n`);
      }
      batch.push(item);
      if (batch.length >= options.batch) {
        await pending; // the previous batch is written before this one is sent
        const finish = flush(batch);
        pending = finish();
        // Awaited before the next batch or at the end; this only keeps a failure from being
        // reported as unhandled while the next batch is still being read.
        pending.catch(() => {});
        batch = [];
        progress?.tick(lines);
      }
    }
    await pending;
    if (batch.length) await flush(batch)();
  } finally {
    progress?.done(lines);
    await screener.close();
    if (out !== io.stdout) await new Promise<void>((resolve, reject) => (out as Writable).end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
  const seconds = (performance.now() - started) / 1000;
  const stats: ScreenStats = {
    engine: screener.name,
    lines,
    valid: lines - invalid,
    invalid,
    seconds,
    profilesPerSecond: lines / seconds,
    firstRowMs,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
  if (options.stats) await write(io.stderr, `${JSON.stringify(stats)}\n`);
  return { exitCode: invalid > 0 ? 2 : 0, stats };
}

function emptyStats(engine: string): ScreenStats {
  return { engine, lines: 0, valid: 0, invalid: 0, seconds: 0, profilesPerSecond: 0, firstRowMs: null, peakRssMB: process.resourceUsage().maxRSS / 1024 };
}

/** A one-line progress bar on a terminal's stderr, redrawn at most four times a second. */
function progressBar(stderr: Writable, bytesRead: () => number, total: number) {
  let last = 0;
  let shown = false;
  const draw = (lines: number, force = false) => {
    const now = Date.now();
    if (!force && now - last < 250) return;
    last = now;
    const fraction = total > 0 ? Math.min(1, bytesRead() / total) : 0;
    const width = 30;
    const filled = Math.round(fraction * width);
    stderr.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%  ${lines.toLocaleString("en")} lines`);
    shown = true;
  };
  return {
    tick: (lines: number) => draw(lines),
    clear: () => {
      if (shown) stderr.write("\r\x1b[2K");
      shown = false;
    },
    done: (lines: number) => {
      draw(lines, true);
      stderr.write("\n");
    },
  };
}

export async function runCohortCli(args: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = args;
  if (command === "sql" && rest.length === 0) {
    await write(io.stdout, cohortSql(TRIALS));
    return 0;
  }
  if (command === "screen") {
    const options = parseScreenArgs(rest);
    if ("error" in options) {
      await write(io.stderr, `${options.error}\n${COHORT_USAGE}`);
      return 64;
    }
    try {
      return (await runCohortScreen(options, io)).exitCode;
    } catch (error) {
      await write(io.stderr, `cohort: ${(error as Error).message}\n`);
      return 1;
    }
  }
  await write(io.stderr, COHORT_USAGE);
  return 64;
}
