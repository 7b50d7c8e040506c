import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TRIALS } from "@/criteria";
import { compileRule } from "@/lib/core/compile";
import { CONCEPTS } from "@/lib/core/concepts";
import { evaluateRule, evaluateTrial, trialVerdict } from "@/lib/core/engine";
import type { Rule } from "@/lib/core/rules";
import { sampleTrial } from "../fixtures/sample-trial";
import { anyProfile } from "../support/arbitraries";

// One leaf of every form, on facts the arbitrary profiles fill in.
const leaves: Rule[] = [
  { fact: "age", op: "between", min: 18, max: 80 },
  { fact: "ptProlongationSeconds", op: "gt", value: 3 },
  { fact: "bilirubinMgdL", op: "ge", value: 2 },
  { fact: "albuminGdL", op: "lt", value: 2.8 },
  { fact: "creatinineMgdL", op: "le", value: 1 },
  { fact: "westHavenGrade", op: "eq", value: 0 },
  { fact: "hiv", op: "is", value: true },
  { fact: "etiologyHbv", op: "is", value: false },
  { fact: "heartFailure", op: "in", values: ["chronic", "acute"] },
  { fact: "interferon", op: "within", amount: 1, unit: "years" },
  { fact: "otherTrialParticipation", op: "within", amount: 30, unit: "days" },
  { concept: "endStageLiverDisease" },
  { concept: "seriousBleedingTendency" },
];

const ruleArb: fc.Arbitrary<Rule> = fc.letrec<{ rule: Rule }>((tie) => ({
  rule: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(...leaves),
    fc.array(tie("rule"), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
    fc.array(tie("rule"), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
    tie("rule").map((not) => ({ not })),
    // Refer nodes, so that "refer" travels through all/any/not in both interpreters alike.
    tie("rule").map((when) => ({ refer: { when, reason: { key: "test.refer", text: "A judgement call." } } })),
  ),
})).rule;

describe("the compiled rules agree with the explaining interpreter", () => {
  it("for random rules and random profiles", () => {
    fc.assert(
      fc.property(ruleArb, anyProfile, (rule, profile) => {
        expect(compileRule(rule)(profile)).toBe(evaluateRule(rule, profile).value);
      }),
      { numRuns: 1000 },
    );
  });

  it("for every shared concept", () => {
    fc.assert(
      fc.property(anyProfile, (profile) => {
        for (const concept of Object.values(CONCEPTS)) {
          expect(compileRule(concept.rule)(profile)).toBe(evaluateRule(concept.rule, profile).value);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("for every criterion of every trial: status and explanation tell the same story", () => {
    const leadFor = { satisfied: /^(Met|Not excluded|Coordinator confirmed)/, violated: /^(Not met|Excluded|Coordinator confirmed)/, unknown: /^Unknown/, manual: /^For the investigator/, "not-applicable": /^Not applicable/ };
    fc.assert(
      fc.property(anyProfile, (profile) => {
        for (const trial of [...TRIALS, sampleTrial]) {
          const result = evaluateTrial(trial, profile);
          expect(trialVerdict(trial, profile)).toBe(result.verdict);
          for (const c of result.criteria) expect(c.reason).toMatch(leadFor[c.status]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
