/**
 * Responsiveness, in Chromium against the production build, asserted on work counted, never on
 * time: how many React commits an edit causes and how many components render in them
 * (tests/e2e/support/react-commits.ts). A machine under load makes an edit slower, never makes
 * React render more, so these assertions hold on a busy 2-core CI machine; a regression that makes
 * every keystroke re-render the whole form or every trial card fails them.
 *
 * The times themselves (navigation → form usable, keystroke → results updated → painted, at 1× and
 * 4× CPU throttling) are measured by `npm run bench:ui` (scripts/bench-ui.ts), which reports them
 * in docs/bench-ui.md and asserts nothing.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { countReactWork, mountedComponents, takeReactWork, type ReactWork } from "./support/react-commits";
import { launchBrowser } from "./support/server";
import { TRIALS } from "@/criteria";
import { matrixRows } from "@/lib/view/results-view";

const baseURL = inject("baseURL");

/** Each kind of edit is repeated, flipping between two values the results show differently. */
const ROUNDS = 6;

const group = (page: Page, name: string) => page.getByRole("group", { name, exact: true });

async function choose(page: Page, groupName: string, option: string) {
  await group(page, groupName).getByText(option, { exact: true }).click();
}

/** The trials with a criterion that reads a field (the criteria × trials matrix, lib/view/results-view.ts). */
const ROWS = new Map<string, string[]>(matrixRows(TRIALS).map((row) => [row.field, Object.keys(row.cells)]));
function readersOf(field: string): string[] {
  const readers = ROWS.get(field);
  if (!readers) throw new Error(`no trial reads ${field}`);
  return readers;
}

/**
 * Four kinds of edit, each flipping between two values that the results show differently, with
 * the field each one edits: only the cards of the trials that read it may re-render.
 */
function edits(page: Page): { kind: string; field: string; run: (flip: boolean) => Promise<void> }[] {
  const bilirubin = page.getByLabel("Total bilirubin", { exact: true });
  return [
    { kind: "age (text)", field: "demographics.ageYears", run: (flip) => page.getByLabel("Age", { exact: true }).fill(flip ? "85" : "56") },
    // One keystroke: "2" ↔ "20" mg/dL (appending a digit, then Backspace).
    {
      kind: "bilirubin keystroke (lab)",
      field: "labs.bilirubin",
      run: async (flip) => {
        await bilirubin.press("End");
        await bilirubin.press(flip ? "0" : "Backspace");
      },
    },
    { kind: "HIV infection (yes/no radio)", field: "conditions.hiv", run: (flip) => choose(page, "HIV infection", flip ? "Yes" : "No") },
    { kind: "current ascites (select)", field: "liver.ascitesGrade", run: (flip) => page.getByLabel("Current ascites").selectOption(flip ? "severe" : "none").then(() => undefined) },
  ];
}

/** Lets React finish the edit's work: two animation frames and a task after them. */
const settle = (page: Page) =>
  page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))));

const resultsText = (page: Page) => page.locator("section[aria-labelledby='results-heading']").innerText();

