import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TRIALS } from "@/criteria";
import { TrialDetail } from "@/components/trials/trial-detail";
import { isoDay } from "@/lib/core/freshness";
import { pageLocale, TIME_ZONE, timingMessages } from "@/lib/i18n/catalogs";
import { LOCALES } from "@/lib/i18n/locale";

/** One static page per encoded trial and language; any other id is a 404. */
export const dynamicParams = false;

export function generateStaticParams(): { locale: string; id: string }[] {
  return LOCALES.flatMap((locale) => TRIALS.map((trial) => ({ locale, id: trial.id })));
}

/** Build date: the server HTML's "today"; the browser recomputes for the viewer's date. */
const RENDERED_ON = isoDay(new Date());

type Props = { params: Promise<{ locale: string; id: string }> };

function findTrial(id: string) {
  return TRIALS.find((trial) => trial.id === id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: requested, id } = await params;
  const trial = findTrial(id);
  if (!trial) return {};
  const t = await getTranslations({ locale: pageLocale(requested), namespace: "meta" });
  return {
    title: t("pageTitle", { page: t("trialTitle", { id: trial.id, title: trial.shortTitle }) }),
    description: t("trialDescription", { title: trial.briefTitle }),
  };
}

export default async function TrialPage({ params }: Props) {
  const { locale: requested, id } = await params;
  const locale = pageLocale(requested);
  setRequestLocale(locale);
  const trial = findTrial(id);
  if (!trial) notFound();
  return (
    <NextIntlClientProvider locale={locale} timeZone={TIME_ZONE} messages={timingMessages(locale)}>
      <TrialDetail trial={trial} renderedOn={RENDERED_ON} />
    </NextIntlClientProvider>
  );
}
