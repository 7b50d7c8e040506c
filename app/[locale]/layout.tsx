import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { hasLocale, useTranslations } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { LOCALES } from "@/lib/i18n/locale";
import "../globals.css";

/**
 * The root layout, once per language: the proxy (lib/i18n/proxy.ts) rewrites every page to its
 * language's copy, so each page is prerendered in English and in Chinese and the URL never shows it.
 * Any other path reaches [...rest] and the localized 404.
 */
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

type Props = Readonly<{ children: ReactNode; params: Promise<{ locale: string }> }>;

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(LOCALES, locale)) return {};
  const t = await getTranslations({ locale, namespace: "meta" });
  return { title: t("appName"), description: t("description") };
}

/** The first tab stop: past the navigation to the page's content (WCAG 2.4.1). */
function SkipLink() {
  const t = useTranslations("layout");
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:font-semibold focus:text-blue-800 focus:outline-2 focus:outline-blue-700"
    >
      {t("skipToMain")}
    </a>
  );
}

function Header() {
  const t = useTranslations("layout");
  return (
    <header className="no-print border-b border-slate-200">
      <nav aria-label={t("mainNav")} className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <span className="font-semibold">{t("appName")}</span>
        <ul className="flex gap-4">
          <li>
            <Link href="/" className="underline-offset-4 hover:underline">
              {t("screening")}
            </Link>
          </li>
          <li>
            <Link href="/trials" className="underline-offset-4 hover:underline">
              {t("trials")}
            </Link>
          </li>
          <li>
            <Link href="/log" className="underline-offset-4 hover:underline">
              {t("log")}
            </Link>
          </li>
        </ul>
        <LanguageSwitch />
      </nav>
      {/* Inside the banner landmark, so every piece of content sits in a landmark (axe "region"). */}
      <p role="note" className="mx-auto max-w-7xl px-4 pb-2 text-sm font-medium text-amber-900">
        {t("privacyNote")}
      </p>
    </header>
  );
}

export default async function LocaleLayout({ children, params }: Props) {
  // Every page renders per request, so that Next.js can put the response's CSP nonce on its
  // scripts (proxy.ts, lib/server/security-headers.ts). The pages are small; see the README's
  // Lighthouse figures.
  await connection();
  const { locale } = await params;
  if (!hasLocale(LOCALES, locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">
        <SkipLink />
        <Header />
        <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 focus:outline-none">
          {children}
        </main>
      </body>
    </html>
  );
}
