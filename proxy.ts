/**
 * Next 16's request proxy (formerly middleware). A thin composition: each concern lives in its own
 * module (the language in lib/i18n/proxy.ts).
 */
import type { NextRequest } from "next/server";
import { localeRewrite } from "@/lib/i18n/proxy";

export function proxy(request: NextRequest) {
  return localeRewrite(request);
}

export const config = {
  // Literal, as Next reads it at build time: lib/i18n/proxy.ts LOCALE_PROXY_MATCHER.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
