/**
 * An English `Say` over a catalog: the core's results carry their `reason` in English, the
 * registry's language and the CLI's default. lib/core/english-core.ts builds it over the screening
 * page's subset, lib/core/english.ts over the whole catalog.
 */
import { createTranslator } from "use-intl/core";
import { formatMessage, formatValue, type Message, type MessageValue, type Say, type Translate } from "./message";

export function englishSay(messages: Record<string, unknown>, onError?: (error: Error) => void): Say {
  const english = createTranslator({ locale: "en", messages, ...(onError && { onError }) }) as unknown as Translate;
  return {
    format: (msg: Message) => formatMessage(english, "en", msg),
    value: (value: MessageValue) => String(formatValue(english, "en", value)),
    language: "en",
  };
}
