/**
 * npm run db:backup -- FILE    a logical backup of the app's database (lib/server/db/backup.ts)
 * npm run db:restore -- FILE   restores one into an empty database
 * Both use DATABASE_URL or DATA_DIR like the app. With PGlite, stop the app first (one process per
 * data folder); with PostgreSQL the backup is consistent while the app runs.
 */
import { readFileSync } from "node:fs";
import { BackupError, backupTo, restoreFrom } from "../lib/server/db/backup";
import { openConfiguredDatabase } from "../lib/server/db/connection";

const [mode, file, ...rest] = process.argv.slice(2);
if ((mode !== "backup" && mode !== "restore") || !file || rest.length) {
  process.stderr.write("usage: npm run db:backup -- FILE | npm run db:restore -- FILE\n");
  process.exit(64);
}
const opened = await openConfiguredDatabase();
try {
  if (mode === "backup") {
    const rows = await backupTo(opened.db, file);
    process.stdout.write(`Backed up ${rows} rows (${opened.engine}) to ${file}.\n`);
  } else {
    const rows = await restoreFrom(opened.db, readFileSync(file, "utf8"));
    process.stdout.write(`Restored ${rows} rows into ${opened.engine}.\n`);
  }
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
} finally {
  await opened.close();
}
