/**
 * The coordinator's confirmations of manual items, per trial and criterion: pure updates, and
 * confirmations read back from this tab's draft. Free of zod: the screening form's chunk restores
 * the draft with it before the form is usable, and the schema arrives later (issue 15). The
 * server checks what it is sent with the schema (lib/core/confirmations-schema.ts), built from the
 * same definitions; tests/engine/confirmations.test.ts checks that both accept the same values.
 */
import type { Confirmation, ScreeningConfirmations } from "./engine";

export const CONFIRMATION_NOTE_MAX = 500;
export const CONFIRMATION_OUTCOMES = ["met", "not-met"] as const;
/** A trial's registry number, and a criterion's id within it. */
export const TRIAL_ID = /^NCT\d{8}$/;
export const CRITERION_ID = /^(INCL|EXCL)\d{2}$/;

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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** One stored confirmation as the schema reads it (an outcome, an optional note, nothing else), or undefined. */
export function readConfirmation(raw: unknown): Confirmation | undefined {
  if (!isRecord(raw)) return undefined;
  const { outcome, note, ...rest } = raw;
  if (Object.keys(rest).length > 0 || !(CONFIRMATION_OUTCOMES as readonly unknown[]).includes(outcome)) return undefined;
  if (note === undefined) return { outcome: outcome as Confirmation["outcome"] };
  if (typeof note !== "string" || note.length > CONFIRMATION_NOTE_MAX) return undefined;
  return { outcome: outcome as Confirmation["outcome"], note };
}

/**
 * Confirmations read from storage, one by one: each valid confirmation is kept (one bad entry
 * never costs the others), and the number that could not be read is counted.
 */
export function salvageConfirmations(raw: unknown): { confirmations: ScreeningConfirmations; unreadable: number } {
  if (!isRecord(raw)) return { confirmations: {}, unreadable: raw === undefined ? 0 : 1 };
  const confirmations: Record<string, Record<string, Confirmation>> = {};
  let unreadable = 0;
  for (const [trialId, items] of Object.entries(raw)) {
    if (!TRIAL_ID.test(trialId) || !isRecord(items)) {
      unreadable += items !== null && typeof items === "object" ? Math.max(1, Object.keys(items).length) : 1;
      continue;
    }
    for (const [criterionId, item] of Object.entries(items)) {
      const confirmation = CRITERION_ID.test(criterionId) ? readConfirmation(item) : undefined;
      if (!confirmation) {
        unreadable += 1;
        continue;
      }
      (confirmations[trialId] ??= {})[criterionId] = confirmation;
    }
  }
  return { confirmations, unreadable };
}

/** Confirmations read from storage: the valid ones. */
export function parseConfirmations(raw: unknown): ScreeningConfirmations {
  return salvageConfirmations(raw).confirmations;
}
