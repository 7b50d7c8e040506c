#!/usr/bin/env node
/**
 * First-load JavaScript budget, measured from the production build (run `next build` first).
 *
 * For each route it serves the build (scripts/server.mjs on a loopback port: the pages render per
 * request, for the CSP nonce), reads the route's HTML, takes every script the page loads from
 * /_next/static/, and adds up their gzip sizes (zlib level 9, what a static server
 * with gzip_static or a CDN serves). Not counted: inline scripts (the RSC payload is part of the
 * HTML document) and `nomodule` scripts (legacy polyfills, which browsers that run ES modules
 * never download). Chunks the page imports dynamically after it has loaded are listed apart, as
 * "loaded after first load", and do not count. Exits 1 when a route is over budget.
 *
 *   node scripts/check-bundle-size.mjs            checks "/" (English and Chinese) against 150 kB
 */
import { existsSync, readFileSync } from "node:fs";
import { serveProductionBuild } from "./production-build.mjs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

// The proxy serves `/` in the language the request asks for (lib/i18n/proxy.ts): both are measured.
const BUDGETS = [
  { route: "/", lang: "en", budgetBytes: 150_000 },
  { route: "/", lang: "zh-CN", budgetBytes: 150_000 },
];
const next = join(process.cwd(), ".next");

if (!existsSync(join(next, "BUILD_ID"))) {
  console.error("bundle-size: no production build in .next: run `next build` first");
  process.exit(1);
}
const server = await serveProductionBuild();
let failed = false;
for (const { route, lang, budgetBytes } of BUDGETS) {
  const page = await (await fetch(server.url + route, { headers: { Cookie: `NEXT_LOCALE=${lang}` } })).text();
  const tags = [...page.matchAll(/<script[^>]+src="(\/_next\/static\/[^"]+\.js)"[^>]*>/g)];
  const sources = [...new Set(tags.filter((m) => !/\bnomodule\b/i.test(m[0])).map((m) => m[1]))];
  const skipped = tags.filter((m) => /\bnomodule\b/i.test(m[0])).map((m) => m[1]);
  let total = 0;
  const rows = sources.map((src) => {
    const bytes = readFileSync(join(next, src.replace(/^\/_next\//, ""))) ;
    const gz = gzipSync(bytes, { level: 9 }).length;
    total += gz;
    return { src, raw: bytes.length, gz };
  });
  rows.sort((a, b) => b.gz - a.gz);
  console.log(`first-load JS for ${route} (${lang}): ${sources.length} scripts`);
  for (const r of rows) console.log(`  ${(r.gz / 1000).toFixed(1).padStart(6)} kB gz  ${(r.raw / 1000).toFixed(1).padStart(6)} kB raw  ${r.src}`);
  const ok = total <= budgetBytes;
  for (const src of skipped) console.log(`  (not counted: nomodule polyfill ${src})`);
  console.log(`  total ${(total / 1000).toFixed(1)} kB gzipped; budget ${(budgetBytes / 1000).toFixed(0)} kB: ${ok ? "within budget" : "OVER BUDGET"}`);
  if (!ok) failed = true;
}
server.stop();
process.exit(failed ? 1 : 0);
