/**
 * Accounts and sign-in through Better Auth's own request handler, on a real database (PGlite, and
 * PostgreSQL when TEST_DATABASE_URL is set): setup, `user:add`, scrypt hashes, identical failures,
 * the rate limiter, cookie attributes, no sign-up over HTTP, no telemetry.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { accountCount, authSecret, createAccount, createFirstAdmin } from "@/lib/server/auth/accounts";
import { createAuth, type Auth } from "@/lib/server/auth/auth";
import { runUserAdd } from "@/lib/server/cli/user-add";
import { account, user } from "@/lib/server/db/schema";
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

  it("stores a scrypt hash, never the password", async () => {
    const created = await createAccount(t.db, { username: "Coord.One", password: "pa55word-coord", role: "coordinator" });
    expect(created.username).toBe("coord.one");
    const [row] = await t.db.select().from(account).where(eq(account.userId, created.id));
    expect(row?.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
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

  it("sends nothing anywhere (telemetry off)", () => {
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
