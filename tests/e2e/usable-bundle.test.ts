/**
 * Issue 15: the screening form is usable before zod, the profile schema and the English catalog
 * have arrived. The scripts whose response ended before the form's first input was enabled carry
 * none of them, in either language; the form's checks (components/screening/form-checks.ts) load
 * right after. What is typed or restored before they arrive is kept, then validated, warned about
 * and screened once they do. Checked by content and by holding the checks' scripts back, never by
 * time, so the results do not depend on machine load.
 */
import type { Browser, BrowserContext, Page, Route } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import en from "@/messages/en.json";
import { DRAFT_KEY } from "@/lib/view/draft";
import { defaultFormValues } from "@/lib/view/form";
import { sampleOf } from "./support/catalog-sample";
import { launchBrowser } from "./support/server";

const baseURL = inject("baseURL");

/** zod's code: its error classes keep these names through minification. */
const ZOD = /\$ZodType|ZodError/;

// errorPage's words are also written in components/errors/error-text.ts, on purpose (the error
// boundaries work without a catalog), so they are in the layout's scripts whatever the form does.
const ENGLISH = Object.entries(en)
  .filter(([namespace]) => namespace !== "errorPage")
  .map(([namespace, node]) => [namespace, sampleOf(node)] as const)
  .filter((entry): entry is readonly [string, string] => entry[1] !== undefined);

/** Notes when the form's first input is enabled, as scripts/profile-ui.ts and bench-ui.ts do. */
const USABLE_OBSERVER = `new MutationObserver((_, o) => { if (document.querySelector("form input:not([disabled]), form select:not([disabled])")) { window.__usableAt = performance.now(); o.disconnect(); } }).observe(document, { subtree: true, childList: true, attributes: true });`;

type Script = { url: string; code: string; beforeUsable: boolean };

