/**
 * The databases the database tests run on: always an in-memory PGlite, and, when
 * TEST_DATABASE_URL is set (`.ci/run` starts Debian PostgreSQL on loopback and sets it), a real
 * PostgreSQL server too. Each call makes a brand-new empty database, so test files never collide.
 *
 *   for (const target of databaseTargets()) describe(`on ${target.name}`, () => { ... })
 */
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

export interface TestDatabase {
  /** Run SQL with $1-style parameters and get rows back, on either engine. */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Run several statements (no parameters). */
  exec(sql: string): Promise<void>;
  /** The underlying client: a PGlite instance or a pg.Pool on the fresh database. */
  client: PGlite | pg.Pool;
  /** A postgres:// URL of the fresh database (PostgreSQL only). */
  url?: string;
  close(): Promise<void>;
}

export interface DatabaseTarget {
  name: "PGlite" | "PostgreSQL";
  create(): Promise<TestDatabase>;
}

async function createPglite(): Promise<TestDatabase> {
  const db = new PGlite();
  await db.waitReady;
  return {
    client: db,
    async query(sql, params) {
      return (await db.query(sql, params)).rows as never[];
    },
    async exec(sql) {
      await db.exec(sql);
    },
    close: () => db.close(),
  };
}

async function createPostgres(serverUrl: string): Promise<TestDatabase> {
  const name = `test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 4 });
  // DROP DATABASE … WITH (FORCE) below ends any connection still closing; the pool reports it.
  pool.on("error", () => {});
  return {
    client: pool,
    url: url.toString(),
    async query(sql, params) {
      return (await pool.query(sql, params as unknown[])).rows;
    },
    async exec(sql) {
      await pool.query(sql);
    },
    async close() {
      await pool.end();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set. */
export function databaseTargets(): DatabaseTarget[] {
  const targets: DatabaseTarget[] = [{ name: "PGlite", create: createPglite }];
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) targets.push({ name: "PostgreSQL", create: () => createPostgres(serverUrl) });
  return targets;
}
