/**
 * The two databases the cohort command screens on, behind one small interface: an embedded PGlite
 * (PostgreSQL compiled to WebAssembly, in this process) and a PostgreSQL server reached by URL.
 * Profiles go in by COPY (CSV), results come back as arrays.
 */
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
