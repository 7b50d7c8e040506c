// @ts-check
/**
 * Brotli for the build's static files (issue 15: the JavaScript a slow hospital PC downloads
 * before the form is usable). `next start` compresses with gzip only: the `compression` package
 * it bundles has no brotli. Brotli at quality 11 makes the screening page's scripts about 14%
 * smaller than gzip on the wire (RFC 7932; quality 11 is the densest setting, affordable because
 * each file is compressed once, not per request).
 *
 * The files under .next/static are content-hashed and never change for a build, so each is
 * compressed once, when the server starts (`<file>.br` beside it, written atomically), and served
 * as is to every browser that accepts `br`. A browser that does not, a file that is missing or
 * any other path goes to Next.js unchanged. Plain JavaScript: scripts/server.mjs runs without a
 * TypeScript step.
 */
import { createReadStream, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { STATIC_SECURITY_HEADERS } from './static-headers.mjs';

export const STATIC_URL_PREFIX = '/_next/static/';

/** What is worth compressing, with the Content-Type Next.js serves it with. */
const TYPES = /** @type {Record<string, string>} */ ({
  '.js': 'application/javascript; charset=UTF-8',
  '.css': 'text/css; charset=UTF-8',
  '.json': 'application/json; charset=UTF-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=UTF-8',
});

/** The content-hashed files of a build never change: a browser may keep them a year (as Next.js says). */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** @param {string} dir @returns {string[]} */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Writes `<file>.br` for every compressible file under `staticDir` that has none newer, and only
 * where brotli is smaller. Returns how many were written. A read-only build folder is not an
 * error: those files are then served gzip-compressed by Next.js.
 * @param {string} staticDir
 * @returns {{ written: number, failed: number }}
 */
export function precompressStaticFiles(staticDir) {
  let written = 0;
  let failed = 0;
  for (const file of filesUnder(staticDir)) {
    if (!(extname(file) in TYPES)) continue;
    try {
      // Up to date when written after its file (a build that reused a name rewrote the file).
      if (existsSync(`${file}.br`) && statSync(`${file}.br`).mtimeMs >= statSync(file).mtimeMs) continue;
      const bytes = readFileSync(file);
      const compressed = brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      });
      if (compressed.length >= bytes.length) {
        rmSync(`${file}.br`, { force: true });
        continue;
      }
      // Atomically: a crash mid-write never leaves a truncated .br that would be served.
      const temporary = `${file}.br.${process.pid}.tmp`;
      writeFileSync(temporary, compressed);
      renameSync(temporary, `${file}.br`);
      written += 1;
    } catch {
      failed += 1;
    }
  }
  return { written, failed };
}

/**
 * Whether an Accept-Encoding header accepts brotli: `br` listed with a quality above 0
 * (RFC 9110 §12.5.3). A wildcard is not taken as consent: such clients get what Next.js sends.
 * @param {string | string[] | undefined} header
 */
export function acceptsBrotli(header) {
  const value = Array.isArray(header) ? header.join(',') : header ?? '';
  return value.split(',').some((part) => {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (name !== 'br') return false;
    const q = params.find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/**
 * The brotli file for a request path, or undefined when this request is not one to serve: only
 * plain paths under /_next/static/ (no `..`, no encoded characters, no query), inside the folder.
 * @param {string} staticDir
 * @param {string} url
 */
export function brotliFileFor(staticDir, url) {
  if (!url.startsWith(STATIC_URL_PREFIX)) return undefined;
  const relative = url.slice(STATIC_URL_PREFIX.length);
  if (!/^[A-Za-z0-9_.~-]+(\/[A-Za-z0-9_.~-]+)*$/.test(relative) || relative.split('/').some((s) => s === '..' || s === '.')) return undefined;
  if (!(extname(relative) in TYPES)) return undefined;
  const base = resolve(staticDir);
  const file = resolve(base, relative);
  if (!file.startsWith(base + sep)) return undefined;
  const compressed = `${file}.br`;
  try {
    const stats = statSync(compressed);
    return stats.isFile() ? { file: compressed, type: TYPES[extname(relative)] ?? 'application/octet-stream', size: stats.size, mtime: stats.mtime } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Serves a GET or HEAD for a static file brotli-compressed when the browser accepts it and the
 * file has been compressed. Returns false (and writes nothing) when Next.js should answer.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {string} staticDir
 */
export function serveBrotliStatic(request, response, staticDir) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (!acceptsBrotli(request.headers['accept-encoding'])) return false;
  const found = brotliFileFor(staticDir, request.url ?? '');
  if (!found) return false;
  const { size, mtime } = found;
  for (const { key, value } of STATIC_SECURITY_HEADERS) response.setHeader(key, value);
  response.setHeader('Cache-Control', IMMUTABLE);
  response.setHeader('Content-Type', found.type);
  response.setHeader('Content-Encoding', 'br');
  response.setHeader('Content-Length', size);
  response.setHeader('Last-Modified', mtime.toUTCString());
  // Caches must keep the brotli and the gzip answer apart.
  response.setHeader('Vary', 'Accept-Encoding');
  if (request.method === 'HEAD') {
    response.end();
    return true;
  }
  const stream = createReadStream(found.file);
  stream.on('error', () => response.destroy());
  stream.pipe(response);
  return true;
}
