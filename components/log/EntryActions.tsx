"use client";
/**
 * The writes on a log entry's page: change a trial's status, sign off (investigators), void, and
 * re-screen. Each sends the entry's row version; when someone else changed the entry meanwhile the
 * server refuses with a conflict, the message says so, and what was typed stays in the form.
 */
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { useFormat } from "@/components/i18n/use-format";
import type { ScreeningConfirmations } from "@/lib/core/engine";
import type { Profile } from "@/lib/core/profile";
import { saveDraft, saveLogEntryLink } from "@/lib/view/draft";
import { profileToFormValues } from "@/lib/view/form";
import { FormMessage, type FormMessageState } from "@/components/forms/form-message";
import { postJson } from "./post-json";

const FIELD = "rounded-md border border-slate-500 bg-white px-2 py-1.5 text-sm";
const BUTTON = "rounded-md bg-blue-800 px-3 py-1.5 text-sm font-semibold text-white hover:bg-blue-900 disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700";
const PLAIN = "rounded-md border border-slate-500 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700";

function useSubmit() {
  const router = useRouter();
  const { format } = useFormat();
  const [message, setMessage] = useState<FormMessageState>(undefined);
  const [busy, setBusy] = useState(false);
  const submit = async (url: string, body: unknown, done: string): Promise<boolean> => {
    setBusy(true);
    setMessage(undefined);
    const result = await postJson(url, body);
    setBusy(false);
    if (!result.ok) {
      setMessage({ kind: "error", text: format(result.problem) });
      return false;
    }
    setMessage({ kind: "done", text: done });
    router.refresh();
    return true;
  };
  return { submit, message, busy };
}

export function StatusForm(props: {
  screeningId: string;
  trialId: string;
  rowVersion: number;
  choices: { value: string; label: string }[];
}) {
  const id = useId();
  const t = useTranslations("log.actions");
  const [to, setTo] = useState(props.choices[0]?.value ?? "");
  const [reason, setReason] = useState("");
  const { submit, message, busy } = useSubmit();
  if (props.choices.length === 0) return null;
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submit(
      `/api/log/entries/${props.screeningId}/status`,
      { trialId: props.trialId, to, reason, rowVersion: props.rowVersion },
      t("statusChanged"),
    );
    if (ok) setReason("");
  };
  return (
    <form onSubmit={(e) => void onSubmit(e)} className="grid gap-2" aria-label={t("statusForm", { trialId: props.trialId })}>
      <div className="flex flex-wrap items-end gap-2">
        <label className="grid gap-1 text-sm" htmlFor={`${id}-to`}>
          <span className="font-medium">{t("newStatus")}</span>
          <select id={`${id}-to`} value={to} onChange={(e) => setTo(e.target.value)} className={FIELD}>
            {props.choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label className="grid min-w-64 flex-1 gap-1 text-sm" htmlFor={`${id}-reason`}>
          <span className="font-medium">{t("reason")}</span>
          <input id={`${id}-reason`} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} className={FIELD} />
        </label>
        <button type="submit" disabled={busy} className={BUTTON}>
          {t("changeStatus")}
        </button>
      </div>
      <FormMessage message={message} />
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
  const t = useTranslations("log.actions");
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
      t("signed"),
    );
  };
  return (
    <form onSubmit={(e) => void onSubmit(e)} className="grid gap-2" aria-label={t("signoffForm", { trialId: props.trialId })}>
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
                {o === "met" ? t("met") : t("notMet")}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <label className="grid gap-1 text-sm" htmlFor={`${id}-note`}>
        <span className="font-medium">{t("note")}</span>
        <input id={`${id}-note`} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} className={FIELD} />
      </label>
      <div>
        <button type="submit" disabled={busy} className={BUTTON}>
          {t("sign")}
        </button>
      </div>
      <FormMessage message={message} />
    </form>
  );
}

export function VoidForm({ screeningId, rowVersion }: { screeningId: string; rowVersion: number }) {
  const id = useId();
  const t = useTranslations("log.actions");
  const [reason, setReason] = useState("");
  const { submit, message, busy } = useSubmit();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!window.confirm(t("confirmVoid", { id: screeningId }))) return;
    await submit(`/api/log/entries/${screeningId}/void`, { reason, rowVersion }, t("voided"));
  };
  return (
    <form onSubmit={(e) => void onSubmit(e)} className="flex flex-wrap items-end gap-2" aria-label={t("voidForm")}>
      <label className="grid min-w-64 flex-1 gap-1 text-sm" htmlFor={`${id}-reason`}>
        <span className="font-medium">{t("voidReason")}</span>
        <input id={`${id}-reason`} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} className={FIELD} />
      </label>
      <button type="submit" disabled={busy} className={PLAIN}>
        {t("voidEntry")}
      </button>
      <FormMessage message={message} />
    </form>
  );
}

/** Opens the latest version in the screening form; the next save there becomes a new version. */
export function RescreenButton(props: { screeningId: string; rowVersion: number; profile: Profile; confirmations: ScreeningConfirmations }) {
  const router = useRouter();
  const t = useTranslations("log.actions");
  const rescreen = () => {
    const storage = window.sessionStorage;
    saveDraft(storage, { version: 1, values: profileToFormValues(props.profile), confirmations: props.confirmations });
    saveLogEntryLink(storage, { screeningId: props.screeningId, rowVersion: props.rowVersion });
    router.push("/");
  };
  return (
    <button type="button" onClick={rescreen} className={BUTTON}>
      {t("rescreen")}
    </button>
  );
}
