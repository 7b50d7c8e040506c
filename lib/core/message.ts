/**
 * Structured explanations: the core says *what* to tell the reader as a message key and its
 * values, never an English sentence, so the pages, the printed checklist and the CLI can say it
 * in the reader's language (messages/en.json, messages/zh-CN.json). Values nest: a value can be
 * another message, a list of them, or a text the data carries in both languages (a criterion's
 * manual reason, a concept's name). Plain data, so results stay serializable.
 */
import type en from "@/messages/en.json";

/** Dotted paths to the leaves of a catalog: "engine.unknown", "fields.labs.bilirubin". */
export type Leaves<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Leaves<T[K]>}`;
}[keyof T & string];

export type MessageKey = Leaves<typeof en>;

/** A text the data gives in English (the source) and Chinese. */
export type LocalizedText = { en: string; zh: string };

/**
 * Items joined for the reader: "a; b" / "a；b" (`semicolon`), "a, b" / "a、b" (`comma`),
 * "a, b or c" / "a、b或c" (`or`), "a, b and c" / "a、b和c" (`and`), "a/b" (`slash`), sentences "a. b" / "a。b" (`sentence`), whole sentences "a. b." / "a。b。" (`space`).
 */
export type MessageList = { list: readonly MessageValue[]; join: "semicolon" | "comma" | "or" | "and" | "slash" | "sentence" | "space" };

export type MessageValue = string | number | boolean | Message | MessageList | LocalizedText;

export type Message = { key: MessageKey; values?: Readonly<Record<string, MessageValue>> };

export function message(key: MessageKey, values?: Record<string, MessageValue>): Message {
  return values ? { key, values } : { key };
}

export function isMessage(value: MessageValue): value is Message {
  return typeof value === "object" && "key" in value;
}

/** What formatting needs from a translator: next-intl's `t` (React) or `createTranslator` (CLI). */
export type Translate = (key: MessageKey, values?: Record<string, string | number | boolean>) => string;

export type MessageLanguage = "en" | "zh";

/**
 * A message in words: nested values first, then the message itself. Separators follow the
 * language (Chinese uses full-width "；" and the enumeration comma "、").
 */
export function formatMessage(t: Translate, language: MessageLanguage, msg: Message): string {
  const values: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(msg.values ?? {})) values[name] = formatValue(t, language, value);
  return t(msg.key, values);
}

export function formatValue(t: Translate, language: MessageLanguage, value: MessageValue): string | number | boolean {
  if (typeof value !== "object") return value;
  if ("key" in value) return formatMessage(t, language, value);
  if ("list" in value) return joinList(value.list.map((item) => String(formatValue(t, language, item))), value.join, language);
  return value[language];
}

const SEPARATORS: Record<MessageList["join"], Record<MessageLanguage, string>> = {
  semicolon: { en: "; ", zh: "；" },
  comma: { en: ", ", zh: "、" },
  or: { en: ", ", zh: "、" },
  and: { en: ", ", zh: "、" },
  slash: { en: "/", zh: "/" },
  sentence: { en: ". ", zh: "。" },
  /** Whole sentences, each with its own full stop. */
  space: { en: " ", zh: "" },
};

function joinList(items: string[], join: MessageList["join"], language: MessageLanguage): string {
  const separator = SEPARATORS[join][language];
  if ((join !== "or" && join !== "and") || items.length < 2) return items.join(separator);
  const last = join === "or" ? (language === "zh" ? "或" : " or ") : language === "zh" ? "和" : " and ";
  return `${items.slice(0, -1).join(separator)}${last}${items[items.length - 1]}`;
}

/** Messages in one language: the view models take one, English (`ENGLISH`) by default. */
export type Say = { format: (msg: Message) => string; value: (value: MessageValue) => string; language: MessageLanguage };


// ---------------------------------------------------------------------------------------------
// Messages carried as text

/**
 * Some carriers hold only a string: a zod issue's `message` (zod 4's `error` param,
 * zod.dev/error-customization) and react-hook-form's `FieldError.message`, which its zod resolver
 * fills from it. The profile schema's messages travel through them as the message itself,
 * serialized (`messageText`), and are read back where they are shown (`messageOfText`), so the
 * form formats them in the page's language like any other message.
 */
export function messageText(msg: Message): string {
  return JSON.stringify(msg);
}

/** A message serialized by `messageText`, or undefined for any other text. */
export function messageOfText(text: string): Message | undefined {
  if (!text.startsWith('{"key":')) return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    return value !== null && typeof value === "object" && typeof (value as Message).key === "string" ? (value as Message) : undefined;
  } catch {
    return undefined;
  }
}
