import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/server';
import { watchPageErrors } from './support/page-errors';

const baseURL = inject('baseURL');

describe('production smoke', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('serves security headers on /', async () => {
    const res = await fetch(`${baseURL}/`);
    await res.body?.cancel();
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('permissions-policy')).toContain('camera=()');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('renders the Screening page in Chromium without console errors', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchPageErrors(page);
    // Browser-level log (CSP violations, header parse errors, failed favicon, ...),
    // which page 'console' events do not always report.
    const cdp = await context.newCDPSession(page);
    const browserLog: string[] = [];
    cdp.on('Log.entryAdded', ({ entry }) => {
      if (entry.level === 'error' || entry.level === 'warning') {
        browserLog.push(`${entry.level} ${entry.source}: ${entry.text}${entry.url ? ` (${entry.url})` : ''}`);
      }
    });
    await cdp.send('Log.enable');
    const failedResponses: string[] = [];
    page.on('response', (res) => {
      if (res.status() >= 400) failedResponses.push(`${res.status()} ${res.url()}`);
    });
    try {
      const response = await page.goto(`${baseURL}/`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      await page.getByRole('heading', { level: 1, name: 'Screening' }).waitFor({ state: 'visible' });
      expect(await page.getByRole('heading', { level: 1, name: 'Screening' }).isVisible()).toBe(true);
      expect(await page.getByText('De-identified data only. The screening page keeps nothing; saved screenings go to this site’s own server.').isVisible()).toBe(true);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.title()).toBe('UC-MSC trial pre-screener');
      // CSP violations, blocked hydration scripts and bad headers all surface as console errors.
      expect(failedResponses).toEqual([]);
      expect(errors).toEqual([]);
      expect(browserLog).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
