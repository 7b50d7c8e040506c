/**
 * English, the registry's language and the CLI's default: the sentence the core's results carry
 * as `reason`, formatted from the same catalog the pages use. Apart from lib/core/message.ts so
 * that code needing only message keys (the form's spec) does not load the catalog and the ICU
 * formatter.
 */
import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";
import { formatMessage, formatValue, type Message, type MessageValue, type Say, type Translate } from "./message";

const english = createTranslator({ locale: "en", messages: en });

export function toEnglish(msg: Message): string {
  return formatMessage(english as unknown as Translate, "en", msg);
}

export function toEnglishValue(value: MessageValue): string {
  return String(formatValue(english as unknown as Translate, "en", value));
}

export const ENGLISH: Say = { format: toEnglish, value: toEnglishValue, language: "en" };
