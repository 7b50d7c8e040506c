import { describe, expect, it } from "vitest";
import { parseProfile, profileSchema, usableProfile } from "@/lib/core/profile";
import { FIELD_LABELS } from "@/lib/core/english-core";

describe("the profile schema", () => {
  it("accepts an empty profile: everything is unknown", () => {
    expect(parseProfile({})).toEqual({ ok: true, profile: {} });
  });

  it.each([
    [{ name: "Li Si" }, "name"],
    [{ demographics: { dateOfBirth: "1970-01-01" } }, "demographics.dateOfBirth"],
    [{ demographics: { mrn: "A123456" } }, "demographics.mrn"],
    [{ phone: "13800138000" }, "phone"],
  ])("rejects a direct identifier smuggled in as %j", (input, path) => {
    const result = parseProfile(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toContainEqual(expect.objectContaining({ path, message: expect.stringContaining("de-identified") }));
  });

  it.each([
    [{ demographics: { ageYears: -1 } }, "demographics.ageYears", "Age cannot be below 0 years"],
    [{ demographics: { ageYears: 45.5 } }, "demographics.ageYears", "Age: enter whole years"],
    [{ demographics: { ageYears: Number.NaN } }, "demographics.ageYears", "Age: enter a number"],
    [{ labs: { inr: Number.POSITIVE_INFINITY } }, "labs.inr", "INR: enter a number"],
    [{ labs: { bilirubin: { value: 2000, unit: "µmol/L" } } }, "labs.bilirubin.value", "Total bilirubin 2000 µmol/L is not a possible value (allowed 0–100 mg/dL)"],
    [{ labs: { bilirubin: { value: 2, unit: "mmol/L" } } }, "labs.bilirubin.unit", "Total bilirubin: choose mg/dL or µmol/L"],
    [{ labs: { sodiumMmolL: 300 } }, "labs.sodiumMmolL", "Sodium cannot be above 200 mmol/L"],
    [{ demographics: { sex: "male", pregnant: true } }, "demographics.pregnant", "Pregnancy does not apply to a male patient"],
    [{ exposures: { interferon: { status: "ago", amount: 3 } } }, "exposures.interferon.unit", "Choose days, weeks, months or years"],
    [{ exposures: { interferon: { status: "sometimes" } } }, "exposures.interferon.status", "Choose never or a time since"],
  ])("rejects %j with a message on its field", (input, path, message) => {
    const result = parseProfile(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toContainEqual(expect.objectContaining({ path, message }));
  });

  it("checks plausible lab limits in the canonical unit, so both units get the same bounds", () => {
    expect(parseProfile({ labs: { bilirubin: { value: 100, unit: "mg/dL" } } }).ok).toBe(true);
    expect(parseProfile({ labs: { bilirubin: { value: 1710, unit: "µmol/L" } } }).ok).toBe(true);
    expect(parseProfile({ labs: { bilirubin: { value: 1711, unit: "µmol/L" } } }).ok).toBe(false);
  });

  it("keeps a lab whose unit is chosen but whose value is not yet typed, as unknown", () => {
    expect(parseProfile({ labs: { albumin: { unit: "g/L" } } }).ok).toBe(true);
  });

  it("has a label for every field path it names", () => {
    expect(Object.keys(FIELD_LABELS).length).toBeGreaterThan(60);
    expect(profileSchema.shape.demographics).toBeDefined();
  });
});

describe("usableProfile, for live results", () => {
  it("drops only the invalid fields and keeps the rest", () => {
    const { profile, issues } = usableProfile({
      demographics: { ageYears: "abc", sex: "female" },
      labs: { bilirubin: { value: -5, unit: "mg/dL" }, inr: 1.3 },
    });
    expect(profile).toEqual({ demographics: { sex: "female" }, labs: { inr: 1.3 } });
    expect(issues.map((i) => i.path)).toEqual(["demographics.ageYears", "labs.bilirubin.value"]);
  });

  it("falls back to an empty profile for input that is not an object", () => {
    expect(usableProfile("nonsense").profile).toEqual({});
    expect(usableProfile(null).profile).toEqual({});
  });
});
