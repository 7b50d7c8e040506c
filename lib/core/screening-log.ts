/**
 * The screening log's model, pure (no database, no React): the random screening ID, the roles and
 * what each may do, the per-trial status workflow after the pre-screen, and the coded screen-fail
 * reasons. lib/server/log stores it; lib/view and the pages render it; issue 12's reports read it.
 *
 * The log is the GCP screening/enrolment log (ICH E6(R2) section 8.3.20 "subject screening log"
 * and 8.3.22 "subject enrolment log"; at Chinese sites the 受试者筛选表与入选表 of the
 * 药物临床试验质量管理规范, 国家药监局 国家卫生健康委 2020年第57号公告). An entry is one screened patient; it has versions (each save or
 * re-screen adds one, nothing is overwritten) and, per trial, a status that follows the patient from
 * the pre-screen to enrolment.
 */
import type { Verdict } from "./engine";
import { toEnglish } from "./english";
import { message, type Message } from "./message";

// ---------------------------------------------------------------------------------------------
// Screening IDs

/**
 * The screening ID's alphabet: digits and capitals without the ones read or written alike
 * (0/O, 1/I/L), as Crockford's Base32 does. 31 symbols, 6 of them: 887 million IDs.
 */
export const SCREENING_ID_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const SCREENING_ID_LENGTH = 6;
export const SCREENING_ID_PATTERN = /^S-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/;

/**
 * A new random screening ID, e.g. `S-7F3K2Q`. Derived from nothing about the patient. `randomBytes`
 * is the crypto source (node:crypto's randomBytes on the server); bytes that would bias the choice
 * (≥ 248 = 8 × 31) are skipped, so every symbol is equally likely.
 */
export function newScreeningId(randomBytes: (n: number) => Uint8Array): string {
  const limit = Math.floor(256 / SCREENING_ID_ALPHABET.length) * SCREENING_ID_ALPHABET.length;
  let id = "";
  while (id.length < SCREENING_ID_LENGTH) {
    for (const byte of randomBytes(16)) {
      if (byte >= limit) continue;
      id += SCREENING_ID_ALPHABET[byte % SCREENING_ID_ALPHABET.length];
      if (id.length === SCREENING_ID_LENGTH) break;
    }
  }
  return `S-${id}`;
}

export function isScreeningId(text: string): boolean {
  return SCREENING_ID_PATTERN.test(text);
}

// ---------------------------------------------------------------------------------------------
// Roles and permissions

