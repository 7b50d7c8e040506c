/**
 * The database schema (Drizzle), the single source of the migrations in ./migrations
 * (`npm run db:generate` runs drizzle-kit). The same tables on PGlite and PostgreSQL 15+.
 *
 * Two groups of tables:
 * - accounts: `user`, `session`, `account`, `verification`, `rate_limit`, the tables Better Auth's
 *   Drizzle adapter reads and writes (https://www.better-auth.com/docs/concepts/database#core-schema),
 *   with the username plugin's `username`/`display_username` and this app's `role`;
 * - the screening log: `screening_entry` (one patient's screening, by its random ID),
 *   `screening_version` (every save and re-screen, never overwritten), `trial_status` (where the
 *   patient stands with each trial now), `signoff` (an investigator's signature of a version for a
 *   trial) and `audit_event` (every write: who, when, what, from, to, why).
 *
 * `screening_version`, `signoff` and `audit_event` are append-only: a trigger in the migration
 * 0001_append_only rejects UPDATE, DELETE and TRUNCATE on them, for every database user.
 *
 * No column holds a name, record number, phone number, address or birth date: the profile is the
 * strict de-identified schema of lib/core/profile.ts, and the screening date is the only calendar date.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import type { ScreeningConfirmations } from "../../core/engine";
import type { Profile } from "../../core/profile";
import type { Role, ScreeningTrialRecord, SignoffJudgement, TrialStatus } from "../../core/screening-log";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

// ---------------------------------------------------------------------------------------------
// Accounts (Better Auth)

export const user = pgTable("user", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  /** Better Auth requires an email; accounts here are username-only, so it is `<username>@users.invalid` (RFC 2606). */
  email: text("email").notNull().unique(),
  emailVerified: boolean("email_verified").notNull().default(false),
  image: text("image"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  username: text("username").unique(),
  displayUsername: text("display_username"),
  role: text("role").$type<Role>().notNull().default("coordinator"),
});

