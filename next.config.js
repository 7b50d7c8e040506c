// @ts-check
import createNextIntlPlugin from 'next-intl/plugin';

/**
 * Security headers for every route.
 *
 * CSP choice: the app is statically rendered and does not use nonces (nonces
 * force dynamic rendering of every page). Next.js App Router emits inline
 * bootstrap/flight-data <script> tags, so script-src needs 'unsafe-inline'
 * (the documented "Without Nonces" option). No third-party origins anywhere;
 * 'unsafe-eval' is only added for `next dev` (React dev tooling uses eval) and
 * never in production builds.
 */
const isProduction = process.env.NODE_ENV === 'production';

const cspDirectives = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isProduction ? '' : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

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
  { key: 'Content-Security-Policy', value: cspDirectives.join('; ') },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: permissionsPolicy },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

// next-intl: the request configuration (locale and catalogs) is i18n/request.ts.
const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

export default withNextIntl(nextConfig);