describe("responsiveness (work per edit, counted)", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("re-renders, for an edit, only the field and the trial cards, criteria and scores it changed", async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (err) => errors.push(err.message));
      await countReactWork(page);
      await page.goto(`${baseURL}/`, { waitUntil: "networkidle" });
      await page.getByRole("heading", { level: 1, name: "Screening" }).waitFor();

      // A realistic chart, so that scores and verdicts are computed in full on every edit.
      await page.getByLabel("Age", { exact: true }).fill("56");
      await choose(page, "Sex", "Male");
      await choose(page, "Cirrhosis", "Yes");
      await choose(page, "Etiology: Hepatitis B (HBV)", "Yes");
      await page.getByLabel("Years since HBV diagnosis").fill("12");
      await choose(page, "Ascites ever", "Yes");
      await page.getByLabel("Current hepatic encephalopathy (West Haven grade)").selectOption("0");
      await page.getByLabel("Total bilirubin", { exact: true }).fill("2");
      await page.getByLabel("Albumin", { exact: true }).fill("2.9");
      await page.getByLabel("INR", { exact: true }).fill("1.5");
      await page.getByLabel("Platelets").fill("85");
      await page.getByLabel("Creatinine", { exact: true }).fill("0.9");
      await page.getByLabel("Sodium").fill("134");
      await choose(page, "Interferon", "Never");
      await choose(page, "Systemic glucocorticoids", "Never");
      await choose(page, "HIV infection", "No");
      await page.getByLabel("Current ascites").selectOption("none");
      // Open one trial's criteria too: more of the results to re-render.
      await page.locator('article[data-trial="NCT06242405"]').getByText("Criteria for NCT06242405").click();
      await settle(page);

      const total = await mountedComponents(page);
      expect(total, "components on the page").toBeGreaterThan(200);
      const kinds = edits(page);
      const perKind = new Map<string, ReactWork[]>();
      const readers = new Map(kinds.map((edit) => [edit.kind, readersOf(edit.field)]));
      // The edits below must include one that leaves some cards alone, or the per-card check is empty.
      expect(Math.min(...[...readers.values()].map((r) => r.length))).toBeLessThan(TRIALS.length);
      for (let round = 0; round < ROUNDS; round++) {
        for (const edit of kinds) {
          const before = await resultsText(page);
          await takeReactWork(page);
          await edit.run(round % 2 === 0);
          await expect.poll(() => resultsText(page), { message: `${edit.kind} changes the results` }).not.toBe(before);
          await settle(page);
          const work = await takeReactWork(page);
          perKind.set(edit.kind, [...(perKind.get(edit.kind) ?? []), work]);
        }
      }
      expect(errors).toEqual([]);

      const summary = Object.fromEntries(
        [...perKind].map(([kind, works]) => [
          kind,
          {
            commits: Math.max(...works.map((w) => w.commits)),
            rendered: Math.max(...works.map((w) => w.rendered)),
            mounted: Math.max(...works.map((w) => w.mounted)),
            firstCommit: Math.max(...works.map((w) => w.firstCommit)),
            inForm: Math.max(...works.map((w) => w.inForm)),
            perCard: Object.fromEntries(TRIALS.map((t) => [t.id, Math.max(...works.map((w) => w.byTrial[t.id] ?? 0))])),
          },
        ]),
      );
      console.log(`React work per edit (worst of ${ROUNDS}), of ${total} components on the page:`, summary);
      for (const [kind, works] of perKind) {
        for (const work of works) {
          // One commit, the edit's own, with the field and the results it changed: never one per
          // subscriber. (Issue 15's first round deferred the results to a second commit; once only
          // what changed re-renders, one commit is sooner, see the README.)
          expect(work.commits, `${kind}: commits`).toBe(1);
          // Only the edited field and the parts of the results that depend on the profile
          // re-render: never the whole form (its ~100 fields are memoised and subscribe to
          // their own values) and never most of the page.
          expect(work.rendered, `${kind}: components re-rendered`).toBeLessThan(total * 0.3);
          // Render only what changed (issue 15): the results keep the identity of every unchanged
          // trial, criterion and score line (lib/view/structural-sharing.ts) and the components
          // are memoised on them. A card whose trial does not read the edited field is not
          // rendered at all; a card that is re-renders its head and the criteria that changed,
          // never all of its criteria (measured: 6 in a closed card, 13–15 in the open one).
          for (const trial of TRIALS) {
            const inCard = work.byTrial[trial.id] ?? 0;
            if (!readers.get(kind)!.includes(trial.id)) expect(inCard, `${kind}: components rendered in ${trial.id}'s card, which does not read it`).toBe(0);
            expect(inCard, `${kind}: components rendered in ${trial.id}'s card`).toBeLessThanOrEqual(20);
          }
          // In the form, only a lab's converted value re-renders ("= 34.2 µmol/L"), and for current
          // ascites the recompensation question it shows or hides: never the edited field itself,
          // nor a field whose warning reads the edited value while that warning stays the same
          // (measured: 0–1, and 5 for current ascites; a bilirubin keystroke re-rendered 5 before
          // the warnings were computed, 2 before the converted value was its own component).
          expect(work.inForm, `${kind}: components re-rendered in the form`).toBeLessThanOrEqual(kind.startsWith("current ascites") ? 6 : 1);
          // About 115–130 components before issue 15's round 2; 17–35 with it (plus 5–12 mounted).
          expect(work.rendered, `${kind}: components re-rendered`).toBeLessThanOrEqual(60);
        }
      }
    } finally {
      await context.close();
    }
  });
  it("mounts the form one section per commit, so that no single task of the load mounts a hundred fields", async () => {
    const context = await browser.newContext();
    // Every batch of DOM changes the page makes (one per React commit): how many form sections it added.
    await context.addInitScript({
      content: `window.__sectionBatches = []; new MutationObserver((records) => { let added = 0; for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1) added += (n.matches('details[id^="section-"]') ? 1 : 0) + n.querySelectorAll('details[id^="section-"]').length; if (added) window.__sectionBatches.push(added); }).observe(document, { subtree: true, childList: true });`,
    });
    const page = await context.newPage();
    await page.goto(`${baseURL}/`);
    await page.locator("#results [data-trial]").first().waitFor({ timeout: 60_000 });
    await page.locator('details[id^="section-"]').nth(4).waitFor();
    const batches = await page.evaluate(() => (window as unknown as { __sectionBatches: number[] }).__sectionBatches);
    expect(await page.locator('details[id^="section-"]').count()).toBe(5);
    expect(batches, "sections added per batch of DOM changes").toEqual([1, 1, 1, 1, 1]);
    await context.close();
  });

  it("lays out a typed-in box alone, not the page: every text box of the form sits in a contained block of its own size", async () => {
    // Typing changes the text inside an input, and Chromium lays out before the input event; with
    // size and layout containment on a block whose parent is a block, it lays out that box alone
    // (components/screening/fields.tsx, TypingBox). Checked on the boxes, not on a time.
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    try {
      const page = await context.newPage();
      await page.goto(`${baseURL}/`);
      await page.locator('details[id^="section-"]').nth(4).waitFor();
      await choose(page, "Interferon", "Time since");
      await page.getByLabel("Interferon: how long ago").waitFor();
      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLInputElement>('form input[type="text"]')].map((input) => {
          const box = input.parentElement!;
          const contain = getComputedStyle(box).contain;
          const inputRect = input.getBoundingClientRect();
          const boxRect = box.getBoundingClientRect();
          return {
            id: input.id,
            contained: contain.includes("size") && contain.includes("layout"),
            blockParent: getComputedStyle(box.parentElement!).display === "block" && getComputedStyle(box).display === "block",
            sameSize: Math.abs(inputRect.width - boxRect.width) < 0.5 && Math.abs(inputRect.height - boxRect.height) < 0.5,
          };
        }),
      );
      const typed = boxes.filter((b) => b.id !== "field-screeningLabel");
      expect(typed.length, "the form's number, lab and time boxes").toBeGreaterThan(8);
      expect(typed.some((b) => b.id === "field-exposures-interferon-amount")).toBe(true);
      for (const box of typed) expect(box, box.id).toEqual({ id: box.id, contained: true, blockParent: true, sameSize: true });
    } finally {
      await context.close();
    }
  });
});
