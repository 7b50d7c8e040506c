"use client";
/**
 * The writes on a log entry's page: change a trial's status, sign off (investigators), void, and
 * re-screen. Each sends the entry's row version; when someone else changed the entry meanwhile the
 * server refuses with a conflict, the message says so, and what was typed stays in the form.
 */
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import type { ScreeningConfirmations } from "@/lib/core/engine";
import type { Profile } from "@/lib/core/profile";
import { saveDraft, saveLogEntryLink } from "@/lib/view/draft";
import { profileToFormValues } from "@/lib/view/form";
import { postJson } from "./post-json";

const FIELD = "rounded-md border border-slate-500 bg-white px-2 py-1.5 text-sm";
const BUTTON = "rounded-md bg-blue-800 px-3 py-1.5 text-sm font-semibold text-white hover:bg-blue-900 disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700";
const PLAIN = "rounded-md border border-slate-500 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700";

function useSubmit() {
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: "error" | "done"; text: string } | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const submit = async (url: string, body: unknown, done: string): Promise<boolean> => {
    setBusy(true);
    setMessage(undefined);
    const result = await postJson(url, body);
    setBusy(false);
    if (!result.ok) {
      setMessage({ kind: "error", text: result.message });
      return false;
    }
    setMessage({ kind: "done", text: done });
    router.refresh();
    return true;
  };
  return { submit, message, busy };
}

function Message({ message }: { message: { kind: "error" | "done"; text: string } | undefined }) {
  return (
    <>
      <div role="alert" className="empty:hidden text-sm font-medium text-red-800">
        {message?.kind === "error" ? message.text : null}
      </div>
      <div role="status" className="empty:hidden text-sm text-green-900">
        {message?.kind === "done" ? message.text : null}
      </div>
    </>
  );
}

export function StatusForm(props: {
  screeningId: string;
  trialId: string;
  rowVersion: number;
  choices: { value: string; label: string }[];
}) {
  const id = useId();
  const [to, setTo] = useState(props.choices[0]?.value ?? "");
  const [reason, setReason] = useState("");
  const { submit, message, busy } = useSubmit();
  if (props.choices.length === 0) return null;
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submit(
      `/api/log/entries/${props.screeningId}/status`,
      { trialId: props.trialId, to, reason, rowVersion: props.rowVersion },
      "Status changed.",
    );
    if (ok) setReason("");
  };
  return (
    <form onSubmit={(e) => void onSubmit(e)} className="grid gap-2" aria-label={`Change the status of ${props.trialId}`}>
      <div className="flex flex-wrap items-end gap-2">
        <label className="grid gap-1 text-sm" htmlFor={`${id}-to`}>
          <span className="font-medium">New status</span>
          <select id={`${id}-to`} value={to} onChange={(e) => setTo(e.target.value)} className={FIELD}>
            {props.choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label className="grid min-w-64 flex-1 gap-1 text-sm" htmlFor={`${id}-reason`}>
          <span className="font-medium">Reason</span>
          <input id={`${id}-reason`} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} className={FIELD} />
        </label>
        <button type="submit" disabled={busy} className={BUTTON}>
          Change status
        </button>
      </div>
      <Message message={message} />
    </form>
  );
}

export function SignoffForm(props: {
  screeningId: string;
  trialId: string;
  version: number;
  rowVersion: number;
  manual: { id: string; text: string; coordinator?: "met" | "not-met" }[];
}) {
  const id = useId();
  const [outcomes, setOutcomes] = useState<Record<string, "met" | "not-met" | "">>(() =>
    Object.fromEntries(props.manual.map((m) => [m.id, m.coordinator ?? ""])),
  );
  const [note, setNote] = useState("");
  const { submit, message, busy } = useSubmit();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await submit(
      `/api/log/entries/${props.screeningId}/signoff`,
      {
        trialId: props.trialId,
        version: props.version,
        rowVersion: props.rowVersion,
        note,
        judgements: props.manual.filter((m) => outcomes[m.id]).map((m) => ({ criterionId: m.id, outcome: outcomes[m.id] })),
      },
      "Signed.",
    );
  };
  return (
    <form onSubmit={(e) => void onSubmit(e)} className="grid gap-2" aria-label={`Sign off ${props.trialId}`}>
      {props.manual.map((m) => (
        <fieldset key={m.id} className="grid gap-1 text-sm">
          <legend className="font-medium">
            <span className="font-mono">{m.id}</span> {m.text}
          </legend>
          <div className="flex gap-4">
            {(["met", "not-met"] as const).map((o) => (
              <label key={o} className="flex items-center gap-1">
                <input
                  type="radio"
                  name={`${id}-${m.id}`}
                  value={o}
                  checked={outcomes[m.id] === o}
                  onChange={() => setOutcomes((all) => ({ ...all, [m.id]: o }))}
                />
                {o === "met" ? "Met" : "Not met"}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <label className="grid gap-1 text-sm" htmlFor={`${id}-note`}>
        <span className="font-medium">Note (optional)</span>
        <input id={`${id}-note`} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} className={FIELD} />
      </label>
      <div>
        <button type="submit" disabled={busy} className={BUTTON}>
          Sign eligibility determination
        </button>
      </div>
      <Message message={message} />
    </form>
  );
}

export function VoidForm({ screeningId, rowVersion }: { screeningId: string; rowVersion: number }) {
  const id = useId();
  const [reason, setReason] = useState("");
  const { submit, message, busy } = useSubmit();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!window.confirm(`Void ${screeningId}? It stays in the log, marked void, with your reason.`)) return;
    await submit(`/api/log/entries/${screeningId}/void`, { reason, rowVersion }, "Entry voided.");
  };
  return (
    <form onSubmit={(e) => void onSubmit(e)} className="flex flex-wrap items-end gap-2" aria-label="Void this entry">
      <label className="grid min-w-64 flex-1 gap-1 text-sm" htmlFor={`${id}-reason`}>
        <span className="font-medium">Reason for voiding</span>
        <input id={`${id}-reason`} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} className={FIELD} />
      </label>
      <button type="submit" disabled={busy} className={PLAIN}>
        Void entry
      </button>
      <Message message={message} />
    </form>
  );
}

/** Opens the latest version in the screening form; the next save there becomes a new version. */
export function RescreenButton(props: { screeningId: string; rowVersion: number; profile: Profile; confirmations: ScreeningConfirmations }) {
  const router = useRouter();
  const rescreen = () => {
    const storage = window.sessionStorage;
    saveDraft(storage, { version: 1, values: profileToFormValues(props.profile), confirmations: props.confirmations });
    saveLogEntryLink(storage, { screeningId: props.screeningId, rowVersion: props.rowVersion });
    router.push("/");
  };
  return (
    <button type="button" onClick={rescreen} className={BUTTON}>
      Re-screen
    </button>
  );
}
