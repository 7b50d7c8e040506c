"use client";
/**
 * An admin disables or re-enables one account, or sets a new password for it (told to the user in
 * person). Both need a reason, which goes in the audit trail; the server checks the role and
 * refuses disabling oneself or the last enabled admin.
 */
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useFormat } from "@/components/i18n/use-format";
import { postJson } from "@/components/log/post-json";
import { FormMessage, type FormMessageState } from "@/components/forms/form-message";

const FIELD = "rounded-md border border-slate-500 bg-white px-2 py-1.5 text-sm";
const BUTTON = "rounded-md border border-slate-600 bg-white px-3 py-1.5 text-sm font-semibold hover:bg-slate-100";

export function ManageAccountForm({ account }: { account: { id: string; username: string; disabled: boolean } }) {
  const id = useId();
  const router = useRouter();
  const t = useTranslations("accounts.manage");
  const { format } = useFormat();
  const [reason, setReason] = useState("");
  const [password, setPassword] = useState("");
  const [message, setMessage] = useState<FormMessageState>(undefined);
  const base = `/api/admin/users/${encodeURIComponent(account.id)}`;

  const send = async (path: string, body: Record<string, unknown>, done: string) => {
    const result = await postJson(`${base}/${path}`, { ...body, reason });
    if (!result.ok) {
      setMessage({ kind: "error", text: format(result.problem) });
      return;
    }
    setMessage({ kind: "done", text: done });
    setReason("");
    setPassword("");
    router.refresh();
  };

  return (
    <form onSubmit={(e) => e.preventDefault()} className="flex flex-wrap items-end gap-2" aria-label={t("form", { username: account.username })}>
      <label className="grid gap-1 text-sm" htmlFor={`${id}-reason`}>
        <span className="font-medium">{t("reason")}</span>
        <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} autoComplete="off" className={FIELD} />
      </label>
      <button
        type="button"
        className={BUTTON}
        onClick={() =>
          void send(
            "disabled",
            { disabled: !account.disabled },
            t(account.disabled ? "enabled" : "disabledDone", { username: account.username }),
          )
        }
      >
        {account.disabled ? t("enable") : t("disable")}
      </button>
      <label className="grid gap-1 text-sm" htmlFor={`${id}-password`}>
        <span className="font-medium">{t("newPassword")}</span>
        <input id={`${id}-password`} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} className={FIELD} />
      </label>
      <button type="button" className={BUTTON} onClick={() => void send("password", { password }, t("passwordSet", { username: account.username }))}>
        {t("resetPassword")}
      </button>
      <FormMessage message={message} className="w-full" />
    </form>
  );
}
