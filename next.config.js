// @ts-check
import createNextIntlPlugin from 'next-intl/plugin';
import { STATIC_SECURITY_HEADERS } from './lib/server/static-headers.mjs';

// Security headers that don't change per request: lib/server/static-headers.mjs.

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
    return [{ source: '/:path*', headers: STATIC_SECURITY_HEADERS }];
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