export const ROLES = ["coordinator", "investigator", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  /** See the log and its entries. */
  "log:read": ["coordinator", "investigator", "admin"],
  /** Save a screening, re-screen, change a trial's status, void a mistaken entry. */
  "log:write": ["coordinator", "investigator"],
  /** Judge manual items and sign the eligibility determination. */
  "log:sign": ["investigator"],
  /** See voided entries in the list (an entry's own page shows it is voided to anyone who may read it). */
  "log:see-voided": ["investigator", "admin"],
  /** Create accounts. */
  "users:manage": ["admin"],
  /** See the recruitment reports (counts only; issue 12). */
  "reports:read": ["coordinator", "investigator", "admin"],
  /** Download the screening log as CSV, the site's log or the de-identified counts (audited; issue 12). */
  "log:export": ["coordinator", "investigator"],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function can(role: string | null | undefined, permission: Permission): boolean {
  return isRole(role) && (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

// ---------------------------------------------------------------------------------------------
// Per-trial status

/**
 * Where a patient stands with one trial. The first three come from the pre-screen (the engine's
 * verdict); the rest are what happened next, each set by a person with a reason where it says so.
 */
export const TRIAL_STATUSES = [
  "prescreen-passed",
  "needs-information",
  "not-eligible",
  "approached",
  "declined",
  "consented",
  "enrolled",
  "not-approached",
] as const;
export type TrialStatus = (typeof TRIAL_STATUSES)[number];

/**
 * English status words, for what the log stores in English (the reason a status change records when
 * none was typed). Pages say them in the reader's language from the catalog (`log.statuses`).
 */
export const TRIAL_STATUS_LABELS = Object.fromEntries(
  TRIAL_STATUSES.map((s) => [s, toEnglish(message(`log.statuses.${s}`))]),
) as Record<TrialStatus, string>;

/**
 * The reason stored with a "not eligible" status that an investigator's sign-off set without a
 * note (the log stores it in English; pages show it in the reader's language: log-view.ts).
 */
export const SIGNOFF_STATUS_REASON = "Investigator sign-off";

/** Statuses that need a reason: a refusal, a decision not to approach, a judgement of ineligibility. */
export const STATUSES_NEEDING_REASON: readonly TrialStatus[] = ["declined", "not-approached", "not-eligible"];

/**
 * The moves a person may make by hand. The pre-screen statuses are also set by saving or re-screening
 * (from the verdict) while the patient has not been approached; once approached, only people move on.
 * An investigator may find a patient not eligible at any point before enrolment (e.g. at the
 * screening visit).
 */
export const TRIAL_STATUS_TRANSITIONS: Record<TrialStatus, readonly TrialStatus[]> = {
  "prescreen-passed": ["approached", "not-approached", "not-eligible"],
  "needs-information": ["approached", "not-approached", "not-eligible"],
  "not-eligible": [],
  approached: ["declined", "consented", "not-eligible"],
  declined: [],
  consented: ["enrolled", "declined", "not-eligible"],
  enrolled: [],
  "not-approached": ["approached"],
};

/** Statuses the pre-screen sets; re-screening may replace one of these and nothing later. */
export const PRESCREEN_STATUSES: readonly TrialStatus[] = ["prescreen-passed", "needs-information", "not-eligible"];

export function isTrialStatus(value: unknown): value is TrialStatus {
  return typeof value === "string" && (TRIAL_STATUSES as readonly string[]).includes(value);
}

/** A refused move: the message key for the reader's language, and the English sentence (logs, CLI). */
export type TransitionCheck = { ok: true } | { ok: false; problem: Message; message: string };

export function checkTransition(from: TrialStatus, to: TrialStatus, reason: string): TransitionCheck {
  const status = (s: TrialStatus) => message(`log.statuses.${s}`);
  if (!TRIAL_STATUS_TRANSITIONS[from].includes(to)) {
    const problem = message("apiErrors.badTransition", { from: status(from), to: status(to) });
    return { ok: false, problem, message: toEnglish(problem) };
  }
  if (STATUSES_NEEDING_REASON.includes(to) && reason.trim() === "") {
    const problem = message("apiErrors.needsReason", { status: status(to) });
    return { ok: false, problem, message: toEnglish(problem) };
  }
  return { ok: true };
}

/** The status a pre-screen verdict gives. */
export function statusFromVerdict(verdict: Verdict): TrialStatus {
  return verdict === "passed" ? "prescreen-passed" : verdict === "ineligible" ? "not-eligible" : "needs-information";
}

/**
 * Whether a re-screen's verdict replaces the current status: only while the patient is still at
 * the pre-screen stage and the status was set by the pre-screen, not by a person's judgement.
 */
export function rescreenReplaces(current: { status: TrialStatus; setBy: "prescreen" | "person" }): boolean {
  return current.setBy === "prescreen" && PRESCREEN_STATUSES.includes(current.status);
}

// ---------------------------------------------------------------------------------------------
// Coded screen-fail reasons

/**
 * A screen-fail reason code: the trial and the criterion, e.g. `NCT05106972 EXCL06`. A manual item
 * an investigator judged not met adds ` (investigator)`, one the coordinator confirmed not met
 * ` (coordinator)`; a rule the engine found violated has no suffix.
 */
export type FailReasonSource = "rule" | "coordinator" | "investigator";

export function failReasonCode(trialId: string, criterionId: string, source: FailReasonSource = "rule"): string {
  const base = `${trialId} ${criterionId}`;
  return source === "rule" ? base : `${base} (${source})`;
}

export const FAIL_REASON_PATTERN = /^(NCT\d{8}) ((?:INCL|EXCL)\d{2})(?: \((coordinator|investigator)\))?$/;

export function parseFailReason(code: string): { trialId: string; criterionId: string; source: FailReasonSource } | undefined {
  const m = FAIL_REASON_PATTERN.exec(code);
  if (!m) return undefined;
  return { trialId: m[1]!, criterionId: m[2]!, source: (m[3] as FailReasonSource | undefined) ?? "rule" };
}

/** The violated criteria of a trial's stored result, as codes, in registry order. */
export function failReasonsOf(
  trialId: string,
  criteria: readonly { id: string; status: string; manual?: boolean; confirmedBy?: "coordinator" | "investigator" }[],
): string[] {
  return criteria
    .filter((c) => c.status === "violated")
    .map((c) => failReasonCode(trialId, c.id, c.manual ? (c.confirmedBy ?? "coordinator") : "rule"));
}

// ---------------------------------------------------------------------------------------------
// What a saved version keeps per trial

/** One criterion's result as saved: the status and the sentence that explains it, at that time. */
export type CriterionRecord = {
  id: string;
  category: "inclusion" | "exclusion";
  status: "satisfied" | "violated" | "unknown" | "manual" | "not-applicable";
  /** The explanation in English, as it read that day: the log's copy of record. */
  reason: string;
  /**
   * The same explanation, structured (a message key and the values seen), so the entry and its
   * checklist read in the reader's language. Versions saved before it was kept have only `reason`,
   * and show it in English.
   */
  explanation?: Message;
  /** A manual item (the investigator decides). */
  manual?: boolean;
  /** The coordinator's confirmation of a manual item, with who confirmed it. */
  confirmation?: { outcome: "met" | "not-met"; note?: string; by: string };
};

/** One trial's pre-screen in a saved version. */
export type ScreeningTrialRecord = {
  trialId: string;
  /** The criteria encoding's version (criteria/<id>.ts, `encoding.version`) it was screened against. */
  criteriaVersion: string;
  verdict: Verdict;
  /** Coded screen-fail reasons of this version (failReasonsOf). */
  failReasons: string[];
  criteria: CriterionRecord[];
};

/** An investigator's judgement of one manual item at sign-off. */
export type SignoffJudgement = { criterionId: string; outcome: "met" | "not-met"; note?: string };

/**
 * What the investigator's signature determines for a trial: eligible when every manual item is
 * judged met and the version's verdict is not "ineligible"; otherwise not eligible, with the coded
 * reasons (the violated rules and the manual items judged not met).
 */
export function signoffDetermination(
  record: ScreeningTrialRecord,
  judgements: readonly SignoffJudgement[],
): { eligible: boolean; failReasons: string[] } {
  const byId = new Map(judgements.map((j) => [j.criterionId, j]));
  const reasons = record.criteria
    .filter((c) => c.status === "violated" && !c.manual)
    .map((c) => failReasonCode(record.trialId, c.id));
  for (const c of record.criteria) {
    if (!c.manual) continue;
    if (byId.get(c.id)?.outcome === "not-met") reasons.push(failReasonCode(record.trialId, c.id, "investigator"));
  }
  const unknown = record.criteria.some((c) => c.status === "unknown");
  return { eligible: reasons.length === 0 && !unknown, failReasons: reasons };
}
