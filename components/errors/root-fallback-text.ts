/**
 * The one place words are written outside the catalogs, on purpose: app/global-error.tsx replaces
 * the root layout when the layout itself failed, so neither next-intl's provider nor the catalogs
 * (messages/*.json) can be relied on there, and importing a catalog would put all of it into the
 * JavaScript of every page. The same words as the catalog's `errorPage` namespace (a test,
 * tests/i18n/no-hardcoded-text.test.ts, holds them equal), in both languages; the language comes
 * from the NEXT_LOCALE cookie or the browser's languages, as the proxy decides it.
 */
import { negotiateLocale, LOCALE_COOKIE } from "@/lib/i18n/locale";
import type { ErrorText } from "./error-recovery";

export const ROOT_FALLBACK_TEXT = {
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

/** The fallback's words in the browser's language (cookie first, then the browser's languages). */
export function rootFallbackText(): ErrorText & { lang: string } {
  const cookie = typeof document === "undefined" ? undefined : new RegExp(`(?:^|; )${LOCALE_COOKIE}=([^;]*)`).exec(document.cookie)?.[1];
  const acceptLanguage = typeof navigator === "undefined" ? undefined : navigator.languages.join(",");
  const lang = negotiateLocale({ cookie: cookie ? decodeURIComponent(cookie) : null, acceptLanguage });
  const words = ROOT_FALLBACK_TEXT[lang];
  return { ...words, reference: (digest) => words.reference.replace("{digest}", digest), lang };
}
