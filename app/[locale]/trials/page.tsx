import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TRIALS } from "@/criteria";
import { TrialList } from "@/components/trials/trial-list";
import { compareForList, isoDay } from "@/lib/core/freshness";
import { pageLocale, TIME_ZONE, timingMessages } from "@/lib/i18n/catalogs";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "meta" });
  return { title: t("pageTitle", { page: t("trialsTitle") }), description: t("trialsDescription") };
}

/**
 * The page is static: generated at build time, once per language. The build date orders the list
 * and is the "today" of the server HTML; in the browser, the freshness and dates are recomputed for
 * the viewer's own today (components/trials/trial-timing.tsx, which gets the messages it needs).
 */
const RENDERED_ON = isoDay(new Date());

export default async function TrialsPage({ params }: Props) {
  const locale = pageLocale((await params).locale);
  setRequestLocale(locale);
  const trials = [...TRIALS].sort((a, b) => compareForList(a, b, RENDERED_ON));
  return (
    <NextIntlClientProvider locale={locale} timeZone={TIME_ZONE} messages={timingMessages(locale)}>
      <TrialList trials={trials} renderedOn={RENDERED_ON} />
    </NextIntlClientProvider>
  );
}
