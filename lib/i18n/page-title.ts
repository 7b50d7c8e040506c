/**
 * Page titles in the page's language: "筛选日志 — UC-MSC 临床试验预筛查". Every page's
 * `generateMetadata` uses it, so no title is written in English into app/.
 */
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale, type Messages } from "./catalogs";

export type PageTitleKey = keyof Messages["pageTitles"];

export async function pageTitle(params: Promise<{ locale: string }>, page: PageTitleKey, values: Record<string, string> = {}): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const [meta, titles] = await Promise.all([getTranslations({ locale, namespace: "meta" }), getTranslations({ locale, namespace: "pageTitles" })]);
  return { title: meta("pageTitle", { page: (titles as (key: string, values?: Record<string, string>) => string)(page, values) }) };
}
