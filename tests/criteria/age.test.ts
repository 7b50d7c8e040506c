/** Audit: the age rule, the registry's structured age limits and the trial's metadata agree. */
import { describe, expect, it } from "vitest";
import { TRIALS } from "@/criteria/index";
import type { Rule } from "@/lib/core/rules";
import { loadSeeds } from "../support/seeds";

const seeds = loadSeeds();

function ageRange(rule: Rule | undefined): { min: number; max: number } | undefined {
  if (rule && "fact" in rule && rule.fact === "age" && rule.op === "between") return { min: rule.min, max: rule.max };
  return undefined;
}

describe.each(TRIALS.map((t) => [t.id, t] as const))("%s", (_id, trial) => {
  const ageCriteria = trial.criteria.filter((c) => c.category === "inclusion" && ageRange(c.rule));

  it("has exactly one inclusion criterion encoded as age between min and max", () => {
    expect(ageCriteria).toHaveLength(1);
  });

  it("encodes the same age range as its eligibility metadata", () => {
    expect(ageRange(ageCriteria[0]?.rule)).toEqual({
      min: trial.eligibility.minimumAgeYears,
      max: trial.eligibility.maximumAgeYears,
    });
  });

  const withAges = seeds.filter((s) => s.nctId === trial.id && s.minimumAgeYears !== undefined);
  it("has seed documents with structured ages to check against", () => {
    expect(withAges.length).toBeGreaterThan(0);
  });

  it.each(withAges.map((s) => [s.file, s] as const))("matches the structured ages of %s", (_file, seed) => {
    expect(trial.eligibility.minimumAgeYears).toBe(seed.minimumAgeYears);
    expect(trial.eligibility.maximumAgeYears).toBe(seed.maximumAgeYears);
  });
});
