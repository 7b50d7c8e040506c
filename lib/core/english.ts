/**
 * English, the registry's language and the CLI's default: the sentence the core's results carry
 * as `reason`, formatted from the same catalog the pages use. Apart from lib/core/message.ts so
 * that code needing only message keys (the form's spec) does not load the catalog and the ICU
 * formatter. The whole catalog: for the log, the checklist, the reports and the server; the
 * screening page's modules use lib/core/english-core.ts (a subset).
 */
import en from "@/messages/en.json";
import { englishSay } from "./english-say";
import type { Message, MessageValue, Say } from "./message";

export const ENGLISH: Say = englishSay(en);

export function toEnglish(msg: Message): string {
  return ENGLISH.format(msg);
}

export function toEnglishValue(value: MessageValue): string {
  return ENGLISH.value(value);
}
