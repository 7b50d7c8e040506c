/**
 * Accounts: creating them (first-run setup, `npm run user:add`, the admin page) and the
 * installation's auth secret. Usable outside Next (the CLI and tests); no "server-only" here.
 *
 * Passwords are hashed with Better Auth's own hasher, scrypt (RFC 7914, memory-hard) with
 * N = 2^14, r = 16, p = 1 (32 MiB per hash) and a random 16-byte salt
 * (node_modules/@better-auth/utils/dist/password.node.mjs), so accounts made here sign in through
 * Better Auth like any other.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { count, eq } from "drizzle-orm";
import { isRole, ROLE_LABELS, type Role } from "../../core/screening-log";
import type { Database, Transaction } from "../db/connection";
import { isUniqueViolation } from "../db/errors";
import { account, auditEvent, instanceSetting, user } from "../db/schema";

/** Better Auth's username plugin's defaults: 3 to 30 of letters, digits, "_" and "."; stored lower-case. */
export const USERNAME_PATTERN = /^[a-z0-9_.]{3,30}$/;
/** Better Auth's default length limits. */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export class AccountError extends Error {
  constructor(
    message: string,
    readonly field: "username" | "password" | "role" | "setup",
  ) {
    super(message);
  }
}

export type NewAccount = { username: string; password: string; role: string };

export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

export function checkNewAccount(input: NewAccount): { username: string; password: string; role: Role } {
  const username = normalizeUsername(input.username);
  if (!USERNAME_PATTERN.test(username)) {
    throw new AccountError("A username is 3 to 30 letters, digits, dots or underscores.", "username");
  }
  if (input.password.length < PASSWORD_MIN) throw new AccountError(`A password is at least ${PASSWORD_MIN} characters.`, "password");
  if (input.password.length > PASSWORD_MAX) throw new AccountError(`A password is at most ${PASSWORD_MAX} characters.`, "password");
  if (!isRole(input.role)) {
    throw new AccountError(`The role is one of: ${Object.keys(ROLE_LABELS).join(", ")}.`, "role");
  }
  return { username, password: input.password, role: input.role };
}


export type CreatedAccount = { id: string; username: string; role: Role };

/**
 * Creates an account (the user and its password credential, as Better Auth stores them) and its
 * audit event, in one transaction. `by` is who created it (undefined: the command line or setup,
 * recorded as the new account itself). A taken username is refused with an AccountError.
 */
export async function createAccount(db: Database, input: NewAccount, by?: { id: string; username: string }): Promise<CreatedAccount> {
  return insertAccount(db, checkNewAccount(input), by);
}

type Tx = Transaction;

async function insertAccount(
  db: Database,
  checked: { username: string; password: string; role: Role },
  by?: { id: string; username: string },
  first?: (tx: Tx) => Promise<void>,
): Promise<CreatedAccount> {
  const hash = await hashPassword(checked.password);
  const id = randomUUID();
  try {
    await db.transaction(async (tx) => {
      if (first) await first(tx);
      await tx.insert(user).values({
        id,
        name: checked.username,
        email: `${checked.username}@users.invalid`,
        username: checked.username,
        displayUsername: checked.username,
        role: checked.role,
      });
      await tx.insert(account).values({ id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: hash });
      await tx.insert(auditEvent).values({
        actorId: by?.id ?? id,
        actorUsername: by?.username ?? checked.username,
        action: "user.created",
        toValue: { username: checked.username, role: checked.role },
      });
    });
  } catch (error) {
    if (error instanceof AccountError) throw error;
    if (isUniqueViolation(error)) throw new AccountError(`The username "${checked.username}" is already taken.`, "username");
    throw error;
  }
  return { id, username: checked.username, role: checked.role };
}

export async function accountCount(db: Database): Promise<number> {
  const [row] = await db.select({ n: count() }).from(user);
  return Number(row?.n ?? 0);
}

/**
 * First-run setup: creates the first admin while no account exists. The `setup.completed` row's
 * primary key makes two simultaneous setups create one admin; the other is refused.
 */
export async function createFirstAdmin(db: Database, input: { username: string; password: string }): Promise<CreatedAccount> {
  const checked = checkNewAccount({ ...input, role: "admin" });
  const done = () => new AccountError("Setup is done: an account already exists.", "setup");
  if ((await accountCount(db)) > 0) throw done();
  try {
    return await insertAccount(db, checked, undefined, async (tx) => {
      await tx.insert(instanceSetting).values({ key: "setup.completed", value: new Date().toISOString() });
      const [row] = await tx.select({ n: count() }).from(user);
      if (Number(row?.n ?? 0) > 0) throw done();
    });
  } catch (error) {
    if (error instanceof AccountError && error.field === "username" && (await accountCount(db)) > 0) throw done();
    throw error;
  }
}

export async function listAccounts(db: Database) {
  return db
    .select({ id: user.id, username: user.username, role: user.role, createdAt: user.createdAt })
    .from(user)
    .orderBy(user.createdAt);
}

/**
 * The secret Better Auth signs cookies with: BETTER_AUTH_SECRET when set, otherwise one generated
 * on first start (32 random bytes) and kept in the database, so that a fresh clone needs no
 * set-up and several PostgreSQL-backed processes share it.
 */
export async function authSecret(db: Database, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  await db
    .insert(instanceSetting)
    .values({ key: "auth.secret", value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing();
  const [row] = await db.select().from(instanceSetting).where(eq(instanceSetting.key, "auth.secret"));
  if (!row) throw new Error("Could not read or create the auth secret");
  return row.value;
}
