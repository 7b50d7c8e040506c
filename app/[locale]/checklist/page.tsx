import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { ChecklistPage } from "@/components/checklist/checklist-page";
import { ChecklistLoading } from "@/components/checklist/checklist-loading";
import { clientMessages, pageLocale, TIME_ZONE } from "@/lib/i18n/catalogs";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "meta" });
  return { title: t("pageTitle", { page: t("checklistTitle") }) };
}

/**
 * The printable pre-screening checklist of the screening open in this tab (all trials, or the
 * one named by `?trial=NCT…`), in the page's language. Built in the browser from sessionStorage;
 * see ChecklistPage.
 */
export default async function Page({ params }: Props) {
  const locale = pageLocale((await params).locale);
  setRequestLocale(locale);
  return (
    <NextIntlClientProvider locale={locale} timeZone={TIME_ZONE} messages={clientMessages(locale)}>
      <Suspense fallback={<ChecklistLoading />}>
        <ChecklistPage />
      </Suspense>
    </NextIntlClientProvider>
  );
}
