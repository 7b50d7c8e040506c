/**
 * Issue 15: a page requests only what the coordinator asks for. Next.js would prefetch every
 * linked route in view (its data, decoded on the main thread: a long task of its own on a slow
 * PC); the app's links turn that off (components/navigation/link.tsx).
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/server";

const baseURL = inject("baseURL");

describe("route prefetching", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("leaves links working: the route is fetched on click", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseURL}/`);
    await page.locator("header nav a[href='/trials']").click();
    await page.waitForURL(`${baseURL}/trials`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.close();
  });

  for (const path of ["/", "/trials"]) {
    it(`is off: ${path} fetches no other route's data while it is open`, async () => {
      const page = await browser.newPage();
      const routeData: string[] = [];
      page.on("request", (request) => {
        const url = new URL(request.url());
        if (url.searchParams.has("_rsc") || request.headers()["next-router-prefetch"]) routeData.push(`${url.pathname}${url.search}`);
      });
      await page.goto(`${baseURL}${path}`);
      if (path === "/") await page.locator("#results [data-trial]").first().waitFor({ timeout: 60_000 });
      // Next.js prefetches links in view once the browser is idle.
      await page.waitForTimeout(2500);
      expect(routeData).toEqual([]);
      await page.close();
    });
  }
});
