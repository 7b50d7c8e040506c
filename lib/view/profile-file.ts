/**
 * Saving a profile to a JSON file and loading one back. Loading checks the file against the one
 * profile schema: a file that isn't JSON, or that holds a field the schema rejects (including any
 * field the profile doesn't have, such as a name), is refused with every problem listed.
 */
import { fieldLabel } from "../core/fields";
import { message, toEnglish, type Message } from "../core/message";
import { issueField } from "./form";
import { parseProfile, type FieldIssue, type Profile } from "../core/profile";

/** Larger than any real profile by far; a bigger file is not a profile. */
export const MAX_PROFILE_FILE_BYTES = 256 * 1024;

export type ProfileFileIssue = FieldIssue & { label: string };

export type ProfileFileResult =
  | { ok: true; profile: Profile }
  /** `message` in English; `reason` the same, to be put in the reader's language. */
  | { ok: false; message: string; reason: Message; issues: ProfileFileIssue[] };

function refused(reason: Message, issues: ProfileFileIssue[]): ProfileFileResult {
  return { ok: false, message: toEnglish(reason), reason, issues };
}

export function readProfileFile(text: string): ProfileFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refused(message("profileFile.notJson"), []);
  }
  const parsed = parseProfile(json);
  if (parsed.ok) return parsed;
  return refused(
    message("profileFile.schemaMismatch", { count: parsed.issues.length }),
    parsed.issues.map((issue) => ({ ...issue, label: fieldLabel(issueField(issue.path)) })),
  );
}

/** The file's contents: the profile only, readable, ending in a newline. */
export function serializeProfile(profile: Profile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}

/** `<label>.json`, with characters that don't belong in a file name replaced; "screening.json" without a label. */
export function profileFileName(label: string | undefined): string {
  const safe = (label ?? "")
    .normalize("NFKC")
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, "-")
    .replace(/\s+/g, " ")
    .replace(/^[\s.-]+|[\s.-]+$/g, "")
    .slice(0, 60)
    .trim();
  return `${safe || "screening"}.json`;
}

/** The question asked before saving a profile with invalid fields, or undefined when all are valid. */
export function saveWarning(invalidLabels: readonly string[]): string | undefined {
  if (invalidLabels.length === 0) return undefined;
  const n = invalidLabels.length;
  return `${n} ${n === 1 ? "field has an error" : "fields have errors"} and will be left out of the file: ${invalidLabels.join(", ")}. Save anyway?`;
}
