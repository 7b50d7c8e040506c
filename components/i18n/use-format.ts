/**
 * Formats the core's structured explanations (lib/core/message.ts) in the page's language, with
 * next-intl's translator. Works in server and client components alike.
 */
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { formatMessage, formatValue, type Message, type MessageValue, type Translate } from "@/lib/core/message";
import { languageOf } from "@/lib/i18n/locale";

export type Formatter = {
  /** A structured message in words. */
  format: (msg: Message) => string;
  /** Any message value: a message, a bilingual text, a list. */
  value: (value: MessageValue) => string;
  language: "en" | "zh";
};

export function useFormat(): Formatter {
  const t = useTranslations() as unknown as Translate;
  const language = languageOf(useLocale());
  return useMemo(
    () => ({
      format: (msg: Message) => formatMessage(t, language, msg),
      value: (value: MessageValue) => String(formatValue(t, language, value)),
      language,
    }),
    [t, language],
  );
}
