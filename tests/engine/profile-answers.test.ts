/** The answers the clinical review added or split (issue 9), and how older saved profiles load. */
import { describe, expect, it } from "vitest";
import { migrateLegacyProfile, parseProfile } from "@/lib/core/profile";
import { coerceFormValues, fieldSpec, formValuesToProfileInput, isFieldShown, defaultFormValues } from "@/lib/view/form";
import { readProfileFile } from "@/lib/view/profile-file";
import { readNumber } from "@/lib/core/facts";
import { toEnglish } from "@/lib/core/english";

/** A field's help, in English (the catalog's text). */
function hintOf(path: string): string {
  const hint = fieldSpec(path)?.hint;
  return hint ? toEnglish(hint) : "";
}

describe("liver failure, by kind", () => {
  it.each(["none", "alf", "aclf", "chronic"] as const)("accepts %s", (kind) => {
    expect(parseProfile({ liver: { liverFailure: kind } }).ok).toBe(true);
  });

  it("loads an old saved file's 'liver failure: no' as none", () => {
    expect(parseProfile({ liver: { liverFailure: false } })).toEqual({ ok: true, profile: { liver: { liverFailure: "none" } } });
  });

  it("refuses an old saved file's 'liver failure: yes' with a message on the field, since it doesn't say which kind (changed: the kinds are named as in the catalog, 'acute-on-chronic liver failure (ACLF)')", () => {
    const result = readProfileFile(JSON.stringify({ liver: { liverFailure: true } }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toContainEqual(
        expect.objectContaining({ path: "liver.liverFailure", message: expect.stringContaining("acute-on-chronic liver failure (ACLF)") }),
      );
    }
  });

  it("leaves every other input untouched when migrating", () => {
    const input = { liver: { liverFailure: "aclf", cirrhosis: true } };
    expect(migrateLegacyProfile(input)).toBe(input);
    expect(migrateLegacyProfile(null)).toBe(null);
    expect(migrateLegacyProfile([1])).toEqual([1]);
  });

  it("maps an old draft's 'no' to none and keeps an old 'yes' so the form shows why it is refused", () => {
    const noValues = coerceFormValues({ liver: { liverFailure: "no" } });
    expect(noValues.liver.liverFailure).toBe("none");
    const yesValues = coerceFormValues({ liver: { liverFailure: "yes" } });
    expect(yesValues.liver.liverFailure).toBe("yes");
    expect(parseProfile(formValuesToProfileInput(yesValues)).ok).toBe(false);
  });

  it("cites APASL 2019 and the Chinese 2018 guideline in the help", () => {
    const hint = hintOf("liver.liverFailure");
    expect(hint).toContain("Hepatol Int 2019;13:353–390");
    expect(hint).toContain("肝衰竭诊治指南(2018年版)");
    expect(hint).toContain("bilirubin ≥ 5 mg/dL");
  });
});

describe("recompensation (Baveno VII)", () => {
  it("is accepted with no ascites and no overt encephalopathy now", () => {
    expect(parseProfile({ liver: { recompensated: true, ascitesGrade: "none", westHavenGrade: 1 } }).ok).toBe(true);
  });

  it.each([
    [{ ascitesGrade: "mild" }, "ascites"],
    [{ westHavenGrade: 2 }, "overt hepatic encephalopathy"],
  ] as const)("is refused with %j now, on its own field", (now, sign) => {
    const result = parseProfile({ liver: { recompensated: true, ...now } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toEqual([expect.objectContaining({ path: "liver.recompensated", message: `Recompensated: not possible with ${sign} now (Baveno VII)` })]);
  });

  it("may be 'no' alongside a current sign", () => {
    expect(parseProfile({ liver: { recompensated: false, ascitesGrade: "severe" } }).ok).toBe(true);
  });

  it("is asked only when there is no ascites now", () => {
    const values = defaultFormValues();
    expect(isFieldShown("liver.recompensated", values)).toBe(false);
    values.liver.ascitesGrade = "none";
    expect(isFieldShown("liver.recompensated", values)).toBe(true);
    values.liver.ascitesGrade = "mild";
    expect(isFieldShown("liver.recompensated", values)).toBe(false);
  });
});

describe("tumours", () => {
  it("records a liver cancer treated in the past with the years since treatment", () => {
    expect(parseProfile({ conditions: { liverTumour: "treated", liverTumourYearsSinceTreatment: 2.5 } }).ok).toBe(true);
  });

  it("asks the years since treatment only for a treated liver cancer, and the years since cancer treatment only for a past malignancy", () => {
    const values = defaultFormValues();
    expect(isFieldShown("conditions.liverTumourYearsSinceTreatment", values)).toBe(false);
    values.conditions.liverTumour = "treated";
    expect(isFieldShown("conditions.liverTumourYearsSinceTreatment", values)).toBe(true);
    expect(isFieldShown("conditions.otherMalignancyYearsSinceTreatment", values)).toBe(false);
    values.conditions.otherMalignancy = "past";
    expect(isFieldShown("conditions.otherMalignancyYearsSinceTreatment", values)).toBe(true);
  });

  it.each([-1, 121])("refuses %i years since cancer treatment", (years) => {
    expect(parseProfile({ conditions: { otherMalignancyYearsSinceTreatment: years } }).ok).toBe(false);
  });

  it("asks about benign tumours of other organs", () => {
    expect(parseProfile({ conditions: { benignTumourElsewhere: true } }).ok).toBe(true);
  });
});

describe("definitions in the help", () => {
  it("defines jaundice as non-obstructive (hepatic) jaundice", () => {
    expect(hintOf("liver.everJaundice")).toContain("Non-obstructive (hepatic)");
  });

  it("defines the control PT as the lab's control, not the upper limit of the range", () => {
    expect(hintOf("labs.ptControlSeconds")).toContain("not the upper limit of the reference range");
  });

  it("says sepsis and SBP are active infections", () => {
    expect(hintOf("conditions.activeInfection")).toMatch(/Sepsis .* spontaneous bacterial peritonitis are active infections/);
  });

  it("says mild ascites means clinically evident ascites", () => {
    expect(hintOf("liver.ascitesGrade")).toContain("Clinically evident ascites");
  });

  it("shows the INR beside PT prolongation as a cross-check", () => {
    const reading = readNumber({ labs: { ptSeconds: 16, ptControlSeconds: 12.5, inr: 1.4 } }, "ptProlongationSeconds");
    expect(reading.value).toBe(3.5);
    expect(toEnglish(reading.shown)).toBe("PT 16 s vs control 12.5 s: prolonged 3.5 s");
    expect(reading.note && toEnglish(reading.note)).toBe("INR 1.4 as a cross-check");
  });
});
