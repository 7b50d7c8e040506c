/**
 * The screening draft: the form as typed and the coordinator's confirmations, kept in this
 * browser tab's sessionStorage only (never localStorage, never the URL, never a server), so that
 * a reload loses nothing and closing the tab forgets everything.
 *
 * Pure: every function takes the storage as a parameter. The screening page passes
 * `window.sessionStorage`; the printable checklist reads the same draft through `loadDraft`.
 * Free of zod and of the English catalog: the screening form restores the draft at mount, before
 * the schema arrives (issue 15). The profile a draft describes is lib/view/form-schema.ts's
 * `draftProfile`.
 */
import { salvageConfirmations } from "../core/confirmations";
import { fieldMessage } from "../core/fields";
import { message, type Message } from "../core/message";
import type { ScreeningConfirmations } from "../core/engine";
import { coerceFormValues, defaultFormValues, salvageFormValues, withDefaultUnits, type FormValues } from "./form";
import { clearDraft, DRAFT_KEY, type DraftStorage } from "./draft-storage";

export { clearDraft, clearLogEntryLink, DRAFT_KEY, LOG_ENTRY_KEY, loadLogEntryLink, saveLogEntryLink } from "./draft-storage";
export type { DraftStorage, LogEntryLink } from "./draft-storage";

export type Draft = {
  version: 1;
  /** The raw form values, exactly as typed (see lib/view/form.ts). */
  values: FormValues;
  confirmations: ScreeningConfirmations;
};


/** Where an unreadable draft is set aside (never deleted unseen), for the coordinator or IT to look at. */
export const UNREADABLE_DRAFT_KEY = `${DRAFT_KEY}:unreadable`;

export type DraftRead = {
  draft?: Draft;
  /** Said to the coordinator when part or all of the stored draft could not be read. */
  notice?: Message;
};

const NOTHING_READABLE = message("draft.unreadable");

/**
 * The stored draft, salvaged: every field and confirmation that can be read is kept, and a notice
 * says what could not be. No draft and no notice when nothing is stored.
 */
export function readDraft(storage: DraftStorage): DraftRead {
  let text: string | null;
  try {
    text = storage.getItem(DRAFT_KEY);
  } catch {
    return {};
  }
  if (!text) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  const record = raw !== null && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
  if (!record || record.version !== 1 || record.values === null || typeof record.values !== "object") {
    try {
      storage.setItem(UNREADABLE_DRAFT_KEY, text);
    } catch {
      // storage full: the notice still says it
    }
    return { notice: NOTHING_READABLE };
  }
  const values = salvageFormValues(record.values);
  const confirmations = salvageConfirmations(record.confirmations);
  const draft: Draft = { version: 1, values: values.values, confirmations: confirmations.confirmations };
  const answers =
    values.unreadable.length > 0
      ? message("draft.lostAnswers", { count: values.unreadable.length, fields: { list: values.unreadable.map(fieldMessage), join: "comma" } })
      : undefined;
  const confirmationsLost = confirmations.unreadable > 0 ? message("draft.lostConfirmations", { count: confirmations.unreadable }) : undefined;
  const lost = answers && confirmationsLost ? message("draft.lostBoth", { answers, confirmations: confirmationsLost }) : (answers ?? confirmationsLost);
  if (!lost) return { draft };
  return { draft, notice: message("draft.partlyUnreadable", { lost }) };
}

/** The stored draft, or undefined when there is none or none of it can be read. */
export function loadDraft(storage: DraftStorage): Draft | undefined {
  return readDraft(storage).draft;
}

/** Stores the draft. Returns false when the storage refuses it (quota, privacy mode). */
export function saveDraft(storage: DraftStorage, draft: Draft): boolean {
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a draft holds nothing: every field unknown and no confirmation. The unit selected for an
 * empty lab is not an answer (the Chinese page starts labs in µmol/L and g/L), so it is not compared.
 */
export function isEmptyDraft(draft: Draft): boolean {
  return (
    Object.keys(draft.confirmations).length === 0 &&
    JSON.stringify(withDefaultUnits(coerceFormValues(draft.values), "en")) === JSON.stringify(defaultFormValues())
  );
}

/** Saves the draft, or clears it when there is nothing to keep (after "New screening"). */
export function persistDraft(storage: DraftStorage, draft: Draft): boolean {
  if (isEmptyDraft(draft)) {
    clearDraft(storage);
    return true;
  }
  return saveDraft(storage, draft);
}
