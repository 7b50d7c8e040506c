/**
 * The one place words are written outside the catalogs, on purpose: the error boundaries
 * (app/[locale]/error.tsx, app/global-error.tsx) are in the first-load JavaScript of every page and
 * must work when everything else failed, the root layout included. With next-intl's provider and
 * a catalog they would add use-intl's formatter to every page's first load (12 kB gz, over the
 * 150 kB budget: scripts/check-bundle-size.mjs). So they carry their few words here, the same as
 * the catalogs' `errorPage` namespace, which a test (tests/i18n/no-hardcoded-text.test.ts) holds
 * them equal to, in both languages.
 */
import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "@/lib/i18n/locale";
import type { ErrorText } from "./error-recovery";

export const ERROR_PAGE_WORDS = {
  en: {
    title: "Something went wrong on this page",
    body: "The page stopped because of an error. Nothing was sent anywhere. Try again; if the error comes back, the screening kept in this browser tab may be what the page cannot read.",
    retry: "Try again",
    clear: "Clear this tab’s screening and reload",
    confirmClear: "Clear the screening kept in this tab (profile, confirmations and notes) and reload? Save the profile first if you can.",
    cleared: "The screening was cleared from this tab. Reloading…",
    reference: "Error reference: {digest}",
  },
  "zh-CN": {
    title: "此页面出错了",
    body: "页面因错误而停止。没有任何数据被发送。请重试；如果错误再次出现，可能是本标签页中保存的筛查无法读取。",
    retry: "重试",
    clear: "清除本标签页的筛查并重新加载",
    confirmClear: "清除本标签页中保存的筛查（患者资料、确认结果和备注）并重新加载？如有可能，请先保存患者资料。",
    cleared: "已从本标签页清除筛查。正在重新加载…",
    reference: "错误编号：{digest}",
  },
} as const;

function errorText(locale: Locale): ErrorText & { lang: Locale } {
  const words = ERROR_PAGE_WORDS[locale];
  return { ...words, reference: (digest) => words.reference.replace("{digest}", digest), lang: locale };
}

/** The page's boundary: the page's language, its <html lang> (set by the layout from the choice). */
export function pageErrorText(): ErrorText {
  const lang = typeof document === "undefined" ? undefined : document.documentElement.lang;
  return errorText(isLocale(lang) ? lang : "en");
}

/**
 * When the root layout itself failed there is no page language: the choice is made again as the
 * proxy makes it, the NEXT_LOCALE cookie first, then the browser's languages.
 */
export function rootErrorText(): ErrorText & { lang: Locale } {
  const cookie = typeof document === "undefined" ? undefined : new RegExp(`(?:^|; )${LOCALE_COOKIE}=([^;]*)`).exec(document.cookie)?.[1];
  const acceptLanguage = typeof navigator === "undefined" ? undefined : navigator.languages.join(",");
  return errorText(negotiateLocale({ cookie: cookie ? decodeURIComponent(cookie) : null, acceptLanguage }));
}
