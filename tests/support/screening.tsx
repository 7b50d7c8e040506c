/**
 * The screening app rendered in a language, once its results column has loaded: the column is its
 * own chunk, imported after the form is on screen (components/screening/ResultsLoader.tsx).
 */
import { waitFor } from "@testing-library/react";
import ScreeningApp from "@/components/screening/ScreeningApp";
import type { Locale } from "@/lib/i18n/locale";
import { renderIntl } from "./intl";

export async function renderScreening(locale: Locale = "en") {
  const utils = renderIntl(<ScreeningApp />, locale);
  await waitFor(() => {
    if (!document.querySelector("#results article[data-trial]")) throw new Error("the results have not loaded");
  });
  return utils;
}
