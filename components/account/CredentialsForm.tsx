"use client";
/**
 * The sign-in and first-run setup forms: "Username", "Password" (and for setup a confirmation).
 * Sign-in posts to Better Auth's rate-limited endpoint; a failure says only "Invalid username or
 * password", whichever was wrong. Nothing typed is cleared on failure but the password.
 */
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { useFormat } from "@/components/i18n/use-format";
import { postJson, safeNextPath } from "@/components/log/post-json";

const INPUT = "w-full rounded-md border border-slate-500 px-2 py-1.5 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-700";
const BUTTON = "rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900 disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700";

export function CredentialsForm({ mode, next, passwordMin = 8 }: { mode: "sign-in" | "setup"; next?: string; passwordMin?: number }) {
  const id = useId();
  const t = useTranslations("accounts.credentials");
  const { format } = useFormat();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    if (mode === "setup" && password !== confirm) {
      setError(t("differ"));
      return;
    }
    setBusy(true);
    if (mode === "setup") {
      const created = await postJson("/api/setup", { username, password });
      if (!created.ok) {
        setBusy(false);
        setError(format(created.problem));
        return;
      }
    }
    const signedIn = await postJson("/api/auth/sign-in/username", { username, password });
    if (!signedIn.ok) {
      setBusy(false);
      setPassword("");
      setError(signedIn.status === 429 ? t("tooMany") : t("invalid"));
      return;
    }
    window.location.assign(mode === "setup" ? "/admin/users" : safeNextPath(next));
  };

  return (
    <form onSubmit={(e) => void submit(e)} className="grid max-w-sm gap-4" noValidate>
      <div className="grid gap-1">
        <label htmlFor={`${id}-username`} className="font-medium">
          {t("username")}
        </label>
        <input id={`${id}-username`} name="username" autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} className={INPUT} />
      </div>
      <div className="grid gap-1">
        <label htmlFor={`${id}-password`} className="font-medium">
          {t("password")}
        </label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete={mode === "setup" ? "new-password" : "current-password"}
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          className={INPUT}
        />
        {mode === "setup" ? <p className="text-sm text-slate-700">{t("minLength", { min: passwordMin })}</p> : null}
      </div>
      {mode === "setup" ? (
        <div className="grid gap-1">
          <label htmlFor={`${id}-confirm`} className="font-medium">
            {t("passwordAgain")}
          </label>
          <input id={`${id}-confirm`} type="password" autoComplete="new-password" required value={confirm} onChange={(e) => setConfirm(e.target.value)} className={INPUT} />
        </div>
      ) : null}
      <div role="alert" className="empty:hidden text-sm font-medium text-red-800">
        {error}
      </div>
      <button type="submit" disabled={busy} className={BUTTON}>
        {mode === "setup" ? t("createAdmin") : t("signIn")}
      </button>
    </form>
  );
}
