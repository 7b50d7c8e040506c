/**
 * Issue 15: the screening page's JavaScript carries only the part of the English catalog that the
 * core and the screening views format (messages/generated/en.core.json, lib/core/english-core.ts),
 * not the whole of messages/en.json. Checked on every script `/` loads until its results are up,
 * by content, so the result does not depend on machine load.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import en from "@/messages/en.json";
import { ENGLISH_CORE_NAMESPACES } from "@/scripts/generate-english-core";
import { sampleOf } from "./support/catalog-sample";
import { launchBrowser } from "./support/server";

const baseURL = inject("baseURL");

describe("the screening page's scripts", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("carry the English the core formats but not the rest of the catalog", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts: Promise<string>[] = [];
    page.on("response", (res) => {
      if (res.request().resourceType() === "script") scripts.push(res.text());
    });
    try {
      await page.goto(`${baseURL}/`, { waitUntil: "networkidle" });
      await page.getByText("NCT06242405").first().waitFor();
      const code = (await Promise.all(scripts)).join("\n");

      // errorPage's words are also written in components/errors/error-text.ts, on purpose (the
      // error boundaries work without a catalog), so its sample is found whatever the catalog does.
      const inSubset = new Set<string>([...ENGLISH_CORE_NAMESPACES, "errorPage"]);
      const outside = Object.entries(en)
        .filter(([namespace]) => !inSubset.has(namespace))
        .map(([namespace, node]) => [namespace, sampleOf(node)] as const)
        .filter((entry): entry is readonly [string, string] => entry[1] !== undefined);
      expect(outside.length).toBeGreaterThan(10);
      // The form's own labels are bundled (the subset), so a missing sample means the check works.
      expect(code).toContain(en.fields.labs.bilirubin);
      const shipped = outside.filter(([, text]) => code.includes(text)).map(([namespace]) => namespace);
      expect(shipped).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
