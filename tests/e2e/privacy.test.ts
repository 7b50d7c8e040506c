/**
 * Privacy, end to end in Chromium against the production build: a whole screening — the form
 * (several sections, labs in SI units, time-since items, conditions), the live results, a manual
 * confirmation, saving the profile to a file and loading it back, the printable checklist (print
 * media, PDF), then /trials and a trial page — while every request the browser makes is recorded.
 *
 * Asserts that nothing leaves the origin (every request, navigation, resource-timing entry and
 * WebSocket is the test server's origin; data: and blob: are allowed), that no request carries a
 * body, that no URL holds a profile value, that nothing is kept in localStorage or cookies (only
 * the draft key in this tab's sessionStorage), that no service worker is registered, and that the
 * server's own output (stdout and stderr of `next start`, captured by the global setup into
 * test-results/e2e/next-start.log) holds none of the distinctive values typed.
 */
import { readFileSync } from "node:fs";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Locator, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DRAFT_KEY } from "@/lib/view/draft";
import { launchBrowser, projectRoot } from "./support/server";

const baseURL = inject("baseURL");
const serverLogFile = inject("serverLogFile");
const origin = new URL(baseURL).origin;

const OUT = join(projectRoot, "test-results", "e2e");

/** Values typed into the form that appear nowhere else: none may show up in a URL or the server log. */
const LABEL = "Bed-QX-Tuesday";
const DISTINCTIVE = {
  label: LABEL,
  bilirubinUmolL: "47.3",
  albuminGL: "27.9",
  inr: "1.37",
  ptSeconds: "14.9",
  platelets: "83.7",
  creatinineUmolL: "88.4",
  sodium: "133.4",
} as const;
const DISTINCTIVE_VALUES = Object.values(DISTINCTIVE);

const TRIAL_IDS = ["NCT01224327", "NCT05106972", "NCT06242405", "NCT06984497"];

const group = (page: Page, name: string) => page.getByRole("group", { name, exact: true });

async function choose(page: Page, groupName: string, option: string) {
  await group(page, groupName).getByText(option, { exact: true }).click();
}

const card = (page: Page, trialId: string): Locator => page.locator(`article[data-trial="${trialId}"]`);

async function verdict(page: Page, trialId: string): Promise<string> {
  const text = (await card(page, trialId).textContent()) ?? "";
  return /Not eligible|Needs information|Pre-screen passed/.exec(text)?.[0] ?? "(none)";
}

/** True for the URLs a request may have: the server's origin, or data:/blob: (which never leave the browser). */
function staysHome(url: string): boolean {
  if (url.startsWith("data:")) return true;
  if (url.startsWith("blob:")) return new URL(url.slice("blob:".length)).origin === origin;
  return new URL(url).origin === origin;
}

/** Every form a value could take in a URL: as typed, percent-encoded, form-encoded. */
function inUrl(url: string, value: string): boolean {
  const forms = [value, encodeURIComponent(value), encodeURIComponent(value).replace(/%20/g, "+")];
  let decoded = url;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    // keep it raw
  }
  return forms.some((f) => url.includes(f) || decoded.includes(f));
}

type Recorded = { url: string; method: string; body: string | null; resourceType: string; via: string };

/**
 * Records every request of the context: the context's request event (pages, popups, service
 * workers), a catch-all route (which sees the request before it goes out), each page's own event,
 * navigations, WebSockets and workers.
 */
async function recordEverything(context: BrowserContext): Promise<{ requests: Recorded[]; navigations: string[]; notes: string[] }> {
  const requests: Recorded[] = [];
  const navigations: string[] = [];
  const notes: string[] = [];
  const record = (via: string) => (req: Request) =>
    requests.push({ url: req.url(), method: req.method(), body: req.postData(), resourceType: req.resourceType(), via });
  context.on("request", record("context"));
  await context.route("**/*", async (route) => {
    record("route")(route.request());
    await route.fallback();
  });
  context.on("serviceworker", (worker) => notes.push(`service worker ${worker.url()}`));
  const watchPage = (page: Page) => {
    page.on("request", record("page"));
    page.on("framenavigated", (frame) => navigations.push(frame.url()));
    page.on("websocket", (ws) => notes.push(`websocket ${ws.url()}`));
    page.on("worker", (worker) => notes.push(`worker ${worker.url()}`));
    page.on("popup", (popup) => notes.push(`popup ${popup.url()}`));
  };
  context.on("page", watchPage);
  return { requests, navigations, notes };
}

