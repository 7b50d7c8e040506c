/**
 * The screening app rendered in a language, once its results column has loaded: the column is its
 * own chunk, imported after the form is on screen (components/screening/ResultsLoader.tsx).
 */
import { render, waitFor } from "@testing-library/react";
import { IntlError, NextIntlClientProvider } from "next-intl";
import ScreeningApp from "@/components/screening/ScreeningApp";
import { screeningMessages, TIME_ZONE } from "@/lib/i18n/catalogs";
import type { Locale } from "@/lib/i18n/locale";

/** A message the app asks for but was not sent fails the test (the page sends only a subset). */
function failOnMissingMessage(error: IntlError) {
  if (error.code === "MISSING_MESSAGE") throw error;
  console.error(error);
}

/** With the catalog subset the page sends (lib/i18n/catalogs.ts, screeningMessages). */
export async function renderScreening(locale: Locale = "en") {
  const utils = render(<ScreeningApp />, {
    wrapper: ({ children }) => (
      <NextIntlClientProvider locale={locale} messages={screeningMessages(locale)} timeZone={TIME_ZONE} onError={failOnMissingMessage}>
        {children}
      </NextIntlClientProvider>
    ),
  });
  await waitFor(() => {
    if (!document.querySelector("#results article[data-trial]")) throw new Error("the results have not loaded");
  });
  return utils;
}
