import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { AccountBar } from "@/components/account/AccountBar";
import { CreateUserForm } from "@/components/account/CreateUserForm";
import { ManageAccountForm } from "@/components/account/ManageAccountForm";
import { isRole } from "@/lib/core/screening-log";
import { pageLocale, pickMessages, TIME_ZONE } from "@/lib/i18n/catalogs";
import { pageTitle } from "@/lib/i18n/page-title";
import { listAccounts } from "@/lib/server/auth/accounts";
import { database } from "@/lib/server/db";
import { requirePage } from "@/lib/server/pages";
import { formatLogTime } from "@/lib/view/log-view";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = ({ params }: Props) => pageTitle(params, "accounts");

export default async function UsersPage({ params }: Props) {
  const locale = pageLocale((await params).locale);
  const actor = await requirePage("users:manage", "/admin/users");
  const { db } = await database();
  const users = await listAccounts(db);
  const t = await getTranslations("accounts");
  return (
    <NextIntlClientProvider locale={locale} timeZone={TIME_ZONE} messages={pickMessages(locale, ["accounts", "apiErrors", "log"])}>
      <AccountBar actor={actor} />
      <div className="grid gap-4">
        <h1 className="text-2xl font-bold">{t("admin.title")}</h1>
        <CreateUserForm />
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t("admin.title")}</caption>
          <thead>
            <tr className="border-b border-slate-400 text-left">
              <th scope="col" className="py-1 pr-3">{t("admin.username")}</th>
              <th scope="col" className="py-1 pr-3">{t("admin.role")}</th>
              <th scope="col" className="py-1 pr-3">{t("admin.created")}</th>
              <th scope="col" className="py-1 pr-3">{t("admin.status")}</th>
              <th scope="col" className="py-1">{t("admin.manage")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-b border-slate-200">
                <td className="py-1 pr-3">{u.username}</td>
                <td className="py-1 pr-3">{isRole(u.role) ? t(`roles.${u.role}`) : u.role}</td>
                <td className="py-1 pr-3">{formatLogTime(u.createdAt)}</td>
                <td className="py-1 pr-3">{u.disabled ? t("admin.disabled") : t("admin.active")}</td>
                <td className="py-1">
                  <ManageAccountForm account={{ id: u.id, username: u.username ?? u.id, disabled: u.disabled }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </NextIntlClientProvider>
  );
}