/** The page's own list of what it loaded (Resource Timing), as a cross-check of the request events. */
async function resourceUrls(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    location.href,
    ...performance.getEntriesByType("resource").map((e) => e.name),
    ...[...document.querySelectorAll<HTMLElement>("link[href], script[src], img[src], iframe[src], source[src]")].map(
      (el) => (el as HTMLLinkElement).href || (el as HTMLScriptElement).src,
    ),
  ]);
}

describe("privacy: a whole screening stays in this browser tab", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
    mkdirSync(OUT, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("form → results → confirmation → save → load → checklist (print) → trials: no request leaves the origin, no value leaks", async () => {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 1000 } });
    try {
      const { requests, navigations, notes } = await recordEverything(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (err) => errors.push(err.message));
      page.on("dialog", (dialog) => void dialog.accept());
      const seenByPage: string[] = [];

      // ---- The form, section by section.
      await page.goto(`${baseURL}/`, { waitUntil: "networkidle" });
      await page.getByRole("heading", { level: 1, name: "Screening" }).waitFor();
      await page.getByLabel("Screening label").fill(LABEL);
      await page.getByLabel("Age", { exact: true }).fill("56");
      await choose(page, "Sex", "Male");
      await choose(page, "Cirrhosis", "Yes");
      await choose(page, "Liver failure", "None");
      await choose(page, "Etiology: Hepatitis B (HBV)", "Yes");
      await page.getByLabel("Years since HBV diagnosis").fill("12");
      await choose(page, "Ascites ever", "Yes");
      await page.getByLabel("Current ascites").selectOption("mild");
      await page.getByLabel("Current hepatic encephalopathy (West Haven grade)").selectOption("0");

      // Labs in SI units.
      await page.getByLabel("Total bilirubin", { exact: true }).fill(DISTINCTIVE.bilirubinUmolL);
      await page.getByLabel("Total bilirubin unit").selectOption("µmol/L");
      await page.getByLabel("Albumin", { exact: true }).fill(DISTINCTIVE.albuminGL);
      await page.getByLabel("Albumin unit").selectOption("g/L");
      await page.getByLabel("INR", { exact: true }).fill(DISTINCTIVE.inr);
      await page.getByLabel("Prothrombin time (PT)").fill(DISTINCTIVE.ptSeconds);
      await page.getByLabel("Control PT of the lab").fill("12");
      await page.getByLabel("Platelets").fill(DISTINCTIVE.platelets);
      await page.getByLabel("Creatinine", { exact: true }).fill(DISTINCTIVE.creatinineUmolL);
      await page.getByLabel("Creatinine unit").selectOption("µmol/L");
      await page.getByLabel("Sodium").fill(DISTINCTIVE.sodium);

      // Time-since items.
      await choose(page, "Interferon", "Never");
      await choose(page, "Systemic glucocorticoids", "Time since");
      await page.getByLabel("Systemic glucocorticoids: how long ago").fill("7");
      await page.getByLabel("Systemic glucocorticoids: unit of time").selectOption("months");
      await choose(page, "Human serum albumin infusion", "Time since");
      await page.getByLabel("Human serum albumin infusion: how long ago").fill("2");
      await page.getByLabel("Human serum albumin infusion: unit of time").selectOption("weeks");
      await choose(page, "Clinically significant upper GI bleeding", "Never");

      // Conditions.
      await choose(page, "Liver tumour (HCC or other)", "None");
      await choose(page, "Malignancy outside the liver", "None");
      await choose(page, "Heart failure", "None");
      await choose(page, "HIV infection", "No");
      await choose(page, "Sepsis", "No");
      await choose(page, "Active bleeding", "No");

      // ---- The results follow the form.
      await expect.poll(() => page.getByRole("region", { name: "Scores" }).textContent()).toMatch(/Child–Pugh/);
      const verdicts = () => Promise.all(TRIAL_IDS.map((id) => verdict(page, id)));
      const before = await verdicts();
      expect(before).not.toEqual(TRIAL_IDS.map(() => "Needs information"));
      await page.getByLabel("Age", { exact: true }).fill("85");
      await expect.poll(verdicts).toEqual(TRIAL_IDS.map(() => "Not eligible"));
      await page.getByLabel("Age", { exact: true }).fill("56");
      await expect.poll(verdicts).toEqual(before);

      // ---- A manual item, confirmed.
      const confirmIncl03 = async () => {
        const confirmation = page.getByRole("group", { name: "Coordinator confirmation for INCL03" });
        if (!(await confirmation.isVisible())) await card(page, "NCT06242405").getByText("Criteria for NCT06242405").click();
        await confirmation.getByText("Confirmed met").click();
        await expect
          .poll(() => page.evaluate((key) => window.sessionStorage.getItem(key) ?? "", DRAFT_KEY))
          .toContain('"outcome":"met"');
      };
      await confirmIncl03();
      seenByPage.push(...(await resourceUrls(page)));

      // ---- Save the profile to a file (a download from a blob: URL), then load it back.
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save profile (JSON)" }).click()]);
      expect(download.suggestedFilename()).toBe(`${LABEL}.json`);
      const saved = join(OUT, "privacy-profile.json");
      await download.saveAs(saved);
      const file = JSON.parse(readFileSync(saved, "utf8")) as { screeningLabel?: string; labs?: { bilirubin?: { value: number; unit: string } } };
      expect(file.screeningLabel).toBe(LABEL);
      expect(file.labs?.bilirubin).toEqual({ value: 47.3, unit: "µmol/L" });

      await page.getByRole("button", { name: "New screening" }).click();
      await expect.poll(() => page.getByLabel("Screening label").inputValue()).toBe("");
      await page.getByLabel("Load profile (JSON)").setInputFiles(saved);
      await expect.poll(() => page.getByLabel("Screening label").inputValue()).toBe(LABEL);
      expect(await page.getByLabel("Total bilirubin", { exact: true }).inputValue()).toBe(DISTINCTIVE.bilirubinUmolL);
      expect(await page.getByLabel("Total bilirubin unit").inputValue()).toBe("µmol/L");
      expect(await page.getByLabel("Systemic glucocorticoids: how long ago").inputValue()).toBe("7");
      await confirmIncl03();
      seenByPage.push(...(await resourceUrls(page)));

      // ---- The printable checklist, in print media and as a PDF.
      await page.getByRole("link", { name: "Print checklist (all trials)" }).click();
      await page.waitForURL(`${baseURL}/checklist`);
      await page.getByRole("article").first().waitFor();
      expect(await page.locator("main").textContent()).toContain(LABEL);
      await page.emulateMedia({ media: "print" });
      const pdf = await page.pdf({ format: "A4" });
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      await page.emulateMedia({ media: "screen" });
      seenByPage.push(...(await resourceUrls(page)));

      // ---- The trials, and one trial's page (client-side navigation, with Next's prefetching).
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Trials" }).click();
      await page.waitForURL(`${baseURL}/trials`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.waitForLoadState("networkidle");
      await page.getByRole("link", { name: "NCT05106972" }).first().click();
      await page.waitForURL(`${baseURL}/trials/NCT05106972`);
      await page.waitForLoadState("networkidle");
      seenByPage.push(...(await resourceUrls(page)));

      // ---- What the browser kept.
      const kept = await page.evaluate(async () => ({
        local: window.localStorage.length,
        sessionKeys: Object.keys(window.sessionStorage),
        cookie: document.cookie,
        serviceWorkers: "serviceWorker" in navigator ? (await navigator.serviceWorker.getRegistrations()).length : 0,
        indexedDb: "databases" in indexedDB ? (await indexedDB.databases()).length : 0,
        caches: "caches" in window ? (await caches.keys()).length : 0,
      }));
      expect(kept).toEqual({ local: 0, sessionKeys: [DRAFT_KEY], cookie: "", serviceWorkers: 0, indexedDb: 0, caches: 0 });
      expect(await context.cookies()).toEqual([]);
      const storage = await context.storageState();
      expect(storage.cookies).toEqual([]);
      expect(storage.origins.flatMap((o) => o.localStorage)).toEqual([]);

      // ---- Every request stayed home, carried no body, and no URL holds a profile value.
      await page.close();
      expect(requests.length).toBeGreaterThan(10);
      expect(requests.some((r) => r.via === "route")).toBe(true);
      const everyUrl = [...requests.map((r) => r.url), ...navigations.filter((u) => u !== "about:blank"), ...seenByPage];
      const away = everyUrl.filter((url) => !staysHome(url));
      expect(away, "requests that left the origin").toEqual([]);
      expect(notes, "websockets, workers, service workers, popups").toEqual([]);
      const withBody = requests.filter((r) => r.body !== null || !["GET", "HEAD"].includes(r.method));
      expect(withBody, "requests that sent data").toEqual([]);
      const leaking = everyUrl.filter((url) => DISTINCTIVE_VALUES.some((v) => inUrl(url, v)));
      expect(leaking, "URLs holding a profile value").toEqual([]);
      expect(errors).toEqual([]);

      // ---- The server's own output (stdout + stderr of next start) holds none of them either.
      const serverLog = readFileSync(serverLogFile, "utf8");
      expect(serverLog, "the server log is captured").toMatch(/Ready|Next\.js/);
      for (const value of DISTINCTIVE_VALUES) expect(serverLog.includes(value), `server log contains ${value}`).toBe(false);
    } finally {
      await context.close();
    }
  });
});
