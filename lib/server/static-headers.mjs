// @ts-check
/**
 * The security headers of every response that don't change per request: next.config.js sets them
 * on everything Next.js serves, and scripts/server.mjs on the static files it serves itself
 * (brotli-compressed). The Content-Security-Policy (with a fresh nonce per response) and HSTS (over
 * HTTPS) are set per page by proxy.ts, from lib/server/security-headers.ts. Plain JavaScript,
 * because next.config.js and the server script load it without a TypeScript step.
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
export const STATIC_SECURITY_HEADERS = [
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: permissionsPolicy },
  // No other site's window keeps a handle on ours, and no other site may embed our responses.
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];
