/**
 * The profiles table has one column per profile field, read from the zod schema, and a flattened
 * row (a CSV line) reads back into the same profile.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FIELD_LABELS } from "@/lib/core/english-core";
import { parseProfile } from "@/lib/core/profile";
import { PROFILE_COLUMNS, profileToRow, profilesTableDdl, rowToProfileInput, snakeCase } from "@/lib/core/sql/columns";
import { cohortProfile } from "../support/arbitraries";

function withoutEmptyObjects(node: unknown): unknown {
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    const kept = withoutEmptyObjects(value);
    if (kept !== null && typeof kept === "object" && Object.keys(kept).length === 0) continue;
    out[key] = kept;
  }
  return out;
}

const columnPaths = PROFILE_COLUMNS.map((c) => c.path.join("."));

describe("the profiles table", () => {
  it("has a column for every field of the profile (every labelled field, and each part of a lab or a time)", () => {
    for (const field of Object.keys(FIELD_LABELS)) {
      const columns = columnPaths.filter((p) => p === field || p.startsWith(`${field}.`));
      expect(columns.length, `${field} has no column`).toBeGreaterThan(0);
    }
    for (const path of columnPaths) {
      expect(Object.keys(FIELD_LABELS).some((f) => path === f || path.startsWith(`${f}.`)), `${path} has no label`).toBe(true);
    }
  });

  it("names columns by the flattened path: labs_bilirubin_value, labs_bilirubin_unit, exposures_interferon_status", () => {
    const names = PROFILE_COLUMNS.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(["labs_bilirubin_value", "labs_bilirubin_unit", "exposures_interferon_status", "demographics_age_years", "liver_etiology_hbv"]));
    expect(snakeCase("plateletsE9L")).toBe("platelets_e9_l");
    expect(new Set(names).size).toBe(names.length);
  });

  it("gives every leaf of every generated profile a column", () => {
    const leaves = (node: unknown, path: string[] = []): string[] =>
      node !== null && typeof node === "object"
        ? Object.entries(node).flatMap(([k, v]) => leaves(v, [...path, k]))
        : [path.join(".")];
    fc.assert(
      fc.property(cohortProfile, (profile) => {
        for (const leaf of leaves(profile)) expect(columnPaths).toContain(leaf);
      }),
      { numRuns: 300 },
    );
  });

  it("reads a flattened row (CSV cells as text) back into the very same profile", () => {
    fc.assert(
      fc.property(cohortProfile, (profile) => {
        const row = profileToRow(profile);
        const record = Object.fromEntries(PROFILE_COLUMNS.map((c, i) => [c.name, row[i] === undefined ? "" : String(row[i])]));
        const parsed = parseProfile(rowToProfileInput(record));
        // An empty section ({}) has no cells: it reads back as absent, which means the same (unknown).
        expect(parsed.ok && parsed.profile).toEqual(withoutEmptyObjects(profile));
      }),
      { numRuns: 500 },
    );
  });

  it("reports a bad cell on its field instead of guessing or dropping it", () => {
    const parsed = parseProfile(rowToProfileInput({ demographics_age_years: "sixty", labs_dialysis: "maybe", patient_name: "x" }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues.map((i) => i.path)).toEqual(expect.arrayContaining(["demographics.ageYears", "labs.dialysis", "patient_name"]));
    }
  });

  it("constrains enumerated columns to their values in the DDL", () => {
    expect(profilesTableDdl()).toContain("demographics_sex text CHECK (demographics_sex IN ('female', 'male'))");
    expect(profilesTableDdl()).toMatch(/^CREATE TABLE cohort_profiles \(\n {2}line bigint PRIMARY KEY,/);
  });
});
