/**
 * Accounts and sign-in through Better Auth's own request handler, on a real database (PGlite, and
 * PostgreSQL when TEST_DATABASE_URL is set): setup, `user:add`, scrypt hashes, identical failures,
 * the rate limiter, cookie attributes, no sign-up over HTTP, no telemetry.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { hashPassword as betterAuthLegacyHash } from "better-auth/crypto";
import {
  accountCount,
  authSecret,
  createAccount,
  createFirstAdmin,
  resetPassword,
  setAccountDisabled,
} from "@/lib/server/auth/accounts";
import { createAuth, type Auth } from "@/lib/server/auth/auth";
import { runUserAdd } from "@/lib/server/cli/user-add";
import { account, auditEvent, session, user } from "@/lib/server/db/schema";
import { databaseTargets } from "../support/databases";
import { createAppDatabase, type AppTestDatabase } from "../support/log-database";

const ORIGIN = "http://127.0.0.1:3000";

function signIn(auth: Auth, username: string, password: string, ip = "203.0.113.7") {
  return auth.handler(
    new Request(`${ORIGIN}/api/auth/sign-in/username`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": ip },
      body: JSON.stringify({ username, password }),
    }),
  );
}

describe.each(databaseTargets())("accounts and sign-in on $name", (target) => {
  let t: AppTestDatabase;
  let auth: Auth;
  const fetchSpy = vi.spyOn(globalThis, "fetch");

  beforeAll(async () => {
    t = await createAppDatabase(target);
    auth = createAuth(t.db, await authSecret(t.db, { NODE_ENV: "test" }), { NODE_ENV: "test" });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it("creates the first admin while no account exists, and only then", async () => {
    expect(await accountCount(t.db)).toBe(0);
    const results = await Promise.allSettled([
      createFirstAdmin(t.db, { username: "root", password: "correct horse battery" }),
      createFirstAdmin(t.db, { username: "root2", password: "correct horse battery" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await accountCount(t.db)).toBe(1);
    await expect(createFirstAdmin(t.db, { username: "later", password: "correct horse battery" })).rejects.toThrow(/Setup is done/);
  });

  it("stores a scrypt hash at OWASP's parameters, never the password", async () => {
    const created = await createAccount(t.db, { username: "Coord.One", password: "pa55word-coord", role: "coordinator" });
    expect(created.username).toBe("coord.one");
    const [row] = await t.db.select().from(account).where(eq(account.userId, created.id));
    expect(row?.password).toMatch(/^scrypt\$131072\$8\$1\$[0-9a-f]{32}\$[0-9a-f]{128}$/);
    expect(row?.password).not.toContain("pa55word");
  });

  it("user:add reads the password from stdin, refuses a taken username with exit code 1, and a bad role or usage", async () => {
    const run = (args: string[], password = "another-pass-1\n") => runUserAdd(args, async () => password, async () => t.db);
    expect(await run(["--username", "inv", "--role", "investigator"])).toMatchObject({ exitCode: 0, stdout: expect.stringContaining('"inv"') });
    expect(await run(["--username", "INV", "--role", "coordinator"])).toMatchObject({ exitCode: 1, stderr: expect.stringMatching(/already taken/) });
    expect(await run(["--username", "someone", "--role", "superuser"])).toMatchObject({ exitCode: 1, stderr: expect.stringMatching(/role/) });
    expect(await run(["--username", "short", "--role", "coordinator"], "abc\n")).toMatchObject({ exitCode: 1, stderr: expect.stringMatching(/at least 8/) });
    expect(await run(["--username", "x"])).toMatchObject({ exitCode: 64 });
    const [inv] = await t.db.select().from(user).where(eq(user.username, "inv"));
    expect(inv?.role).toBe("investigator");
  });

  it("signs in with username and password, setting an HttpOnly SameSite session cookie, and knows the role", async () => {
    const response = await signIn(auth, "coord.one", "pa55word-coord", "198.51.100.1");
    expect(response.status).toBe(200);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const token = cookie.split(";")[0]!;
    const session = await auth.api.getSession({ headers: new Headers({ cookie: token }) });
    expect(session?.user).toMatchObject({ username: "coord.one", role: "coordinator" });
  });

  it("answers a wrong password and an unknown username identically", async () => {
    const wrong = await signIn(auth, "coord.one", "not-the-password", "198.51.100.2");
    const unknown = await signIn(auth, "nobody.here", "not-the-password", "198.51.100.3");
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(wrong.status);
    expect(await unknown.json()).toEqual(await wrong.json());
  });

  it("rate-limits sign-in attempts from one client", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await signIn(auth, "coord.one", "guess-" + i, "198.51.100.9")).status);
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.slice(3)).toEqual([429, 429]);
    // Another client is not affected.
    expect((await signIn(auth, "coord.one", "pa55word-coord", "198.51.100.10")).status).toBe(200);
  });

  it("refuses sign-up and e-mail sign-in over HTTP, and a role sent by the client", async () => {
    const post = (path: string, body: unknown) =>
      auth.handler(
        new Request(`${ORIGIN}/api/auth${path}`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": "198.51.100.20" },
          body: JSON.stringify(body),
        }),
      );
    const signUp = await post("/sign-up/email", { email: "x@example.org", password: "abcdefgh12", name: "x", role: "admin" });
    expect(signUp.status).toBeGreaterThanOrEqual(400);
    expect((await post("/sign-in/email", { email: "coord.one@users.invalid", password: "pa55word-coord" })).status).toBeGreaterThanOrEqual(400);
    expect(await accountCount(t.db)).toBe(3);
  });

  const userId = async (name: string) => (await t.db.select().from(user).where(eq(user.username, name)))[0]!.id;
  // The first admin is "root" or "root2", whichever won the race in the first test.
  const firstAdmin = async () => {
    const [row] = await t.db.select().from(user).where(eq(user.role, "admin")).orderBy(user.createdAt);
    return { id: row!.id, username: row!.username! };
  };
  const sessionCookie = (response: Response) => (response.headers.get("set-cookie") ?? "").split(";")[0]!;
  const sessionsOf = async (id: string) => t.db.select().from(session).where(eq(session.userId, id));
  const lastEvent = async () => (await t.db.select().from(auditEvent).orderBy(auditEvent.id)).at(-1);

  it("upgrades an old-format hash on the next successful sign-in, and not on a failed one", async () => {
    const created = await createAccount(t.db, { username: "legacy", password: "pa55word-legacy", role: "coordinator" });
    const old = await betterAuthLegacyHash("pa55word-legacy");
    const credential = and(eq(account.userId, created.id), eq(account.providerId, "credential"));
    await t.db.update(account).set({ password: old }).where(credential);
    expect((await signIn(auth, "legacy", "wrong-password", "198.51.100.30")).status).toBe(401);
    expect((await t.db.select().from(account).where(credential))[0]?.password).toBe(old);
    expect((await signIn(auth, "legacy", "pa55word-legacy", "198.51.100.31")).status).toBe(200);
    const upgraded = (await t.db.select().from(account).where(credential))[0]?.password;
    expect(upgraded).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect((await signIn(auth, "legacy", "pa55word-legacy", "198.51.100.32")).status).toBe(200);
  });

  it("disables an account with a reason: its sessions end at once, it cannot sign in, and it is audited", async () => {
    const admin = await firstAdmin();
    const coord = await userId("coord.one");
    const cookie = sessionCookie(await signIn(auth, "coord.one", "pa55word-coord", "198.51.100.40"));
    expect((await auth.api.getSession({ headers: new Headers({ cookie }) }))?.user).toBeTruthy();

    await expect(setAccountDisabled(t.db, { userId: coord, disabled: true, reason: "  " }, admin)).rejects.toThrow(/reason/);
    expect(await sessionsOf(coord)).not.toHaveLength(0);

    await setAccountDisabled(t.db, { userId: coord, disabled: true, reason: "Left the department" }, admin);
    expect(await sessionsOf(coord)).toHaveLength(0);
    expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
    const refused = await signIn(auth, "coord.one", "pa55word-coord", "198.51.100.41");
    expect(refused.status).toBe(403);
    expect(await sessionsOf(coord)).toHaveLength(0);
    expect(await lastEvent()).toMatchObject({
      actorId: admin.id,
      actorUsername: admin.username,
      action: "user.disabled",
      fromValue: { username: "coord.one", disabled: false },
      toValue: { username: "coord.one", disabled: true },
      reason: "Left the department",
    });
    await expect(setAccountDisabled(t.db, { userId: coord, disabled: true, reason: "again" }, admin)).rejects.toThrow(/already disabled/);

    await setAccountDisabled(t.db, { userId: coord, disabled: false, reason: "Back from leave" }, admin);
    expect(await lastEvent()).toMatchObject({ action: "user.enabled", fromValue: { disabled: true }, toValue: { disabled: false }, reason: "Back from leave" });
    expect((await signIn(auth, "coord.one", "pa55word-coord", "198.51.100.42")).status).toBe(200);
  });

  it("refuses to let an admin disable their own account or the last enabled admin", async () => {
    const root = await firstAdmin();
    await expect(setAccountDisabled(t.db, { userId: root.id, disabled: true, reason: "test" }, root)).rejects.toThrow(/your own account/);
    const second = await createAccount(t.db, { username: "admin2", password: "pa55word-admin2", role: "admin" }, root);
    // With a second admin enabled, the first may be disabled; then the second is the last one.
    await setAccountDisabled(t.db, { userId: root.id, disabled: true, reason: "Rotating admins" }, second);
    const inv = { id: await userId("inv"), username: "inv" };
    // Only the role check in the route stops a non-admin; the service still protects the last admin.
    await expect(setAccountDisabled(t.db, { userId: second.id, disabled: true, reason: "test" }, inv)).rejects.toThrow(/last enabled admin/);
    await setAccountDisabled(t.db, { userId: root.id, disabled: false, reason: "Rotation over" }, second);
    expect((await t.db.select().from(user).where(eq(user.id, root.id)))[0]?.disabled).toBe(false);
    await expect(setAccountDisabled(t.db, { userId: "no-such-id", disabled: true, reason: "x" }, root)).rejects.toThrow(/no such account/);
  });

  it("resets a password with a reason: the old one stops working, sessions end, and the event holds no password", async () => {
    const admin = await firstAdmin();
    const inv = await userId("inv");
    const cookie = sessionCookie(await signIn(auth, "inv", "another-pass-1", "198.51.100.50"));
    expect((await auth.api.getSession({ headers: new Headers({ cookie }) }))?.user).toBeTruthy();
    await expect(resetPassword(t.db, { userId: inv, password: "new-pass-2026", reason: "" }, admin)).rejects.toThrow(/reason/);
    await expect(resetPassword(t.db, { userId: inv, password: "short", reason: "Forgot it" }, admin)).rejects.toThrow(/at least 8/);

    await resetPassword(t.db, { userId: inv, password: "new-pass-2026", reason: "Forgot it" }, admin);
    expect(await sessionsOf(inv)).toHaveLength(0);
    expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
    expect((await signIn(auth, "inv", "another-pass-1", "198.51.100.51")).status).toBe(401);
    expect((await signIn(auth, "inv", "new-pass-2026", "198.51.100.52")).status).toBe(200);
    const event = await lastEvent();
    expect(event).toMatchObject({ actorId: admin.id, action: "user.password-reset", reason: "Forgot it" });
    const [credential] = await t.db.select().from(account).where(eq(account.userId, inv));
    expect(JSON.stringify(event)).not.toContain("new-pass-2026");
    expect(JSON.stringify(event)).not.toContain(credential!.password!.split("$")[5]!);
  });

  it("sends nothing anywhere (telemetry off)", () => {
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
