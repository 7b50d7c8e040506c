/**
 * What the log pages show, from the log's records: times, status words, audit events in words.
 * Pure; the pages render it. User-visible words live here, ready for the i18n catalogs (issue 13).
 */
import { TRIAL_STATUS_LABELS, isTrialStatus, type TrialStatus } from "../core/screening-log";
import type { Verdict } from "../core/engine";

/** "2026-11-29 12:44 UTC": unambiguous for every site and every reader. */
export function formatLogTime(at: Date | string): string {
  const iso = (typeof at === "string" ? new Date(at) : at).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export const VERDICT_LABELS: Record<Verdict, string> = {
  passed: "Pre-screen passed",
  "needs-info": "Needs information",
  ineligible: "Not eligible",
};

export function statusLabel(status: string): string {
  return isTrialStatus(status) ? TRIAL_STATUS_LABELS[status] : status;
}

/** The statuses a person can move a trial to from here, with their labels. */
export function statusChoices(from: TrialStatus, transitions: Record<TrialStatus, readonly TrialStatus[]>) {
  return transitions[from].map((to) => ({ value: to, label: TRIAL_STATUS_LABELS[to] }));
}

const ACTION_WORDS: Record<string, string> = {
  "entry.created": "Saved the screening",
  "entry.rescreened": "Re-screened",
  "entry.voided": "Voided the entry",
  "trial.status": "Changed the status",
  "trial.signed": "Signed the eligibility determination",
  "user.created": "Created an account",
};

type Json = unknown;

function describeValue(value: Json): string {
  if (value === null || value === undefined) return "—";
  if (typeof value !== "object") return String(value);
  const v = value as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof v.status === "string") parts.push(statusLabel(v.status));
  if (typeof v.version === "number") parts.push(`version ${v.version}`);
  if (typeof v.eligible === "boolean") parts.push(v.eligible ? "eligible" : "not eligible");
  if (Array.isArray(v.failReasons) && v.failReasons.length) parts.push(`reasons: ${v.failReasons.join(", ")}`);
  if (typeof v.voided === "boolean") parts.push(v.voided ? "void" : "active");
  if (typeof v.reason === "string" && v.reason) parts.push(`“${v.reason}”`);
  return parts.join(", ") || "—";
}

export type AuditRow = { id: number; at: string; who: string; what: string; trial: string; from: string; to: string; why: string };

export function auditRows(
  events: readonly { id: number; at: Date | string; actorUsername: string; action: string; trialId: string | null; fromValue: Json; toValue: Json; reason: string | null }[],
): AuditRow[] {
  return events.map((e) => ({
    id: e.id,
    at: formatLogTime(e.at),
    who: e.actorUsername,
    what: ACTION_WORDS[e.action] ?? e.action,
    trial: e.trialId ?? "",
    from: describeValue(e.fromValue),
    to: describeValue(e.toValue),
    why: e.reason ?? "",
  }));
}
