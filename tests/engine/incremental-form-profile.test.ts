/**
 * The results check the form keystroke after keystroke one part of the profile at a time, again
 * only where the values changed (lib/view/form-schema.ts, incrementalFormProfile): always what
 * checking the whole form gives (usableFormProfile), whatever was typed before.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FORM_FIELDS, defaultFormValues, profilePartOf, profileToFormValues, type FormValues } from "@/lib/view/form";
import { incrementalFormProfile, usableFormProfile } from "@/lib/view/form-schema";
import { incrementalScreeningInput, screeningInput } from "@/lib/view/results-view";
import { anyProfile, corruptedProfile } from "../support/arbitraries";

/** Every leaf of the form's values, as a path. */
function leaves(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}
const LEAVES = leaves(defaultFormValues("en"));

function setLeaf(values: FormValues, path: string, raw: string): FormValues {
  const copy = structuredClone(values) as Record<string, unknown>;
  const keys = path.split(".");
  let node = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = raw;
  return copy as FormValues;
}

/** What a coordinator may leave in a box: numbers, half-typed and impossible values, wrong units. */
const typed = fc.constantFrom("", "abc", "-3", "0", "1.5", "２.５", "1e3", "99999", "12", "yes", "no", "female", "male", "ago", "never", "months", "mg/dL", "µmol/L", "severe", "none", "2");

const startingValues = fc.oneof(
  fc.constant(defaultFormValues("en")),
  fc.constant(defaultFormValues("zh")),
  anyProfile.map(profileToFormValues),
  corruptedProfile.map((p) => {
    try {
      return profileToFormValues(p as never);
    } catch {
      return defaultFormValues("en");
    }
  }),
);

describe("incrementalFormProfile", () => {
  it("gives what checking the whole form gives, after every edit (property)", () => {
    fc.assert(
      fc.property(startingValues, fc.array(fc.tuple(fc.constantFrom(...LEAVES), typed), { minLength: 1, maxLength: 15 }), (start, edits) => {
        const usable = incrementalFormProfile();
        let values = start;
        expect(usable(structuredClone(values))).toEqual(usableFormProfile(values));
        for (const [path, raw] of edits) {
          values = setLeaf(values, path, raw);
          // react-hook-form hands its watchers a fresh copy of the values each time.
          expect(usable(structuredClone(values))).toEqual(usableFormProfile(values));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("sees an edit made in place in the values it checked before (react-hook-form's live values)", () => {
    const usable = incrementalFormProfile();
    const values = defaultFormValues("en");
    values.labs.inr = "1.2";
    expect(usable({ ...values }).profile.labs).toEqual({ inr: 1.2 });
    values.labs.inr = "1.5";
    expect(usable({ ...values }).profile.labs).toEqual({ inr: 1.5 });
  });

  it("keeps the checked parts the edit did not touch, and checks the edited one again", () => {
    const usable = incrementalFormProfile();
    const values = defaultFormValues("en");
    values.demographics.ageYears = "56";
    values.labs.bilirubin = { value: "2", unit: "mg/dL" };
    const before = usable(structuredClone(values));
    const after = usable(setLeaf(values, "labs.bilirubin.value", "20"));
    expect(after.profile.demographics).toBe(before.profile.demographics);
    expect(after.profile.labs).toEqual({ bilirubin: { value: 20, unit: "mg/dL" } });
    expect(before.profile.labs).toEqual({ bilirubin: { value: 2, unit: "mg/dL" } });
  });

  it("reports the issues in the whole form's order", () => {
    const usable = incrementalFormProfile();
    let values = setLeaf(defaultFormValues("en"), "labs.inr", "abc");
    values = setLeaf(values, "demographics.ageYears", "-3");
    values = setLeaf(values, "screeningLabel", "x".repeat(500));
    const paths = usable(values).issues.map((i) => i.path);
    expect(paths).toEqual(usableFormProfile(values).issues.map((i) => i.path));
    expect(paths).toHaveLength(3);
  });
});

describe("incrementalScreeningInput", () => {
  it("gives screeningInput's profile and invalid fields (property)", () => {
    fc.assert(
      fc.property(startingValues, fc.array(fc.tuple(fc.constantFrom(...LEAVES), typed), { maxLength: 8 }), (start, edits) => {
        const input = incrementalScreeningInput();
        let values = start;
        for (const [path, raw] of edits) {
          values = setLeaf(values, path, raw);
          expect(input(structuredClone(values))).toEqual(screeningInput(values));
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("the parts of the profile", () => {
  it("puts every conditional field in the part of the field it depends on, so each part is checked alone", () => {
    for (const spec of FORM_FIELDS) if (spec.showIf) expect(profilePartOf(spec.showIf.path), spec.path).toBe(profilePartOf(spec.path));
  });
});
