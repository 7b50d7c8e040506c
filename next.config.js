// @ts-check
import createNextIntlPlugin from 'next-intl/plugin';

/**
 * Security headers for every route that don't change per request. The Content-Security-Policy
 * (with a fresh nonce per response) and HSTS (over HTTPS) are set by proxy.ts, from
 * lib/server/security-headers.ts.
 */

// Deny powerful features. Only list tokens Chromium recognises: an unknown token
// (e.g. `bluetooth`) makes Chrome log a security warning on every page load,
// which Lighthouse and the e2e smoke test flag.
const permissionsPolicy = [
  'accelerometer=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'interest-cohort=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'serial=()',
  'usb=()',
].join(', ');

/** @type {{ key: string, value: string }[]} */
const securityHeaders = [
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: permissionsPolicy },
  // No other site's window keeps a handle on ours, and no other site may embed our responses.
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // PGlite loads its WASM and data files from its own package folder; pg has optional native
  // parts. Both run from node_modules, not bundled (screening log, lib/server/db).
  serverExternalPackages: ['@electric-sql/pglite', 'pg'],
  // forbidden() and app/forbidden.tsx: a signed-in user whose role may not see a page gets a 403.
  experimental: { authInterrupts: true },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

// next-intl: the request configuration (locale and catalogs) is i18n/request.ts.
// `precompile`: the catalogs (messages/*.json, wherever they are imported) are compiled from ICU
// to icu-minify's compact form at build time, so the browser ships neither the ICU parser nor
// intl-messageformat, and formatting a message never parses it or resolves its locale again
// (issue 15: that was about a sixth of the screening page's script time under 4× CPU throttling).
// Unit tests import the JSON as is and format it with the full runtime: both read the same files.
const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
});

export default withNextIntl(nextConfig);
