/**
 * The CLI's logic as a pure function of its arguments and a file reader, so that it can be
 * tested (and fuzzed) without spawning processes. scripts/screen.ts is the thin shell around it.
 */
import "../core/zod-config";
import { z } from "zod";
import { TRIALS } from "@/criteria";
import { findContradictions } from "../core/consistency";
import { screen } from "../core/engine";
import { profileSchema } from "../core/profile";
import { computeScores } from "../core/scores";
import type { TrialDefinition } from "../core/trial";
import { messageFormatter } from "../i18n/format";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "../i18n/locale";

import { profileToFormValues } from "../view/form";
import { valueWarnings } from "../view/plausibility";
import { decodeProfileBytes, MAX_PROFILE_FILE_BYTES, readProfileFile } from "../view/profile-file";

export type CliResult = { exitCode: number; stdout: string; stderr: string };

const USAGE = `usage: npm run --silent screen -- [--lang ${LOCALES.join("|")}] <profile.json | -> | --schema\n  -  reads the profile from standard input\n  --lang zh-CN  reasons in Chinese, each registry line's Chinese rendering beside it\n`;

export { MAX_PROFILE_FILE_BYTES };

/** `--lang zh-CN` (or `--lang=zh-CN`) anywhere; English by default. Undefined: a bad --lang. */
function takeLanguage(args: readonly string[]): { locale: Locale; rest: string[] } | undefined {
  const rest: string[] = [];
  let locale: Locale = DEFAULT_LOCALE;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = arg === "--lang" ? args[++i] : arg.startsWith("--lang=") ? arg.slice("--lang=".length) : null;
    if (value === null) rest.push(arg);
    else if (isLocale(value)) locale = value;
    else return undefined;
  }
  return { locale, rest };
}

export function profileJsonSchema(): object {
  return z.toJSONSchema(profileSchema, { unrepresentable: "any" });
}

/**
 * Text for a terminal: control characters (which could move the cursor, recolour or retitle the
 * terminal: ESC sequences), DEL, C1 controls and bidirectional overrides are written as \u escapes.
 * Tabs stay; a message's own newlines are added after escaping.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const fail = (lines: string[]): CliResult => ({ exitCode: 2, stdout: "", stderr: lines.map((l) => `${terminalSafe(l)}\n`).join("") });

/**
 * `readFile` returns the file's bytes (the page's reader decodes them: lib/view/profile-file.ts),
 * or text already decoded (tests); for "-" it is asked for standard input. It should stop reading
 * after MAX_PROFILE_FILE_BYTES + 1 bytes: a longer input is refused whatever follows.
 */
export function runScreenCli(
  args: readonly string[],
  readFile: (path: string) => string | Uint8Array,
  trials: readonly TrialDefinition[] = TRIALS,
): CliResult {
  const language = takeLanguage(args);
  if (!language) return { exitCode: 64, stdout: "", stderr: USAGE };
  const { locale, rest } = language;
  const unknownFlag = rest.find((a) => a.startsWith("-") && a !== "-" && a !== "--schema");
  if (rest.length !== 1 || unknownFlag !== undefined) {
    const note = unknownFlag !== undefined && unknownFlag !== "--help" && unknownFlag !== "-h" ? `unknown option: ${terminalSafe(unknownFlag)}\n` : "";
    return { exitCode: 64, stdout: "", stderr: note + USAGE };
  }
  const arg = rest[0] as string;
  if (arg === "--schema") {
    return { exitCode: 0, stdout: `${JSON.stringify(profileJsonSchema(), null, 2)}\n`, stderr: "" };
  }
  // Problems with the file are said in the chosen language too (English by default).
  const say = messageFormatter(locale);
  const name = arg === "-" ? "standard input" : arg;
  let content: string | Uint8Array;
  try {
    content = readFile(arg);
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String((error as NodeJS.ErrnoException).code) : "unreadable";
    return fail([`(file): cannot read ${name} (${reason})`]);
  }
  let text: string;
  if (typeof content === "string") text = content;
  else {
    const decoded = decodeProfileBytes(content);
    if (!decoded.ok) return fail([`(file): ${name}: ${say.format(decoded.message)}`]);
    text = decoded.text;
  }
  const parsed = readProfileFile(text);
  if (!parsed.ok) {
    if (parsed.issues.length === 0) return fail([`(file): ${say.format(parsed.message)}`]);
    return fail(parsed.issues.map((i) => `${i.path}: ${say.format(i.text)}`));
  }
  const results = screen(parsed.profile, trials);
  // English reads the engine's own English; another language formats its structured explanation.
  const localized = locale === DEFAULT_LOCALE ? undefined : messageFormatter(locale);
  const textZh = new Map(trials.flatMap((t) => t.criteria.map((c) => [`${t.id}/${c.id}`, c.textZh] as const)));
  // Answers that contradict each other: their fields were screened as unknown.
  const contradictions = findContradictions(parsed.profile).map((c) => ({
    id: c.id,
    fields: c.fields,
    message: localized ? localized.format(c.text) : c.message,
  }));
  // Values that look like a slip (a unit mix-up): they are screened as given, as on the page.
  const warnings = valueWarnings(profileToFormValues(parsed.profile)).map((w) => ({ path: w.path, message: say.format(w.message) }));
  const { childPugh, meld, meldNa, meld3 } = computeScores(parsed.profile);
  const scores = {
    childPugh: { class: childPugh.class ?? null, points: childPugh.points ?? null, explanation: say.format(childPugh.explanation) },
    ...Object.fromEntries(
      ([["meld", meld], ["meldNa", meldNa], ["meld3", meld3]] as const).map(([key, s]) => [key, { value: s.value ?? null, explanation: say.format(s.explanation) }]),
    ),
  };
  const output = {
    ...(localized ? { lang: locale } : {}),
    ...(contradictions.length ? { contradictions } : {}),
    ...(warnings.length ? { warnings } : {}),
    scores,
    trials: results.map((r) => ({
      id: r.id,
      verdict: r.verdict,
      ...(r.missing.length ? { missing: r.missing } : {}),
      criteria: r.criteria.map((c) => ({
        id: c.id,
        category: c.category,
        text: c.text,
        // The registry's English stays the source of truth; the Chinese rendering comes beside it.
        ...(localized && textZh.get(`${r.id}/${c.id}`) ? { textZh: textZh.get(`${r.id}/${c.id}`) } : {}),
        status: c.status,
        reason: localized ? localized.format(c.explanation) : c.reason,
        ...(c.missing.length ? { missing: c.missing } : {}),
        ...(c.manualReason !== undefined ? { manualReason: c.manualReason } : {}),
        // Referrals keep their structured reasons (a stable key and the text) for tools that read the JSON.
        ...(c.referral !== undefined ? { referral: c.referral } : {}),
      })),
    })),
  };
  return { exitCode: 0, stdout: `${JSON.stringify(output, null, 2)}\n`, stderr: "" };
}
