import { describe, expect, it } from "vitest";
import { defaultFormValues } from "@/lib/view/form";
import * as plausibility from "@/lib/view/plausibility";
import { inEnglish } from "../support/english";

const { plausibilityWarnings } = plausibility;
const albuminWarning = inEnglish(plausibility.albuminWarning);
const bilirubinWarning = inEnglish(plausibility.bilirubinWarning);
const creatinineWarning = inEnglish(plausibility.creatinineWarning);
const inrWarning = inEnglish(plausibility.inrWarning);
const plateletsWarning = inEnglish(plausibility.plateletsWarning);
const plausibilityWarning = inEnglish(plausibility.plausibilityWarning);
const ptWarning = inEnglish(plausibility.ptWarning);
const sodiumWarning = inEnglish(plausibility.sodiumWarning);

describe("unit slips", () => {
  it("catches a bilirubin of 25 entered as mg/dL", () => {
    expect(bilirubinWarning(25, "mg/dL")).toMatch(/Did you mean 25 µmol\/L/);
    expect(bilirubinWarning(20, "mg/dL")).toBeUndefined();
    expect(bilirubinWarning(25, "µmol/L")).toBeUndefined();
  });

  it("catches a bilirubin in mg/dL entered as µmol/L", () => {
    expect(bilirubinWarning(2.5, "µmol/L")).toMatch(/Did you mean 2.5 mg\/dL/);
    expect(bilirubinWarning(3, "µmol/L")).toBeUndefined();
  });

  it("catches creatinine slips both ways", () => {
    expect(creatinineWarning(88, "mg/dL")).toMatch(/Did you mean 88 µmol\/L/);
    expect(creatinineWarning(15, "mg/dL")).toBeUndefined();
    expect(creatinineWarning(1.2, "µmol/L")).toMatch(/Did you mean 1.2 mg\/dL/);
    expect(creatinineWarning(20, "µmol/L")).toBeUndefined();
  });

  it("catches albumin slips both ways", () => {
    expect(albuminWarning(35, "g/dL")).toMatch(/Did you mean 35 g\/L/);
    expect(albuminWarning(6.5, "g/dL")).toBeUndefined();
    expect(albuminWarning(3.1, "g/L")).toMatch(/Did you mean 3.1 g\/dL/);
    expect(albuminWarning(10, "g/L")).toBeUndefined();
  });

  it("checks INR, PT against control, sodium and platelets", () => {
    expect(inrWarning(12)).toMatch(/PT in seconds/);
    expect(inrWarning(10)).toBeUndefined();
    expect(ptWarning(11, 12.5)).toMatch(/shorter than the control/);
    expect(ptWarning(12.5, 12.5)).toBeUndefined();
    expect(ptWarning(14, undefined)).toBeUndefined();
    expect(sodiumWarning(109)).toMatch(/outside 110–170/);
    expect(sodiumWarning(171)).toMatch(/outside/);
    expect(sodiumWarning(135)).toBeUndefined();
    expect(plateletsWarning(150000)).toMatch(/divided by 1000/);
    expect(plateletsWarning(1000)).toBeUndefined();
  });

  it("stays quiet for missing or non-numeric values", () => {
    for (const f of [bilirubinWarning, creatinineWarning, albuminWarning]) {
      expect(f(undefined, "mg/dL")).toBeUndefined();
      expect(f(Number.NaN, "µmol/L")).toBeUndefined();
    }
    expect(inrWarning(Number.NaN)).toBeUndefined();
  });
});

describe("warnings from form values", () => {
  it("reads the typed text and the selected unit", () => {
    const v = defaultFormValues();
    v.labs.bilirubin = { value: "25", unit: "mg/dL" };
    v.labs.ptSeconds = "11";
    v.labs.ptControlSeconds = "12";
    v.labs.plateletsE9L = "abc";
    expect(plausibilityWarnings(v).map((w) => w.path)).toEqual(["labs.bilirubin", "labs.ptSeconds"]);
    expect(plausibilityWarning("labs.inr", () => "11")).toMatch(/INR of 11/);
    expect(plausibilityWarning("demographics.ageYears", () => "200")).toBeUndefined();
  });

  it("gives no warning for an empty form", () => {
    expect(plausibilityWarnings(defaultFormValues())).toEqual([]);
  });
});
