/**
 * Better Auth for this app: username + password only, sessions in the database (Drizzle adapter),
 * the role as a user field that no request can set, sign-up over HTTP disabled (accounts are made
 * by setup, `npm run user:add` or an admin: lib/server/auth/accounts.ts), and telemetry off.
 *
 * - Passwords: Better Auth's scrypt (see accounts.ts).
 * - Cookies: HttpOnly and SameSite=Lax (Better Auth's defaults); Secure with the `__Secure-` prefix
 *   in production unless BETTER_AUTH_URL is an http:// URL (browsers accept Secure cookies on
 *   http://localhost and 127.0.0.1; a site server must be behind HTTPS).
 * - Sign-in is rate-limited by Better Auth (3 attempts per 10 s per client IP and path), counted
 *   in the database so that it holds across restarts and PostgreSQL-backed processes.
 * - A failed sign-in says "Invalid username or password" whether or not the username exists, and
 *   hashes the given password either way (better-auth/dist/plugins/username/index.mjs).
 */
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { username } from "better-auth/plugins/username";
import type { Database } from "../db/connection";
import * as schema from "../db/schema";
import { PASSWORD_MAX, PASSWORD_MIN } from "./accounts";

export const SESSION_DAYS = 7;

export function createAuth(db: Database, secret: string, env: NodeJS.ProcessEnv = process.env) {
  const baseURL = env.BETTER_AUTH_URL;
  return betterAuth({
    appName: "UC-MSC trial pre-screener",
    secret,
    ...(baseURL && { baseURL }),
    basePath: "/api/auth",
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: {
        user: schema.user,
        session: schema.session,
        account: schema.account,
        verification: schema.verification,
        rateLimit: schema.rateLimit,
      },
    }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN,
      maxPasswordLength: PASSWORD_MAX,
    },
    user: {
      additionalFields: {
        role: { type: "string", required: true, defaultValue: "coordinator", input: false },
      },
    },
    session: { expiresIn: SESSION_DAYS * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    plugins: [username()],
    // Only what this app uses is reachable over HTTP: username sign-in, sign-out, the session.
    disabledPaths: [
      "/sign-in/email",
      "/sign-up/email",
      "/request-password-reset",
      "/reset-password",
      "/forget-password",
      "/send-verification-email",
      "/verify-email",
      "/change-email",
      "/update-user",
      "/delete-user",
      "/link-social",
      "/sign-in/social",
      "/is-username-available",
    ],
    rateLimit: { enabled: true, storage: "database", modelName: "rateLimit" },
    telemetry: { enabled: false },
    // Errors only: Better Auth's warnings would say in the server log whether a failed sign-in's
    // username exists ("User not found" vs "Invalid password").
    logger: { level: "error" },
    advanced: {
      ...(baseURL?.startsWith("http://") && { useSecureCookies: false }),
      // Behind the site's reverse proxy, the client address is in X-Forwarded-For (the default).
      ipAddress: { ipAddressHeaders: ["x-forwarded-for", "x-real-ip"] },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
