"use client";
import type { ReactNode } from "react";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_SECONDS, type Locale } from "@/lib/i18n/locale";

/**
 * Chooses a language: stores it in the NEXT_LOCALE cookie (read by the proxy, lib/i18n/proxy.ts)
 * and reloads, so the page, its metadata and <html lang> come back in that language. The
 * screening draft is in sessionStorage, so nothing typed is lost.
 */
export function LocaleButton({ locale, current, children }: { locale: Locale; current: boolean; children: ReactNode }) {
  return (
    <button
      type="button"
      lang={locale}
      aria-pressed={current}
      onClick={() => {
        if (current) return;
        const secure = window.location.protocol === "https:" ? "; secure" : "";
        document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${LOCALE_COOKIE_MAX_AGE_SECONDS}; samesite=lax${secure}`;
        window.location.reload();
      }}
      className="rounded border border-slate-400 px-2 py-0.5 text-slate-900 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 aria-pressed:border-slate-900 aria-pressed:bg-slate-900 aria-pressed:text-white"
    >
      {children}
    </button>
  );
}
