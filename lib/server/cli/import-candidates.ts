/**
 * `npm run cohort:import -- --username NAME --input cohort.jsonl --results results.csv`: saves the
 * candidates a cohort run found into the screening log, as "potential candidates".
 *
 * A candidate is a valid input line whose verdict in the cohort command's results (its CSV:
 * line,trial_id,verdict,…) is `passed` or `needs-info` for at least one trial. Each is saved with
 * the log service's saveScreening, exactly as a screening saved from the page: its own random
 * screening ID, version 1, the per-trial pre-screen statuses from the engine's verdicts, no manual
 * confirmations (those stay for the coordinator), and the audit trail, all attributed to the named
 * account. The password is read from standard input (never from the command line), checked as at
 * sign-in, and the account must be enabled and allowed to write to the log.
 *
 * Output (stdout): CSV `line,screening_id`, for the coordinator to find each candidate in the log.
 * Only line numbers and screening IDs are printed; no profile data. Exit codes: 0 imported (or
 * nothing to import); 1 refused (sign-in or permission) or a line that could not be saved; 2 a
 * candidate line that is not a valid profile, or an input that does not match the results; 64
 * usage error.
 */
import { createReadStream, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { and, eq } from "drizzle-orm";
import Papa from "papaparse";
import { parseProfile } from "../../core/profile";
import type { Database } from "../db/connection";
import { account, user } from "../db/schema";
import { normalizeUsername } from "../auth/accounts";
import { verifyPassword } from "../auth/password";
import { ForbiddenError, LogError, saveScreening, type Actor } from "../log/service";
import { passwordFromStdin, type CliResult } from "./user-add";

export const IMPORT_USAGE =
  "usage: npm run cohort:import -- --username NAME --input cohort.jsonl --results results.csv  (password on standard input)";

/** The verdicts that make a line a potential candidate for a trial. */
const CANDIDATE_VERDICTS = new Set(["passed", "needs-info"]);

/** The lines the results name as candidates for at least one trial. */
export function candidateLines(resultsCsv: string): Set<number> {
  const parsed = Papa.parse<Record<string, string>>(resultsCsv, { header: true, skipEmptyLines: true });
  const lines = new Set<number>();
  for (const row of parsed.data) {
    if (row.verdict !== undefined && CANDIDATE_VERDICTS.has(row.verdict)) lines.add(Number(row.line));
  }
  return lines;
}

/** The account as at sign-in: the credential password checked, not disabled. */
async function signIn(db: Database, username: string, password: string): Promise<Actor | undefined> {
  const [row] = await db
    .select({ id: user.id, username: user.username, role: user.role, disabled: user.disabled, hash: account.password })
    .from(user)
    .innerJoin(account, and(eq(account.userId, user.id), eq(account.providerId, "credential")))
    .where(eq(user.username, normalizeUsername(username)));
  if (!row?.hash || !row.username || row.disabled) return undefined;
  if (!(await verifyPassword({ hash: row.hash, password }))) return undefined;
  return { id: row.id, username: row.username, role: row.role };
}

export async function runImportCandidates(args: string[], readPassword: () => Promise<string>, db: () => Promise<Database>): Promise<CliResult> {
  let values: { username?: string; input?: string; results?: string };
  try {
    ({ values } = parseArgs({ args, options: { username: { type: "string" }, input: { type: "string" }, results: { type: "string" } }, strict: true }));
  } catch (error) {
    return { exitCode: 64, stdout: "", stderr: `${(error as Error).message}\n${IMPORT_USAGE}\n` };
  }
  if (!values.username || !values.input || !values.results) return { exitCode: 64, stdout: "", stderr: `${IMPORT_USAGE}\n` };
  let candidates: Set<number>;
  try {
    candidates = candidateLines(readFileSync(values.results, "utf8"));
  } catch (error) {
    return { exitCode: 2, stdout: "", stderr: `cannot read ${values.results} (${(error as NodeJS.ErrnoException).code ?? "unreadable"})\n` };
  }
  const password = passwordFromStdin(await readPassword());
  const database = await db();
  const actor = await signIn(database, values.username, password);
  if (!actor) return { exitCode: 1, stdout: "", stderr: "Sign-in refused: wrong username or password, or the account is disabled.\n" };

  let stdout = "line,screening_id\n";
  let stderr = "";
  let exitCode = 0;
  const found = new Set<number>();
  let line = 0;
  try {
    for await (const text of createInterface({ input: createReadStream(values.input), crlfDelay: Infinity })) {
      line++;
      if (!candidates.has(line)) continue;
      found.add(line);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      const parsed = parseProfile(json);
      if (!parsed.ok) {
        stderr += `line ${line}: not a valid profile; is this the input the results were made from?\n`;
        exitCode = Math.max(exitCode, 2);
        continue;
      }
      try {
        const saved = await saveScreening(database, actor, { profile: parsed.profile, confirmations: {} });
        stdout += `${line},${saved.screeningId}\n`;
      } catch (error) {
        if (error instanceof ForbiddenError) return { exitCode: 1, stdout, stderr: `${stderr}The account "${actor.username}" (${actor.role}) may not write to the screening log.\n` };
        if (!(error instanceof LogError)) throw error;
        stderr += `line ${line}: not saved: ${error.message}\n`;
        exitCode = 1;
      }
    }
  } catch (error) {
    return { exitCode: 2, stdout, stderr: `${stderr}cannot read ${values.input} (${(error as NodeJS.ErrnoException).code ?? "unreadable"})\n` };
  }
  for (const missing of [...candidates].filter((l) => !found.has(l))) {
    stderr += `line ${missing}: in the results but not in the input; is this the input the results were made from?\n`;
    exitCode = Math.max(exitCode, 2);
  }
  return { exitCode, stdout, stderr };
}
