/**
 * The screening draft: the form as typed and the coordinator's confirmations, kept in this
 * browser tab's sessionStorage only (never localStorage, never the URL, never a server), so that
 * a reload loses nothing and closing the tab forgets everything.
 *
 * Pure: every function takes the storage as a parameter. The screening page passes
 * `window.sessionStorage`; the printable checklist reads the same draft through `loadDraft`.
 */
import { parseConfirmations } from "../core/confirmations";
import type { ScreeningConfirmations } from "../core/engine";
import { coerceFormValues, defaultFormValues, usableFormProfile, type FormValues } from "./form";
import type { Profile } from "../core/profile";

export const DRAFT_KEY = "uc-msc-prescreen:draft:v1";

export type Draft = {
  version: 1;
  /** The raw form values, exactly as typed (see lib/view/form.ts). */
  values: FormValues;
  confirmations: ScreeningConfirmations;
};

export type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** The stored draft, or undefined when there is none or it is not a draft this version wrote. */
export function loadDraft(storage: DraftStorage): Draft | undefined {
  let text: string | null;
  try {
    text = storage.getItem(DRAFT_KEY);
  } catch {
    return undefined;
  }
  if (!text) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return undefined;
  const { version, values, confirmations } = raw as Record<string, unknown>;
  if (version !== 1 || values === null || typeof values !== "object" || Array.isArray(values)) return undefined;
  return { version: 1, values: coerceFormValues(values), confirmations: parseConfirmations(confirmations) };
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

export function clearDraft(storage: DraftStorage): void {
  try {
    storage.removeItem(DRAFT_KEY);
  } catch {
    // nothing stored, nothing to clear
  }
}

/** The profile a draft describes, with invalid fields left out (as the live results see it). */
export function draftProfile(draft: Draft): Profile {
  return usableFormProfile(draft.values).profile;
}

const EMPTY_FORMS = new Set([JSON.stringify(defaultFormValues("en")), JSON.stringify(defaultFormValues("zh"))]);

/** Whether a draft holds nothing: every field unknown and no confirmation. */
export function isEmptyDraft(draft: Draft): boolean {
  return (
    Object.keys(draft.confirmations).length === 0 &&
    // A fresh form in either language (Chinese starts labs in µmol/L and g/L).
    EMPTY_FORMS.has(JSON.stringify(coerceFormValues(draft.values)))
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
