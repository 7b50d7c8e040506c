"use client";
/**
 * What the error boundaries (app/[locale]/error.tsx, app/global-error.tsx) show: what happened, a
 * retry, and a way out when the cause is the screening draft kept in this tab (a draft the page
 * cannot read would otherwise crash every reload). Clearing asks first: it loses the screening.
 * The words come in as `text` (components/errors/error-text.ts), in the page's language.
 */
import { useState } from "react";
import { clearDraft } from "@/lib/view/draft-storage";

const BUTTON =
  "inline-flex items-center rounded-md border border-slate-700 bg-white px-3 py-1.5 text-sm font-semibold text-slate-900 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700";

export type ErrorText = {
  title: string;
  body: string;
  retry: string;
  clear: string;
  confirmClear: string;
  cleared: string;
  reference: (digest: string) => string;
};

export function ErrorRecovery({ error, reset, text }: { error: Error & { digest?: string }; reset: () => void; text: ErrorText }) {
  const [cleared, setCleared] = useState(false);
  const clear = () => {
    if (!window.confirm(text.confirmClear)) return;
    clearDraft(window.sessionStorage);
    setCleared(true);
    window.location.reload();
  };
  return (
    <div role="alert" className="grid max-w-2xl gap-3 rounded-lg border border-red-800 bg-red-50 p-4 text-red-950">
      <h1 className="text-xl font-bold">{text.title}</h1>
      <p>{text.body}</p>
      {error.digest ? <p className="text-sm">{text.reference(error.digest)}</p> : null}
      <div className="flex flex-wrap gap-2">
        <button type="button" className={BUTTON} onClick={reset}>
          {text.retry}
        </button>
        <button type="button" className={BUTTON} onClick={clear}>
          {text.clear}
        </button>
      </div>
      {cleared ? <p role="status">{text.cleared}</p> : null}
    </div>
  );
}
