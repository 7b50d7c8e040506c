"use client";
/**
 * What the error boundaries (app/error.tsx, app/global-error.tsx) show: what happened, a retry,
 * and a way out when the cause is the screening draft kept in this tab (a draft the page cannot
 * read would otherwise crash every reload). Clearing asks first: it loses the screening.
 */
import { useState } from "react";
import { clearDraft } from "@/lib/view/draft-storage";

const BUTTON =
  "inline-flex items-center rounded-md border border-slate-700 bg-white px-3 py-1.5 text-sm font-semibold text-slate-900 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700";

export const ERROR_TEXT = {
  title: "Something went wrong on this page",
  body: "The page stopped because of an error. Nothing was sent anywhere. Try again; if the error comes back, the screening kept in this browser tab may be what the page cannot read.",
  retry: "Try again",
  clear: "Clear this tab's screening and reload",
  confirmClear: "Clear the screening kept in this tab (profile, confirmations and notes) and reload? Save the profile first if you can.",
  cleared: "The screening was cleared from this tab. Reloading…",
} as const;

export function ErrorRecovery({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [cleared, setCleared] = useState(false);
  const clear = () => {
    if (!window.confirm(ERROR_TEXT.confirmClear)) return;
    clearDraft(window.sessionStorage);
    setCleared(true);
    window.location.reload();
  };
  return (
    <div role="alert" className="grid max-w-2xl gap-3 rounded-lg border border-red-800 bg-red-50 p-4 text-red-950">
      <h1 className="text-xl font-bold">{ERROR_TEXT.title}</h1>
      <p>{ERROR_TEXT.body}</p>
      {error.digest ? <p className="text-sm">Error reference: {error.digest}</p> : null}
      <div className="flex flex-wrap gap-2">
        <button type="button" className={BUTTON} onClick={reset}>
          {ERROR_TEXT.retry}
        </button>
        <button type="button" className={BUTTON} onClick={clear}>
          {ERROR_TEXT.clear}
        </button>
      </div>
      {cleared ? <p role="status">{ERROR_TEXT.cleared}</p> : null}
    </div>
  );
}
