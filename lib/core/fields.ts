/**
 * Labels for every profile field a criterion, a score or the form can name. The keys are
 * the profile's dotted paths (`labs.bilirubin`); a test checks that each one exists in the
 * profile schema, and that every leaf of the schema has a label.
 */
import en from "@/messages/generated/en.core.json";
import { message, type Leaves, type Message, type MessageKey } from "./message";

/** The English labels live in the catalog (messages/en.json, `fields`, in form order), read from its generated subset (lib/core/english-core.ts). */
function flatten(node: object, prefix = "", into: Record<string, string> = {}): Record<string, string> {
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === "string") into[prefix + key] = value;
    else flatten(value as object, `${prefix}${key}.`, into);
  }
  return into;
}

export const FIELD_LABELS = flatten(en.fields) as Readonly<Record<Leaves<typeof en.fields>, string>>;

export type FieldPath = keyof typeof FIELD_LABELS;

/** A field's label as a message, for the reader's language; an unknown path is shown as is. */
export function fieldMessage(path: string): Message | string {
  return Object.hasOwn(FIELD_LABELS, path) ? message(`fields.${path}` as MessageKey) : path;
}

/** A field's English label (the CLI's default language, file names, tests). */
export function fieldLabel(path: string): string {
  // Own keys only: a path such as "__proto__" (from a hostile file) is not a label lookup.
  return Object.hasOwn(FIELD_LABELS, path) ? (FIELD_LABELS as Record<string, string>)[path] as string : path;
}
