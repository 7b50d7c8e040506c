/**
 * Saving a profile to a JSON file and loading one back, the same way on the page and in the CLI
 * (lib/cli/cli.ts): the same encodings, size limit, JSON check and schema, and the same messages.
 * A file that isn't a profile, or that holds a field the schema rejects (including any field the
 * profile doesn't have, such as a name), is refused with every problem listed. Every message is
 * structured (lib/core/message.ts): the page says it in its language, the CLI in English or --lang.
 */
import { fieldMessage } from "../core/fields";
import { toEnglish } from "../core/english-core";
import { message, type Message, type MessageValue } from "../core/message";
import { getAt, issueField } from "./form";
import { checkJson } from "./json-check";
import { parseProfile, type FieldIssue, type Profile } from "../core/profile";

/** Larger than any real profile by far; a bigger file is not a profile. */
export const MAX_PROFILE_FILE_BYTES = 256 * 1024;

/**
 * The format of saved files, written as `"version"` beside the profile. Files without it (saved
 * before it existed) are read as version 1.
 */
export const PROFILE_FILE_VERSION = 1;

/** A problem with the file: the field it is about (its label when it has one) and the message. */
export type ProfileFileIssue = FieldIssue & { label?: Message };

export type ProfileFileResult =
  | { ok: true; profile: Profile }
  | { ok: false; message: Message; issues: ProfileFileIssue[] };

const refuse = (reason: Message, issues: ProfileFileIssue[] = []): ProfileFileResult => ({
  ok: false,
  message: message("profileFile.refused", { reason }),
  issues,
});

const fileIssue = (path: string, text: Message): ProfileFileIssue => ({ path, message: toEnglish(text), text });

export const TOO_LARGE: Message = message("profileFile.tooLarge", { kb: MAX_PROFILE_FILE_BYTES / 1024 });

/**
 * The file's bytes → text. UTF-8 (with or without a byte-order mark) and UTF-16 with a
 * byte-order mark, as Windows editors save "Unicode" text; anything else is refused with a
 * message saying so, never read as garbled text.
 */
export function decodeProfileBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: Message } {
  if (bytes.length > MAX_PROFILE_FILE_BYTES) return { ok: false, message: TOO_LARGE };
  const [a, b, c] = bytes;
  try {
    if (a === 0xef && b === 0xbb && c === 0xbf) return { ok: true, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(3)) };
    if (a === 0xff && b === 0xfe) return { ok: true, text: new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2)) };
    if (a === 0xfe && b === 0xff) return { ok: true, text: new TextDecoder("utf-16be", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2)) };
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: message("profileFile.notUtf8") };
  }
}

/** "12" where a number belongs: say so, as the schema only says it expected a number. */
function withHints(issue: FieldIssue, json: unknown): FieldIssue {
  const value = issue.path === "(profile)" ? undefined : getAt(json, issue.path);
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)) && issue.text.key === "validation.enterNumber") {
    return fileIssue(issue.path, message("profileFile.quotedNumber", { problem: issue.text, text: JSON.stringify(value) }));
  }
  return issue;
}

export function readProfileFile(text: string): ProfileFileResult {
  const checked = checkJson(text);
  if (!checked.ok && checked.kind === "syntax") {
    return refuse(message("profileFile.syntax", { line: checked.line, column: checked.column, problem: checked.problem }));
  }
  if (!checked.ok) {
    const key = JSON.stringify(checked.key);
    return refuse(message("profileFile.duplicateKey", { key, path: checked.path }), [
      fileIssue(checked.path, message("profileFile.duplicateKeyIssue", { key })),
    ]);
  }
  let json = JSON.parse(text) as unknown;
  if (json !== null && typeof json === "object" && !Array.isArray(json) && Object.hasOwn(json, "version")) {
    const { version, ...rest } = json as Record<string, unknown>;
    if (version !== PROFILE_FILE_VERSION) {
      const values = { version: JSON.stringify(version) ?? String(version), supported: PROFILE_FILE_VERSION };
      return refuse(message("profileFile.versionMismatch", values), [fileIssue("version", message("profileFile.versionIssue", values))]);
    }
    json = rest;
  }
  const parsed = parseProfile(json);
  if (parsed.ok) return parsed;
  return {
    ok: false,
    message: message("profileFile.schemaMismatch", { count: parsed.issues.length }),
    issues: parsed.issues.map((issue) => {
      const label = fieldMessage(issueField(issue.path));
      return { ...withHints(issue, json), ...(typeof label === "object" ? { label } : {}) };
    }),
  };
}

/** How many problems the page lists; the rest are counted ("and 32,980 more"). */
export const LISTED_ISSUES = 20;

export function listedIssues<T>(issues: readonly T[]): { listed: readonly T[]; more: number } {
  return { listed: issues.slice(0, LISTED_ISSUES), more: Math.max(0, issues.length - LISTED_ISSUES) };
}

/** "and 32,980 more problems", after the listed ones. */
export function moreIssuesText(more: number): Message {
  return message("profileFile.moreIssues", { count: more });
}

/** Asked before a loaded file replaces a screening in progress (as "New screening" asks). */
export function loadQuestion(fileName: string): Message {
  return message("profileFile.loadQuestion", { name: fileName });
}

/** The file's contents: its format version and the profile, readable, ending in a newline. */
export function serializeProfile(profile: Profile): string {
  return `${JSON.stringify({ version: PROFILE_FILE_VERSION, ...profile }, null, 2)}\n`;
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

/** The question asked before saving a profile with invalid fields (their labels), or undefined when all are valid. */
export function saveWarning(invalidLabels: readonly MessageValue[]): Message | undefined {
  if (invalidLabels.length === 0) return undefined;
  return message("screening.saveWarning", { count: invalidLabels.length, fields: { list: invalidLabels, join: "comma" } });
}
