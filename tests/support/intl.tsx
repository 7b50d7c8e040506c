/**
 * Components under test in a language, as the app renders them: inside next-intl's provider with
 * that language's catalog. Pages (server components) call next-intl/server, whose React Server
 * build vitest does not load: `mockNextIntlServer` stands in for it with the same catalogs.
 */
import { render, type RenderOptions } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import type { ReactElement, ReactNode } from "react";
import { createTranslator } from "use-intl/core";
import { MESSAGES, TIME_ZONE } from "@/lib/i18n/catalogs";
import type { Locale } from "@/lib/i18n/locale";

export function IntlProvider({ locale = "en", children }: { locale?: Locale; children?: ReactNode }) {
  return (
    <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone={TIME_ZONE}>
      {children}
    </NextIntlClientProvider>
  );
}

export function renderIntl(ui: ReactElement, locale: Locale = "en", options: Omit<RenderOptions, "wrapper"> = {}) {
  return render(ui, { ...options, wrapper: ({ children }) => <IntlProvider locale={locale}>{children}</IntlProvider> });
}

/** The module `vi.mock("next-intl/server", …)` returns in page tests. */
export function nextIntlServerStandIn() {
  return {
    setRequestLocale: () => undefined,
    getTranslations: async ({ locale, namespace }: { locale: Locale; namespace?: string }) =>
      createTranslator({ locale, messages: MESSAGES[locale], timeZone: TIME_ZONE, ...(namespace ? { namespace: namespace as never } : {}) }),
  };
}
