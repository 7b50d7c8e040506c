import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TRIALS } from '@/criteria';
import { STATUS_LABELS } from '@/lib/core/freshness';
import { launchBrowser } from './support/server';
import { watchPageErrors } from './support/page-errors';

const baseURL = inject('baseURL');
const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[]; html: string }[] };

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('trials pages', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(path: string) {
    context = await browser.newContext();
    page = await context.newPage();
    errors = watchPageErrors(page);
    return page.goto(`${baseURL}${path}`, { waitUntil: 'networkidle' });
  }

  it('/trials lists every trial with its status and freshness, and is axe-clean', async () => {
    try {
      const response = await open('/trials');
      expect(response?.status()).toBe(200);
      expect(await page.title()).toBe('Trials — UC-MSC trial pre-screener');
      await page.getByRole('heading', { level: 1, name: 'Trials' }).waitFor();
      const cards = page.getByRole('list', { name: 'Trials' }).getByRole('article');
      expect(await cards.count()).toBe(TRIALS.length);
      for (const trial of TRIALS) {
        const card = page.getByRole('article', { name: new RegExp(trial.id) });
        expect(await card.getByRole('link', { name: `${trial.id}: ${trial.shortTitle}` }).getAttribute('href')).toBe(
          `/trials/${trial.id}`,
        );
        expect(await card.getByText(STATUS_LABELS[trial.status.overall], { exact: true }).count()).toBe(1);
        expect(await card.getByText(`(${trial.status.overall})`, { exact: true }).isVisible()).toBe(true);
        expect(await card.getByText(/^(Current|Stale|Outdated) record/).isVisible()).toBe(true);
      }
      const unknown = page.getByRole('article', { name: /NCT01224327/ });
      expect(await unknown.getByText(/^Outdated record/).isVisible()).toBe(true);
      // The client recomputed the assessment for the browser's today.
      const today = await page.evaluate(() => {
        const d = new Date();
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      });
      expect(await unknown.locator(`time[datetime="${today}"]`).count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('/trials/NCT05106972 shows each registry line beside its encoding, and is axe-clean', async () => {
    try {
      const response = await open('/trials/NCT05106972');
      expect(response?.status()).toBe(200);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        'Umbilical Cord Mesenchymal Stem Cell Transplantation for Decompensated Hepatitis B Cirrhosis',
      );
      const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /EXCL06/ }) });
      expect(await row.getByText('PT prolongation is greater than 3 seconds').isVisible()).toBe(true);
      expect(await row.getByText('PT prolongation is more than 3 s').isVisible()).toBe(true);
      expect(await row.getByText('Excluded if:').isVisible()).toBe(true);
      const trial = TRIALS.find((t) => t.id === 'NCT05106972');
      const manual = trial?.criteria.filter((c) => c.manual) ?? [];
      expect(await page.getByText('Manual — investigator', { exact: true }).count()).toBe(manual.length);
      // The concept link jumps to its definition on the page.
      await page.getByRole('link', { name: 'Decompensated cirrhosis (shared definition)' }).click();
      expect(page.url()).toMatch(/#concept-decompensatedCirrhosis$/);
      expect(await page.getByRole('region', { name: 'Source documents' }).getByRole('article').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('/trials/NCT06242405 is axe-clean, with both source documents', async () => {
    try {
      await open('/trials/NCT06242405');
      const sources = page.getByRole('region', { name: 'Source documents' });
      expect(await sources.getByRole('article').count()).toBe(2);
      expect(await page.locator('[lang="zh"]').first().textContent()).toBe('终末期肝病');
      expect(await axeViolations(page)).toEqual([]);
      // On a phone the tables scroll sideways inside focusable regions; the page itself does not.
      await page.setViewportSize({ width: 360, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('an unknown trial id is a 404', async () => {
    const res = await fetch(`${baseURL}/trials/NCT00000000`);
    await res.body?.cancel();
    expect(res.status).toBe(404);
  });
});
