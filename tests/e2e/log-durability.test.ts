/**
 * Durability: the production server saves screenings from several clients at once and is killed
 * (SIGKILL, the whole process group) in the middle of the saves. After a restart on the same data
 * (PGlite data folder, or the same PostgreSQL database), every save the server acknowledged is
 * there, complete (its version, a status per trial, its audit events), and no entry is half-written.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { TRIALS } from '@/criteria';
import { fixtureProfile } from '../fixtures/checklist-screening';
import { databaseTargets, type TestDatabase } from '../support/databases';
import { api, makeAccounts, signInCookie } from './support/session';
import { startServer, type RunningServer } from './support/server';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const profile = fixtureProfile('decompensated-hbv-eligible-for-NCT05106972');

type Entry = { versions: unknown[]; statuses: unknown[]; events: { action: string }[] };

describe.each(databaseTargets())('saves survive a SIGKILL on $name', (target) => {
  let server: RunningServer | undefined;
  let postgres: TestDatabase | undefined;

  afterAll(async () => {
    await server?.stop();
    await postgres?.close();
  });

  it('keeps every acknowledged save, whole, and nothing half-written', async () => {
    const env: Record<string, string> = {};
    if (target.name === 'PostgreSQL') {
      postgres = await target.create();
      env.DATABASE_URL = postgres.url!;
    }
    server = await startServer({ env });
    const { coordinator } = await makeAccounts(server.url);
    const acknowledged: string[] = [];
    let inFlight = 0;
    let killed = false;
    const client = async () => {
      while (!killed) {
        inFlight += 1;
        try {
          const r = await api(server!.url, coordinator, 'POST', '/api/log/entries', { profile, confirmations: {} });
          if (r.status === 201) acknowledged.push((r.json as { screeningId: string }).screeningId);
        } catch {
          // the connection died with the server: not acknowledged
        } finally {
          inFlight -= 1;
        }
      }
    };
    const clients = Array.from({ length: 6 }, client);
    // Kill once enough saves are in. SIGKILL goes out synchronously inside kill(), before the
    // clients learn to stop, so the saves the six clients have in flight at that moment die with
    // the server (stopping the clients first let them finish every save under load).
    while (acknowledged.length < 30) await sleep(50);
    const killing = server.kill();
    // Saves the clients had sent and not yet seen answered when the kill went out: the test is
    // only meaningful if the server died in the middle of saving. (Counted here, not from the
    // answers: a loaded machine may deliver answers the server wrote just before it died.)
    const inFlightAtKill = inFlight;
    killed = true;
    await killing;
    await Promise.all(clients);
    const dataDir = server.dataDir;

    server = await startServer({ dataDir, env });
    const cookie = await signInCookie(server.url, 'inv', 'investigator-pw-1');
    for (const id of acknowledged) {
      const r = await api(server.url, cookie, 'GET', `/api/log/entries/${id}`);
      expect(r.status, id).toBe(200);
      const entry = r.json as Entry;
      expect(entry.versions).toHaveLength(1);
      expect(entry.statuses).toHaveLength(TRIALS.length);
      expect(entry.events.filter((e) => e.action === 'entry.created')).toHaveLength(1);
    }
    // Every entry in the log, acknowledged or not, is whole.
    const list = await api(server.url, cookie, 'GET', '/api/log/entries');
    const entries = (list.json as { entries: { screeningId: string; statuses: unknown[] }[] }).entries;
    expect(entries.length).toBeGreaterThanOrEqual(Math.min(acknowledged.length, 200));
    for (const e of entries) expect(e.statuses, e.screeningId).toHaveLength(TRIALS.length);
    expect(inFlightAtKill).toBeGreaterThan(0);
  }, 300_000);
});
