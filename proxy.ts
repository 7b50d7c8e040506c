/**
 * Next 16's request proxy (formerly middleware). A thin composition: each concern lives in its own
 * module (the CSP nonce and transport headers in lib/server/security-headers.ts).
 */
import type { NextRequest } from "next/server";
import { withSecurityHeaders } from "@/lib/server/security-headers";

export function proxy(request: NextRequest) {
  return withSecurityHeaders(request);
}

export const config = {
  // Every page and route handler; not the hashed static files (scripts and styles, whose CSP
  // would have no effect) and not the router's prefetches (Next.js's CSP guide).
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
