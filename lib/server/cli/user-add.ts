/**
 * `npm run user:add -- --username NAME --role coordinator|investigator|admin`: makes an account
 * with the password read from standard input (never from the command line, where it would sit in
 * the shell history and the process list). Exit codes: 0 created; 1 refused (taken username, bad
 * password or role); 64 usage error.
 */
import { parseArgs } from "node:util";
import type { Database } from "../db/connection";
import { AccountError, createAccount } from "../auth/accounts";
import { ROLES } from "../../core/screening-log";

export const USER_ADD_USAGE = `usage: npm run user:add -- --username NAME --role ${ROLES.join("|")}  (password on standard input)`;

export type CliResult = { exitCode: number; stdout: string; stderr: string };

/** The password as typed or piped: the first line, without its line ending. */
export function passwordFromStdin(text: string): string {
  return text.split(/\r?\n/)[0] ?? "";
}

export async function runUserAdd(args: string[], readPassword: () => Promise<string>, db: () => Promise<Database>): Promise<CliResult> {
  let values: { username?: string; role?: string };
  try {
    ({ values } = parseArgs({ args, options: { username: { type: "string" }, role: { type: "string" } }, strict: true }));
  } catch (error) {
    return { exitCode: 64, stdout: "", stderr: `${(error as Error).message}\n${USER_ADD_USAGE}\n` };
  }
  if (!values.username || !values.role) return { exitCode: 64, stdout: "", stderr: `${USER_ADD_USAGE}\n` };
  const password = passwordFromStdin(await readPassword());
  try {
    const created = await createAccount(await db(), { username: values.username, password, role: values.role });
    return { exitCode: 0, stdout: `Created ${created.role} account "${created.username}".\n`, stderr: "" };
  } catch (error) {
    if (error instanceof AccountError) return { exitCode: 1, stdout: "", stderr: `${error.message}\n` };
    throw error;
  }
}
