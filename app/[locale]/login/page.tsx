import { redirect } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { CredentialsForm } from "@/components/account/CredentialsForm";
import { safeNextPath } from "@/components/log/post-json";
import { pageLocale, pickMessages, TIME_ZONE } from "@/lib/i18n/catalogs";
import { pageTitle } from "@/lib/i18n/page-title";
import { currentActor } from "@/lib/server/auth";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string | string[] }> };

export const generateMetadata = ({ params }: Props) => pageTitle(params, "login");

export default async function LoginPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale);
  const { next } = await searchParams;
  const target = safeNextPath(typeof next === "string" ? next : undefined);
  if (await currentActor()) redirect(target);
  const t = await getTranslations("account.login");
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-xl text-slate-700">
        {t("intro")}
        {target === "/" ? t("draftKept") : null}
      </p>
      <NextIntlClientProvider locale={locale} timeZone={TIME_ZONE} messages={pickMessages(locale, ["accounts", "apiErrors"])}>
        <CredentialsForm mode="sign-in" next={target} />
      </NextIntlClientProvider>
    </div>
  );
}
