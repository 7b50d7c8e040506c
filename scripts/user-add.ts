/**
 * npm run user:add -- --username NAME --role coordinator|investigator|admin
 * Reads the password from standard input: typed at a prompt (not echoed) or piped
 * (`printf '%s\n' "$PASSWORD" | npm run user:add -- …`). Uses DATABASE_URL or DATA_DIR like the app;
 * with PGlite, stop the app first (one process per data folder).
 */
import { openConfiguredDatabase, type OpenDatabase } from "../lib/server/db/connection";
import { runUserAdd } from "../lib/server/cli/user-add";
import { readPassword } from "./read-password";

let opened: OpenDatabase | undefined;
const result = await runUserAdd(process.argv.slice(2), readPassword, async () => {
  opened = await openConfiguredDatabase();
  return opened.db;
});
await opened?.close();
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
