/**
 * Accounts: creating them (first-run setup, `npm run user:add`, the admin page) and the
 * installation's auth secret. Usable outside Next (the CLI and tests); no "server-only" here.
 *
 * Passwords are hashed with the same hasher Better Auth is configured with (password.ts: scrypt at
 * OWASP's N = 2^17, r = 8, p = 1), so accounts made here sign in through Better Auth like any other.
 *
 * Admins also disable and re-enable accounts and reset passwords (`setAccountDisabled`,
 * `resetPassword`): each change deletes the account's sessions (Better Auth keeps them in the
 * `session` table, so it is at once) and is an append-only audit event with the reason.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { and, count, eq, ne } from "drizzle-orm";
import { toEnglish } from "../../core/english";
import { message, type Message } from "../../core/message";
import { isRole, ROLES, type Role } from "../../core/screening-log";
import type { Database, Transaction } from "../db/connection";
import { isUniqueViolation } from "../db/errors";
import { account, auditEvent, instanceSetting, session, user } from "../db/schema";
import { hashPassword } from "./password";

/** Better Auth's username plugin's defaults: 3 to 30 of letters, digits, "_" and "."; stored lower-case. */
export const USERNAME_PATTERN = /^[a-z0-9_.]{3,30}$/;
/** Better Auth's default length limits. */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/** A refused account change: the message key for the page (`apiErrors`), English in `message`. */
export class AccountError extends Error {
  constructor(
    readonly problem: Message,
    readonly field: "username" | "password" | "role" | "setup" | "reason" | "account",
  ) {
    super(toEnglish(problem));
  }
}

export type NewAccount = { username: string; password: string; role: string };

export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

function checkPassword(password: string): void {
  if (password.length < PASSWORD_MIN) throw new AccountError(message("apiErrors.passwordTooShort", { min: PASSWORD_MIN }), "password");
  if (password.length > PASSWORD_MAX) throw new AccountError(message("apiErrors.passwordTooLong", { max: PASSWORD_MAX }), "password");
}

export function checkNewAccount(input: NewAccount): { username: string; password: string; role: Role } {
  const username = normalizeUsername(input.username);
  if (!USERNAME_PATTERN.test(username)) {
    throw new AccountError(message("apiErrors.badUsername"), "username");
  }
  checkPassword(input.password);
  if (!isRole(input.role)) {
    throw new AccountError(message("apiErrors.badRole", { roles: ROLES.join(", ") }), "role");
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
    if (isUniqueViolation(error)) throw new AccountError(message("apiErrors.usernameTaken", { username: checked.username }), "username");
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
  const done = () => new AccountError(message("apiErrors.setupDone"), "setup");
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
    .select({ id: user.id, username: user.username, role: user.role, disabled: user.disabled, createdAt: user.createdAt })
    .from(user)
    .orderBy(user.createdAt);
}

export type AccountAdmin = { id: string; username: string };

export const REASON_MAX = 500;

function checkReason(reason: string): string {
  const trimmed = reason.trim();
  if (!trimmed) throw new AccountError(message("apiErrors.reasonNeeded"), "reason");
  if (trimmed.length > REASON_MAX) throw new AccountError(message("apiErrors.reasonTooLong", { max: REASON_MAX }), "reason");
  return trimmed;
}

/** The account, locked for the rest of the transaction; refused when it does not exist. */
async function lockAccount(tx: Tx, id: string) {
  const [row] = await tx
    .select({ id: user.id, username: user.username, role: user.role, disabled: user.disabled })
    .from(user)
    .where(eq(user.id, id))
    .for("update");
  if (!row) throw new AccountError(message("apiErrors.noSuchAccount"), "account");
  return row;
}

/**
 * Disables or re-enables an account (admins; the route checks the role). Disabling deletes its
 * sessions in the same transaction, so it is signed out at once. An admin cannot disable their own
 * account, nor the last enabled admin: the admins' rows are locked first, so two admins disabling
 * each other at once cannot leave none.
 */
export async function setAccountDisabled(
  db: Database,
  input: { userId: string; disabled: boolean; reason: string },
  by: AccountAdmin,
): Promise<{ id: string; username: string; disabled: boolean }> {
  const reason = checkReason(input.reason);
  if (input.disabled && input.userId === by.id) throw new AccountError(message("apiErrors.disableSelf"), "account");
  return db.transaction(async (tx) => {
    await tx.select({ id: user.id }).from(user).where(eq(user.role, "admin")).orderBy(user.id).for("update");
    const target = await lockAccount(tx, input.userId);
    const username = target.username ?? target.id;
    if (target.disabled === input.disabled) {
      throw new AccountError(message(input.disabled ? "apiErrors.alreadyDisabled" : "apiErrors.alreadyEnabled", { username }), "account");
    }
    if (input.disabled && target.role === "admin") {
      const [others] = await tx
        .select({ n: count() })
        .from(user)
        .where(and(eq(user.role, "admin"), eq(user.disabled, false), ne(user.id, target.id)));
      if (Number(others?.n ?? 0) === 0) throw new AccountError(message("apiErrors.lastAdmin"), "account");
    }
    await tx.update(user).set({ disabled: input.disabled, updatedAt: new Date() }).where(eq(user.id, target.id));
    if (input.disabled) await tx.delete(session).where(eq(session.userId, target.id));
    await tx.insert(auditEvent).values({
      actorId: by.id,
      actorUsername: by.username,
      action: input.disabled ? "user.disabled" : "user.enabled",
      fromValue: { username, disabled: target.disabled },
      toValue: { username, disabled: input.disabled },
      reason,
    });
    return { id: target.id, username, disabled: input.disabled };
  });
}

/**
 * An admin sets a new password for an account (told to the user in person). The account's
 * sessions are deleted in the same transaction. The audit event says that the password changed,
 * never the password or its hash.
 */
export async function resetPassword(
  db: Database,
  input: { userId: string; password: string; reason: string },
  by: AccountAdmin,
): Promise<{ id: string; username: string }> {
  const reason = checkReason(input.reason);
  checkPassword(input.password);
  const hash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const target = await lockAccount(tx, input.userId);
    const username = target.username ?? target.id;
    const updated = await tx
      .update(account)
      .set({ password: hash, updatedAt: new Date() })
      .where(and(eq(account.userId, target.id), eq(account.providerId, "credential")))
      .returning({ id: account.id });
    if (updated.length === 0) throw new AccountError(message("apiErrors.noPassword"), "account");
    await tx.delete(session).where(eq(session.userId, target.id));
    await tx.insert(auditEvent).values({
      actorId: by.id,
      actorUsername: by.username,
      action: "user.password-reset",
      fromValue: { username, password: "previous" },
      toValue: { username, password: "set by an admin" },
      reason,
    });
    return { id: target.id, username };
  });
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
