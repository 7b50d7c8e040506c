/**
 * Where the tab's screening draft lives, and how to clear it, with no other import: the error
 * boundary (components/errors/error-recovery.tsx) is in every page's first-load JavaScript and
 * must not pull the form, its schema or the catalogs in with it. lib/view/draft.ts has the rest.
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