export const session = pgTable(
  "session",
  {
    id: text("id").primaryKey(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    token: text("token").notNull().unique(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: text("user_id")
      .notNull()
      .references(() => user.id),
  },
  (t) => [index("session_user_id_idx").on(t.userId)],
);

export const account = pgTable(
  "account",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: timestamp("access_token_expires_at", { withTimezone: true }),
    refreshTokenExpiresAt: timestamp("refresh_token_expires_at", { withTimezone: true }),
    scope: text("scope"),
    /** scrypt hash (Better Auth's default; see lib/server/auth/auth.ts). */
    password: text("password"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("account_user_id_idx").on(t.userId)],
);

export const verification = pgTable("verification", {
  id: text("id").primaryKey(),
  identifier: text("identifier").notNull(),
  value: text("value").notNull(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** Better Auth's rate limiter with `storage: "database"`: one row per client and path. */
export const rateLimit = pgTable("rate_limit", {
  id: text("id").primaryKey(),
  key: text("key").notNull().unique(),
  count: integer("count").notNull(),
  lastRequest: bigint("last_request", { mode: "number" }).notNull(),
});

// ---------------------------------------------------------------------------------------------
// The screening log

export const screeningEntry = pgTable(
  "screening_entry",
  {
    /** The random screening ID, e.g. S-7F3K2Q (lib/core/screening-log.ts). */
    id: text("id").primaryKey(),
    createdAt: createdAt(),
    createdBy: text("created_by")
      .notNull()
      .references(() => user.id),
    /** The newest version's number; versions count from 1. */
    latestVersion: integer("latest_version").notNull(),
    /** Optimistic concurrency: every change to the entry checks and bumps it. */
    rowVersion: integer("row_version").notNull().default(1),
    voidedAt: timestamp("voided_at", { withTimezone: true }),
    voidedBy: text("voided_by").references(() => user.id),
    voidReason: text("void_reason"),
  },
  (t) => [index("screening_entry_created_at_idx").on(t.createdAt)],
);

export const screeningVersion = pgTable(
  "screening_version",
  {
    screeningId: text("screening_id")
      .notNull()
      .references(() => screeningEntry.id),
    version: integer("version").notNull(),
    savedAt: timestamp("saved_at", { withTimezone: true }).notNull().defaultNow(),
    savedBy: text("saved_by")
      .notNull()
      .references(() => user.id),
    /** The de-identified profile as entered (lib/core/profile.ts's strict schema; invalid fields left out). */
    profile: jsonb("profile").$type<Profile>().notNull(),
    /** The manual items confirmed when saving, per trial and criterion. */
    confirmations: jsonb("confirmations").$type<ScreeningConfirmations>().notNull(),
    /** Per trial: criteria version, verdict, every criterion's status and reason (computed on the server). */
    trials: jsonb("trials").$type<ScreeningTrialRecord[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.screeningId, t.version] })],
);

export const trialStatus = pgTable(
  "trial_status",
  {
    screeningId: text("screening_id")
      .notNull()
      .references(() => screeningEntry.id),
    trialId: text("trial_id").notNull(),
    status: text("status").$type<TrialStatus>().notNull(),
    /** Whether the pre-screen (a save or re-screen) set the status, or a person did. */
    setBy: text("set_by").$type<"prescreen" | "person">().notNull(),
    reason: text("reason"),
    /** Coded screen-fail reasons, e.g. ["NCT05106972 EXCL06"] (lib/core/screening-log.ts). */
    failReasons: jsonb("fail_reasons").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
    changedBy: text("changed_by")
      .notNull()
      .references(() => user.id),
  },
  (t) => [primaryKey({ columns: [t.screeningId, t.trialId] }), index("trial_status_trial_idx").on(t.trialId, t.status)],
);

export const signoff = pgTable(
  "signoff",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    screeningId: text("screening_id")
      .notNull()
      .references(() => screeningEntry.id),
    version: integer("version").notNull(),
    trialId: text("trial_id").notNull(),
    signedAt: timestamp("signed_at", { withTimezone: true }).notNull().defaultNow(),
    signedBy: text("signed_by")
      .notNull()
      .references(() => user.id),
    /** The investigator's judgement of every manual item of the trial. */
    judgements: jsonb("judgements").$type<SignoffJudgement[]>().notNull(),
    /** The eligibility determination signed: eligible, or not (with the coded reasons). */
    eligible: boolean("eligible").notNull(),
    note: text("note"),
  },
  (t) => [index("signoff_screening_idx").on(t.screeningId)],
);

export const auditEvent = pgTable(
  "audit_event",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: text("actor_id")
      .notNull()
      .references(() => user.id),
    /** The username at the time, so the event reads the same even if the account is renamed. */
    actorUsername: text("actor_username").notNull(),
    screeningId: text("screening_id").references(() => screeningEntry.id),
    trialId: text("trial_id"),
    /** What happened, e.g. "entry.created", "trial.status", "entry.voided", "user.created". */
    action: text("action").notNull(),
    fromValue: jsonb("from_value"),
    toValue: jsonb("to_value"),
    reason: text("reason"),
  },
  (t) => [index("audit_event_screening_idx").on(t.screeningId, t.id)],
);

/** Settings of this installation, e.g. the generated auth secret when BETTER_AUTH_SECRET is not set. */
export const instanceSetting = pgTable("instance_setting", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  createdAt: createdAt(),
});

/** Every table, in the order a restore must insert them (referenced tables first). */
export const TABLES_IN_ORDER = [
  ["instance_setting", instanceSetting],
  ["user", user],
  ["account", account],
  ["session", session],
  ["verification", verification],
  ["rate_limit", rateLimit],
  ["screening_entry", screeningEntry],
  ["screening_version", screeningVersion],
  ["trial_status", trialStatus],
  ["signoff", signoff],
  ["audit_event", auditEvent],
] as const;
