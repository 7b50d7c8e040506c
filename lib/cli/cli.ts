/**
 * The CLI's logic as a pure function of its arguments and a file reader, so that it can be
 * tested (and fuzzed) without spawning processes. scripts/screen.ts is the thin shell around it.
 */
import "../core/zod-config";
import { z } from "zod";
import { TRIALS } from "@/criteria";
import { findContradictions } from "../core/consistency";
import { screen } from "../core/engine";
import { parseProfile, profileSchema } from "../core/profile";
import type { TrialDefinition } from "../core/trial";
import { messageFormatter } from "../i18n/format";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "../i18n/locale";

export type CliResult = { exitCode: number; stdout: string; stderr: string };

const USAGE = `usage: npm run --silent screen -- [--lang ${LOCALES.join("|")}] <profile.json> | --schema\n`;

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

export function runScreenCli(
  args: readonly string[],
  readFile: (path: string) => string,
  trials: readonly TrialDefinition[] = TRIALS,
): CliResult {
  const language = takeLanguage(args);
  if (!language || language.rest.length !== 1 || language.rest[0] === "--help" || language.rest[0] === "-h") {
    return { exitCode: 64, stdout: "", stderr: USAGE };
  }
  const { locale } = language;
  const arg = language.rest[0] as string;
  if (arg === "--schema") {
    return { exitCode: 0, stdout: `${JSON.stringify(profileJsonSchema(), null, 2)}\n`, stderr: "" };
  }
  let text: string;
  try {
    text = readFile(arg);
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String((error as NodeJS.ErrnoException).code) : "unreadable";
    return { exitCode: 2, stdout: "", stderr: `(file): cannot read ${arg} (${reason})\n` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { exitCode: 2, stdout: "", stderr: `(file): not valid JSON: ${(error as Error).message}\n` };
  }
  const parsed = parseProfile(json);
  if (!parsed.ok) {
    return { exitCode: 2, stdout: "", stderr: parsed.issues.map((i) => `${i.path}: ${i.message}\n`).join("") };
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
  const output = {
    ...(localized ? { lang: locale } : {}),
    ...(contradictions.length ? { contradictions } : {}),
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
