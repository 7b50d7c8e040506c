/**
 * The two databases the cohort command screens on, behind one small interface: an embedded PGlite
 * (PostgreSQL compiled to WebAssembly, in this process) and a PostgreSQL server reached by URL.
 * Profiles go in by COPY (CSV), results come back as arrays.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { PROFILE_COLUMNS } from "../core/sql/columns";

export interface CohortDatabase {
  readonly name: "PGlite" | "PostgreSQL";
  exec(sql: string): Promise<void>;
  /** Loads rows given as CSV text (columns: line, then PROFILE_COLUMNS in order). */
  copyIn(table: string, csv: string): Promise<void>;
  /** COPY … FROM CSV into `table (columns)`. */
  copyInto(tableAndColumns: string, csv: string): Promise<void>;
  /** Runs a query; rows come back as arrays in the query's column order. */
  queryArrays(sql: string): Promise<unknown[][]>;
  close(): Promise<void>;
}

const COPY_COLUMNS = ["line", ...PROFILE_COLUMNS.map((c) => c.name)].join(", ");

/**
 * The cohort command's own PGlite: a copy of a fresh data directory, on the file system.
 *
 * `new PGlite()` runs initdb in WebAssembly at every start: 4 to 13 s here, and the process stays
 * at about 730 MB resident afterwards (initdb's and the server's WebAssembly memories and code,
 * which V8 keeps). Opening an existing data directory skips initdb: 0.5 s and about 290 MB. So the
 * first run makes a template data directory once, in a child process (which peaks at about 820 MB
 * for a few seconds and exits), in node_modules/.cache/prescreener-cohort/pglite-<version>/; every
 * run copies it (40 MB) to a private temporary directory, screens there and deletes it. On the
 * file system the profiles table's pages are files, not WebAssembly memory. Nothing is kept: the
 * copy holds only this run's temporary table, so relaxed durability (no sync after each query) is
 * safe.
 */
export async function openCohortPglite(): Promise<CohortDatabase> {
  const template = pgliteTemplate();
  const work = mkdtempSync(join(tmpdir(), "cohort-pglite-"));
  try {
    cpSync(template, work, { recursive: true });
    const db = new PGlite(work, {
      relaxedDurability: true,
      // Temporary tables live in local buffers (temp_buffers), not shared ones: 128 MB of shared
      // buffers, PGlite's default, would only hold the catalog here.
      startParams: [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"],
    });
    const opened = await openPglite(db);
    return {
      ...opened,
      close: async () => {
        try {
          await db.close();
        } finally {
          rmSync(work, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}

function pgliteTemplate(): string {
  const require = createRequire(import.meta.url);
  const entry = require.resolve("@electric-sql/pglite");
  const packageDir = join(dirname(entry), "..");
  const version = (JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { version: string }).version;
  const cache = process.env.COHORT_PGLITE_CACHE ?? join(packageDir, "..", "..", ".cache", "prescreener-cohort");
  const template = join(cache, `pglite-${version}`);
  if (existsSync(join(template, "PG_VERSION"))) return template;
  // Made under another name and renamed when complete, so a run that dies half-way is never used.
  const partial = `${template}.partial-${process.pid}`;
  mkdirSync(cache, { recursive: true });
  const script = `const { PGlite } = await import(${JSON.stringify(pathToFileURL(entry).href)}); const db = new PGlite(process.argv[1]); await db.waitReady; await db.close();`;
  const made = spawnSync(process.execPath, ["--input-type=module", "-e", script, partial], { stdio: ["ignore", "ignore", "pipe"] });
  if (made.status !== 0) {
    rmSync(partial, { recursive: true, force: true });
    throw new Error(`could not create the PGlite data directory in ${cache}: ${made.stderr.toString().trim()}`);
  }
  try {
    renameSync(partial, template);
  } catch (error) {
    // Another run made it at the same time: use theirs.
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(join(template, "PG_VERSION"))) throw error;
  }
  return template;
}

export async function openPglite(existing?: PGlite): Promise<CohortDatabase> {
  const db = existing ?? new PGlite();
  await db.waitReady;
  const self: CohortDatabase = {
    name: "PGlite",
    exec: async (sql) => void (await db.exec(sql)),
    async copyInto(target, csv) {
      await db.query(`COPY ${target} FROM '/dev/blob' WITH (FORMAT csv)`, [], { blob: new Blob([csv]) });
    },
    copyIn(table, csv) {
      return self.copyInto(`${table} (${COPY_COLUMNS})`, csv);
    },
    async queryArrays(sql) {
      return (await db.query<unknown[]>(sql, [], { rowMode: "array" })).rows;
    },
    close: async () => {
      if (!existing) await db.close();
    },
  };
  return self;
}

export async function openPostgres(url: string): Promise<CohortDatabase> {
  const client = new pg.Client({ connectionString: url, application_name: "cohort-screen" });
  await client.connect();
  // The screening query is one large expression per row; on a batch of a few thousand rows the
  // planner's cost estimate still crosses jit_above_cost, and JIT-compiling that expression takes
  // far longer than running it. Session setting only; the SQL itself is unchanged.
  await client.query("SET jit = off");
  const self: CohortDatabase = {
    name: "PostgreSQL",
    exec: async (sql) => void (await client.query(sql)),
    copyIn(table, csv) {
      return self.copyInto(`${table} (${COPY_COLUMNS})`, csv);
    },
    async copyInto(target, csv) {
      const stream = client.query(copyFrom(`COPY ${target} FROM STDIN WITH (FORMAT csv)`));
      await new Promise<void>((resolve, reject) => {
        stream.on("error", reject);
        stream.on("finish", resolve);
        stream.end(csv);
      });
    },
    async queryArrays(sql) {
      return (await client.query<unknown[]>({ text: sql, rowMode: "array" })).rows;
    },
    close: () => client.end(),
  };
  return self;
}

/** One CSV line for COPY: NULL is an empty unquoted field, text is always quoted. */
export function copyLine(line: number, row: readonly unknown[]): string {
  let out = String(line);
  for (const value of row) {
    out += ",";
    if (value === undefined || value === null) continue;
    if (typeof value === "number") out += String(value);
    else if (typeof value === "boolean") out += value ? "t" : "f";
    else out += `"${String(value).replace(/"/g, '""')}"`;
  }
  return `${out}\n`;
}
