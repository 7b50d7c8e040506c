/**
 * next-intl's request configuration: the locale comes from the `[locale]` segment the proxy
 * rewrote to (lib/i18n/proxy.ts), so pages stay static per language. The catalogs are in
 * messages/; i18n/messages.ts types them.
 */
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locale";
import { MESSAGES, TIME_ZONE } from "@/lib/i18n/catalogs";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return { locale, messages: MESSAGES[locale], timeZone: TIME_ZONE };
});
