/**
 * English for the pure core and the screening views (`reason`, field issues, field labels),
 * formatted from messages/generated/en.core.json: the namespaces they use, generated from
 * messages/en.json by scripts/generate-english-core.ts. These modules reach the screening page's
 * client bundle, which then carries that subset instead of the whole catalog (issue 15). Server
 * code that formats other namespaces (the log, the checklist, the reports) uses lib/core/english.ts.
 */
import { createTranslator } from "use-intl/core";
import en from "@/messages/generated/en.core.json";
import { formatMessage, formatValue, type Message, type MessageValue, type Say, type Translate } from "./message";

const english = createTranslator({
  locale: "en",
  messages: en,
  // A key outside the subset is a bug in ENGLISH_CORE_NAMESPACES: the tests fail on it instead of
  // printing the key (production keeps use-intl's default, which logs and shows the key).
  ...(process.env.NODE_ENV === "test" && {
    onError: (error: Error) => {
      throw error;
    },
  }),
});

export function toEnglish(msg: Message): string {
  return formatMessage(english as unknown as Translate, "en", msg);
}

export function toEnglishValue(value: MessageValue): string {
  return String(formatValue(english as unknown as Translate, "en", value));
}

export const ENGLISH: Say = { format: toEnglish, value: toEnglishValue, language: "en" };
