/**
 * The screening log in Chromium, on its own production server with a fresh data folder:
 * 1. first-run setup; 2. sign in; 3. screen a patient and save to the log (the draft survives the
 * sign-in detour); 4. restart the server and find the entry; 5. re-screen and see both versions;
 * 6. change a trial's status with a reason; 7. sign off as an investigator; 8. print the saved
 * entry's checklist. axe-core finds no violations on any of the new pages.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENING_ID_PATTERN } from '@/lib/core/screening-log';
import { DRAFT_KEY } from '@/lib/view/draft';
import { checklistDraft } from '../fixtures/checklist-screening';
import { axeViolations } from './support/axe';
import { launchBrowser, projectRoot, startServer, type RunningServer } from './support/server';

const OUT = join(projectRoot, 'test-results', 'log-flow');
const PASSWORDS = { admin: 'admin-password-1', coord: 'coordinator-pw-1', inv: 'investigator-pw-1' };

describe('the screening log, end to end', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let screeningId = '';
  const errors: string[] = [];

  const url = (path: string) => `${server.url}${path}`;

  async function expectNoAxeViolations() {
    expect(await axeViolations(page)).toEqual([]);
  }

  async function signIn(username: keyof typeof PASSWORDS, next = '/log') {
    await page.goto(url(`/login?next=${encodeURIComponent(next)}`), { waitUntil: 'networkidle' });
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(PASSWORDS[username]);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((u) => u.pathname === next, { timeout: 30_000 });
  }

  async function signOut() {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((u) => u.pathname === '/login');
  }

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    server = await startServer();
    browser = await launchBrowser();
    context = await browser.newContext();
    page = await context.newPage();
    page.on('pageerror', (err) => errors.push(err.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('1. creates the first admin at /setup, which then disappears', async () => {
    await page.goto(url('/setup'), { waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'First-run setup' }).waitFor();
    await expectNoAxeViolations();
    await page.getByLabel('Username').fill('admin');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORDS.admin);
    await page.getByLabel('Password again').fill(PASSWORDS.admin);
    await page.getByRole('button', { name: 'Create the administrator account' }).click();
    await page.waitForURL((u) => u.pathname === '/admin/users', { timeout: 30_000 });
    expect(await page.getByTestId('signed-in-user').textContent()).toBe('admin');
    await expectNoAxeViolations();
    for (const [name, role] of [['coord', 'coordinator'], ['inv', 'investigator']] as const) {
      await page.getByLabel('Username').fill(name);
      await page.getByLabel('Role').selectOption(role);
      await page.getByLabel('Initial password').fill(PASSWORDS[name]);
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByText(`Created account “${name}”.`).waitFor();
    }
    const gone = await page.request.get(url('/setup'));
    expect(gone.status()).toBe(404);
    await signOut();
  });

  it('2–3. asks to sign in when saving, keeps the draft through the sign-in, then saves', async () => {
    await page.goto(url('/'), { waitUntil: 'networkidle' });
    await page.evaluate(([key, value]) => window.sessionStorage.setItem(key, value), [DRAFT_KEY, JSON.stringify(checklistDraft())] as const);
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Save to screening log' }).click();
    await page.getByText('Saving to the screening log needs an account.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Sign in', exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/login');
    await expectNoAxeViolations();
    await page.getByLabel('Username').fill('coord');
    await page.getByLabel('Password').fill(PASSWORDS.coord);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((u) => u.pathname === '/', { timeout: 30_000 });
    const label = page.locator('#field-screeningLabel');
    await label.waitFor();
    expect(await label.inputValue()).toBe(checklistDraft().values.screeningLabel);
    await page.getByRole('button', { name: 'Save to screening log' }).click();
    const saved = page.getByText('Saved to the screening log as', { exact: false });
    await saved.waitFor({ timeout: 30_000 });
    screeningId = /S-[0-9A-Z]{6}/.exec((await saved.textContent()) ?? '')?.[0] ?? '';
    expect(screeningId).toMatch(SCREENING_ID_PATTERN);
    // The profile went in the request body, never the URL.
    expect(page.url()).not.toContain(encodeURIComponent(checklistDraft().values.screeningLabel));
  });

  it('4. finds the entry in the log after the server restarts', async () => {
    await server.stop();
    server = await startServer({ dataDir: server.dataDir });
    await page.goto(url('/log'), { waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Screening log' }).waitFor();
    expect(await page.getByRole('link', { name: screeningId }).isVisible()).toBe(true);
    await expectNoAxeViolations();
  });

  it('5. re-screens the entry and shows both versions', async () => {
    await page.goto(url(`/log/${screeningId}`), { waitUntil: 'networkidle' });
    await expectNoAxeViolations();
    await page.getByRole('button', { name: 'Re-screen' }).click();
    await page.waitForURL((u) => u.pathname === '/');
    const label = page.locator('#field-screeningLabel');
    await label.waitFor();
    await label.fill('Bed 12, second look');
    await page.getByRole('button', { name: 'Save to screening log' }).click();
    await page.getByText(`Saved to the screening log as ${screeningId}, version 2.`).waitFor({ timeout: 30_000 });
    await page.goto(url(`/log/${screeningId}`), { waitUntil: 'networkidle' });
    const versions = await page.getByTestId('version-summary').allTextContents();
    expect(versions).toHaveLength(2);
    expect(versions[0]).toMatch(/^Version 2 .* by coord/);
    expect(versions[1]).toMatch(/^Version 1 /);
  });

  it('6. changes a trial status with a reason, recorded in the history', async () => {
    const trial = page.getByRole('article', { name: 'NCT05106972' });
    await trial.getByLabel('New status').selectOption('approached');
    await trial.getByLabel('Reason').fill('Seen on the ward round');
    await trial.getByRole('button', { name: 'Change status' }).click();
    await page.getByTestId('status-NCT05106972').getByText('Approached').waitFor({ timeout: 30_000 });
    expect(await page.getByRole('table', { name: `Audit trail of ${screeningId}` }).getByText('Seen on the ward round').count()).toBeGreaterThan(0);
    await expectNoAxeViolations();
    await signOut();
  });

  it('7. lets the investigator sign off the manual items and the determination', async () => {
    await signIn('inv', `/log/${screeningId}`);
    const trial = page.getByRole('article', { name: 'NCT05106972' });
    await trial.getByText('Investigator sign-off', { exact: false }).click();
    for (const radio of await trial.getByRole('radio', { name: 'Met', exact: true }).all()) await radio.check();
    await trial.getByRole('button', { name: 'Sign eligibility determination' }).click();
    await trial.getByText('Signed by inv', { exact: false }).waitFor({ timeout: 30_000 });
    expect(await trial.getByText('eligible', { exact: false }).first().isVisible()).toBe(true);
    await expectNoAxeViolations();
  });

  it("8. prints the saved entry's checklist with the ID, the version and who confirmed and signed", async () => {
    await page.goto(url(`/log/${screeningId}/checklist`), { waitUntil: 'networkidle' });
    await expectNoAxeViolations();
    const record = await page.getByTestId('log-record').textContent();
    expect(record).toContain(`Screening ID ${screeningId} · version 2`);
    expect(record).toMatch(/NCT05106972: eligibility determination signed by inv/);
    await page.emulateMedia({ media: 'print' });
    const file = join(OUT, 'saved-checklist.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4' }));
    // Lines wrap anywhere in the PDF: compare without whitespace.
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain(screeningId);
    expect(text).toContain('confirmedbycoord');
    expect(text).toContain('signedbyinv');
    expect(errors).toEqual([]);
  });
});
