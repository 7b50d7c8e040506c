/**
 * npm run cohort:import -- --username NAME --input cohort.jsonl --results results.csv
 * Saves the cohort run's candidates (verdict passed or needs-info for some trial) into the screening
 * log as that account (lib/server/cli/import-candidates.ts). Reads the password from standard
 * input. Uses DATABASE_URL or DATA_DIR like the app; with PGlite, stop the app first (one process
 * per data folder).
 */
import { openConfiguredDatabase, type OpenDatabase } from "../lib/server/db/connection";
import { runImportCandidates } from "../lib/server/cli/import-candidates";
import { readPassword } from "./read-password";

let opened: OpenDatabase | undefined;
const result = await runImportCandidates(process.argv.slice(2), readPassword, async () => {
  opened = await openConfiguredDatabase();
  return opened.db;
});
await opened?.close();
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
