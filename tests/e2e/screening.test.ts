/**
 * The screening page in Chromium, against the production build: a coordinator fills in a chart
 * and reads the verdicts; the same with the keyboard only; a reload keeps the draft (in this tab's
 * sessionStorage only); axe-core finds no violations with results on screen.
 */
import { join } from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { DRAFT_KEY } from "@/lib/view/draft";
import { fieldDomId } from "@/lib/view/form";
import { launchBrowser, projectRoot } from "./support/server";
import { watchPageErrors } from "./support/page-errors";

const baseURL = inject("baseURL");

// Yes/no items, and the few choices answered the same way (liver failure: none).
const YES_NO: Record<string, "Yes" | "No" | "None"> = {
  "Liver failure": "None",
  Cirrhosis: "Yes",
  "Etiology: Hepatitis B (HBV)": "Yes",
  "Etiology: Hepatitis C (HCV)": "No",
  "Etiology: Alcohol-related": "No",
  "Etiology: Autoimmune hepatitis": "No",
  "Etiology: MASLD (metabolic)": "No",
  "Etiology: Primary biliary cholangitis": "No",
  "Etiology: Primary sclerosing cholangitis": "No",
  "Etiology: Other cause": "No",
  "Ascites ever": "Yes",
  "Variceal bleeding ever": "No",
  "Overt hepatic encephalopathy ever": "No",
  "Non-obstructive (hepatic) jaundice ever": "No",
  "Benign tumour of another organ": "No",
  "Dialysis in the past week": "No",
  "Suitable for liver transplantation": "No",
  "Donor liver available": "No",
  "Conservative treatment brought relief": "No",
  "Family history of liver malignancy (3 generations)": "No",
  "Liver transplant recipient": "No",
  "Acute myocardial infarction": "No",
  "Respiratory failure (type I or II)": "No",
  "Pulmonary embolism": "No",
  "Acute cerebral infarction": "No",
  "Acute cerebral haemorrhage": "No",
  "Other serious cardiopulmonary disease": "No",
  "Active infection (other than chronic viral hepatitis; sepsis and SBP count)": "No",
  Sepsis: "No",
  "Spontaneous bacterial peritonitis (current)": "No",
  "Past spontaneous bacterial peritonitis, on antibiotic prophylaxis now": "No",
  "On diuretics for ascites now": "Yes",
  "On lactulose or rifaximin for hepatic encephalopathy now": "No",
  "HIV infection": "No",
  "Renal failure": "No",
  "Severe disease of another vital organ": "No",
  "Significant extrahepatic biliary disease": "No",
  "Active portal or hepatic vein thrombosis": "No",
  "Hypersplenism needing splenectomy": "No",
  "Active bleeding": "No",
  "Serious bleeding tendency (documented)": "No",
  "Allergic asthma": "No",
  "Allergic urticaria": "No",
  Eczema: "No",
  "Multiple drug or food allergies": "No",
  "Treated for mental illness": "No",
  "Treated for alcohol use disorder or withdrawal": "No",
};

const NEVER = [
  "Interferon",
  "Systemic glucocorticoids",
  "Clinically significant upper GI bleeding",
  "Participation in another clinical trial",
];

const group = (page: Page, name: string) => page.getByRole("group", { name, exact: true });

/** Clicks the visible label of an option in a radio group, as a coordinator would. */
async function choose(page: Page, groupName: string, option: string) {
  await group(page, groupName).getByText(option, { exact: true }).click();
}

const card = (page: Page, trialId: string): Locator => page.locator(`article[data-trial="${trialId}"]`);

async function verdict(page: Page, trialId: string): Promise<string> {
  const text = (await card(page, trialId).textContent()) ?? "";
  return /Not eligible|Needs information|Pre-screen passed/.exec(text)?.[0] ?? "(none)";
}

async function expectVerdict(page: Page, trialId: string, expected: string) {
  await expect.poll(() => verdict(page, trialId), { timeout: 30_000 }).toBe(expected);
}

