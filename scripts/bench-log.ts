/**
 * Load benchmark of the screening log (not a test gate): 20 concurrent clients save screenings to
 * the production server for 60 s, once on PGlite and once on PostgreSQL, on loopback. Reports
 * throughput and latency percentiles, then counts the rows: every acknowledged save must be in the
 * database.
 *
 *   npm run build && npm run bench:log
 *   BENCH_SECONDS=20 BENCH_CLIENTS=20 npm run bench:log
 *
 * PostgreSQL: a fresh database on the server named by BENCH_DATABASE_URL or TEST_DATABASE_URL
 * (a superuser URL, as scripts/ci/postgres.sh prints); skipped when neither is set.
 */
import { randomBytes } from "node:crypto";
import { cpus, totalmem } from "node:os";
import { inArray } from "drizzle-orm";
import pg from "pg";
import { openConfiguredDatabase } from "../lib/server/db/connection";
import { screeningEntry } from "../lib/server/db/schema";
import { fixtureProfile } from "../tests/fixtures/checklist-screening";
import { api, makeAccounts } from "../tests/e2e/support/session";
import { startServer } from "../tests/e2e/support/server";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 20);
const profile = fixtureProfile("decompensated-hbv-eligible-for-NCT05106972");

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function run(engine: "PGlite" | "PostgreSQL", env: Record<string, string>) {
  const server = await startServer({ env });
  const accounts = await makeAccounts(server.url);
  const cookies = [accounts.coordinator, accounts.investigator];
  const probe = await api(server.url, cookies[0], "POST", "/api/log/entries", { profile, confirmations: {} });
  if (probe.status !== 201) {
    await server.stop();
    throw new Error(`a save was refused (${probe.status}: ${probe.text.slice(0, 300)}); is the build current? (npm run build)`);
  }
  const latencies: number[] = [];
  const acknowledged: string[] = [];
  const failures = new Map<number, number>();
  const end = performance.now() + SECONDS * 1000;
  const client = async (i: number) => {
    while (performance.now() < end) {
      const start = performance.now();
      const r = await api(server.url, cookies[i % 2], "POST", "/api/log/entries", { profile, confirmations: {} }).catch(() => ({ status: 0, json: undefined }));
      latencies.push(performance.now() - start);
      if (r.status === 201) acknowledged.push((r.json as { screeningId: string }).screeningId);
      else failures.set(r.status, (failures.get(r.status) ?? 0) + 1);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i)));
  const elapsed = (performance.now() - started) / 1000;
  await server.stop();

  // Count the rows with the server stopped (PGlite is one process per data folder).
  const opened = await openConfiguredDatabase(engine === "PGlite" ? { ...process.env, DATA_DIR: server.dataDir, DATABASE_URL: "" } : { ...process.env, ...env });
  let found = 0;
  for (let i = 0; i < acknowledged.length; i += 1000) {
    const ids = acknowledged.slice(i, i + 1000);
    found += (await opened.db.select({ id: screeningEntry.id }).from(screeningEntry).where(inArray(screeningEntry.id, ids))).length;
  }
  await opened.close();

  latencies.sort((a, b) => a - b);
  return {
    engine,
    saves: acknowledged.length,
    perSecond: acknowledged.length / elapsed,
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
    failures: Object.fromEntries(failures),
    missing: acknowledged.length - found,
  };
}

const results = [await run("PGlite", {})];
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (serverUrl) {
  const name = `bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    results.push(await run("PostgreSQL", { DATABASE_URL: url.toString() }));
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
} else {
  console.log("PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL (eval \"$(scripts/ci/postgres.sh start)\").");
}

console.log(`\nscreening log load: ${CLIENTS} clients, ${SECONDS} s each engine, loopback; ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`);
console.log("| engine | acknowledged saves | saves/s | p50 | p90 | p99 | max | failed requests | acknowledged but missing |");
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (const r of results) {
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const failed = Object.entries(r.failures).map(([s, n]) => `${n} × ${s}`).join(", ") || "0";
  console.log(`| ${r.engine} | ${r.saves} | ${r.perSecond.toFixed(1)} | ${ms(r.p50)} | ${ms(r.p90)} | ${ms(r.p99)} | ${ms(r.max)} | ${failed} | ${r.missing} |`);
}
if (results.some((r) => r.missing > 0)) process.exitCode = 1;
