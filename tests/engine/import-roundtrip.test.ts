/**
 * What a file says is what the page screens (issue 10, item 1): any schema-valid profile loaded
 * into the form and saved back is the same profile, and the page's verdicts equal the CLI's.
 * An answer the form would hide (pregnancy with the sex not female, years since HBV diagnosis
 * without HBV) is shown with a note and screened, never dropped.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TRIALS } from "@/criteria";
import { runScreenCli } from "@/lib/cli/cli";
import { screen } from "@/lib/core/engine";
import { profileSchema, type Profile } from "@/lib/core/profile";
import { fieldMisfitNote, isFieldShown, profileToFormValues } from "@/lib/view/form";
import { usableFormProfile } from "@/lib/view/form-schema";
import { readProfileFile, serializeProfile } from "@/lib/view/profile-file";
import { toEnglish } from "@/lib/core/english";
import { anyProfile, fullProfile } from "../support/arbitraries";

/** The page: read the file, fill the form, take the profile the results (and Save) use. */
function throughThePage(text: string): Profile {
  const read = readProfileFile(text);
  if (!read.ok) throw new Error(toEnglish(read.message));
  const { profile, issues } = usableFormProfile(profileToFormValues(read.profile));
  expect(issues).toEqual([]);
  return profile;
}

/** Empty sections (`"labs": {}`) say nothing; the form saves without them. */
function withoutEmptySections(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value).map(([k, v]) => [k, withoutEmptySections(v)] as const);
  return Object.fromEntries(entries.filter(([, v]) => !(v !== null && typeof v === "object" && Object.keys(v).length === 0)));
}

const cliVerdicts = (text: string) =>
  (JSON.parse(runScreenCli(["profile.json"], () => text).stdout) as { trials: { id: string; verdict: string }[] }).trials.map((t) => [t.id, t.verdict]);
const pageVerdicts = (profile: Profile) => screen(profile, TRIALS).map((t) => [t.id, t.verdict]);

describe("load → save gives back the same profile, and the page agrees with the CLI", () => {
  it.each([
    ["pregnancy with no sex", { demographics: { ageYears: 40, pregnant: true } }],
    ["years since HBV diagnosis without HBV", { demographics: { ageYears: 40 }, liver: { hbvYearsSinceDiagnosis: 3 } }],
  ])("keeps %s (a hidden answer) and screens it as the CLI does", (_name, profile) => {
    const text = JSON.stringify(profile);
    const page = throughThePage(text);
    expect(page).toEqual(profile);
    expect(pageVerdicts(page)).toEqual(cliVerdicts(text));
  });

  it("shows such an answer with a note that it does not fit the other answers", () => {
    const values = profileToFormValues({ demographics: { ageYears: 40, pregnant: true } });
    expect(isFieldShown("demographics.pregnant", values)).toBe(true);
    expect(toEnglish(fieldMisfitNote("demographics.pregnant", values)!)).toMatch(/does not fit.*only for a female patient|Sex/i);
    expect(fieldMisfitNote("demographics.pregnant", profileToFormValues({ demographics: { sex: "female", pregnant: true } }))).toBeUndefined();
    expect(isFieldShown("demographics.pregnant", profileToFormValues({ demographics: { ageYears: 40 } }))).toBe(false);
  });

  it("for any schema-valid profile", () => {
    fc.assert(
      fc.property(fc.oneof(anyProfile, fullProfile), (profile) => {
        expect(profileSchema.safeParse(profile).success).toBe(true);
        const text = serializeProfile(profile);
        const page = throughThePage(text);
        const { version, ...saved } = JSON.parse(text) as Record<string, unknown>;
        expect(version).toBe(1);
        expect(page).toEqual(withoutEmptySections(saved));
        expect(pageVerdicts(page)).toEqual(cliVerdicts(text));
      }),
      { numRuns: 300 },
    );
  });
});
