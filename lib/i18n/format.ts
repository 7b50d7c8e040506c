/**
 * Structured explanations (lib/core/message.ts) in a chosen language, outside React: the CLI and
 * anything else that runs without a component tree. Components use components/i18n/use-format.ts,
 * which formats the same messages with next-intl's `useTranslations`.
 */
import { createTranslator } from "use-intl/core";
import { formatMessage, formatValue, type Message, type MessageValue, type Say, type Translate } from "../core/message";
import { MESSAGES, TIME_ZONE } from "./catalogs";
import { languageOf, type Locale } from "./locale";


export type MessageFormatter = {
  locale: Locale;
  format: (msg: Message) => string;
  value: (value: MessageValue) => string;
};

export function messageFormatter(locale: Locale): MessageFormatter {
  const t = createTranslator({ locale, messages: MESSAGES[locale], timeZone: TIME_ZONE }) as unknown as Translate;
  const language = languageOf(locale);
  return {
    locale,
    format: (msg) => formatMessage(t, language, msg),
    value: (value) => String(formatValue(t, language, value)),
  };
}

/** The view models' `Say` (lib/core/message.ts) in a locale: server pages pass it to lib/view. */
export function sayIn(locale: Locale): Say {
  const formatter = messageFormatter(locale);
  return { format: formatter.format, value: formatter.value, language: languageOf(locale) };
}
