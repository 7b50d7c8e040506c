/**
 * Cohort screening in the database: see lib/cli/cohort.ts and the README ("Cohort screening").
 *
 *   npm run --silent cohort -- sql
 *   npm run --silent cohort -- screen --input FILE [--db postgres://…] [--out results.csv] [--engine js]
 */
import { runCohortCli } from "../lib/cli/cohort";

process.exitCode = await runCohortCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
