/**
 * Saving a profile to a JSON file and loading one back, the same way on the page and in the CLI
 * (lib/cli/cli.ts): the same encodings, size limit, JSON check and schema, and the same messages.
 * A file that isn't a profile, or that holds a field the schema rejects (including any field the
 * profile doesn't have, such as a name), is refused with every problem listed.
 */
import { fieldLabel } from "../core/fields";
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
export type ProfileFileIssue = FieldIssue & { label?: string };

export type ProfileFileResult =
  | { ok: true; profile: Profile }
  | { ok: false; message: string; issues: ProfileFileIssue[] };

const refuse = (message: string, issues: ProfileFileIssue[] = []): ProfileFileResult => ({
  ok: false,
  message: `${message} Nothing was changed.`,
  issues,
});

export const TOO_LARGE = `This file is too large to be a saved profile (over ${MAX_PROFILE_FILE_BYTES / 1024} KB). Nothing was changed.`;

/**
 * The file's bytes → text. UTF-8 (with or without a byte-order mark) and UTF-16 with a
 * byte-order mark, as Windows editors save "Unicode" text; anything else is refused with a
 * message saying so, never read as garbled text.
 */
export function decodeProfileBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  if (bytes.length > MAX_PROFILE_FILE_BYTES) return { ok: false, message: TOO_LARGE };
  const [a, b, c] = bytes;
  try {
    if (a === 0xef && b === 0xbb && c === 0xbf) return { ok: true, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(3)) };
    if (a === 0xff && b === 0xfe) return { ok: true, text: new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2)) };
    if (a === 0xfe && b === 0xff) return { ok: true, text: new TextDecoder("utf-16be", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2)) };
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      message: "This file is not UTF-8 text (nor UTF-16 with a byte-order mark), so it is not a saved profile; save it as UTF-8 and try again. Nothing was changed.",
    };
  }
}

/** "12" where a number belongs: say so, as the schema only says it expected a number. */
function withHints(issue: FieldIssue, json: unknown): FieldIssue {
  const value = issue.path === "(profile)" ? undefined : getAt(json, issue.path);
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)) && /number/i.test(issue.message)) {
    return { ...issue, message: `${issue.message} (the file has the text ${JSON.stringify(value)} in quotes; write the number without quotes)` };
  }
  return issue;
}

export function readProfileFile(text: string): ProfileFileResult {
  const checked = checkJson(text);
  if (!checked.ok && checked.kind === "syntax") {
    return refuse(`This file is not valid JSON (line ${checked.line}, column ${checked.column}: ${checked.message}), so it is not a saved profile.`);
  }
  if (!checked.ok) {
    return refuse(`This file gives ${JSON.stringify(checked.key)} twice in the same place (${checked.path}), so it is ambiguous which value is meant.`, [
      { path: checked.path, message: `Field ${JSON.stringify(checked.key)} appears more than once` },
    ]);
  }
  let json = JSON.parse(text) as unknown;
  if (json !== null && typeof json === "object" && !Array.isArray(json) && Object.hasOwn(json, "version")) {
    const { version, ...rest } = json as Record<string, unknown>;
    if (version !== PROFILE_FILE_VERSION) {
      return refuse(
        `This file has format version ${JSON.stringify(version)}; this version of the screener reads version ${PROFILE_FILE_VERSION}.`,
        [{ path: "version", message: `Format version ${JSON.stringify(version)} is not one this screener reads (${PROFILE_FILE_VERSION})` }],
      );
    }
    json = rest;
  }
  const parsed = parseProfile(json);
  if (parsed.ok) return parsed;
  const n = parsed.issues.length;
  return refuse(
    `This file does not match the profile schema (${n} ${n === 1 ? "problem" : "problems"}).`,
    parsed.issues.map((issue) => {
      const label = fieldLabel(issueField(issue.path));
      return { ...withHints(issue, json), ...(label !== issue.path ? { label } : {}) };
    }),
  );
}

/** How many problems the page lists; the rest are counted ("and 32,980 more"). */
export const LISTED_ISSUES = 20;

export function listedIssues<T>(issues: readonly T[]): { listed: readonly T[]; more: number } {
  return { listed: issues.slice(0, LISTED_ISSUES), more: Math.max(0, issues.length - LISTED_ISSUES) };
}

/** "and 32,980 more problems", after the listed ones. */
export function moreIssuesText(more: number): string {
  return `and ${more.toLocaleString("en-US")} more ${more === 1 ? "problem" : "problems"}`;
}

/** Asked before a loaded file replaces a screening in progress (as "New screening" asks). */
export function loadQuestion(fileName: string): string {
  return `Load ${fileName}? It replaces the profile, confirmations and notes of the screening open in this tab.`;
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

/** The question asked before saving a profile with invalid fields, or undefined when all are valid. */
export function saveWarning(invalidLabels: readonly string[]): string | undefined {
  if (invalidLabels.length === 0) return undefined;
  const n = invalidLabels.length;
  return `${n} ${n === 1 ? "field has an error" : "fields have errors"} and will be left out of the file: ${invalidLabels.join(", ")}. Save anyway?`;
}
