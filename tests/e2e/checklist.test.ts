/**
 * The printable checklist in Chromium: a known screening (with a Chinese screening label) is put
 * in the tab's sessionStorage, /checklist is printed to PDF on A4 and on US Letter, and the PDF's
 * text (pdftotext) is checked. A PNG of every page (pdftoppm) is written to test-results/checklist/
 * for a person to look at.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { TRIALS } from "@/criteria";
import { buildChecklist, type Checklist } from "@/lib/view/checklist";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { DRAFT_KEY, type Draft } from "@/lib/view/draft";
import { draftProfile } from "@/lib/view/form-schema";
import { screen } from "@/lib/core/engine";
import { isoDay } from "@/lib/core/freshness";
import { CHECKLIST_LABEL, CHECKLIST_VERDICTS, checklistDraft } from "../fixtures/checklist-screening";
import { launchBrowser, projectRoot } from "./support/server";

const baseURL = inject("baseURL");

/** Where the PDFs and the PNG of each page go (gitignored; named in the README). */
const OUT = join(projectRoot, "test-results", "checklist");

const KICKER = "PRE-SCREENING CHECKLIST"; // the section header's first line, upper-cased by CSS

/** Text with every run of whitespace removed: lines wrap differently on A4 and Letter. */
const squash = (text: string) => text.replace(/\s+/g, "");

function pdftotext(pdf: string, mode: "-layout" | "-raw"): string[] {
  const text = execFileSync("pdftotext", [mode, "-enc", "UTF-8", pdf, "-"], { encoding: "utf8" });
  const pages = text.split("\f");
  if (pages.at(-1)?.trim() === "") pages.pop();
  return pages;
}

/** The checklist the page should show: the same draft, screened the same way, dated today. */
function expectedChecklist(): Checklist {
  const draft = checklistDraft();
  const profile = draftProfile(draft);
  return buildChecklist({
    trials: TRIALS,
    results: screen(profile, TRIALS, draft.confirmations),
    label: profile.screeningLabel,
    date: isoDay(new Date()),
  });
}

async function openChecklist(page: Page, query = "", draft: Draft = checklistDraft()) {
  // Any page of the app gives the origin's sessionStorage; /checklist itself leaves the draft alone.
  await page.goto(`${baseURL}/checklist`, { waitUntil: "networkidle" });
  await page.evaluate(([key, value]) => window.sessionStorage.setItem(key, value), [DRAFT_KEY, JSON.stringify(draft)] as const);
  await page.goto(`${baseURL}/checklist${query}`, { waitUntil: "networkidle" });
  await page.getByRole("article").first().waitFor({ state: "visible" });
}

