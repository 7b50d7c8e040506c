"use client";
/** An admin creates an account: username, role, initial password (the user is told it in person). */
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { useFormat } from "@/components/i18n/use-format";
import { postJson } from "@/components/log/post-json";
import { ROLES } from "@/lib/core/screening-log";
import { FormMessage, type FormMessageState } from "@/components/forms/form-message";

const FIELD = "rounded-md border border-slate-500 bg-white px-2 py-1.5 text-sm";

export function CreateUserForm() {
  const id = useId();
  const router = useRouter();
  const t = useTranslations("accounts");
  const { format } = useFormat();
  const [username, setUsername] = useState("");
  const [role, setRole] = useState<string>("coordinator");
  const [password, setPassword] = useState("");
  const [message, setMessage] = useState<FormMessageState>(undefined);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await postJson<{ username: string }>("/api/admin/users", { username, role, password });
    if (!result.ok) {
      setMessage({ kind: "error", text: format(result.problem) });
      return;
    }
    setMessage({ kind: "done", text: t("create.created", { username: result.data.username }) });
    setUsername("");
    setPassword("");
    router.refresh();
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="flex flex-wrap items-end gap-3" aria-label={t("create.form")}>
      <label className="grid gap-1 text-sm" htmlFor={`${id}-u`}>
        <span className="font-medium">{t("create.username")}</span>
        <input id={`${id}-u`} value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="off" className={FIELD} />
      </label>
      <label className="grid gap-1 text-sm" htmlFor={`${id}-r`}>
        <span className="font-medium">{t("create.role")}</span>
        <select id={`${id}-r`} value={role} onChange={(e) => setRole(e.target.value)} className={FIELD}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="grid gap-1 text-sm" htmlFor={`${id}-p`}>
        <span className="font-medium">{t("create.initialPassword")}</span>
        <input id={`${id}-p`} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} className={FIELD} />
      </label>
      <button type="submit" className="rounded-md bg-blue-800 px-3 py-1.5 text-sm font-semibold text-white hover:bg-blue-900">
        {t("create.submit")}
      </button>
      <FormMessage message={message} className="w-full" />
    </form>
  );
}
