/**
 * The Content-Security-Policy and the transport headers of every page, set per request by
 * proxy.ts (a fresh nonce each time). The static headers that don't change per request
 * (Referrer-Policy, nosniff, Permissions-Policy, COOP, CORP) are in next.config.js.
 *
 * script-src is strict (https://web.dev/articles/strict-csp, and Next.js's guide
 * node_modules/next/dist/docs/01-app/02-guides/content-security-policy.md): only scripts carrying
 * this response's nonce run, and the scripts they load ('strict-dynamic'); no 'unsafe-inline', no
 * host allow-list, no 'unsafe-eval' in production. Next.js reads the nonce from the request's
 * Content-Security-Policy header while rendering and puts it on its own scripts, which is why the
 * pages render per request (app/layout.tsx awaits connection()).
 *
 * `next dev` adds 'unsafe-eval': React's development build uses eval to rebuild server error
 * stacks in the browser (the guide above). The production build never gets it.
 *
 * style-src keeps 'unsafe-inline': React writes style attributes, which nonces cannot cover;
 * styles cannot run code.
 */
import { NextResponse, type NextRequest } from "next/server";

/** 128 random bits, base64: unguessable and unique per response. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Served over HTTPS, directly or behind the site's TLS-terminating reverse proxy. */
function isHttps(request: NextRequest): boolean {
  return request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

/** One year; browsers then refuse plain HTTP to this host. Only ever sent over HTTPS (RFC 6797 §7.2). */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000";

/**
 * Runs `respond` (the rest of the proxy: `NextResponse.next`, or a rewrite) with request headers
 * that carry the nonce's policy, and returns its response with the policy and, over HTTPS, HSTS.
 */
export function withSecurityHeaders(
  request: NextRequest,
  respond: (requestHeaders: Headers) => NextResponse = (headers) => NextResponse.next({ request: { headers } }),
): NextResponse {
  const policy = contentSecurityPolicy(newNonce(), { development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = respond(requestHeaders);
  response.headers.set("Content-Security-Policy", policy);
  if (isHttps(request)) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}
