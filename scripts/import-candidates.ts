/**
 * npm run cohort:import -- --username NAME --input cohort.jsonl --results results.csv
 * Saves the cohort run's candidates (verdict passed or needs-info for some trial) into the screening
 * log as that account (lib/server/cli/import-candidates.ts). Reads the password from standard
 * input. Uses DATABASE_URL or DATA_DIR like the app; with PGlite, stop the app first (one process
 * per data folder).
 */
import { runImportCandidates } from "../lib/server/cli/import-candidates";
import { runWithConfiguredDatabase } from "./run-with-database";

await runWithConfiguredDatabase(runImportCandidates);
