/**
 * Security headers of the production build (set in next.config.js), page by page, and the pages
 * working under them in Chromium: no Content-Security-Policy violation is reported while each page
 * loads, hydrates and is used.
 *
 * The CSP is parsed directive by directive. script-src is strict: this response's nonce and
 * 'strict-dynamic', nothing else (no 'unsafe-inline', no 'self' or host list, no 'unsafe-eval'),
 * and every script in the HTML carries that nonce, fresh per response. Elsewhere the only source
 * expressions allowed are 'self', 'none', 'unsafe-inline' (style-src only: React's style
 * attributes), data: and blob: (images; the profile download). Nothing from another origin.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/server";
import { watchPageErrors } from "./support/page-errors";

const baseURL = inject("baseURL");

const PAGES = ["/", "/trials", "/trials/NCT05106972", "/checklist", "/checklist?trial=NCT06242405"] as const;

const ALLOWED_SOURCES = new Set(["'self'", "'none'", "'unsafe-inline'", "data:", "blob:"]);
const NONCE = /^'nonce-([A-Za-z0-9+/]{22,}={0,2})'$/;
/** Directives whose sources are about code: no data:/blob: here, even though both are same-origin-ish. */
const CODE_DIRECTIVES = ["default-src", "script-src", "script-src-elem", "script-src-attr", "object-src", "worker-src", "child-src", "frame-src"];

type Csp = Map<string, string[]>;

/** `a b; c d e` → { a: [b], c: [d, e] }. Directive names are case-insensitive; the first of a repeated name wins (as in browsers). */
function parseCsp(header: string): Csp {
  const csp: Csp = new Map();
  for (const part of header.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!csp.has(key)) csp.set(key, sources);
  }
  return csp;
}

/** `camera=(), geolocation=(self)` → { camera: "()", geolocation: "(self)" }. */
function parsePermissionsPolicy(header: string): Map<string, string> {
  const policy = new Map<string, string>();
  for (const part of header.split(",")) {
    const m = /^\s*([a-z0-9-]+)\s*=\s*(.*?)\s*$/i.exec(part);
    if (m) policy.set(m[1]!.toLowerCase(), m[2]!);
  }
  return policy;
}

async function headersOf(path: string): Promise<{ status: number; headers: Headers }> {
  const res = await fetch(`${baseURL}${path}`, { redirect: "manual" });
  await res.body?.cancel();
  return { status: res.status, headers: res.headers };
}

/**
 * Everything Chromium reports about CSP on a page: `securitypolicyviolation` events (in every
 * frame, from the first script on), console messages that mention the policy, and DevTools
 * "issues" (where a caught, refused `new Function` shows up even when nothing is logged).
 */
