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

export type CliResult = { exitCode: number; stdout: string; stderr: string };

const USAGE = "usage: npm run --silent screen -- <profile.json> | --schema\n";

export function profileJsonSchema(): object {
  return z.toJSONSchema(profileSchema, { unrepresentable: "any" });
}

export function runScreenCli(
  args: readonly string[],
  readFile: (path: string) => string,
  trials: readonly TrialDefinition[] = TRIALS,
): CliResult {
  if (args.length !== 1 || args[0] === "--help" || args[0] === "-h") {
    return { exitCode: 64, stdout: "", stderr: USAGE };
  }
  const arg = args[0] as string;
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
  // Answers that contradict each other: their fields were screened as unknown.
  const contradictions = findContradictions(parsed.profile);
  const output = {
    ...(contradictions.length ? { contradictions } : {}),
    trials: results.map((r) => ({
      id: r.id,
      verdict: r.verdict,
      ...(r.missing.length ? { missing: r.missing } : {}),
      criteria: r.criteria.map((c) => ({
        id: c.id,
        category: c.category,
        text: c.text,
        status: c.status,
        reason: c.reason,
        ...(c.missing.length ? { missing: c.missing } : {}),
        ...(c.manualReason !== undefined ? { manualReason: c.manualReason } : {}),
        // Referrals keep their structured reasons (a stable key and the text) for tools that read the JSON.
        ...(c.referral !== undefined ? { referral: c.referral } : {}),
      })),
    })),
  };
  return { exitCode: 0, stdout: `${JSON.stringify(output, null, 2)}\n`, stderr: "" };
}
