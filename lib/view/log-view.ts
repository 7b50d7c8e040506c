/**
 * What the log pages show, from the log's records: times, status words, audit events in words.
 * Pure; the words are message keys (messages/*.json, namespace `log`), said in the reader's
 * language by the `Say` the page passes (English by default: tests, CLI).
 */
import { isTrialStatus, SIGNOFF_STATUS_REASON, type TrialStatus } from "../core/screening-log";
import type { Verdict } from "../core/engine";
import { ENGLISH } from "../core/english";
import { message, type Message, type MessageKey, type Say } from "../core/message";

/**
 * "2026-11-29 12:44 UTC" in both languages: ISO 8601 date and 24-hour time (in China GB/T 7408,
 * the national adoption of ISO 8601), unambiguous for every site, monitor and auditor, and the
 * same in the exports. UTC because the log's days are UTC days.
 */
export function formatLogTime(at: Date | string): string {
  const iso = (typeof at === "string" ? new Date(at) : at).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function verdictMessage(verdict: Verdict): Message {
  return message(`log.verdicts.${verdict}`);
}

export function verdictLabel(verdict: Verdict, say: Say = ENGLISH): string {
  return say.format(verdictMessage(verdict));
}

/** A trial status as a message; an unknown code (an older database) is shown as the code. */
export function statusMessage(status: string): Message | string {
  return isTrialStatus(status) ? message(`log.statuses.${status}`) : status;
}

export function statusLabel(status: string, say: Say = ENGLISH): string {
  return say.value(statusMessage(status));
}

/** The statuses a person can move a trial to from here, with their labels. */
export function statusChoices(from: TrialStatus, transitions: Record<TrialStatus, readonly TrialStatus[]>, say: Say = ENGLISH) {
  return transitions[from].map((to) => ({ value: to, label: statusLabel(to, say) }));
}

const ACTION_KEYS: Record<string, MessageKey> = {
  "entry.created": "log.audit.entryCreated",
  "entry.rescreened": "log.audit.entryRescreened",
  "entry.voided": "log.audit.entryVoided",
  "trial.status": "log.audit.trialStatus",
  "trial.signed": "log.audit.trialSigned",
  "user.created": "log.audit.userCreated",
};

type Json = unknown;

function describeValue(value: Json, say: Say): string {
  if (value === null || value === undefined) return "—";
  if (typeof value !== "object") return String(value);
  const v = value as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof v.status === "string") parts.push(statusLabel(v.status, say));
  if (typeof v.version === "number") parts.push(say.format(message("log.audit.version", { version: v.version })));
  if (typeof v.eligible === "boolean") parts.push(say.format(message(v.eligible ? "log.audit.eligible" : "log.audit.notEligible")));
  // Coded reasons stay codes (NCT… EXCLnn): the same in every language and in the exports.
  if (Array.isArray(v.failReasons) && v.failReasons.length) parts.push(say.format(message("log.audit.reasons", { codes: v.failReasons.join(", ") })));
  if (typeof v.voided === "boolean") parts.push(say.format(message(v.voided ? "log.audit.void" : "log.audit.active")));
  if (typeof v.reason === "string" && v.reason) parts.push(say.format(message("log.audit.quoted", { text: v.reason })));
  return parts.join(say.language === "zh" ? "，" : ", ") || "—";
}

/**
 * A status's stored reason as shown: what a person typed, as typed; the sign-off's own default
 * (stored in English) in the reader's language.
 */
export function statusReason(reason: string | null | undefined, say: Say = ENGLISH): string {
  if (!reason) return "";
  return reason === SIGNOFF_STATUS_REASON ? say.format(message("log.audit.signoffReason")) : reason;
}

const statusOf = (value: Json): string | undefined =>
  value !== null && typeof value === "object" && typeof (value as { status?: unknown }).status === "string" ? (value as { status: string }).status : undefined;

/**
 * The "why" of an event. A status change made without a typed reason stored its move in English
 * ("Approached → Consented"): it is said again from the statuses, in the reader's language.
 */
function why(e: { action: string; fromValue: Json; toValue: Json; reason: string | null }, say: Say): string {
  const typed = (e.toValue as { reason?: unknown } | null)?.reason;
  const from = statusOf(e.fromValue);
  const to = statusOf(e.toValue);
  if (e.action === "trial.status" && !typed && from && to && e.reason !== SIGNOFF_STATUS_REASON) return `${statusLabel(from, say)} → ${statusLabel(to, say)}`;
  return statusReason(e.reason, say);
}

export type AuditRow = { id: number; at: string; who: string; what: string; trial: string; from: string; to: string; why: string };

export function auditRows(
  events: readonly { id: number; at: Date | string; actorUsername: string; action: string; trialId: string | null; fromValue: Json; toValue: Json; reason: string | null }[],
  say: Say = ENGLISH,
): AuditRow[] {
  return events.map((e) => {
    const key = ACTION_KEYS[e.action];
    return {
      id: e.id,
      at: formatLogTime(e.at),
      who: e.actorUsername,
      what: key ? say.format(message(key)) : e.action,
      trial: e.trialId ?? "",
      from: describeValue(e.fromValue, say),
      to: describeValue(e.toValue, say),
      why: why(e, say),
    };
  });
}
