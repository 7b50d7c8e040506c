/**
 * The coordinator's confirmations of manual items, per trial and criterion: pure updates and the
 * schema that checks confirmations read back from storage.
 */
import "./zod-config";
import { z } from "zod";
import type { Confirmation, ScreeningConfirmations } from "./engine";

export const CONFIRMATION_NOTE_MAX = 500;

export const confirmationSchema = z.strictObject({
  outcome: z.enum(["met", "not-met"]),
  note: z.string().max(CONFIRMATION_NOTE_MAX).optional(),
});

export const confirmationsSchema = z.record(
  z.string().regex(/^NCT\d{8}$/),
  z.record(z.string().regex(/^(INCL|EXCL)\d{2}$/), confirmationSchema),
);

export type ConfirmationOutcome = Confirmation["outcome"] | "";

/**
 * Sets (or, with outcome "", removes) one confirmation. The note is kept with a confirmation
 * only; an unconfirmed item has no note. Returns a new object; the input is not changed.
 */
export function setConfirmation(
  all: ScreeningConfirmations,
  trialId: string,
  criterionId: string,
  outcome: ConfirmationOutcome,
  note?: string,
): ScreeningConfirmations {
  const trial: Record<string, Confirmation | undefined> = { ...(all[trialId] ?? {}) };
  if (outcome === "") {
    delete trial[criterionId];
  } else {
    const kept = note ?? trial[criterionId]?.note ?? "";
    const text = kept.slice(0, CONFIRMATION_NOTE_MAX);
    trial[criterionId] = text ? { outcome, note: text } : { outcome };
  }
  const next: Record<string, ScreeningConfirmations[string]> = { ...all };
  if (Object.keys(trial).length === 0) delete next[trialId];
  else next[trialId] = trial;
  return next;
}

/** Notes of items the coordinator un-confirmed, by "trialId/criterionId", until confirmed again. */
export type ParkedNotes = Readonly<Record<string, string>>;

/**
 * setConfirmation that never loses a note: un-confirming an item parks its note, and confirming
 * it again (without a new note) brings the note back.
 */
export function confirmKeepingNote(
  all: ScreeningConfirmations,
  parked: ParkedNotes,
  trialId: string,
  criterionId: string,
  outcome: ConfirmationOutcome,
  note?: string,
): { confirmations: ScreeningConfirmations; parked: ParkedNotes } {
  const key = `${trialId}/${criterionId}`;
  const current = all[trialId]?.[criterionId];
  if (outcome === "") {
    const next = current?.note ? { ...parked, [key]: current.note } : parked;
    return { confirmations: setConfirmation(all, trialId, criterionId, ""), parked: next };
  }
  const restored = note ?? (current ? undefined : parked[key]);
  const rest = { ...parked };
  delete rest[key];
  return { confirmations: setConfirmation(all, trialId, criterionId, outcome, restored), parked: rest };
}

/**
 * Confirmations read from storage, one by one: each valid confirmation is kept (one bad entry
 * never costs the others), and the number that could not be read is counted.
 */
export function salvageConfirmations(raw: unknown): { confirmations: ScreeningConfirmations; unreadable: number } {
  const whole = confirmationsSchema.safeParse(raw);
  if (whole.success) return { confirmations: whole.data, unreadable: 0 };
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return { confirmations: {}, unreadable: raw === undefined ? 0 : 1 };
  const confirmations: Record<string, Record<string, Confirmation>> = {};
  let unreadable = 0;
  for (const [trialId, items] of Object.entries(raw)) {
    if (!/^NCT\d{8}$/.test(trialId) || items === null || typeof items !== "object" || Array.isArray(items)) {
      unreadable += items !== null && typeof items === "object" ? Math.max(1, Object.keys(items).length) : 1;
      continue;
    }
    for (const [criterionId, item] of Object.entries(items)) {
      const parsed = confirmationSchema.safeParse(item);
      if (!/^(INCL|EXCL)\d{2}$/.test(criterionId) || !parsed.success) {
        unreadable += 1;
        continue;
      }
      (confirmations[trialId] ??= {})[criterionId] = parsed.data;
    }
  }
  return { confirmations, unreadable };
}

/** Confirmations read from storage: the valid ones. */
export function parseConfirmations(raw: unknown): ScreeningConfirmations {
  return salvageConfirmations(raw).confirmations;
}
