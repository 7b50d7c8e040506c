/**
 * The two interface languages and how a request picks one. Pure: no Next, no React, so the
 * proxy, the pages, the CLI and the tests share one definition.
 *
 * The choice (issue 13): the `NEXT_LOCALE` cookie set by the language switch wins; without it,
 * `Accept-Language` decides, and any Chinese tag (zh, zh-CN, zh-TW, zh-Hant-HK…) picks zh-CN, the
 * only Chinese catalog, because a Chinese reader is better served by Simplified Chinese than by
 * English; anything else, or no header, gives English.
 */
export const LOCALES = ["en", "zh-CN"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The cookie the language switch writes (next-intl's default name). */
export const LOCALE_COOKIE = "NEXT_LOCALE";
/** One year: the choice is a preference of the workstation, not of a session. */
export const LOCALE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The language ranges of an Accept-Language header in preference order (RFC 9110 §12.5.4): by
 * q-value, ties in header order; ranges with q=0 are refused and dropped.
 */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((part, index) => {
      const [range = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p)).find(Boolean);
      const quality = q ? Number(q[1]) : 1;
      return { range: range.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.range !== "" && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map((entry) => entry.range);
}

/** Accept-Language alone: the first range that names Chinese or English decides. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  for (const range of acceptedLanguages(header)) {
    const primary = range.split("-")[0];
    if (primary === "zh") return "zh-CN";
    if (primary === "en") return "en";
  }
  return DEFAULT_LOCALE;
}

/** Which side of a bilingual text (`{ en, zh }`, lib/core/message.ts) a locale reads. */
export function languageOf(locale: Locale): "en" | "zh" {
  return locale === "zh-CN" ? "zh" : "en";
}

/** The request's language: a valid cookie first, then Accept-Language. */
export function negotiateLocale(input: { cookie?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(input.cookie)) return input.cookie;
  return localeFromAcceptLanguage(input.acceptLanguage);
}


/**
 * The sites are in China (Haikou, Shenyang, Qingdao). The only calendar date shown is the
 * screening's; a fixed zone keeps the server's and the browser's formatting identical.
 */
export const TIME_ZONE = "Asia/Shanghai";
