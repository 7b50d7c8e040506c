/**
 * Writes messages/generated/en.core.json: the namespaces of messages/en.json that the pure core
 * and the screening views format in English (`reason`, field issues, labels; lib/core/english-core.ts).
 * The screening page's client bundle imports this subset instead of the whole catalog (issue 15:
 * bytes until the form is usable). messages/en.json stays the one source of the text; this script
 * runs before dev, build and test, and tests/i18n/english-core.test.ts fails when the file is stale.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** What lib/core (and criteria/), results-view and profile-file format in English. */
export const ENGLISH_CORE_NAMESPACES = [
  "common", "engine", "fields", "enumValues", "factLabels", "screening", "profileFile", "validation",
  "plausibility", "identifiers", "fieldNotes", "scores", "results", "status", "freshness", "trialTiming",
  "describe", "registryCodes",
] as const;

export function renderEnglishCore(catalog: Record<string, unknown>): string {
  const subset = Object.fromEntries(ENGLISH_CORE_NAMESPACES.map((ns) => [ns, catalog[ns]]));
  return `${JSON.stringify(subset, null, 2)}\n`;
}

export function currentEnglishCore(): { path: string; expected: string; actual: string } {
  const path = join(root, "messages", "generated", "en.core.json");
  let actual = "";
  try {
    actual = readFileSync(path, "utf8");
  } catch {
    // not generated yet
  }
  const catalog = JSON.parse(readFileSync(join(root, "messages", "en.json"), "utf8")) as Record<string, unknown>;
  return { path, expected: renderEnglishCore(catalog), actual };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { path, expected, actual } = currentEnglishCore();
  if (expected !== actual) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, expected);
    console.error(`messages/generated/en.core.json updated`);
  }
}
