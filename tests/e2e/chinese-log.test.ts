/**
 * The screening log, its entries, the saved checklist, the reports, the re-screen list and the
 * accounts page in Chinese, on the production server with a data folder of its own: every page's
 * own words are Chinese (and its <title>), no English sentence of the interface is left (checked
 * against the English catalog itself), the server's refusals come back in Chinese, the CSV header
 * carries Chinese and English with the cells as codes, and axe finds nothing in either language.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { ago } from "../criteria/helpers";
import { decompensatedHbv } from "../fixtures/profiles";
import { launchBrowser, projectRoot, startServer, type RunningServer } from "./support/server";

const PASSWORD = "a long enough password 1";
const ALB = "NCT05106972";

/**
 * The interface's English, from the catalog namespaces of these pages: every string of two or
 * more words, cut at its first placeholder or tag. None of it may show on a Chinese page.
 */
function englishPhrases(): string[] {
  const namespaces = [en.accounts, en.log, en.rescreen, en.reports, en.flow, en.layout, en.apiErrors, en.errorPage, en.checklist];
  const out = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === "string") {
      const literal = value.split(/[{<]/)[0]!.trim();
      if (/^[A-Za-z][A-Za-z’']+(?: [A-Za-z’',;:.]+)+/.test(literal) && literal.length >= 8) out.add(literal);
    } else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  namespaces.forEach(walk);
  return [...out];
}
const ENGLISH_UI = englishPhrases();

