"use client";
/** The screening app with its messages: loaded as one chunk by ScreeningLoader. */
import { NextIntlClientProvider } from "next-intl";
import type { ScreeningMessages } from "@/lib/i18n/catalogs";
import { TIME_ZONE, type Locale } from "@/lib/i18n/locale";
import ScreeningApp from "./ScreeningApp";

export type ScreeningRootProps = { locale: Locale; messages: ScreeningMessages };

export function ScreeningRoot({ locale, messages }: ScreeningRootProps) {
  return (
    <NextIntlClientProvider locale={locale} messages={messages} timeZone={TIME_ZONE}>
      <ScreeningApp />
    </NextIntlClientProvider>
  );
}
