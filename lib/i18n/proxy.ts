/**
 * Locale negotiation for the proxy (Next 16's middleware). URLs carry no language: `/trials` is
 * rewritten inside the server to `/en/trials` or `/zh-CN/trials`, so every page is prerendered
 * once per language (static, like next-intl's `localePrefix: "never"`) and the address bar never
 * changes. The proxy reads the `NEXT_LOCALE` cookie and Accept-Language; it never sets a cookie
 * (only the language switch does, when the coordinator chooses).
 *
 * proxy.ts at the top level only composes this with whatever else runs there (e.g. the CSP).
 */
import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_COOKIE, LOCALES, negotiateLocale, type Locale } from "./locale";

/** The request's language, from its cookie and Accept-Language header. */
export function requestLocale(request: NextRequest): Locale {
  return negotiateLocale({
    cookie: request.cookies.get(LOCALE_COOKIE)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  });
}

/** A path that already names a locale (`/zh-CN/trials`) is served as is. */
export function pathLocale(pathname: string): Locale | undefined {
  return LOCALES.find((locale) => pathname === `/${locale}` || pathname.startsWith(`/${locale}/`));
}

/** The internal path of a page in a language: `/trials` → `/zh-CN/trials`, `/` → `/zh-CN`. */
export function localizedPath(pathname: string, locale: Locale): string {
  return pathname === "/" ? `/${locale}` : `/${locale}${pathname}`;
}

/** A request of the client router's prefetch (Next.js strips its headers for the proxy otherwise). */
export function isPrefetch(request: NextRequest): boolean {
  return request.headers.has("next-router-prefetch") || request.headers.get("purpose") === "prefetch";
}

/**
 * Rewrites a page request to its language's page, passing on `requestHeaders` (the CSP nonce's,
 * from lib/server/security-headers.ts). Route handlers (`/api`), Next's own files and files with
 * an extension are left alone. The response varies with the cookie and Accept-Language, so no
 * cache may serve one language's page to the other.
 */
export function localeRewrite(request: NextRequest, requestHeaders: Headers): NextResponse {
  const { pathname } = request.nextUrl;
  if (!isPage(pathname) || pathLocale(pathname)) return NextResponse.next({ request: { headers: requestHeaders } });
  const url = request.nextUrl.clone();
  url.pathname = localizedPath(pathname, requestLocale(request));
  const response = NextResponse.rewrite(url, { request: { headers: requestHeaders } });
  response.headers.append("Vary", "Cookie, Accept-Language");
  return response;
}

/** Pages, not route handlers, Next's own files or files with an extension (icon.svg, robots.txt). */
export function isPage(pathname: string): boolean {
  return !/^\/(api|_next|_vercel)(\/|$)/.test(pathname) && !/\/[^/]*\.[^/]*$/.test(pathname);
}
