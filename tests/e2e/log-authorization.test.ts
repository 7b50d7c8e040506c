/**
 * The authorization matrix, against the production server: every log page, route and write is
 * tried with no session and with each role, and is allowed or refused as lib/core/screening-log.ts
 * PERMISSIONS says. "Allowed" means the server did the work or refused it for a reason other than
 * who is asking (a version conflict, a validation message); "refused" is 401 (no session; a page
 * redirects to /login) or 403.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureProfile } from '../fixtures/checklist-screening';
import { api, makeAccounts } from './support/session';
import { startServer, type RunningServer } from './support/server';

type Who = 'none' | 'coordinator' | 'investigator' | 'admin';
const WHO: Who[] = ['none', 'coordinator', 'investigator', 'admin'];
type Expect = 'allowed' | 'refused' | number;

describe('who may do what', () => {
  let server: RunningServer;
  let cookies: Record<Who, string | undefined>;
  let id = '';
  const profile = fixtureProfile('decompensated-hbv-eligible-for-NCT05106972');

  beforeAll(async () => {
    server = await startServer();
    const made = await makeAccounts(server.url);
    cookies = { none: undefined, ...made };
    const saved = await api(server.url, cookies.coordinator, 'POST', '/api/log/entries', { profile, confirmations: {} });
    expect(saved.status).toBe(201);
    id = (saved.json as { screeningId: string }).screeningId;
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
  });

  const read: Record<Who, Expect> = { none: 'refused', coordinator: 'allowed', investigator: 'allowed', admin: 'allowed' };
  const write: Record<Who, Expect> = { none: 'refused', coordinator: 'allowed', investigator: 'allowed', admin: 'refused' };
  const sign: Record<Who, Expect> = { none: 'refused', coordinator: 'refused', investigator: 'allowed', admin: 'refused' };
  const reports: Record<Who, Expect> = { none: 'refused', coordinator: 'allowed', investigator: 'allowed', admin: 'allowed' };
  const exporting: Record<Who, Expect> = { none: 'refused', coordinator: 'allowed', investigator: 'allowed', admin: 'refused' };
  const manage: Record<Who, Expect> = { none: 'refused', coordinator: 'refused', investigator: 'refused', admin: 'allowed' };

  const cases: { name: string; method: string; path: () => string; body?: () => unknown; expect: Record<Who, Expect>; page?: boolean }[] = [
    { name: 'the log page', method: 'GET', path: () => '/log', expect: read, page: true },
    { name: 'an entry page', method: 'GET', path: () => `/log/${id}`, expect: read, page: true },
    { name: "an entry's checklist", method: 'GET', path: () => `/log/${id}/checklist`, expect: read, page: true },
    { name: 'the accounts page', method: 'GET', path: () => '/admin/users', expect: manage, page: true },
    { name: 'listing entries', method: 'GET', path: () => '/api/log/entries', expect: read },
    { name: 'reading an entry', method: 'GET', path: () => `/api/log/entries/${id}`, expect: read },
    { name: 'saving a screening', method: 'POST', path: () => '/api/log/entries', body: () => ({ profile, confirmations: {} }), expect: write },
    {
      name: 're-screening',
      method: 'POST',
      path: () => '/api/log/entries',
      body: () => ({ profile, confirmations: {}, rescreenOf: { screeningId: id, rowVersion: 999 } }),
      expect: write,
    },
    {
      name: "changing a trial's status",
      method: 'POST',
      path: () => `/api/log/entries/${id}/status`,
      body: () => ({ trialId: 'NCT05106972', to: 'approached', reason: 'x', rowVersion: 999 }),
      expect: write,
    },
    {
      name: 'signing off',
      method: 'POST',
      path: () => `/api/log/entries/${id}/signoff`,
      body: () => ({ trialId: 'NCT05106972', version: 1, judgements: [], rowVersion: 999 }),
      expect: sign,
    },
    { name: 'voiding', method: 'POST', path: () => `/api/log/entries/${id}/void`, body: () => ({ reason: 'x', rowVersion: 999 }), expect: write },
    { name: 'listing accounts', method: 'GET', path: () => '/api/admin/users', expect: manage },
    {
      name: 'creating an account',
      method: 'POST',
      path: () => '/api/admin/users',
      body: () => ({ username: '!', role: 'coordinator', password: 'x' }),
      expect: manage,
    },
    { name: 'setup once an account exists', method: 'POST', path: () => '/api/setup', body: () => ({ username: 'x', password: 'y' }), expect: { none: 404, coordinator: 404, investigator: 404, admin: 404 } },
    // Reports and exports (issue 12): the reports show counts to every role; exports need log:export.
    { name: 'the reports page', method: 'GET', path: () => '/reports?from=2026-01-01&mask=1', expect: reports, page: true },
    { name: 'the due-for-re-screen page', method: 'GET', path: () => '/log/due', expect: read, page: true },
    { name: 'exporting the site log, all trials', method: 'GET', path: () => '/log/export.csv', expect: exporting },
    { name: "exporting one trial's log", method: 'GET', path: () => '/log/export.csv?trial=NCT05106972', expect: exporting },
    { name: 'exporting the de-identified counts', method: 'GET', path: () => '/log/export.csv?deidentified=1', expect: exporting },
    { name: 'the setup page once an account exists', method: 'GET', path: () => '/setup', expect: { none: 404, coordinator: 404, investigator: 404, admin: 404 } },
  ];

  for (const c of cases) {
    for (const who of WHO) {
      const expected = c.expect[who];
      it(`${c.name}: ${who === 'none' ? 'no session' : who} → ${expected}`, async () => {
        const r = await api(server.url, cookies[who], c.method, c.path(), c.body?.());
        if (typeof expected === 'number') {
          expect(r.status).toBe(expected);
        } else if (expected === 'allowed') {
          expect([401, 403]).not.toContain(r.status);
          expect(r.status).toBeLessThan(500);
          if (c.page) expect(r.status).toBe(200);
        } else if (who === 'none') {
          if (c.page) {
            expect(r.status).toBe(307);
            expect(r.location).toMatch(/\/login\?next=/);
          } else expect(r.status).toBe(401);
        } else {
          expect(r.status).toBe(403);
        }
      });
    }
  }

  it('gives the allowed writes the expected answers (conflicts for a stale version, a message for a bad account)', async () => {
    const status = await api(server.url, cookies.coordinator, 'POST', `/api/log/entries/${id}/status`, { trialId: 'NCT05106972', to: 'approached', reason: 'x', rowVersion: 999 });
    expect(status.status).toBe(409);
    expect((status.json as { message: string }).message).toMatch(/your change was not saved/);
    const account = await api(server.url, cookies.admin, 'POST', '/api/admin/users', { username: '!', role: 'coordinator', password: 'x' });
    expect(account.status).toBe(422);
  });

  it('offers no way to edit or delete an entry or an audit event over HTTP', async () => {
    for (const who of WHO) {
      for (const method of ['PUT', 'PATCH', 'DELETE']) {
        const r = await api(server.url, cookies[who], method, `/api/log/entries/${id}`, {});
        expect(r.status, `${method} as ${who}`).toBe(405);
      }
    }
  });

  it('refuses a write from another site even with a valid session', async () => {
    const response = await fetch(`${server.url}/api/log/entries/${id}/void`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', cookie: cookies.coordinator!, 'content-type': 'application/json' },
      body: JSON.stringify({ reason: 'x', rowVersion: 1 }),
    });
    expect(response.status).toBe(403);
  });
});
