/**
 * A fresh, migrated app database on each test target (tests/support/databases.ts), with helpers
 * to make accounts of each role without going through sign-up.
 */
import { randomUUID } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { openPglite, openPostgres, type Database, type OpenDatabase } from "@/lib/server/db/connection";
import { user } from "@/lib/server/db/schema";
import type { Role } from "@/lib/core/screening-log";
import type { Actor } from "@/lib/server/log/service";
import type { DatabaseTarget, TestDatabase } from "./databases";

export type AppTestDatabase = { db: Database; open: OpenDatabase; raw: TestDatabase; close(): Promise<void> };

export async function createAppDatabase(target: DatabaseTarget): Promise<AppTestDatabase> {
  const raw = await target.create();
  const open = raw.client instanceof PGlite ? await openPglite(raw.client) : await openPostgres(raw.url!, 8);
  return {
    db: open.db,
    open,
    raw,
    async close() {
      if (open.engine === "PostgreSQL") await open.close();
      await raw.close();
    },
  };
}

/** An account of the given role, inserted directly (the auth tests cover real sign-up and sign-in). */
export async function makeActor(db: Database, role: Role, username = `${role}-${randomUUID().slice(0, 8)}`): Promise<Actor> {
  const id = randomUUID();
  await db.insert(user).values({ id, name: username, email: `${username}@users.invalid`, username, role });
  return { id, username, role };
}
