"use client";
/**
 * The /checklist route's client part. The screening lives in this tab's sessionStorage (see
 * lib/view/draft.ts), so the checklist is built here in the browser: the only thing in the URL is the
 * optional `?trial=NCT…`. The date of the screening is today's local date.
 */
import { useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useSyncExternalStore } from "react";
import { TRIALS } from "@/criteria";
import { DRAFT_KEY, readDraft, type DraftStorage } from "@/lib/view/draft";
import { isoDay } from "@/lib/core/freshness";
import { ChecklistLoading } from "./checklist-loading";
import { ChecklistScreen } from "./checklist-screen";

/** Marks the server render and the first (hydrating) client render: nothing read yet. */
const NOT_READ = "\u0000not-read";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
}

function readStored(): string | null {
  try {
    return window.sessionStorage.getItem(DRAFT_KEY);
  } catch {
    return null;
  }
}

/** The stored draft's text, as a stable snapshot (loadDraft builds a new object on every call). */
function useStoredDraftText(): string | null {
  return useSyncExternalStore(subscribe, readStored, () => NOT_READ);
}

function storageHolding(text: string | null): DraftStorage {
  return { getItem: () => text, setItem: () => undefined, removeItem: () => undefined };
}

export function ChecklistPage() {
  const text = useStoredDraftText();
  const params = useSearchParams();
  const router = useRouter();
  const trialId = params?.get("trial") ?? null;
  const { draft, notice } = useMemo(() => (text === NOT_READ ? {} : readDraft(storageHolding(text))), [text]);
  const date = useMemo(() => isoDay(new Date()), []);

  const chooseTrial = useCallback(
    (id: string) => router.replace(id ? `/checklist?trial=${encodeURIComponent(id)}` : "/checklist", { scroll: false }),
    [router],
  );
  const print = useCallback(() => window.print(), []);

  if (text === NOT_READ) return <ChecklistLoading />;
  return (
    <ChecklistScreen
      draft={draft}
      notice={notice}
      trials={TRIALS}
      trialId={trialId}
      date={date}
      onChooseTrial={chooseTrial}
      onPrint={print}
    />
  );
}
