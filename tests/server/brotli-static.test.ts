/**
 * Brotli for the build's static files (lib/server/brotli-static.mjs, served by scripts/server.mjs):
 * which requests get it, that the bytes decode to the file exactly, with the headers Next.js would
 * send, and that nothing outside /_next/static is ever read.
 */
import { once } from "node:events";
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync, existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptsBrotli, brotliFileFor, precompressStaticFiles, serveBrotliStatic } from "@/lib/server/brotli-static.mjs";
import { STATIC_SECURITY_HEADERS } from "@/lib/server/static-headers.mjs";

const SCRIPT = `export const greeting = ${JSON.stringify("hello ".repeat(2000))};\n`;

function buildFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "brotli-static-"));
  mkdirSync(join(dir, "static", "chunks"), { recursive: true });
  writeFileSync(join(dir, "static", "chunks", "app.js"), SCRIPT);
  writeFileSync(join(dir, "static", "chunks", "tiny.js"), "1");
  writeFileSync(join(dir, "static", "chunks", "font.woff2"), Buffer.alloc(4000, 7));
  writeFileSync(join(dir, "secret.json"), JSON.stringify({ password: "x".repeat(500) }));
  return dir;
}

describe("acceptsBrotli", () => {
  it.each([
    ["gzip, deflate, br, zstd", true],
    ["br", true],
    ["gzip;q=1.0, br;q=0.5", true],
    ["BR", true],
    ["gzip, deflate", false],
    ["br;q=0", false],
    ["*", false],
    ["", false],
    [undefined, false],
  ])("reads %j as %s", (header, expected) => {
    expect(acceptsBrotli(header)).toBe(expected);
  });
});

describe("precompressStaticFiles", () => {
  it("writes a .br beside each compressible file that decodes to it exactly, and skips what brotli cannot shrink", () => {
    const dir = buildFolder();
    const result = precompressStaticFiles(join(dir, "static"));
    expect(result).toEqual({ written: 1, failed: 0 });
    expect(brotliDecompressSync(readFileSync(join(dir, "static", "chunks", "app.js.br"))).toString()).toBe(SCRIPT);
    expect(existsSync(join(dir, "static", "chunks", "tiny.js.br")), "1 byte: brotli is larger").toBe(false);
    expect(existsSync(join(dir, "static", "chunks", "font.woff2.br")), "fonts are compressed already").toBe(false);
  });

  it("recompresses a file that changed after its .br was written, and leaves fresh ones alone", () => {
    const dir = buildFolder();
    const file = join(dir, "static", "chunks", "app.js");
    precompressStaticFiles(join(dir, "static"));
    expect(precompressStaticFiles(join(dir, "static")).written).toBe(0);
    writeFileSync(file, SCRIPT.replace("hello", "bye"));
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    expect(precompressStaticFiles(join(dir, "static")).written).toBe(1);
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toContain("bye");
  });
});

describe("brotliFileFor", () => {
  const dir = buildFolder();
  precompressStaticFiles(join(dir, "static"));
  const staticDir = join(dir, "static");

  it("finds the compressed file of a script under /_next/static/", () => {
    expect(brotliFileFor(staticDir, "/_next/static/chunks/app.js")).toMatchObject({
      file: join(staticDir, "chunks", "app.js.br"),
      type: "application/javascript; charset=UTF-8",
      size: readFileSync(join(staticDir, "chunks", "app.js.br")).length,
    });
  });

  it.each([
    "/_next/static/../secret.json",
    "/_next/static/chunks/../../secret.json",
    "/_next/static/%2e%2e/secret.json",
    "/_next/static/chunks/app.js?x=1",
    "/_next/static//chunks/app.js",
    "/_next/static/./chunks/app.js",
    "/secret.json",
    "/_next/static/chunks/tiny.js",
    "/_next/static/chunks/missing.js",
    "/_next/static/chunks/app.js.br",
  ])("serves nothing itself for %s (Next.js answers it)", (url) => {
    expect(brotliFileFor(staticDir, url)).toBeUndefined();
  });
});

describe("serveBrotliStatic over HTTP", () => {
  let server: Server;
  let base = "";
  let fallbacks = 0;
  const dir = buildFolder();
  const staticDir = join(dir, "static");
  precompressStaticFiles(staticDir);

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (serveBrotliStatic(request, response, staticDir)) return;
      fallbacks += 1;
      response.statusCode = 299;
      response.end("next");
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  async function get(path: string, encoding: string, method = "GET") {
    // fetch would decode; node:http's request keeps the bytes as sent.
    const { request } = await import("node:http");
    return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      const req = request(`${base}${path}`, { method, headers: { "accept-encoding": encoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on("error", reject);
      req.end();
    });
  }

  it("answers a browser that accepts br with the compressed bytes and Next.js's headers", async () => {
    const res = await get("/_next/static/chunks/app.js", "gzip, deflate, br, zstd");
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["content-type"]).toBe("application/javascript; charset=UTF-8");
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(res.headers["vary"]).toBe("Accept-Encoding");
    expect(Number(res.headers["content-length"])).toBe(res.body.length);
    for (const { key, value } of STATIC_SECURITY_HEADERS) expect(res.headers[key.toLowerCase()], key).toBe(value);
    expect(brotliDecompressSync(res.body).toString()).toBe(SCRIPT);
    expect(res.body.length).toBeLessThan(SCRIPT.length / 10);
  });

  it("answers HEAD with the headers and no body", async () => {
    const res = await get("/_next/static/chunks/app.js", "br", "HEAD");
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.body.length).toBe(0);
  });

  it("leaves a browser without br, another method and any other path to Next.js", async () => {
    const before = fallbacks;
    expect((await get("/_next/static/chunks/app.js", "gzip")).status).toBe(299);
    expect((await get("/_next/static/chunks/app.js", "br", "POST")).status).toBe(299);
    expect((await get("/_next/static/../secret.json", "br")).status).toBe(299);
    expect((await get("/", "br")).status).toBe(299);
    expect(fallbacks - before).toBe(4);
  });
});
