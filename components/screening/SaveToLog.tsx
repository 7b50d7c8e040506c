"use client";
/**
 * "Save to screening log": sends the profile as entered (invalid fields left out, after asking) and
 * the confirmations to the server, which screens it again and stores it. Without a session it asks
 * the coordinator to sign in; the draft stays in this tab and is there on return. After a save the
 * tab remembers the entry (its random ID only), so the next save is a new version of it.
 */
import { Link } from "@/components/navigation/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormat } from "@/components/i18n/use-format";
import type { ScreeningConfirmations } from "@/lib/core/engine";
import type { Message } from "@/lib/core/message";
import type { Profile } from "@/lib/core/profile";
import { loadLogEntryLink, saveLogEntryLink } from "@/lib/view/draft-storage";
import { postJson } from "@/components/log/post-json";

type Outcome = { kind: "saved"; id: string; version: number } | { kind: "sign-in" } | { kind: "error"; problem: Message };

export function SaveToLog({
  className,
  read,
}: {
  className: string;
  /** The profile to save, the labels of the fields left out, and the confirmations. */
  read: () => Promise<{ profile: Profile; invalidLabels: string[]; confirmations: ScreeningConfirmations }>;
}) {
  const t = useTranslations("saveToLog");
  const { format, language } = useFormat();
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const { profile, invalidLabels, confirmations } = await read();
    if (invalidLabels.length && !window.confirm(t("leftOut", { count: invalidLabels.length, labels: invalidLabels.join(language === "zh" ? "、" : ", ") }))) return;
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
      setOutcome({ kind: "error", problem: result.problem });
    }
  };

  return (
    <>
      <button type="button" className={className} onClick={() => void save()} disabled={busy}>
        {busy ? t("saving") : t("button")}
      </button>
      {/* Rendered only with a message, so the page holds one alert at a time (the file messages use one too). */}
      {outcome?.kind === "saved" ? (
        <p role="status" className="w-full text-sm text-green-900">
          {t("saved", { id: outcome.id, version: outcome.version })}{" "}
          <a href={`/log/${outcome.id}`} className="font-semibold text-blue-800 underline underline-offset-4">
            {t("open")}
          </a>
        </p>
      ) : null}
      {outcome?.kind === "sign-in" ? (
        <p role="alert" className="w-full text-sm font-medium text-red-900">
          {t("signIn")}{" "}
          <Link href="/login?next=%2F" className="font-semibold text-blue-800 underline underline-offset-4">
            {t("signInLink")}
          </Link>
        </p>
      ) : null}
      {outcome?.kind === "error" ? (
        <p role="alert" className="w-full text-sm font-medium text-red-900">
          {format(outcome.problem)}
        </p>
      ) : null}
    </>
  );
}
