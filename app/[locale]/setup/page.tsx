import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { CredentialsForm } from "@/components/account/CredentialsForm";
import { pageLocale, pickMessages, TIME_ZONE } from "@/lib/i18n/catalogs";
import { pageTitle } from "@/lib/i18n/page-title";
import { accountCount, PASSWORD_MIN } from "@/lib/server/auth/accounts";
import { database } from "@/lib/server/db";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = ({ params }: Props) => pageTitle(params, "setup");

/** First run only: while no account exists, create the first administrator. Afterwards: 404. */
export default async function SetupPage({ params }: Props) {
  const locale = pageLocale((await params).locale);
  const { db } = await database();
  if ((await accountCount(db)) > 0) notFound();
  const t = await getTranslations("account.setup");
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-xl text-slate-700">{t("intro")}</p>
      <NextIntlClientProvider locale={locale} timeZone={TIME_ZONE} messages={pickMessages(locale, ["accounts", "apiErrors"])}>
        <CredentialsForm mode="setup" passwordMin={PASSWORD_MIN} />
      </NextIntlClientProvider>
    </div>
  );
}
