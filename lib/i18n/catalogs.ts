/**
 * The message catalogs, typed. English is the reference: `Messages` is its type, and the Chinese
 * catalog must have the same shape (a missing key fails to compile here; tests/i18n/catalogs.test.ts
 * also checks placeholders and empty values).
 */
import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locale";

export type Messages = typeof en;

export const MESSAGES: Readonly<Record<Locale, Messages>> = { en, "zh-CN": zhCN satisfies Messages };

export { TIME_ZONE } from "./locale";

/** Namespaces only the server renders (page chrome, metadata): not sent to the browser. */
const SERVER_ONLY_NAMESPACES = ["meta", "layout", "language", "pageTitles", "accounts", "log", "rescreen", "reports", "flow", "csv", "errorPage"] as const;

export type ClientMessages = Omit<Messages, (typeof SERVER_ONLY_NAMESPACES)[number]>;

/** The catalog a page's client components may need in the browser. */
export function clientMessages(locale: Locale): ClientMessages {
  const all: Partial<Messages> = { ...MESSAGES[locale] };
  for (const namespace of SERVER_ONLY_NAMESPACES) delete all[namespace];
  return all as ClientMessages;
}

/**
 * Namespaces the screening page (`/`) never renders: the trial pages', the checklist's and the
 * account pages'. They are left out of what the screening app is sent (issue 15: fewer bytes before
 * the form is usable). A deny-list, so that a namespace added for the form reaches it by default;
 * tests/support/screening.tsx renders the app with this subset and fails on any missing message.
 */
const NOT_ON_SCREENING_PAGE = ["trialDetail", "trialList", "checklist", "account", "forbidden"] as const;

export type ScreeningMessages = Omit<ClientMessages, (typeof NOT_ON_SCREENING_PAGE)[number]>;

/** The catalog the screening app (`/`) needs in the browser. */
export function screeningMessages(locale: Locale): ScreeningMessages {
  const all: Partial<ClientMessages> = clientMessages(locale);
  for (const namespace of NOT_ON_SCREENING_PAGE) delete all[namespace];
  return all as ScreeningMessages;
}

/** The `[locale]` segment as a locale (the layout has already refused any other value). */
export function pageLocale(segment: string): Locale {
  return isLocale(segment) ? segment : DEFAULT_LOCALE;
}

/**
 * What the trial pages' client code (the freshness and dates against the viewer's today) needs:
 * the messages it formats, nothing else.
 */
export function timingMessages(locale: Locale): Pick<Messages, "trialTiming" | "freshness" | "status"> {
  const { trialTiming, freshness, status } = MESSAGES[locale];
  return { trialTiming, freshness, status };
}

/**
 * The namespaces a page's client components format (the log's and the accounts' forms), and
 * nothing else: what goes to the browser stays small.
 */
export function pickMessages<K extends keyof Messages>(locale: Locale, namespaces: readonly K[]): Pick<Messages, K> {
  const all = MESSAGES[locale];
  return Object.fromEntries(namespaces.map((n) => [n, all[n]])) as Pick<Messages, K>;
}