/** Presses Tab (or Shift+Tab) until the focused element satisfies `done`; fails after `max` presses. */
async function tabUntil(page: Page, done: (el: Element) => boolean, { max = 400, back = false } = {}) {
  const fn = `(${done.toString()})(document.activeElement)`;
  for (let i = 0; i < max; i++) {
    if (await page.evaluate(fn)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`focus never reached the target after ${max} presses; last: ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200))}`);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");


describe("screening page", () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async () => {
    await context?.close();
  });

  async function open(): Promise<{ page: Page; errors: string[] }> {
    context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    const errors = watchPageErrors(page, { failedResponses: true });
    await page.goto(`${baseURL}/`, { waitUntil: "networkidle" });
    await page.getByRole("heading", { level: 1, name: "Screening" }).waitFor();
    return { page, errors };
  }

  it("a coordinator fills in a chart and reads the verdicts", async () => {
    const { page, errors } = await open();
    for (const id of ["NCT01224327", "NCT05106972", "NCT06242405", "NCT06984497"]) await expectVerdict(page, id, "Needs information");

    await page.getByLabel("Screening label").fill("Bed 12 Tuesday");
    await page.getByLabel("Age", { exact: true }).fill("56");
    await choose(page, "Sex", "Male");
    for (const [name, answer] of Object.entries(YES_NO)) await choose(page, name, answer);
    await page.getByLabel("Years since HBV diagnosis").fill("12");
    await page.getByLabel("Current ascites").selectOption("mild");
    await page.getByLabel("Current hepatic encephalopathy (West Haven grade)").selectOption("0");

    // 2.5 mg/dL: below visible jaundice, which "jaundice ever: no" would contradict.
    await page.getByLabel("Total bilirubin", { exact: true }).fill("42.75");
    await page.getByLabel("Total bilirubin unit").selectOption("µmol/L");
    await expect.poll(() => page.locator(`#${fieldDomId("labs.bilirubin")}`).textContent()).toContain("= 2.5 mg/dL");
    await page.getByLabel("Albumin", { exact: true }).fill("29");
    await page.getByLabel("Albumin unit").selectOption("g/L");
    // Child–Pugh C (10 points): end-stage liver disease is decided, not referred to the investigator.
    await page.getByLabel("INR", { exact: true }).fill("2.4");
    await page.getByLabel("Prothrombin time (PT)").fill("14.5");
    await page.getByLabel("Control PT of the lab").fill("12");
    await page.getByLabel("Platelets").fill("85");
    await page.getByLabel("Creatinine", { exact: true }).fill("80");
    await page.getByLabel("Creatinine unit").selectOption("µmol/L");
    await page.getByLabel("Sodium").fill("134");

    for (const name of NEVER) await choose(page, name, "Never");
    await choose(page, "Systemic glucocorticoids", "Time since");
    await page.getByLabel("Systemic glucocorticoids: how long ago").fill("2");
    await page.getByLabel("Systemic glucocorticoids: unit of time").selectOption("years");
    await choose(page, "Human serum albumin infusion", "Time since");
    await page.getByLabel("Human serum albumin infusion: how long ago").fill("2");
    await page.getByLabel("Human serum albumin infusion: unit of time").selectOption("months");
    await page.getByLabel("Months of conservative medical treatment").fill("8");
    await choose(page, "Liver tumour (HCC or other)", "None");
    await choose(page, "Malignancy outside the liver", "None");
    await choose(page, "Heart failure", "None");

    await expectVerdict(page, "NCT06242405", "Pre-screen passed");
    await expectVerdict(page, "NCT06984497", "Pre-screen passed");
    await expectVerdict(page, "NCT05106972", "Pre-screen passed");
    await expectVerdict(page, "NCT01224327", "Not eligible");
    const scores = page.getByRole("region", { name: "Scores" });
    expect(await scores.textContent()).toMatch(/Child–PughClass C10 points/);

    // A slip: the PT is now more than 3 s over control, which NCT05106972 excludes.
    await page.getByLabel("Prothrombin time (PT)").fill("15.5");
    await expectVerdict(page, "NCT05106972", "Not eligible");
    await card(page, "NCT05106972").getByText("Criteria for NCT05106972").click();
    const violated = card(page, "NCT05106972").getByRole("group", { name: "Violated (1)" });
    expect(await violated.textContent()).toMatch(/EXCL06.*prolonged 3\.5 s (\(INR [\d.]+\) )?> 3 s/);
    expect(errors).toEqual([]);
  });

  it("works with the keyboard only, from the first field to a confirmed manual item", async () => {
    const { page, errors } = await open();
    await page.keyboard.press("Tab");

    await tabUntil(page, (el) => el.id === "field-screeningLabel");
    await page.keyboard.type("Bed 3");
    await tabUntil(page, (el) => el.id === "field-demographics-ageYears");
    await page.keyboard.type("85");
    await expectVerdict(page, "NCT06242405", "Not eligible");
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Backspace");
    await page.keyboard.type("56");
    await expectVerdict(page, "NCT06242405", "Needs information");

    // Radio groups: one Tab stop each, on the checked option (Unknown); arrows choose.
    await page.keyboard.press("Tab");
    expect(await focusedId(page)).toBe("field-demographics-sex-unknown");
    await page.keyboard.press("ArrowLeft");
    expect(await focusedId(page)).toBe("field-demographics-sex-male");

    await tabUntil(page, (el) => el.id === "field-liver-cirrhosis-unknown");
    await page.keyboard.press("ArrowRight"); // wraps to Yes
    expect(await page.locator("#field-liver-cirrhosis-yes").isChecked()).toBe(true);
    await tabUntil(page, (el) => el.id === "field-liver-everAscites-unknown");
    await page.keyboard.press("ArrowRight");
    expect(await page.locator("#field-liver-everAscites-yes").isChecked()).toBe(true);

    // Into the results: open NCT06242405's criteria with Enter.
    await tabUntil(page, (el) => el.tagName === "SUMMARY" && el.textContent === "Criteria for NCT06242405");
    await page.keyboard.press("Enter");
    const trial = card(page, "NCT06242405");
    await trial.getByRole("group", { name: /^Unknown/ }).waitFor();

    // Following "would be settled by" with Enter takes focus to the field.
    await tabUntil(page, (el) => el.tagName === "A" && el.textContent === "HIV infection" && !!el.closest("article"));
    await page.keyboard.press("Enter");
    expect(await focusedId(page)).toBe("field-conditions-hiv-unknown");
    await page.keyboard.press("ArrowLeft"); // No
    expect(await page.locator("#field-conditions-hiv-no").isChecked()).toBe(true);

    // Back to the trial: confirm a manual item "not met" and the verdict changes.
    await tabUntil(page, (el) => el.getAttribute("name") === "confirm-NCT06242405-EXCL04");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expectVerdict(page, "NCT06242405", "Not eligible");
    await page.keyboard.press("Tab");
    await page.keyboard.type("PI: not suitable");
    await expect
      .poll(() => page.evaluate((key) => window.sessionStorage.getItem(key) ?? "", DRAFT_KEY))
      .toContain("PI: not suitable");

    // Focus is always visible: the focused control (or its label) draws an outline.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe("none");
    expect(errors).toEqual([]);
  });

  it("keeps the draft across a reload, in this tab's sessionStorage only", async () => {
    const { page, errors } = await open();
    await page.getByLabel("Screening label").fill("Bed 7");
    await page.getByLabel("Age", { exact: true }).fill("abc");
    await choose(page, "Cirrhosis", "Yes");
    await page.getByLabel("Total bilirubin", { exact: true }).fill("51.3");
    await page.getByLabel("Total bilirubin unit").selectOption("µmol/L");
    await choose(page, "Interferon", "Time since");
    await page.getByLabel("Interferon: how long ago").fill("6");
    await page.getByLabel("Interferon: unit of time").selectOption("months");
    await card(page, "NCT06242405").getByText("Criteria for NCT06242405").click();
    await page.getByRole("group", { name: "Coordinator confirmation for INCL03" }).getByText("Confirmed met").click();
    await expect
      .poll(() => page.evaluate((key) => window.sessionStorage.getItem(key) ?? "", DRAFT_KEY))
      .toContain('"outcome":"met"');

    await page.reload({ waitUntil: "networkidle" });
    await expect.poll(() => page.getByLabel("Age", { exact: true }).inputValue()).toBe("abc");
    expect(await page.getByLabel("Screening label").inputValue()).toBe("Bed 7");
    expect(await page.locator("#field-liver-cirrhosis-yes").isChecked()).toBe(true);
    expect(await page.getByLabel("Total bilirubin", { exact: true }).inputValue()).toBe("51.3");
    expect(await page.getByLabel("Total bilirubin unit").inputValue()).toBe("µmol/L");
    expect(await page.getByLabel("Interferon: how long ago").inputValue()).toBe("6");
    expect(await page.getByLabel("Interferon: unit of time").inputValue()).toBe("months");
    await expect.poll(() => page.getByRole("alert").filter({ hasText: "Age: enter a number" }).count()).toBe(1);
    await card(page, "NCT06242405").getByText("Criteria for NCT06242405").click();
    expect(
      await page.getByRole("group", { name: "Coordinator confirmation for INCL03" }).getByRole("radio", { name: "Confirmed met" }).isChecked(),
    ).toBe(true);

    // Nowhere else: not localStorage, not a cookie, not the URL.
    const storage = await page.evaluate(() => ({
      local: window.localStorage.length,
      cookie: document.cookie,
      url: window.location.href,
      sessionKeys: Object.keys(window.sessionStorage),
    }));
    expect(storage).toEqual({ local: 0, cookie: "", url: `${baseURL}/`, sessionKeys: [DRAFT_KEY] });

    // New screening (after confirming) clears it.
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "New screening" }).click();
    await expect.poll(() => page.getByLabel("Age", { exact: true }).inputValue()).toBe("");
    await page.waitForTimeout(500);
    expect(await page.evaluate((key) => window.sessionStorage.getItem(key), DRAFT_KEY)).toBeNull();
    await page.reload({ waitUntil: "networkidle" });
    expect(await page.getByLabel("Screening label").inputValue()).toBe("");
    expect(errors).toEqual([]);
  });

  it("loads a saved profile from a file", async () => {
    const { page, errors } = await open();
    await page.getByLabel("Load profile (JSON)").setInputFiles({
      name: "bed-12.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ demographics: { ageYears: 90 } })),
    });
    await expectVerdict(page, "NCT06242405", "Not eligible");
    expect(await page.getByLabel("Age", { exact: true }).inputValue()).toBe("90");
    expect(errors).toEqual([]);
  });

  it("has no axe-core violations with results on screen", async () => {
    const { page, errors } = await open();
    await page.getByLabel("Screening label").fill("Bed 12 Tuesday");
    await page.getByLabel("Age", { exact: true }).fill("abc");
    await choose(page, "Sex", "Female");
    await choose(page, "Cirrhosis", "Yes");
    await page.getByLabel("Total bilirubin", { exact: true }).fill("25");
    await choose(page, "Interferon", "Time since");
    for (const id of ["NCT06242405", "NCT05106972"]) await card(page, id).getByText(`Criteria for ${id}`).click();
    await card(page, "NCT06242405").getByText(/^Satisfied or not applicable/).click();
    await page.getByText("Criteria × trials").click();
    await page.getByRole("table").waitFor();

    await page.addScriptTag({ path: join(projectRoot, "node_modules", "axe-core", "axe.min.js") });
    const result = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: unknown[] }> } }).axe;
      const r = await axe.run(document);
      return (r.violations as { id: string; impact: string; help: string; nodes: { target: string[] }[] }[]).map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
      }));
    });
    expect(result).toEqual([]);
    expect(errors).toEqual([]);
  });
});
