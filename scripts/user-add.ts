/**
 * npm run user:add -- --username NAME --role coordinator|investigator|admin
 * Reads the password from standard input: typed at a prompt (not echoed) or piped
 * (`printf '%s\n' "$PASSWORD" | npm run user:add -- …`). Uses DATABASE_URL or DATA_DIR like the app;
 * with PGlite, stop the app first (one process per data folder).
 */
import { runUserAdd } from "../lib/server/cli/user-add";
import { runWithConfiguredDatabase } from "./run-with-database";

await runWithConfiguredDatabase(runUserAdd);
