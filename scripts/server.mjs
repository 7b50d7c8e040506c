#!/usr/bin/env node
/**
 * The production server (`npm start` runs it, after the build): Next.js's own request handler
 * behind a Node HTTP server that first serves the build's static files brotli-compressed
 * (lib/server/brotli-static.mjs). Pages, API routes and the proxy (CSP, sessions) are Next.js's,
 * unchanged; `next start` would be the same without brotli. Telemetry stays off.
 *
 *   node scripts/server.mjs [--port 3000] [--hostname 0.0.0.0]
 *
 * Needs a production build (.next); PORT and HOSTNAME in the environment work as for `next start`.
 */
import { createServer } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { precompressStaticFiles, serveBrotliStatic } from '../lib/server/brotli-static.mjs';
import { NEXT_ENV, root } from './production-build.mjs';

Object.assign(process.env, NEXT_ENV);
// @ts-expect-error NODE_ENV is read-only in Next's types, but a plain variable here.
process.env.NODE_ENV = 'production';

const usage = 'usage: node scripts/server.mjs [--port <port>] [--hostname <host>]';
let options;
try {
  ({ values: options } = parseArgs({
    options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
    strict: true,
  }));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
  process.exit(2);
}
const port = Number(options.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`not a port: ${options.port ?? process.env.PORT}\n${usage}\n`);
  process.exit(2);
}
// Like `next start`: every interface unless told otherwise.
const hostname = options.hostname ?? process.env.HOSTNAME;

const staticDir = join(root, '.next', 'static');
const { written, failed } = precompressStaticFiles(staticDir);
if (written > 0 || failed > 0) {
  process.stdout.write(`static files compressed with brotli: ${written}${failed ? `, ${failed} left to gzip (not writable)` : ''}\n`);
}

const { default: next } = await import('next');
const app = next({ dev: false, dir: root, hostname: hostname ?? 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  if (serveBrotliStatic(request, response, staticDir)) return;
  void handle(request, response);
});
server.listen(port, hostname, () => {
  const address = server.address();
  const shown = typeof address === 'object' && address ? `${hostname ?? 'localhost'}:${address.port}` : String(address);
  process.stdout.write(`Next.js production server ready on http://${shown}\n`);
});

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Open keep-alive connections would hold close() up: end them.
    server.closeAllConnections();
  });
}
