/** Who is signed in, with their role and "Sign out"; on every signed-in page. */
import { Link } from "@/components/navigation/link";
import { useTranslations } from "next-intl";
import { can } from "@/lib/core/screening-log";
import type { Actor } from "@/lib/server/log/service";
import { SignOutButton } from "./SignOutButton";

export function AccountBar({ actor }: { actor: Actor }) {
  const t = useTranslations("accounts");
  return (
    <div className="no-print mb-4 flex flex-wrap items-center justify-end gap-3 border-b border-slate-200 pb-3 text-sm">
      <nav aria-label={t("bar.nav")} className="mr-auto flex gap-4">
        <Link href="/log" className="font-medium text-blue-800 underline underline-offset-4">
          {t("bar.log")}
        </Link>
        <Link href="/log/due" className="font-medium text-blue-800 underline underline-offset-4">
          {t("bar.due")}
        </Link>
        {can(actor.role, "reports:read") ? (
          <Link href="/reports" className="font-medium text-blue-800 underline underline-offset-4">
            {t("bar.reports")}
          </Link>
        ) : null}
        {can(actor.role, "users:manage") ? (
          <Link href="/admin/users" className="font-medium text-blue-800 underline underline-offset-4">
            {t("bar.accounts")}
          </Link>
        ) : null}
      </nav>
      <p>
        {t.rich("bar.signedInAs", {
          username: actor.username,
          role: t(`roles.${actor.role}`),
          user: (chunks) => <strong data-testid="signed-in-user">{chunks}</strong>,
        })}
      </p>
      <SignOutButton label={t("bar.signOut")} />
    </div>
  );
}