describe("the log, reports and accounts in Chinese", () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: Record<string, BrowserContext> = {};
  let screeningId = "";
  const url = (path: string) => `${server.url}${path}`;

  async function signedIn(username: string, locale: "zh-CN" | "en"): Promise<BrowserContext> {
    const context = await browser.newContext({ locale: locale === "zh-CN" ? "zh-CN" : "en-GB" });
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: server.url }]);
    // Sign-in is rate-limited (Better Auth): wait out a 429 as a person would.
    for (let attempt = 0; attempt < 10; attempt++) {
      const response = await context.request.post(url("/api/auth/sign-in/username"), { data: { username, password: PASSWORD }, headers: { origin: server.url } });
      if (response.status() === 429) {
        await new Promise((r) => setTimeout(r, (Number(response.headers()["x-retry-after"]) || 2) * 1000 + 200));
        continue;
      }
      expect(response.status(), `sign in ${username}`).toBe(200);
      return context;
    }
    throw new Error(`sign-in as ${username} kept being rate-limited`);
  }

  async function axe(page: Page) {
    await page.evaluate(readFileSync(join(projectRoot, "node_modules", "axe-core", "axe.min.js"), "utf8"));
    return page.evaluate(async () => {
      const a = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      return (await a.run(document)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    });
  }

  /** The page's interface text: without the data a page shows verbatim (registry lines, trial titles, stored reasons). */
  async function interfaceText(page: Page): Promise<string> {
    return page.evaluate(() => {
      const copy = document.body.cloneNode(true) as HTMLElement;
      copy.querySelectorAll("[lang='en'], [data-registry], .registry-text, script, style").forEach((n) => n.remove());
      return copy.innerText;
    });
  }

  async function expectChinese(page: Page, path: string, heading: RegExp, title: RegExp) {
    const response = await page.goto(url(path));
    expect(response?.status(), path).toBe(200);
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
    expect(await page.locator("html").getAttribute("lang"), path).toBe("zh-CN");
    expect(await page.title(), path).toMatch(title);
    const text = await interfaceText(page);
    const left = ENGLISH_UI.filter((phrase) => text.includes(phrase));
    expect(left, `English left on ${path}`).toEqual([]);
    expect(await axe(page), `axe on ${path} (zh-CN)`).toEqual([]);
    return text;
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const setup = await fetch(url("/api/setup"), {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body: JSON.stringify({ username: "root", password: PASSWORD }),
    });
    expect(setup.status).toBe(201);
    const admin = await signedIn("root", "zh-CN");
    for (const role of ["coordinator", "investigator"]) {
      const created = await admin.request.post(url("/api/admin/users"), { data: { username: role, password: PASSWORD, role }, headers: { origin: server.url } });
      expect(created.status(), `create ${role}`).toBe(201);
    }
    contexts.admin = admin;
    contexts.coordinator = await signedIn("coordinator", "zh-CN");
    contexts.coordinatorEn = await signedIn("coordinator", "en");
    // Albumin a week ago: out of NCT05106972 only by its washout, so the entry has a re-screen date.
    const saved = await contexts.coordinator.request.post(url("/api/log/entries"), {
      data: { profile: { ...decompensatedHbv, screeningLabel: "病区3床", exposures: { ...decompensatedHbv.exposures, albuminInfusion: ago(1, "weeks") } }, confirmations: {} },
      headers: { origin: server.url },
    });
    expect(saved.status()).toBe(201);
    screeningId = ((await saved.json()) as { screeningId: string }).screeningId;
  }, 240_000);

  afterAll(async () => {
    for (const context of Object.values(contexts)) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it("shows the log and an entry in Chinese, and the server's refusal of a status change in Chinese", async () => {
    const page = await contexts.coordinator!.newPage();
    const list = await expectChinese(page, "/log", /^筛选日志$/, /^筛选日志 — /);
    expect(list).toContain("共 1 条，按时间由新到旧");
    expect(list).toContain(screeningId);

    const entry = await expectChinese(page, `/log/${screeningId}`, new RegExp(`^筛选 ${screeningId}$`), new RegExp(`^筛选日志条目 ${screeningId} — `));
    for (const words of ["各试验状态", "审计记录", "保存筛选", "重新筛选日期", "起可重新筛选", "距筛选 1 周"]) expect(entry).toContain(words);
    // The saved version's reasons are in Chinese (kept as messages), so none is marked as stored English.
    expect(await page.locator("#versions ~ details td span[lang='en']").count()).toBe(0);
    expect(await page.locator("#versions ~ details td").filter({ hasText: /\p{Script=Han}/u }).count()).toBeGreaterThan(0);
    // "Not approached" needs a reason: the server refuses, and says so in Chinese.
    // The first trial still at the pre-screen stage (NCT05106972 is not eligible: no move is offered there).
    const form = page.getByRole("form", { name: /^更改 NCT\d{8} 的状态$/ }).first();
    await form.getByLabel("新状态").selectOption("not-approached");
    await form.getByRole("button", { name: "更改状态" }).click();
    await expect.poll(() => form.getByRole("alert").textContent()).toBe("“未接触”需要填写原因。");
    await page.close();
  });

  it("prints the saved checklist with Chinese page words", async () => {
    const page = await contexts.coordinator!.newPage();
    const text = await expectChinese(page, `/log/${screeningId}/checklist`, /^预筛查核对表：/, /^已保存的筛选核对表 /);
    expect(text).toMatch(new RegExp(`筛选编号 ${screeningId} · 版本 1 · `));
    // Each criterion's values in Chinese, none printed as stored English.
    expect(await page.locator("tr[data-criterion] td > p > span[lang='en']").count()).toBe(0);
    expect(await page.locator("tr[data-criterion] td > p > span").filter({ hasText: /\p{Script=Han}/u }).count()).toBeGreaterThan(0);
    await page.close();
  });

  it("shows the reports and the re-screen list in Chinese", async () => {
    const page = await contexts.coordinator!.newPage();
    const report = await expectChinese(page, "/reports", /^招募报告$/, /^招募报告 — /);
    for (const words of ["所有试验合计", "招募漏斗", "已入组", "筛选日志，全部试验（CSV）"]) expect(report).toContain(words);
    expect(await page.locator("figure svg text").first().textContent()).toBe("已预筛（评估入选资格）");
    const due = await expectChinese(page, "/log/due", /^待重新筛选$/, /^待重新筛选 — /);
    expect(due).toContain("目前没有待重新筛选的记录。");
    await page.close();
  });

  it("shows the accounts page in Chinese, and refuses an admin disabling their own account in Chinese", async () => {
    const page = await contexts.admin!.newPage();
    const text = await expectChinese(page, "/admin/users", /^账户$/, /^账户 — /);
    for (const words of ["研究协调员", "研究者", "管理员", "启用中", "创建账户"]) expect(text).toContain(words);
    const manage = page.getByRole("form", { name: "管理 root" });
    await manage.getByLabel("原因").fill("测试");
    await manage.getByRole("button", { name: "停用账户" }).click();
    await expect.poll(() => manage.getByRole("alert").textContent()).toBe("不能停用自己的账户。");
    await page.close();
  });

  it("downloads the log with a Chinese and English header row and the cells as codes", async () => {
    const zh = await contexts.coordinator!.request.get(url(`/log/export.csv?trial=${ALB}`));
    expect(zh.status()).toBe(200);
    const rows = Papa.parse<string[]>((await zh.text()).replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    expect(rows[0]![0]).toBe("筛选编号 (Screening ID)");
    expect(rows[0]).toContain("筛选失败原因 (Fail reasons)");
    expect(rows[1]).toContain(ALB);
    expect(rows[1]).toContain("not-eligible");
    const english = await contexts.coordinatorEn!.request.get(url(`/log/export.csv?trial=${ALB}`));
    const header = Papa.parse<string[]>((await english.text()).replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data[0]!;
    expect(header[0]).toBe("Screening ID");
    expect(header.join("")).not.toMatch(/\p{Script=Han}/u);
  });

  it("passes axe on the same pages in English", async () => {
    const page = await contexts.coordinatorEn!.newPage();
    for (const path of ["/log", `/log/${screeningId}`, `/log/${screeningId}/checklist`, "/reports", "/log/due"]) {
      expect((await page.goto(url(path)))?.status(), path).toBe(200);
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
      expect(await axe(page), `axe on ${path} (en)`).toEqual([]);
    }
    await page.close();
    const admin = await signedIn("root", "en");
    const adminPage = await admin.newPage();
    await adminPage.goto(url("/admin/users"));
    await adminPage.getByRole("heading", { level: 1, name: "Accounts" }).waitFor();
    expect(await axe(adminPage), "axe on /admin/users (en)").toEqual([]);
    await admin.close();
  });
});
