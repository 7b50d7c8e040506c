"use client";
/**
 * "Save to screening log": sends the profile as entered (invalid fields left out, after asking) and
 * the confirmations to the server, which screens it again and stores it. Without a session it asks
 * the coordinator to sign in; the draft stays in this tab and is there on return. After a save the
 * tab remembers the entry (its random ID only), so the next save is a new version of it.
 */
import Link from "next/link";
import { useState } from "react";
import type { ScreeningConfirmations } from "@/lib/core/engine";
import type { Profile } from "@/lib/core/profile";
import { loadLogEntryLink, saveLogEntryLink } from "@/lib/view/draft-storage";
import { postJson } from "@/components/log/post-json";

const TEXT = {
  button: "Save to screening log",
  saving: "Saving…",
  signIn: "Saving to the screening log needs an account. Your screening stays in this tab while you sign in.",
  signInLink: "Sign in",
  saved: (id: string, version: number) => `Saved to the screening log as ${id}${version > 1 ? `, version ${version}` : ""}.`,
  open: "Open the entry",
  leftOut: (labels: string[]) =>
    `${labels.length} ${labels.length === 1 ? "field has an error" : "fields have errors"} and will be left out of the saved screening: ${labels.join(", ")}. Save anyway?`,
};

type Outcome = { kind: "saved"; id: string; version: number } | { kind: "sign-in" } | { kind: "error"; text: string };

export function SaveToLog({
  className,
  read,
}: {
  className: string;
  /** The profile to save, the labels of the fields left out, and the confirmations. */
  read: () => { profile: Profile; invalidLabels: string[]; confirmations: ScreeningConfirmations };
}) {
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const { profile, invalidLabels, confirmations } = read();
    if (invalidLabels.length && !window.confirm(TEXT.leftOut(invalidLabels))) return;
    const link = loadLogEntryLink(window.sessionStorage);
    setBusy(true);
    const result = await postJson<{ screeningId: string; version: number; rowVersion: number }>("/api/log/entries", {
      profile,
      confirmations,
      ...(link && { rescreenOf: link }),
    });
    setBusy(false);
    if (result.ok) {
      saveLogEntryLink(window.sessionStorage, { screeningId: result.data.screeningId, rowVersion: result.data.rowVersion });
      setOutcome({ kind: "saved", id: result.data.screeningId, version: result.data.version });
    } else if (result.status === 401) {
      setOutcome({ kind: "sign-in" });
    } else {
      setOutcome({ kind: "error", text: result.message });
    }
  };

  return (
    <>
      <button type="button" className={className} onClick={() => void save()} disabled={busy}>
        {busy ? TEXT.saving : TEXT.button}
      </button>
      {/* Rendered only with a message, so the page holds one alert at a time (the file messages use one too). */}
      {outcome?.kind === "saved" ? (
        <p role="status" className="w-full text-sm text-green-900">
          {TEXT.saved(outcome.id, outcome.version)}{" "}
          <a href={`/log/${outcome.id}`} className="font-semibold text-blue-800 underline underline-offset-4">
            {TEXT.open}
          </a>
        </p>
      ) : null}
      {outcome?.kind === "sign-in" ? (
        <p role="alert" className="w-full text-sm font-medium text-red-900">
          {TEXT.signIn}{" "}
          <Link href="/login?next=%2F" prefetch={false} className="font-semibold text-blue-800 underline underline-offset-4">
            {TEXT.signInLink}
          </Link>
        </p>
      ) : null}
      {outcome?.kind === "error" ? (
        <p role="alert" className="w-full text-sm font-medium text-red-900">
          {outcome.text}
        </p>
      ) : null}
    </>
  );
}
