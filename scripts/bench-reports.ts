/**
 * Benchmark of the recruitment report and the exports (not a test gate): seeds an in-memory PGlite
 * log with BENCH_ENTRIES screenings (default 2,000) of generated profiles through the log service,
 * moves some patients on, then times reading the log, building the report, the two CSV exports and
 * the due-for-re-screen list. Prints the machine and the figures.
 *
 *   npx tsx scripts/bench-reports.ts
 *   BENCH_ENTRIES=5000 npx tsx scripts/bench-reports.ts
 */
import { cpus, totalmem } from "node:os";
import { PGlite } from "@electric-sql/pglite";
import fc from "fast-check";
import { TRIALS } from "../criteria";
import { openPglite } from "../lib/server/db/connection";
import { changeTrialStatus, saveScreening } from "../lib/server/log/service";
import { readLogRecords } from "../lib/server/reports/data";
import { deidentifiedCsv, siteLogCsv } from "../lib/view/log-csv";
import { buildReport } from "../lib/view/reports";
import { dueForRescreen } from "../lib/view/rescreen-view";
import { fullProfile } from "../tests/support/arbitraries";
import { makeActor } from "../tests/support/log-database";
import { median } from "./support/figures";

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 2000);

async function time<T>(runs: number, work: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const samples: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = await work();
    samples.push(performance.now() - start);
  }
  return { ms: median(samples), result };
}

async function main() {
  const open = await openPglite(new PGlite());
  const db = open.db;
  const coordinator = await makeActor(db, "coordinator", "bench");
  const profiles = fc.sample(fullProfile, { numRuns: ENTRIES, seed: 12 });
  const seedStart = performance.now();
  for (const [i, profile] of profiles.entries()) {
    const { screeningId } = await saveScreening(db, coordinator, { profile, confirmations: {} });
    if (i % 5 === 0) {
      // Only a patient who passed (or needs information) can be "not approached"; others stay.
      await changeTrialStatus(db, coordinator, { screeningId, trialId: "NCT05106972", to: "not-approached", reason: "Discharged", rowVersion: 1 }).catch(() => undefined);
    }
  }
  const seedMs = performance.now() - seedStart;

  const read = await time(5, () => readLogRecords(db, {}, TRIALS));
  const { entries, candidates } = read.result;
  const report = await time(20, () => buildReport(entries, {}, TRIALS));
  const site = await time(10, () => siteLogCsv(entries));
  const deid = await time(10, () => deidentifiedCsv(entries));
  const due = await time(10, () => dueForRescreen(candidates, TRIALS, "2030-01-01"));

  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  console.log(`Seeded ${ENTRIES} screenings (${entries.length * TRIALS.length} entry × trial rows) in ${(seedMs / 1000).toFixed(1)} s`);
  console.log(`median of runs, PGlite in memory:`);
  console.log(`  read the log (latest versions, statuses, re-screen dates) ${read.ms.toFixed(0)} ms`);
  console.log(`  build the report                                        ${report.ms.toFixed(1)} ms`);
  console.log(`  site log CSV (${(site.result.length / 1024).toFixed(0)} KiB)                                ${site.ms.toFixed(1)} ms`);
  console.log(`  de-identified CSV                                       ${deid.ms.toFixed(1)} ms`);
  console.log(`  due for re-screen (${due.result.length} rows)                          ${due.ms.toFixed(1)} ms`);
  await open.close();
}

void main();
