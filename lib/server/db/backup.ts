/**
 * Backup and restore of the app's database, the same on PGlite and PostgreSQL: a logical dump of
 * every table through Drizzle, one JSON object per line (JSON Lines), read in one repeatable-read
 * transaction so the dump is consistent while the app runs (PostgreSQL). A backup from PGlite
 * restores into PostgreSQL and back.
 *
 *   {"format":"uc-msc-prescreener-backup","formatVersion":1,"migrations":[…],"createdAt":"…"}
 *   {"table":"user","row":{…}}
 *   …
 *   {"end":true,"rows":123}
 *
 * The file holds password hashes, sessions and the auth secret as well as the log: keep it as
 * safe as the database (it is written with mode 0600). Restoring needs an empty database (a new
 * data folder or a new PostgreSQL database): history is never overwritten, so a restore adds
 * nothing to a database that already has accounts or entries.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { join } from "node:path";
import { asc, count, getTableColumns, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { MIGRATIONS_FOLDER, type Database } from "./connection";
import { TABLES_IN_ORDER } from "./schema";

export const BACKUP_FORMAT = "uc-msc-prescreener-backup";
export const BACKUP_FORMAT_VERSION = 1;

export class BackupError extends Error {}

/** The migrations this code knows, by tag, in order. */
export function migrationTags(): string[] {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as { entries: { tag: string }[] };
  return journal.entries.map((e) => e.tag);
}

function primaryKeyOrder(table: PgTable) {
  const columns = Object.values(getTableColumns(table));
  const keys = columns.filter((c) => c.primary);
  return (keys.length ? keys : columns).map((c) => asc(c));
}

/** Every line of a backup of `db`. */
export async function dumpLines(db: Database): Promise<string[]> {
  const lines: string[] = [
    JSON.stringify({ format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, migrations: migrationTags(), createdAt: new Date().toISOString() }),
  ];
  let rows = 0;
  await db.transaction(
    async (tx) => {
      for (const [name, table] of TABLES_IN_ORDER) {
        const all = await tx.select().from(table as PgTable).orderBy(...primaryKeyOrder(table as PgTable));
        for (const row of all) lines.push(JSON.stringify({ table: name, row }));
        rows += all.length;
      }
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  lines.push(JSON.stringify({ end: true, rows }));
  return lines;
}

/** Writes a backup to `file` (mode 0600, via a temporary file and a rename, fsynced). Returns the row count. */
export async function backupTo(db: Database, file: string): Promise<number> {
  const lines = await dumpLines(db);
  const temporary = `${file}.partial`;
  const fd = openSync(temporary, "w", 0o600);
  try {
    writeSync(fd, lines.join("\n") + "\n");
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
  return (JSON.parse(lines.at(-1)!) as { rows: number }).rows;
}

type Parsed = { tables: Map<string, Record<string, unknown>[]>; rows: number };

/** Reads and checks a backup: its format, that it is complete, and that this code knows its migrations. */
export function parseBackup(text: string): Parsed {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  let header: { format?: string; formatVersion?: number; migrations?: string[] };
  try {
    header = JSON.parse(lines[0] ?? "null") ?? {};
  } catch {
    throw new BackupError("This is not a backup of the screening log (the first line is not JSON).");
  }
  if (header.format !== BACKUP_FORMAT || header.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupError("This is not a backup of the screening log, or it was made by an unknown version.");
  }
  const known = migrationTags();
  const theirs = header.migrations ?? [];
  if (theirs.some((tag, i) => known[i] !== tag)) {
    throw new BackupError("The backup comes from a newer or different version of the app; update the app before restoring it.");
  }
  const names = new Set(TABLES_IN_ORDER.map(([name]) => name as string));
  const tables = new Map<string, Record<string, unknown>[]>();
  let end: { end?: boolean; rows?: number } | undefined;
  for (const line of lines.slice(1)) {
    const item = JSON.parse(line) as { table?: string; row?: Record<string, unknown>; end?: boolean; rows?: number };
    if (item.end) {
      end = item;
      break;
    }
    if (!item.table || !names.has(item.table) || !item.row) throw new BackupError(`Unexpected line in the backup: ${line.slice(0, 80)}`);
    const list = tables.get(item.table) ?? [];
    list.push(item.row);
    tables.set(item.table, list);
  }
  const rows = [...tables.values()].reduce((n, l) => n + l.length, 0);
  if (!end || end.rows !== rows) throw new BackupError("The backup is incomplete (its last line is missing or its row count differs).");
  return { tables, rows };
}

/** Turns a row read from JSON back into what Drizzle inserts (timestamps become Dates). */
function revive(table: PgTable, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = row[key];
    if (value === undefined) continue;
    out[key] = column.dataType === "date" && typeof value === "string" ? new Date(value) : value;
  }
  return out;
}

/** Restores a backup into an empty, migrated database, all in one transaction. Returns the row count. */
export async function restoreFrom(db: Database, text: string): Promise<number> {
  const parsed = parseBackup(text);
  await db.transaction(async (tx) => {
    for (const [name, table] of TABLES_IN_ORDER) {
      const [row] = await tx.select({ n: count() }).from(table as PgTable);
      if (Number(row?.n ?? 0) > 0) throw new BackupError(`The database is not empty (table ${name} has rows); restore into a new database.`);
    }
    for (const [name, table] of TABLES_IN_ORDER) {
      const rows = parsed.tables.get(name) ?? [];
      for (let i = 0; i < rows.length; i += 200) {
        await tx.insert(table as PgTable).values(rows.slice(i, i + 200).map((r) => revive(table as PgTable, r)));
      }
    }
    // The identity sequences continue after the restored rows.
    for (const name of ["audit_event", "signoff"]) {
      await tx.execute(sql.raw(`SELECT setval(pg_get_serial_sequence('"${name}"', 'id'), (SELECT coalesce(max(id), 0) + 1 FROM "${name}"), false)`));
    }
  });
  return parsed.rows;
}
