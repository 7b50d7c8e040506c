import { describe, expect, it } from "vitest";
import { profileFileName, readProfileFile, saveWarning, serializeProfile } from "@/lib/view/profile-file";
import { profileSchema } from "@/lib/core/profile";

describe("profile files", () => {
  const profile = profileSchema.parse({
    screeningLabel: "Bed 12",
    demographics: { ageYears: 56, sex: "male" },
    labs: { bilirubin: { value: 3, unit: "mg/dL" } },
  });

  it("round-trips a saved profile", () => {
    expect(readProfileFile(serializeProfile(profile))).toEqual({ ok: true, profile });
  });

  it("refuses text that is not JSON", () => {
    const r = readProfileFile("name,age\nWang,56");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/not valid JSON/);
  });

  it("names every invalid field, with its label", () => {
    const r = readProfileFile(JSON.stringify({ demographics: { ageYears: 200, name: "Wang Li" }, labs: { inr: "high" } }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(/does not match the profile schema \(3 problems\)\. Nothing was changed\./);
    expect(r.issues).toEqual([
      { path: "demographics.ageYears", label: "Age", message: "Age cannot be above 120 years" },
      { path: "demographics.name", label: "demographics.name", message: expect.stringMatching(/Unknown field "name"/) },
      { path: "labs.inr", label: "INR", message: "INR: enter a number" },
    ]);
  });

  it("names the file after the label", () => {
    expect(profileFileName("Bed 12 Tuesday")).toBe("Bed 12 Tuesday.json");
    expect(profileFileName("a/b:c")).toBe("a-b-c.json");
    expect(profileFileName("  ")).toBe("screening.json");
    expect(profileFileName(undefined)).toBe("screening.json");
    expect(profileFileName("..")).toBe("screening.json");
    expect(profileFileName("床12 周二")).toBe("床12 周二.json");
  });

  it("asks before leaving invalid fields out of a saved file", () => {
    expect(saveWarning([])).toBeUndefined();
    expect(saveWarning(["Age", "INR"])).toBe("2 fields have errors and will be left out of the file: Age, INR. Save anyway?");
  });
});