async function watchCsp(context: BrowserContext, page: Page): Promise<string[]> {
  const reports: string[] = [];
  await page.exposeFunction("__reportCspViolation", (text: string) => reports.push(`securitypolicyviolation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener(
      "securitypolicyviolation",
      (e) => {
        const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
        void report(`${e.effectiveDirective} blocked ${e.blockedURI || "(inline)"} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`);
      },
      true,
    );
  });
  page.on("console", (msg) => {
    if (/content security policy|refused to/i.test(msg.text())) reports.push(`console ${msg.type()}: ${msg.text()}`);
  });
  const cdp = await context.newCDPSession(page);
  cdp.on("Audits.issueAdded", ({ issue }) => {
    if (issue.code === "ContentSecurityPolicyIssue") reports.push(`issue: ${JSON.stringify(issue.details.contentSecurityPolicyIssueDetails)}`);
  });
  cdp.on("Log.entryAdded", ({ entry }) => {
    if (/content security policy|refused to/i.test(entry.text)) reports.push(`log ${entry.level}: ${entry.text}`);
  });
  await cdp.send("Audits.enable");
  await cdp.send("Log.enable");
  return reports;
}

describe("security headers", () => {
  describe.each(PAGES)("%s", (path) => {
    it("has a Content-Security-Policy with only same-origin sources, no unsafe-eval, and frame-ancestors 'none'", async () => {
      const { status, headers } = await headersOf(path);
      expect(status).toBe(200);
      const header = headers.get("content-security-policy");
      expect(header, "Content-Security-Policy header").toBeTruthy();
      expect(header).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes/);
      expect(headers.get("content-security-policy-report-only")).toBeNull();

      const csp = parseCsp(header!);
      // The fallback and the directives that matter most must be there, and tight.
      expect(csp.get("default-src")).toEqual(["'self'"]);
      expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
      expect(csp.get("object-src")).toEqual(["'none'"]);
      expect(csp.get("base-uri")).toBeDefined();
      // A strict script-src: the nonce and 'strict-dynamic' only.
      const scriptSrc = csp.get("script-src") ?? [];
      expect(scriptSrc).toHaveLength(2);
      expect(scriptSrc[0]).toMatch(NONCE);
      expect(scriptSrc[1]).toBe("'strict-dynamic'");
      for (const [directive, sources] of csp) {
        if (directive === "script-src") continue;
        expect(sources.length, `${directive} has no sources`).toBeGreaterThan(0);
        for (const source of sources) {
          expect(ALLOWED_SOURCES.has(source), `${directive} allows ${source}`).toBe(true);
        }
        if (CODE_DIRECTIVES.includes(directive)) {
          expect(sources, `${directive} must not load code from data: or blob:`).not.toContain("data:");
          expect(sources).not.toContain("blob:");
        }
        if (sources.includes("'unsafe-inline'")) expect(["script-src", "style-src"]).toContain(directive);
      }
      // No report-uri / report-to: reports would be requests to somewhere.
      expect(csp.has("report-uri")).toBe(false);
      expect(csp.has("report-to")).toBe(false);
    });

    it("puts this response's nonce on every script of the page, and a new nonce on every response", async () => {
      const nonceOf = (header: string | null) => NONCE.exec(parseCsp(header ?? "").get("script-src")?.[0] ?? "")?.[1];
      const first = await fetch(`${baseURL}${path}`);
      const html = await first.text();
      const nonce = nonceOf(first.headers.get("content-security-policy"));
      expect(nonce).toBeDefined();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, "a script without this response's nonce").toContain(`nonce="${nonce}"`);
      const second = await headersOf(path);
      expect(nonceOf(second.headers.get("content-security-policy"))).not.toBe(nonce);
    });

    it("isolates the browsing context and its resources (COOP and CORP same-origin)", async () => {
      const { headers } = await headersOf(path);
      expect(headers.get("cross-origin-opener-policy")).toBe("same-origin");
      expect(headers.get("cross-origin-resource-policy")).toBe("same-origin");
    });

    it("sends HSTS only when served over HTTPS (behind the site's TLS proxy)", async () => {
      expect((await headersOf(path)).headers.get("strict-transport-security")).toBeNull();
      const res = await fetch(`${baseURL}${path}`, { headers: { "x-forwarded-proto": "https" } });
      await res.body?.cancel();
      expect(res.headers.get("strict-transport-security")).toBe("max-age=31536000");
    });

    it("sends Referrer-Policy no-referrer, nosniff, a Permissions-Policy denying camera, microphone and geolocation, and no X-Powered-By", async () => {
      const { headers } = await headersOf(path);
      expect(headers.get("referrer-policy")).toBe("no-referrer");
      expect(headers.get("x-content-type-options")).toBe("nosniff");
      expect(headers.get("x-frame-options")).toBe("DENY");
      expect(headers.get("x-powered-by")).toBeNull();
      const permissions = headers.get("permissions-policy");
      expect(permissions, "Permissions-Policy header").toBeTruthy();
      const policy = parsePermissionsPolicy(permissions!);
      for (const feature of ["camera", "microphone", "geolocation"]) expect(policy.get(feature), feature).toBe("()");
    });
  });

  it("sends the static headers with the JavaScript, CSS and icon the pages load, and the CSP too on a 404", async () => {
    const html = await (await fetch(`${baseURL}/`)).text();
    const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThan(0);
    for (const path of [assets[0]!, assets.find((a) => a.endsWith(".css")) ?? assets[0]!, "/favicon.ico", "/no-such-page"]) {
      const { headers } = await headersOf(path);
      if (path === "/no-such-page") expect(headers.get("content-security-policy"), path).toContain("frame-ancestors 'none'");
      expect(headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(headers.get("cross-origin-resource-policy"), path).toBe("same-origin");
      expect(headers.get("referrer-policy"), path).toBe("no-referrer");
      expect(headers.get("x-powered-by"), path).toBeNull();
    }
  });
});

describe("/favicon.ico", () => {
  it("is the app's icon as an ICO file of 16, 32 and 48 px images, not a 404", async () => {
    const res = await fetch(`${baseURL}/favicon.ico`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/x-icon");
    const ico = Buffer.from(await res.arrayBuffer());
    // ICONDIR: reserved 0, type 1 (icon), then the image count; each ICONDIRENTRY starts with width, height.
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => [ico[6 + 16 * i], ico[7 + 16 * i]]);
    expect(sizes).toEqual([
      [16, 16],
      [32, 32],
      [48, 48],
    ]);
  });
});

describe("the pages work under the CSP", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(): Promise<{ context: BrowserContext; page: Page; reports: string[]; errors: string[] }> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const reports = await watchCsp(context, page);
    const errors = watchPageErrors(page);
    return { context, page, reports, errors };
  }

  it.each(PAGES)("%s loads and hydrates with no CSP violation", async (path) => {
    const { context, page, reports, errors } = await open();
    try {
      const response = await page.goto(`${baseURL}${path}`, { waitUntil: "networkidle" });
      expect(response?.status()).toBe(200);
      expect(response?.headers()["content-security-policy"]).toContain("default-src 'self'");
      // Hydrated: Next.js's client runtime ran (it was not blocked by script-src).
      await expect.poll(() => page.evaluate(() => typeof (window as unknown as { next?: unknown }).next)).toBe("object");
      await page.waitForTimeout(300);
      expect(reports).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  // Chromium asks for /favicon.ico on its own when a page has no icon link as a navigation ends, and
  // logs a 404 as a console error. It did so once in CI during the client-side navigation below,
  // while Next.js swapped the page's head. Removing the links makes that moment happen every time.
  it("answers the browser's own request for /favicon.ico, made when a page has no icon link, with no error", async () => {
    const { context, page, reports, errors } = await open();
    try {
      await page.goto(`${baseURL}/`, { waitUntil: "networkidle" });
      // Playwright's own request events miss this request, which the browser makes for itself; DevTools' network log has it.
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      const answered = new Promise<number>((resolve) => {
        cdp.on("Network.responseReceived", ({ response }) => {
          if (response.url === `${baseURL}/favicon.ico`) resolve(response.status);
        });
      });
      await page.evaluate(() => {
        for (const link of document.querySelectorAll('link[rel~="icon"]')) link.remove();
        history.pushState(null, "", "/?icon-fallback");
      });
      expect(await answered).toBe(200);
      await page.waitForTimeout(300);
      expect(reports).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("the screening page validates, screens, and navigates client-side with no CSP violation", async () => {
    const { context, page, reports, errors } = await open();
    try {
      await page.goto(`${baseURL}/`, { waitUntil: "networkidle" });
      const age = page.getByLabel("Age", { exact: true });
      await age.fill("abc");
      await expect.poll(() => age.getAttribute("aria-invalid")).toBe("true");
      await age.fill("85");
      await expect
        .poll(async () => (await page.locator('article[data-trial="NCT06242405"]').textContent()) ?? "")
        .toContain("Not eligible");
      await page.getByLabel("Total bilirubin", { exact: true }).fill("51.3");
      await page.getByLabel("Total bilirubin unit").selectOption("µmol/L");
      // Client-side navigation fetches the next page's RSC payload (connect-src 'self').
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Trials" }).click();
      await page.waitForURL(`${baseURL}/trials`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.goBack({ waitUntil: "networkidle" });
      await page.getByRole("heading", { level: 1, name: "Screening" }).waitFor();
      await page.waitForTimeout(300);
      expect(reports).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("cannot be framed by another page", async () => {
    const { context, page } = await open();
    try {
      // A page on another origin (a data: URL has an opaque origin) tries to frame the app:
      // frame-ancestors 'none' makes Chromium show its error page in the frame instead.
      await page.goto(`data:text/html,<iframe src="${baseURL}/"></iframe>`);
      await expect.poll(() => page.frames().length).toBe(2);
      const framed = page.frames().find((f) => f !== page.mainFrame())!;
      await expect.poll(() => framed.url(), { timeout: 30_000 }).toMatch(/^chrome-error:/);
      expect(await framed.getByRole("heading", { name: "Screening" }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
