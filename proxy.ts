/**
 * Next 16's request proxy (formerly middleware). A thin composition: each concern lives in its own
 * module (the CSP nonce and transport headers in lib/server/security-headers.ts, the language in
 * lib/i18n/proxy.ts).
 */
import type { NextRequest } from "next/server";
import { isPrefetch, localeRewrite } from "@/lib/i18n/proxy";
import { withSecurityHeaders } from "@/lib/server/security-headers";

export function proxy(request: NextRequest) {
  // The router's prefetches need the language's page too, but no CSP (Next.js's CSP guide).
  if (isPrefetch(request)) return localeRewrite(request, request.headers);
  return withSecurityHeaders(request, (headers) => localeRewrite(request, headers));
}

export const config = {
  // Every page and route handler; not the hashed static files (scripts and styles, whose CSP
  // would have no effect).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
