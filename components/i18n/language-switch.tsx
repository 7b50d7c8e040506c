import { useLocale, useTranslations } from "next-intl";
import { LOCALES } from "@/lib/i18n/locale";
import { LocaleButton } from "./locale-button";

/**
 * The language switch on every page: each language named in itself, the current one pressed.
 * Rendered on the server; only the buttons' click handler is client code.
 */
export function LanguageSwitch() {
  const t = useTranslations("language");
  const current = useLocale();
  return (
    <div role="group" aria-label={t("label")} className="ml-auto flex items-center gap-1 text-sm">
      {LOCALES.map((locale) => (
        <LocaleButton key={locale} locale={locale} current={locale === current}>
          {t(locale)}
        </LocaleButton>
      ))}
    </div>
  );
}