describe("the screening form, usable before its checks", () => {
  let browser: Browser;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  async function newPage(locale = "en"): Promise<Page> {
    context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
    await context.addInitScript({ content: USABLE_OBSERVER });
    return context.newPage();
  }

  const usable = (page: Page) => page.waitForFunction(() => (window as unknown as { __usableAt?: number }).__usableAt !== undefined);

  for (const locale of ["en", "zh-CN"]) {
    it(`loads no script with zod or the English catalog until the form is usable (${locale})`, async () => {
      const page = await newPage(locale);
      const bodies = new Map<string, Promise<string>>();
      page.on("response", (res) => {
        if (res.request().resourceType() === "script") bodies.set(res.url(), res.text());
      });
      await page.goto(`${baseURL}/`);
      await usable(page);
      // Then everything else, so that the checks below are seen to find what they look for.
      await page.locator("article[data-trial]").first().waitFor();
      await page.waitForLoadState("networkidle");
      const before = await page.evaluate(() => {
        const at = (window as unknown as { __usableAt: number }).__usableAt;
        return performance
          .getEntriesByType("resource")
          .filter((e) => (e as PerformanceResourceTiming).responseEnd <= at)
          .map((e) => e.name);
      });
      const scripts: Script[] = await Promise.all(
        [...bodies].map(async ([url, body]) => ({ url, code: await body, beforeUsable: before.includes(url) })),
      );
      const untilUsable = scripts.filter((s) => s.beforeUsable);
      const later = scripts.filter((s) => !s.beforeUsable);

      // The form's own code is among the scripts until usable (its sections' message keys).
      expect(untilUsable.some((s) => s.code.includes("form.sections.demographics"))).toBe(true);
      expect(untilUsable.filter((s) => ZOD.test(s.code)).map((s) => s.url)).toEqual([]);
      const english = ENGLISH.filter(([, text]) => untilUsable.some((s) => s.code.includes(text))).map(([namespace]) => namespace);
      expect(english).toEqual([]);

      // What the form left out does arrive, after: zod, and the English the core formats.
      expect(later.some((s) => ZOD.test(s.code))).toBe(true);
      const validationSentence = sampleOf(en.validation);
      expect(validationSentence).toBeDefined();
      expect(later.some((s) => s.code.includes(validationSentence as string))).toBe(true);
    });
  }

  /** Holds back every script that carries zod (the form's checks, and the results) until `release`. */
  async function holdChecks(page: Page): Promise<{ held: () => number; release: () => void }> {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let held = 0;
    await page.route("**/_next/static/**/*.js", async (route: Route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (ZOD.test(body)) {
        held += 1;
        await gate;
      }
      await route.fulfill({ response, body });
    });
    return { held: () => held, release };
  }

  const alert = (page: Page, text: string) => page.getByRole("alert").filter({ hasText: text });
  const group = (page: Page, name: string) => page.getByRole("group", { name, exact: true });
  const card = (page: Page, trialId: string) => page.locator(`article[data-trial="${trialId}"]`);

  it("keeps what is typed before the checks arrive, then validates, warns about and screens it", async () => {
    const page = await newPage();
    const checks = await holdChecks(page);
    await page.goto(`${baseURL}/`);
    await usable(page);
    await page.getByLabel("Screening label").fill("Bed 9");
    await page.getByLabel("Age", { exact: true }).fill("abc");
    await page.getByLabel("Total bilirubin", { exact: true }).fill("25");
    await group(page, "HIV infection").getByText("Yes", { exact: true }).click();

    // The checks are held: the form took every keystroke, and has judged nothing yet.
    await expect.poll(() => checks.held()).toBeGreaterThan(0);
    expect(await page.getByLabel("Age", { exact: true }).inputValue()).toBe("abc");
    expect(await page.getByLabel("Total bilirubin", { exact: true }).inputValue()).toBe("25");
    expect(await alert(page, "Age: enter a number").count()).toBe(0);
    expect(await page.getByText("25 mg/dL is very high").count()).toBe(0);

    checks.release();
    await expect.poll(() => alert(page, "Age: enter a number").count()).toBe(1);
    await expect.poll(() => page.getByText("25 mg/dL is very high").count()).toBeGreaterThan(0);
    // The results read everything typed: HIV excludes NCT06242405, and the bad age is counted.
    await expect.poll(async () => (await card(page, "NCT06242405").textContent()) ?? "").toContain("Not eligible");
    await expect.poll(() => page.getByText("1 field has an error and is treated as unknown.").count()).toBeGreaterThan(0);
    expect(await page.getByLabel("Screening label").inputValue()).toBe("Bed 9");
    expect(await page.getByLabel("Age", { exact: true }).inputValue()).toBe("abc");
    // A correction is validated at once, now that the checks are there.
    await page.getByLabel("Age", { exact: true }).fill("56");
    await expect.poll(() => alert(page, "Age: enter a number").count()).toBe(0);
  });

  it("restores a draft before the checks arrive, keeps what is typed next, and validates both once they do", async () => {
    const page = await newPage();
    const values = defaultFormValues();
    values.screeningLabel = "Bed 3";
    values.demographics.ageYears = "abc";
    const draft = { version: 1, values, confirmations: { NCT06242405: { INCL03: { outcome: "met", note: "seen by PI" } } } };
    await page.addInitScript(
      ([key, text]) => {
        if (window.sessionStorage.getItem(key) === null) window.sessionStorage.setItem(key, text);
      },
      [DRAFT_KEY, JSON.stringify(draft)] as const,
    );
    const checks = await holdChecks(page);
    await page.goto(`${baseURL}/`);
    await usable(page);
    // Restored with the form's first render, before anything could be typed over it.
    expect(await page.getByLabel("Screening label").inputValue()).toBe("Bed 3");
    expect(await page.getByLabel("Age", { exact: true }).inputValue()).toBe("abc");
    await page.getByLabel("Total bilirubin", { exact: true }).fill("3");
    await expect.poll(() => checks.held()).toBeGreaterThan(0);
    expect(await alert(page, "Age: enter a number").count()).toBe(0);

    checks.release();
    await expect.poll(() => alert(page, "Age: enter a number").count()).toBe(1);
    expect(await page.getByLabel("Screening label").inputValue()).toBe("Bed 3");
    expect(await page.getByLabel("Age", { exact: true }).inputValue()).toBe("abc");
    expect(await page.getByLabel("Total bilirubin", { exact: true }).inputValue()).toBe("3");
    // The confirmation came back with the draft (read without zod), note and all.
    await card(page, "NCT06242405").getByText("Criteria for NCT06242405").click();
    const confirmation = page.getByRole("group", { name: "Coordinator confirmation for INCL03" });
    expect(await confirmation.getByRole("radio", { name: "Confirmed met" }).isChecked()).toBe(true);
    // And the draft now holds both: what was restored and what was typed.
    await expect
      .poll(() => page.evaluate((key) => window.sessionStorage.getItem(key) ?? "", DRAFT_KEY))
      .toMatch(/"value":"3".*"outcome":"met","note":"seen by PI"/s);
    expect(await page.evaluate((key) => window.sessionStorage.getItem(key) ?? "", DRAFT_KEY)).toContain('"screeningLabel":"Bed 3"');
  });
});
