/**
 * English for the pure core and the screening views (`reason`, field issues, field labels),
 * formatted from messages/generated/en.core.json: the namespaces they use, generated from
 * messages/en.json by scripts/generate-english-core.ts. These modules reach the screening page's
 * client bundle (the results and the validation, which load after the form is usable), which then
 * carries that subset instead of the whole catalog (issue 15). Server code that formats other
 * namespaces (the log, the checklist, the reports) uses lib/core/english.ts.
 */
import en from "@/messages/generated/en.core.json";
import { englishSay } from "./english-say";
import { FIELD_PATHS, isFieldPath, type FieldPath } from "./fields";
import type { Message, MessageValue, Say } from "./message";

// A key outside the subset is a bug in ENGLISH_CORE_NAMESPACES: the tests fail on it instead of
// printing the key (production keeps use-intl's default, which logs and shows the key).
export const ENGLISH: Say = englishSay(
  en,
  process.env.NODE_ENV === "test"
    ? (error: Error) => {
        throw error;
      }
    : undefined,
);

export function toEnglish(msg: Message): string {
  return ENGLISH.format(msg);
}

export function toEnglishValue(value: MessageValue): string {
  return ENGLISH.value(value);
}

/** The English label of every field (messages/en.json `fields`), by path, in form order. */
export const FIELD_LABELS = Object.fromEntries(
  FIELD_PATHS.map((path) => [path, path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], en.fields) as string]),
) as Readonly<Record<FieldPath, string>>;

/** A field's English label (the CLI's default language, file names, tests); an unknown path as is. */
export function fieldLabel(path: string): string {
  // Known paths only: a path such as "__proto__" (from a hostile file) is not a label lookup.
  return isFieldPath(path) ? FIELD_LABELS[path] : path;
}
