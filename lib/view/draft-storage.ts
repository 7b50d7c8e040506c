/**
 * The draft's storage keys and the operations that need nothing but the storage: clearing the
 * draft, and the screening log entry the tab's draft belongs to. Apart from lib/view/draft.ts so
 * that code loaded with every page (the error boundary's "clear the draft") does not pull in the
 * form schema and zod (first-load JavaScript budget, scripts/check-bundle-size.mjs).
 */
export const DRAFT_KEY = "uc-msc-prescreen:draft:v1";

export type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export function clearDraft(storage: DraftStorage): void {
  try {
    storage.removeItem(DRAFT_KEY);
  } catch {
    // nothing stored, nothing to clear
  }
}

// ---------------------------------------------------------------------------------------------
// The screening log entry this tab's draft belongs to

/**
 * After "Save to screening log" (or "Re-screen" on a log entry), the draft is a version of that
 * entry: the next save adds a version to it instead of making a new entry. Kept beside the draft in
 * the same tab's sessionStorage, cleared by "New screening". Only the random screening ID and the
 * entry's row version: nothing about the patient.
 */
export const LOG_ENTRY_KEY = "uc-msc-prescreen:log-entry:v1";

export type LogEntryLink = { screeningId: string; rowVersion: number };

export function loadLogEntryLink(storage: DraftStorage): LogEntryLink | undefined {
  try {
    const raw = JSON.parse(storage.getItem(LOG_ENTRY_KEY) ?? "null") as unknown;
    if (raw === null || typeof raw !== "object") return undefined;
    const { screeningId, rowVersion } = raw as Record<string, unknown>;
    if (typeof screeningId !== "string" || !/^S-[0-9A-Z]{6}$/.test(screeningId)) return undefined;
    if (typeof rowVersion !== "number" || !Number.isInteger(rowVersion) || rowVersion < 1) return undefined;
    return { screeningId, rowVersion };
  } catch {
    return undefined;
  }
}

export function saveLogEntryLink(storage: DraftStorage, link: LogEntryLink): void {
  try {
    storage.setItem(LOG_ENTRY_KEY, JSON.stringify(link));
  } catch {
    // storage refused: the next save makes a new entry, which the coordinator sees
  }
}

export function clearLogEntryLink(storage: DraftStorage): void {
  try {
    storage.removeItem(LOG_ENTRY_KEY);
  } catch {
    // nothing to clear
  }
}
