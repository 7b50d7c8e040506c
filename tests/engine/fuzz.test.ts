/**
 * Bad input, fuzzed: at least 10,000 random and malformed inputs each against the JSON profile
 * import and the CLI. Nothing may throw; every rejection names the field it is about.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runScreenCli } from "@/lib/cli/cli";
import { toEnglish } from "@/lib/core/english";
import { readProfileFile } from "@/lib/view/profile-file";
import { corruptedProfile, fullProfile } from "../support/arbitraries";

const RUNS = { numRuns: 10_000 };

/** Text that may or may not be JSON, and JSON that may or may not be a profile. */
const fileText = fc.oneof(
  fc.string(),
  fc.json(),
  corruptedProfile.map((p) => JSON.stringify(p)),
  fullProfile.map((p) => JSON.stringify(p)),
  fullProfile.map((p) => JSON.stringify(p).slice(0, -3)),
  fc.constantFrom("", "null", "[]", '"x"', "1e999", "{\"demographics\":{\"ageYears\":1e999}}", "{\"__proto__\":{\"x\":1}}"),
);

// A field path, "(profile)" for the whole file, or "(file)" for a file that is not JSON at all.
// Odd keys are quoted ("a b"), so a path never holds a newline or ": ".
const FIELD_LINE = /^(\(file\)|\(profile\)|([A-Za-z_$][\w$]*|"[^\n]*")(\.([A-Za-z_$][\w$]*|"[^\n]*"))*): \S.*$/;

describe("fuzzing the CLI", () => {
  it("never crashes, exits 0 with results or 2 with one message per invalid field", () => {
    fc.assert(
      fc.property(fileText, (text) => {
        const result = runScreenCli(["profile.json"], () => text);
        expect([0, 2]).toContain(result.exitCode);
        if (result.exitCode === 0) {
          expect(JSON.parse(result.stdout)).toHaveProperty("trials");
          expect(result.stdout).not.toMatch(/NaN|Infinity/);
        } else {
          expect(result.stdout).toBe("");
          const lines = result.stderr.trimEnd().split("\n");
          expect(lines.length).toBeGreaterThan(0);
          for (const line of lines) expect(line).toMatch(FIELD_LINE);
        }
      }),
      RUNS,
    );
    // 10,000 screenings of four trials, each reason formatted from the catalog (ICU): minutes on
    // a loaded CI core, so no 5 s default limit. The test is about crashes, not speed.
  }, 120_000);
});

describe("fuzzing the profile file import", () => {
  it("never crashes, and every rejection says what is wrong, field by field", () => {
    fc.assert(
      fc.property(fileText, (text) => {
        const result = readProfileFile(text);
        if (result.ok) return;
        expect(toEnglish(result.message)).toMatch(/Nothing was changed/);
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          expect(result.issues).toEqual([]);
          return;
        }
        expect(json === undefined).toBe(false);
        expect(result.issues.length).toBeGreaterThan(0);
        for (const issue of result.issues) {
          expect(issue.path.length).toBeGreaterThan(0);
          expect(issue.message.length).toBeGreaterThan(0);
          expect(issue.text.key.length).toBeGreaterThan(0);
          expect(issue.label === undefined || issue.label.key.startsWith("fields.")).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("accepts every schema-valid profile it saved", () => {
    fc.assert(
      fc.property(fullProfile, (profile) => {
        expect(readProfileFile(JSON.stringify(profile))).toEqual({ ok: true, profile });
      }),
      { numRuns: 1000 },
    );
  });
});
