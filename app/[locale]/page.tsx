import { setRequestLocale } from "next-intl/server";
import ScreeningLoader from "@/components/screening/ScreeningLoader";
import { ScreeningShell } from "@/components/screening/ScreeningShell";
import { pageLocale, screeningMessages } from "@/lib/i18n/catalogs";

export default async function ScreeningPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = pageLocale((await params).locale);
  setRequestLocale(locale);
  return <ScreeningLoader locale={locale} messages={screeningMessages(locale)} shell={<ScreeningShell />} />;
}
