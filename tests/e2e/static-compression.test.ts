/**
 * Issue 15: the production server (scripts/server.mjs, as `npm start` runs it) sends the build's
 * scripts and styles brotli-compressed to a browser that accepts brotli, byte for byte the files
 * of the build once decoded, with the same security headers as every other response.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, projectRoot } from "./support/server";

const baseURL = inject("baseURL");

describe("the static files of the screening page", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const locale of ["en", "zh-CN"]) {
    it(`reach Chromium brotli-compressed and decode to the build's files (${locale})`, async () => {
      const context = await browser.newContext();
      await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
      const page = await context.newPage();
      const checked: Promise<void>[] = [];
      const seen: string[] = [];
      page.on("response", (res) => {
        const path = new URL(res.url()).pathname;
        if (!path.startsWith("/_next/static/") || !/\.(js|css)$/.test(path)) return;
        seen.push(path);
        checked.push(
          (async () => {
            const headers = await res.allHeaders();
            expect(headers["content-encoding"], path).toBe("br");
            expect(headers["x-content-type-options"], path).toBe("nosniff");
            expect(headers["cross-origin-resource-policy"], path).toBe("same-origin");
            expect(headers["cache-control"], path).toBe("public, max-age=31536000, immutable");
            const file = readFileSync(join(projectRoot, ".next", path.slice("/_next/".length)));
            expect((await res.body()).equals(file), `${path} decodes to the build's file`).toBe(true);
          })(),
        );
      });
      await page.goto(`${baseURL}/`);
      await page.locator("#results [data-trial]").first().waitFor({ timeout: 60_000 });
      await Promise.all(checked);
      expect(seen.filter((p) => p.endsWith(".js")).length).toBeGreaterThan(5);
      expect(seen.some((p) => p.endsWith(".css"))).toBe(true);
      await context.close();
    });
  }

  it("go gzip-compressed, by Next.js, to a client that does not accept brotli", async () => {
    const html = await (await fetch(`${baseURL}/`)).text();
    const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const response = await fetch(`${baseURL}${script}`, { headers: { "accept-encoding": "gzip" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(join(projectRoot, ".next", script!.slice("/_next/".length))))).toBe(true);
  });
});
