/**
 * The app's database: one per server process, opened and migrated on first use. Kept on
 * `globalThis` so that the dev server's hot reloads reuse it: PGlite is single-process and must be
 * opened once per data folder (README: several server processes need PostgreSQL).
 */
import "server-only";
import { openConfiguredDatabase, type OpenDatabase } from "./connection";

const KEY = Symbol.for("uc-msc-prescreener.database");
type Holder = { [KEY]?: Promise<OpenDatabase> };

export function database(): Promise<OpenDatabase> {
  const holder = globalThis as Holder;
  holder[KEY] ??= openConfiguredDatabase().catch((error: unknown) => {
    delete holder[KEY];
    throw error;
  });
  return holder[KEY];
}
