/**
 * The "refer to the investigator" outcome: a rule node that, where its condition holds, sends the
 * criterion to the investigator with a structured reason and the values seen, as a manual item.
 */
import { describe, expect, it } from "vitest";
import { evaluateCriterion, evaluateTrial, trialVerdict } from "@/lib/core/engine";
import { profileSchema, type ProfileInput } from "@/lib/core/profile";
import { ruleSchema, type Rule } from "@/lib/core/rules";
import { criterionToText } from "@/lib/core/describe";
import { checklistRow } from "@/lib/view/checklist";
import { groupCriteria } from "@/lib/view/results-view";
import { runScreenCli } from "@/lib/cli/cli";
import type { Criterion, TrialDefinition } from "@/lib/core/trial";
import { sampleTrial } from "../fixtures/sample-trial";

const LOW_PLATELETS = { key: "test.lowPlatelets", text: "Platelets below 50 ×10⁹/L: the investigator judges the bleeding risk." };

/** Excluded if a documented bleeding tendency; referred if platelets are below 50. */
const criterion = {
  id: "EXCL01",
  category: "exclusion",
  text: "Serious bleeding tendency",
  rule: {
    any: [
      { fact: "seriousBleedingTendency", op: "is", value: true },
      { refer: { when: { fact: "platelets", op: "lt", value: 50 }, reason: LOW_PLATELETS } },
    ],
  },
} satisfies Criterion;

const p = (input: ProfileInput) => profileSchema.parse(input);

describe("a refer node", () => {
  it("is serializable data that the rule schema accepts and round-trips through JSON", () => {
    const rule: Rule = criterion.rule;
    expect(ruleSchema.parse(JSON.parse(JSON.stringify(rule)))).toEqual(rule);
  });

  it("is refused by the schema without a reason key", () => {
    expect(ruleSchema.safeParse({ refer: { when: { fact: "hiv", op: "is", value: true }, reason: { text: "x" } } }).success).toBe(false);
  });

  it("refers at platelets 49 with the reason and the value seen", () => {
    const result = evaluateCriterion(criterion, p({ conditions: { seriousBleedingTendency: false }, labs: { plateletsE9L: 49 } }));
    expect(result.status).toBe("manual");
    expect(result.referral).toEqual([LOW_PLATELETS]);
    expect(result.manualReason).toBe(`${LOW_PLATELETS.text} Values seen: Platelets 49 ×10⁹/L < 50 ×10⁹/L.`);
    expect(result.reason).toMatch(/^For the investigator: Platelets below 50/);
  });

  it("does not refer at platelets 50 (the boundary is strict)", () => {
    const result = evaluateCriterion(criterion, p({ conditions: { seriousBleedingTendency: false }, labs: { plateletsE9L: 50 } }));
    expect(result.status).toBe("satisfied");
    expect(result.referral).toBeUndefined();
    expect(result.manualReason).toBeUndefined();
  });

  it("lets a violation decide before a referral (a documented tendency excludes)", () => {
    const result = evaluateCriterion(criterion, p({ conditions: { seriousBleedingTendency: true }, labs: { plateletsE9L: 20 } }));
    expect(result.status).toBe("violated");
  });

  it("is unknown, not referred, while a fact that could still exclude is missing", () => {
    const result = evaluateCriterion(criterion, p({ labs: { plateletsE9L: 20 } }));
    expect(result.status).toBe("unknown");
    expect(result.missing).toEqual(["conditions.seriousBleedingTendency"]);
  });

  it("is decided by the coordinator's confirmation, like a manual item", () => {
    const profile = p({ conditions: { seriousBleedingTendency: false }, labs: { plateletsE9L: 30 } });
    const met = evaluateCriterion(criterion, profile, { outcome: "met", note: "Haematology: no bleeding history" });
    expect(met.status).toBe("satisfied");
    expect(met.reason).toMatch(/^Coordinator confirmed: requirement met\. Note: Haematology/);
    expect(met.reason).toContain("Referred: Platelets below 50");
    expect(evaluateCriterion(criterion, profile, { outcome: "not-met" }).status).toBe("violated");
  });

  it("ignores a confirmation when the rule decides on its own", () => {
    const profile = p({ conditions: { seriousBleedingTendency: false }, labs: { plateletsE9L: 150 } });
    const result = evaluateCriterion(criterion, profile, { outcome: "not-met" });
    expect(result.status).toBe("satisfied");
    expect(result.confirmation).toBeUndefined();
  });

  it("reads in words on the trial page", () => {
    expect(criterionToText(criterion)).toBe(
      "Excluded if any of: Serious bleeding tendency (documented): yes; (For the investigator when: Platelets is less than 50 ×10⁹/L [Platelets below 50 ×10⁹/L: the investigator judges the bleeding risk.])",
    );
  });
});

describe("a referred criterion in a trial", () => {
  const trial = { ...sampleTrial, criteria: [...sampleTrial.criteria.filter((c) => c.id !== "EXCL01"), criterion] } satisfies TrialDefinition;
  const referred = p({
    demographics: { ageYears: 50, sex: "male" },
    liver: { cirrhosis: true, everAscites: true, liverFailure: "none" },
    labs: { ptSeconds: 13, ptControlSeconds: 12, plateletsE9L: 40 },
    exposures: { interferon: { status: "never" }, systemicGlucocorticoids: { status: "never" } },
    conditions: { heartFailure: "none", seriousBleedingTendency: false },
  });

  it("counts as a manual item to confirm, never as satisfied", () => {
    const result = evaluateTrial(trial, referred);
    const c = result.criteria.find((x) => x.id === "EXCL01");
    expect(c?.status).toBe("manual");
    expect(result.counts.satisfied).toBe(result.criteria.filter((x) => x.status === "satisfied").length);
    expect(result.pendingManual).toBe(result.counts.manual);
    expect(trialVerdict(trial, referred)).toBe(result.verdict);
  });

  it("is listed with the manual items on the results page, with its reason", () => {
    const groups = groupCriteria(evaluateTrial(trial, referred));
    const item = groups.manual.find((x) => x.id === "EXCL01");
    expect(item?.manualReason).toContain("Platelets below 50");
  });

  it("prints as a manual item with its reason and values on the checklist", () => {
    const c = evaluateTrial(trial, referred).criteria.find((x) => x.id === "EXCL01");
    const row = checklistRow(c as NonNullable<typeof c>);
    expect(row.manual).toBe(true);
    expect(row.resultText).toBe("◆ Manual — investigator");
    expect(row.values).toContain("Values seen: Platelets 40 ×10⁹/L < 50 ×10⁹/L");
    expect(row.confirmation).toBe("Not confirmed by the coordinator");
  });

  it("keeps its structured reason in the CLI's JSON", () => {
    const out = runScreenCli(["p.json"], () => JSON.stringify(referred), [trial]);
    expect(out.exitCode).toBe(0);
    const json = JSON.parse(out.stdout) as { trials: { criteria: { id: string; status: string; referral?: unknown; manualReason?: string }[] }[] };
    const c = json.trials[0]?.criteria.find((x) => x.id === "EXCL01");
    expect(c?.status).toBe("manual");
    expect(c?.referral).toEqual([LOW_PLATELETS]);
    expect(c?.manualReason).toContain("Values seen");
  });
});
