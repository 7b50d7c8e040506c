/** Cross-field consistency checks (lib/core/consistency.ts), at their boundaries, in the engine and the CLI. */
import { describe, expect, it } from "vitest";
import { TRIALS } from "@/criteria";
import { findContradictions, resolveContradictions } from "@/lib/core/consistency";
import { evaluateTrial } from "@/lib/core/engine";
import { profileSchema, type ProfileInput } from "@/lib/core/profile";
import { runScreenCli } from "@/lib/cli/cli";
import { checklistSection } from "@/lib/view/checklist";
import { plausibilityWarnings } from "@/lib/view/plausibility";
import { defaultFormValues } from "@/lib/view/form";
import { toEnglish } from "@/lib/core/english";

const p = (input: ProfileInput) => profileSchema.parse(input);
const ids = (input: ProfileInput) => findContradictions(p(input)).map((c) => c.id);
const D = TRIALS.find((t) => t.id === "NCT01224327")!;

describe("bilirubin against jaundice answered no", () => {
  it.each([
    [2.9, "mg/dL", []],
    [3, "mg/dL", ["bilirubinVsJaundice"]],
    [50.9, "µmol/L", []],
    [51, "µmol/L", ["bilirubinVsJaundice"]],
  ] as const)("bilirubin %f %s: %j", (value, unit, expected) => {
    expect(ids({ labs: { bilirubin: { value, unit } }, liver: { everJaundice: false } })).toEqual(expected);
  });

  it("is no contradiction when jaundice is yes or unknown", () => {
    expect(ids({ labs: { bilirubin: { value: 6, unit: "mg/dL" } }, liver: { everJaundice: true } })).toEqual([]);
    expect(ids({ labs: { bilirubin: { value: 6, unit: "mg/dL" } } })).toEqual([]);
  });
});

describe("creatinine or dialysis against renal failure answered no", () => {
  it.each([
    [1.99, "mg/dL", []],
    [2, "mg/dL", ["kidneyVsRenalFailure"]],
    [176, "µmol/L", []],
    [177, "µmol/L", ["kidneyVsRenalFailure"]],
  ] as const)("creatinine %f %s: %j (EASL-CLIF kidney failure)", (value, unit, expected) => {
    expect(ids({ labs: { creatinine: { value, unit } }, conditions: { renalFailure: false } })).toEqual(expected);
  });

  it("flags dialysis with renal failure no, naming only the fields involved", () => {
    const [c] = findContradictions(p({ labs: { dialysis: true, creatinine: { value: 1, unit: "mg/dL" } }, conditions: { renalFailure: false } }));
    expect(c?.fields).toEqual(["labs.dialysis", "conditions.renalFailure"]);
  });
});

describe("a contradiction's English", () => {
  it("names the fields and explains, read as a property and in its JSON alike", () => {
    const [c] = findContradictions(p({ labs: { dialysis: true }, conditions: { renalFailure: false } }));
    expect(c?.message).toBe(toEnglish(c!.text));
    expect(c?.message).toMatch(/Dialysis.*renal failure/i);
    expect(JSON.parse(JSON.stringify(c)).message).toBe(c?.message);
  });
});

describe("sepsis or SBP against active infection answered no", () => {
  it.each([
    [{ sepsis: true }, ["infectionVsActiveInfection"]],
    [{ spontaneousBacterialPeritonitis: true }, ["infectionVsActiveInfection"]],
    [{ sepsis: false, spontaneousBacterialPeritonitis: false }, []],
  ] as const)("%j", (change, expected) => {
    expect(ids({ conditions: { activeInfection: false, ...change } })).toEqual(expected);
  });
});

describe("in screening", () => {
  const contradictory = p({
    labs: { creatinine: { value: 3, unit: "mg/dL" }, dialysis: false },
    conditions: { renalFailure: false },
  });

  it("leaves the fields involved out, without changing the profile given", () => {
    const { profile, contradictions } = resolveContradictions(contradictory);
    expect(contradictions).toHaveLength(1);
    expect(profile.labs).toEqual({ dialysis: false });
    expect(profile.conditions).toEqual({});
    expect(contradictory.conditions).toEqual({ renalFailure: false });
  });

  it("makes every criterion that reads those fields unknown, with the contradiction in its reason", () => {
    const result = evaluateTrial(D, contradictory);
    const excl07 = result.criteria.find((c) => c.id === "EXCL07")!;
    expect(excl07.status).toBe("unknown");
    expect(excl07.missing).toContain("conditions.renalFailure");
    expect(excl07.reason).toContain("EASL-CLIF");
    expect(result.contradictions.map((c) => c.id)).toEqual(["kidneyVsRenalFailure"]);
  });

  it("prints the contradiction on the checklist", () => {
    const section = checklistSection(D, evaluateTrial(D, contradictory), "x", "2026-11-29");
    expect(section.contradictions).toHaveLength(1);
    expect(section.contradictions[0]).toContain("Renal failure");
  });

  it("is reported by the CLI, which still screens (exit 0) with those fields unknown", () => {
    const out = runScreenCli(["p.json"], () => JSON.stringify(contradictory));
    expect(out.exitCode).toBe(0);
    const json = JSON.parse(out.stdout) as { contradictions?: { id: string; fields: string[] }[]; trials: { id: string; criteria: { id: string; status: string }[] }[] };
    expect(json.contradictions).toEqual([expect.objectContaining({ id: "kidneyVsRenalFailure", fields: ["labs.creatinine", "conditions.renalFailure"] })]);
    const d = json.trials.find((t) => t.id === "NCT01224327");
    expect(d?.criteria.find((c) => c.id === "EXCL07")?.status).toBe("unknown");
  });

  it("adds no contradictions key to the CLI's output when there is none", () => {
    const out = runScreenCli(["p.json"], () => "{}");
    expect(JSON.parse(out.stdout)).not.toHaveProperty("contradictions");
  });
});

describe("on the form", () => {
  it("warns on both fields", () => {
    const values = defaultFormValues();
    values.labs.bilirubin = { value: "6", unit: "mg/dL" };
    values.liver.everJaundice = "no";
    const warned = plausibilityWarnings(values).filter((w) => toEnglish(w.message).includes("Contradiction"));
    expect(warned.map((w) => w.path).sort()).toEqual(["labs.bilirubin", "liver.everJaundice"]);
  });
});