describe("printable checklist", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("says there is nothing to print in a tab without a screening", async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${baseURL}/checklist`, { waitUntil: "networkidle" });
      await page.getByRole("link", { name: "Go to the screening page" }).waitFor({ state: "visible" });
      expect(await page.getByText("There is no screening in this browser tab to print.", { exact: false }).isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  describe.each([
    { format: "A4", name: "a4" },
    { format: "Letter", name: "letter" },
  ] as const)("printed on $format", ({ format, name }) => {
    let layout: string[];
    let raw: string[];
    const checklist = expectedChecklist();

    beforeAll(async () => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on("pageerror", (err) => errors.push(err.message));
        await openChecklist(page);
        await page.emulateMedia({ media: "print" });
        const pdf = await page.pdf({ format, printBackground: false });
        expect(errors).toEqual([]);
        const file = join(OUT, `checklist-${name}.pdf`);
        writeFileSync(file, pdf);
        execFileSync("pdftoppm", ["-png", "-r", "80", file, join(OUT, name)]);
        layout = pdftotext(file, "-layout");
        raw = pdftotext(file, "-raw");
      } finally {
        await context.close();
      }
    });

    /** The pages each trial's section spans, from the page its header is on. */
    function sectionPages(): Map<string, number[]> {
      const pages = new Map<string, number[]>();
      let current: string | undefined;
      layout.forEach((text, i) => {
        const lines = text.split("\n").filter((l) => l.trim() !== "");
        if (lines[0]?.trim() === KICKER) {
          current = TRIALS.find((t) => lines.slice(1, 3).join(" ").includes(t.id))?.id;
          if (current) pages.set(current, []);
        }
        if (current) pages.get(current)!.push(i);
      });
      return pages;
    }

    it("starts each trial on a new page, its header at the top, one header per page", () => {
      const pages = sectionPages();
      expect([...pages.keys()]).toEqual(TRIALS.map((t) => t.id));
      expect(layout[0]!.split("\n").find((l) => l.trim() !== "")?.trim()).toBe(KICKER);
      for (const [i, text] of layout.entries()) {
        const headers = text.split("\n").filter((l) => l.trim() === KICKER).length;
        expect(headers, `page ${i + 1}`).toBeLessThanOrEqual(1);
      }
      // A continuation page names its trial in the running line of the table header.
      for (const [trialId, indexes] of pages) {
        for (const i of indexes) expect(layout[i], `page ${i + 1}`).toContain(trialId);
      }
    });

    it("prints every criterion of every trial with its result, each row whole on one page", () => {
      const pages = sectionPages();
      for (const section of checklist.sections) {
        const indexes = pages.get(section.header.trialId)!;
        const rows = section.rows;
        for (const [r, row] of rows.entries()) {
          const start = squash(`${row.id}${row.text}`);
          const onPages = indexes.filter((i) => squash(raw[i]!).includes(start));
          expect(onPages, `${section.header.trialId} ${row.id} wholly on one page`).toHaveLength(1);
          const page = squash(raw[onPages[0]!]!);
          const at = page.indexOf(start);
          const next = rows[r + 1];
          const end = next && page.includes(squash(`${next.id}${next.text}`)) ? page.indexOf(squash(`${next.id}${next.text}`)) : page.length;
          const cell = page.slice(at, end);
          expect(cell, `${section.header.trialId} ${row.id} result`).toContain(squash(row.resultText));
          if (row.confirmation) expect(cell).toContain(squash(row.confirmation));
        }
      }
    });

    it("prints each trial's header, verdict, signature lines and disclaimer", () => {
      const pages = sectionPages();
      for (const section of checklist.sections) {
        const h = section.header;
        const text = squash(pages.get(h.trialId)!.map((i) => raw[i]).join("\n"));
        expect(text).toContain(squash(`${h.trialId} — ${h.shortTitle}`));
        expect(text).toContain(squash(`Recruitment status ${h.recruitment}`));
        expect(text).toContain(squash(`Version ${h.encodingVersion}, from the registry record of ${h.registryRecordDate}`));
        expect(text).toContain(squash(`Screening label ${CHECKLIST_LABEL}`));
        expect(text).toContain(squash(`Date of screening ${h.screeningDate}`));
        expect(text).toContain(squash(section.verdictText));
        expect(section.verdictWord).toBe(CHECKLIST_VERDICTS[h.trialId]);
        expect(text).toContain(squash("Coordinator Name Signature Date"));
        expect(text).toContain(squash("Investigator Name Signature Date"));
        expect(text).toContain(squash(section.disclaimer));
      }
    });

    it("renders the Chinese screening label", () => {
      const all = layout.join("\n");
      expect(all.split(CHECKLIST_LABEL).length - 1).toBeGreaterThanOrEqual(TRIALS.length);
      expect(all).toContain("知情同意已讨论");
    });

    it("prints no application chrome: no navigation, buttons, toolbar or notices", () => {
      const all = layout.join("\n");
      for (const chrome of [
        "Back to screening",
        "Trials to print",
        "All trials",
        "New screening",
        "Save profile",
        "Load profile",
        "Go to the screening page",
        "UC-MSC trial pre-screener",
        "De-identified data only",
        "Loading",
      ]) {
        expect(all, chrome).not.toContain(chrome);
      }
      expect(all).not.toMatch(/\bPrint\b/);
      expect(all).not.toMatch(/^\s*(Screening|Trials)\s*$/m);
    });

    it("numbers the pages", () => {
      for (const [i, text] of layout.entries()) expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${layout.length}`);
    });
  });

  it("is reached from the screening page with the screening typed there", async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${baseURL}/`, { waitUntil: "networkidle" });
      await page.locator("#field-screeningLabel").fill(CHECKLIST_LABEL);
      await page.locator("#field-demographics-ageYears").fill("50");
      // The screening page's "Print checklist" link (all trials); its wording is the screening page's.
      await page.locator('a[href="/checklist"]').first().click();
      await page.waitForURL(/\/checklist$/);
      const consent = page.getByRole("article", { name: /^NCT05106972 / });
      await consent.waitFor({ state: "visible" });
      expect(await page.getByRole("article").count()).toBe(TRIALS.length);
      expect(await consent.getByText(CHECKLIST_LABEL, { exact: true }).first().isVisible()).toBe(true);
      const age = consent.locator("tr", { has: page.getByRole("rowheader", { name: "INCL01", exact: true }) });
      expect(await age.textContent()).toContain("Age 50 years is within 20–60 years");
      expect(await age.textContent()).toContain("✓ Met");
    } finally {
      await context.close();
    }
  });

  it("prints the one trial chosen with ?trial=", async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await openChecklist(page, "?trial=NCT05106972");
      expect(await page.getByRole("article").count()).toBe(1);
      await page.emulateMedia({ media: "print" });
      const file = join(OUT, "checklist-NCT05106972-a4.pdf");
      writeFileSync(file, await page.pdf({ format: "A4", printBackground: false }));
      const text = pdftotext(file, "-layout").join("\n");
      expect(text).toContain("NCT05106972");
      for (const other of TRIALS.filter((t) => t.id !== "NCT05106972")) expect(text).not.toContain(other.id);
    } finally {
      await context.close();
    }
  });

  it("keeps every character of a long unbroken label and note, and the date and version, on the printed page", async () => {
    // A valid 72-character label and a 500-character note, neither with a space to break at.
    const label = `L${"x".repeat(70)}Z`;
    const note = `N${"0123456789".repeat(49)}12345678E`;
    expect(note).toHaveLength(500);
    const draft = checklistDraft();
    draft.values.screeningLabel = label;
    draft.confirmations = { NCT05106972: { INCL07: { outcome: "met", note } } };
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await openChecklist(page, "?trial=NCT05106972", draft);
      await page.emulateMedia({ media: "print" });
      const file = join(OUT, "checklist-long-text-a4.pdf");
      writeFileSync(file, await page.pdf({ format: "A4", printBackground: false }));
      const flat = pdftotext(file, "-raw").join("\n").replace(/\s+/g, "");
      expect(flat).toContain(label);
      expect(flat).toContain(note);
      expect(flat).toContain(`Dateofscreening${isoDay(new Date())}`.replace(/\s+/g, ""));
      const trial = TRIALS.find((t) => t.id === "NCT05106972")!;
      expect(flat).toContain(trial.encoding.version);
      // Nothing runs off the page: no element is wider than the printed page.
      const overflow = await page.evaluate(() =>
        [...document.querySelectorAll("article *")].filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow === "visible").length,
      );
      expect(overflow).toBe(0);
    } finally {
      await context.close();
    }
  });

  it("has no axe-core violations, landmark-unique included", async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await openChecklist(page);
      // Evaluated by DevTools, not injected as a <script>: the strict CSP would (rightly) refuse that.
      await page.evaluate(readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8"));
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
        return (await axe.run(document)).violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
      });
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
