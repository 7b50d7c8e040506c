/**
 * Reports, exports and re-screen dates on the production server, in Chromium, with a brand-new data
 * folder (its own server, so the first-run setup is this test's): who may see and download what
 * (refused without a session, refused to a role that may not export), the CSV as a browser gets it,
 * the re-screen date on an entry, and /reports printed to PDF with each trial's whole flow diagram
 * on one page. axe-core on /reports and /log/due.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/core/rescreen";
import { ago } from "../criteria/helpers";
import { decompensatedHbv } from "../fixtures/profiles";
import { launchBrowser, projectRoot, startServer, type RunningServer } from "./support/server";

const OUT = join(projectRoot, "test-results", "reports-e2e");
const PASSWORD = "a long enough password 1";
const ALB = "NCT05106972";
const TODAY = new Date().toISOString().slice(0, 10);
const squash = (text: string) => text.replace(/\s+/g, "");

describe("reports and exports on the server", () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: Record<string, BrowserContext> = {};
  let washoutId = "";

  const url = (path: string) => `${server.url}${path}`;

  async function signedIn(username: string): Promise<BrowserContext> {
    const context = await browser.newContext();
    const response = await context.request.post(url("/api/auth/sign-in/username"), {
      data: { username, password: PASSWORD },
      headers: { origin: server.url },
    });
    expect(response.status(), `sign in ${username}`).toBe(200);
    return context;
  }

  async function axe(page: Page) {
    await page.evaluate(readFileSync(join(projectRoot, "node_modules", "axe-core", "axe.min.js"), "utf8"));
    return page.evaluate(async () => {
      const a = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      return (await a.run(document)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    });
  }

  beforeAll(async () => {
    // A server of its own on a new empty data folder: the first-run setup below is this test's.
    server = await startServer();
    browser = await launchBrowser();
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });

    const setup = await fetch(url("/api/setup"), {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body: JSON.stringify({ username: "root", password: PASSWORD }),
    });
    expect(setup.status).toBe(201);
    contexts.admin = await signedIn("root");
    for (const role of ["coordinator", "investigator"]) {
      const created = await contexts.admin.request.post(url("/api/admin/users"), {
        data: { username: role, password: PASSWORD, role },
        headers: { origin: server.url },
      });
      expect(created.status(), `create ${role}`).toBe(201);
      contexts[role] = await signedIn(role);
    }
    const save = async (profile: unknown) => {
      const saved = await contexts.coordinator!.request.post(url("/api/log/entries"), {
        data: { profile, confirmations: {} },
        headers: { origin: server.url },
      });
      expect(saved.status()).toBe(201);
      return ((await saved.json()) as { screeningId: string }).screeningId;
    };
    await save({ ...decompensatedHbv, screeningLabel: '=HYPERLINK("x")' });
    washoutId = await save({ ...decompensatedHbv, screeningLabel: "病区3床", exposures: { ...decompensatedHbv.exposures, albuminInfusion: ago(1, "weeks") } });
  }, 240_000);

  afterAll(async () => {
    for (const context of Object.values(contexts)) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it("refuses the reports, the exports and the re-screen list without a session", async () => {
    for (const path of ["/reports", "/log/due"]) {
      const response = await fetch(url(path), { redirect: "manual" });
      expect([303, 307, 308], path).toContain(response.status);
      expect(response.headers.get("location"), path).toContain(`/login?next=${encodeURIComponent(path)}`);
    }
    for (const path of ["/log/export.csv", `/log/export.csv?trial=${ALB}`, "/log/export.csv?deidentified=1"]) {
      const response = await fetch(url(path), { redirect: "manual" });
      expect(response.status, path).toBe(401);
      expect(await response.text(), path).not.toContain("S-");
    }
  });

  it("shows the reports to an admin but refuses the exports", async () => {
    const page = await contexts.admin!.newPage();
    const response = await page.goto(url("/reports"));
    expect(response?.status()).toBe(200);
    await page.getByRole("heading", { name: "Recruitment report" }).waitFor();
    expect(await page.locator('a[href^="/log/export.csv"]').count()).toBe(0);
    for (const path of ["/log/export.csv", "/log/export.csv?deidentified=1"]) {
      expect((await contexts.admin!.request.get(url(path))).status(), path).toBe(403);
    }
    await page.close();
  });

  it("gives a coordinator the site log as CSV: attachment, UTF-8 with BOM, formulas neutralised, Chinese intact", async () => {
    const response = await contexts.coordinator!.request.get(url(`/log/export.csv?trial=${ALB}`));
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers()["content-disposition"]).toBe(`attachment; filename="screening-log-${ALB}-${TODAY}.csv"`);
    const bytes = await response.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<Record<string, string>>(bytes.toString("utf8").slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.Label).sort()).toEqual([`'=HYPERLINK("x")`, "病区3床"]);
    expect(rows.find((r) => r["Screening ID"] === washoutId)!["Re-screen from"]).toBe(addDays(TODAY, 15));
  });

  it("gives an investigator the de-identified counts: no ID, label or full date", async () => {
    const response = await contexts.investigator!.request.get(url("/log/export.csv?deidentified=1"));
    expect(response.status()).toBe(200);
    const text = (await response.body()).toString("utf8");
    expect(text).not.toContain(washoutId);
    expect(text).not.toContain("病区3床");
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).toContain("<5");
  });

  it("shows the re-screen date on the entry, and nothing due yet", async () => {
    const page = await contexts.coordinator!.newPage();
    await page.goto(url(`/log/${washoutId}`));
    await page.getByText(`${ALB}: Re-screen from ${addDays(TODAY, 15)}`).waitFor();
    await page.goto(url("/log/due"));
    await page.getByRole("status").filter({ hasText: "No screening is due for re-screen." }).waitFor();
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it("loads /reports and /log/due under the site's Content-Security-Policy with no violation", async () => {
    const page = await contexts.coordinator!.newPage();
    const violations: string[] = [];
    await page.exposeFunction("__cspViolation", (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        void (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(`${e.effectiveDirective} ${e.blockedURI}`);
      });
    });
    page.on("console", (msg) => {
      if (/content security policy|refused to/i.test(msg.text())) violations.push(msg.text());
    });
    for (const path of ["/reports?mask=1", "/log/due"]) {
      const response = await page.goto(url(path), { waitUntil: "networkidle" });
      expect(response?.headers()["content-security-policy"], path).toMatch(/script-src/);
    }
    // Back to the report with its scripts (the Print button is a client component) loaded under the policy.
    await page.goto(url("/reports"), { waitUntil: "networkidle" });
    await page.getByRole("button", { name: "Print" }).waitFor();
    expect(violations).toEqual([]);
    await page.close();
  });

  it("prints /reports with each trial's whole flow diagram on one A4 page; axe finds nothing on screen", async () => {
    const page = await contexts.coordinator!.newPage();
    await page.goto(url("/reports"));
    await page.getByRole("heading", { name: "Recruitment report" }).waitFor();
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: join(OUT, "reports-screen.png"), fullPage: true });
    const diagramText = await page.locator(`[data-trial="${ALB}"] svg text`).allTextContents();
    expect(diagramText).toContain("n = 2");
    const file = join(OUT, "reports-a4.pdf");
    writeFileSync(file, await page.pdf({ format: "A4", printBackground: false }));
    const pages = execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"], { encoding: "utf8" }).split("\f").map(squash);
    const onPage = pages.findIndex((p) => p.includes(squash(`Flow diagram · ${ALB}`)));
    expect(onPage).toBeGreaterThanOrEqual(0);
    for (const line of diagramText) expect(pages[onPage]).toContain(squash(line));
    // The navigation and the range form are not printed.
    expect(pages.join("")).not.toContain("Signedinas");
    expect(pages.join("")).not.toContain(squash("Mask small counts"));
    await page.close();
  });
});
