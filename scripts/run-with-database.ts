/**
 * Runs an account command (user:add, cohort:import) against the configured database (DATABASE_URL
 * or DATA_DIR, as the app), opened only when the command gets that far, with the password read
 * from standard input; writes its output and sets the exit code.
 */
import { openConfiguredDatabase, type OpenDatabase } from "../lib/server/db/connection";
import { readPassword } from "./read-password";

type CommandResult = { stdout?: string; stderr?: string; exitCode: number };
type Command = (
  args: string[],
  password: typeof readPassword,
  openDatabase: () => Promise<OpenDatabase["db"]>,
) => Promise<CommandResult>;

export async function runWithConfiguredDatabase(command: Command): Promise<void> {
  let opened: OpenDatabase | undefined;
  const result = await command(process.argv.slice(2), readPassword, async () => {
    opened = await openConfiguredDatabase();
    return opened.db;
  });
  await opened?.close();
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}
