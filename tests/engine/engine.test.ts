import { describe, expect, it } from "vitest";
import { evaluateCriterion, evaluateRule, evaluateTrial, nextQuestions, screen } from "@/lib/core/engine";
import { toEnglish } from "@/lib/core/english";
import { profileSchema, type ProfileInput } from "@/lib/core/profile";
import { trialSchema, type Criterion } from "@/lib/core/trial";
import { sampleTrial } from "../fixtures/sample-trial";

const profile = (input: ProfileInput) => profileSchema.parse(input);
const criterion = (id: string): Criterion => {
  const found = sampleTrial.criteria.find((c) => c.id === id);
  if (!found) throw new Error(id);
  return found;
};
const statusOf = (id: string, input: ProfileInput) => evaluateCriterion(criterion(id), profile(input)).status;

/** A profile that passes every rule of the sample trial. */
const eligible: ProfileInput = {
  demographics: { ageYears: 50, sex: "female", pregnant: false, breastfeeding: false },
  // ACLF: end-stage liver disease in the clear zone of the shared concept.
  liver: { cirrhosis: true, everAscites: true, etiology: { hbv: true }, liverFailure: "aclf" },
  labs: { ptSeconds: 14, ptControlSeconds: 12 },
  exposures: { interferon: { status: "never" }, systemicGlucocorticoids: { status: "ago", amount: 2, unit: "years" } },
  conditions: { heartFailure: "none" },
};

describe("the sample trial", () => {
  it("is a valid trial definition", () => {
    expect(trialSchema.safeParse(sampleTrial).success).toBe(true);
  });
});

describe("range rules", () => {
  it.each([
    [17, "violated"],
    [18, "satisfied"],
    [80, "satisfied"],
    [81, "violated"],
  ] as const)("age %i is %s for 18-80 years", (age, status) => {
    expect(statusOf("INCL01", { demographics: { ageYears: age } })).toBe(status);
  });

  it("is unknown when age is missing, and names the age field", () => {
    const result = evaluateCriterion(criterion("INCL01"), profile({}));
    expect(result.status).toBe("unknown");
    expect(result.missing).toEqual(["demographics.ageYears"]);
    expect(result.reason).toContain("Age");
  });

  it("names the value it used", () => {
    expect(evaluateCriterion(criterion("INCL01"), profile({ demographics: { ageYears: 81 } })).reason).toBe(
      "Not met: Age 81 years is outside 18–80 years",
    );
  });
});

describe("derived facts: PT prolongation", () => {
  it("does not exclude at exactly 3.0 s", () => {
    expect(statusOf("EXCL01", { labs: { ptSeconds: 15.5, ptControlSeconds: 12.5 } })).toBe("satisfied");
  });
  it("excludes at 3.1 s", () => {
    expect(statusOf("EXCL01", { labs: { ptSeconds: 15.6, ptControlSeconds: 12.5 } })).toBe("violated");
  });
  it("explains with both PT values and the threshold", () => {
    const r = evaluateCriterion(criterion("EXCL01"), profile({ labs: { ptSeconds: 16.5, ptControlSeconds: 12.5 } }));
    expect(r.reason).toBe("Excluded: PT 16.5 s vs control 12.5 s: prolonged 4 s > 3 s");
  });
  it("lists only the missing half when one PT value is known", () => {
    const r = evaluateCriterion(criterion("EXCL01"), profile({ labs: { ptSeconds: 16.5 } }));
    expect(r.status).toBe("unknown");
    expect(r.missing).toEqual(["labs.ptControlSeconds"]);
  });
});

describe("time windows and any()", () => {
  it("excludes glucocorticoids 12 months ago (within 1 year)", () => {
    expect(
      statusOf("EXCL02", {
        exposures: { interferon: { status: "never" }, systemicGlucocorticoids: { status: "ago", amount: 12, unit: "months" } },
      }),
    ).toBe("violated");
  });
  it("does not exclude glucocorticoids 13 months ago", () => {
    expect(
      statusOf("EXCL02", {
        exposures: { interferon: { status: "never" }, systemicGlucocorticoids: { status: "ago", amount: 13, unit: "months" } },
      }),
    ).toBe("satisfied");
  });
  it("excludes on one known exposure even when the other is unknown (true dominates or)", () => {
    expect(statusOf("EXCL02", { exposures: { interferon: { status: "ago", amount: 3, unit: "months" } } })).toBe("violated");
  });
  it("is unknown when one exposure is never and the other is missing, and names the missing one", () => {
    const r = evaluateCriterion(criterion("EXCL02"), profile({ exposures: { interferon: { status: "never" } } }));
    expect(r.status).toBe("unknown");
    expect(r.missing).toEqual(["exposures.systemicGlucocorticoids"]);
  });
  it("is unknown when the exposure happened but its time is not recorded", () => {
    const r = evaluateCriterion(
      criterion("EXCL02"),
      profile({ exposures: { interferon: { status: "ago" }, systemicGlucocorticoids: { status: "never" } } }),
    );
    expect(r.status).toBe("unknown");
    expect(r.missing).toEqual(["exposures.interferon"]);
  });
});

describe("applicability", () => {
  it("is not applicable to a male patient", () => {
    expect(statusOf("EXCL03", { demographics: { sex: "male" } })).toBe("not-applicable");
  });
  it("is unknown when sex and pregnancy are both missing, and asks for sex too", () => {
    const r = evaluateCriterion(criterion("EXCL03"), profile({}));
    expect(r.status).toBe("unknown");
    expect(r.missing).toEqual(["demographics.sex", "demographics.pregnant", "demographics.breastfeeding"]);
  });
  it("excludes a pregnant patient", () => {
    expect(statusOf("EXCL03", { demographics: { sex: "female", pregnant: true } })).toBe("violated");
  });
  it("is satisfied for a female patient neither pregnant nor breastfeeding", () => {
    expect(statusOf("EXCL03", { demographics: { sex: "female", pregnant: false, breastfeeding: false } })).toBe("satisfied");
  });
});

describe("set membership and not()", () => {
  it.each([
    ["none", "satisfied"],
    ["chronic", "violated"],
    ["acute", "violated"],
  ] as const)("heart failure %s is %s", (value, status) => {
    expect(statusOf("EXCL04", { conditions: { heartFailure: value } })).toBe(status);
  });
  it("keeps unknown through not()", () => {
    expect(statusOf("EXCL05", {})).toBe("unknown");
    expect(statusOf("EXCL05", { liver: { etiology: { hbv: false } } })).toBe("violated");
    expect(statusOf("EXCL05", { liver: { etiology: { hbv: true } } })).toBe("satisfied");
  });
});

describe("shared concepts", () => {
  it("calls compensated cirrhosis not end-stage", () => {
    const r = evaluateRule(
      { concept: "endStageLiverDisease" },
      profile({
        liver: {
          cirrhosis: true,
          everAscites: false,
          ascitesGrade: "none",
          everVaricealBleeding: false,
          everOvertEncephalopathy: false,
          westHavenGrade: 0,
          everJaundice: false,
          liverFailure: "none",
        },
      }),
    );
    expect(r.value).toBe(false);
  });
  it("calls decompensated cirrhosis at Child–Pugh C end-stage, and says why (changed: the class decides the clear zone)", () => {
    const r = evaluateRule(
      { concept: "endStageLiverDisease" },
      profile({
        liver: { cirrhosis: true, everAscites: true, ascitesGrade: "severe", westHavenGrade: 0 },
        labs: { bilirubin: { value: 3.5, unit: "mg/dL" }, albumin: { value: 2.7, unit: "g/dL" }, inr: 1.8 },
      }),
    );
    expect(r.value).toBe(true);
    expect(toEnglish(r.text)).toContain("Ascites ever: yes");
    expect(toEnglish(r.text)).toContain("Child–Pugh class: C");
  });
  it("refers cirrhosis with past ascites at Child–Pugh A to the investigator (changed: the contested zone)", () => {
    const r = evaluateRule(
      { concept: "endStageLiverDisease" },
      profile({
        liver: { cirrhosis: true, everAscites: true, ascitesGrade: "none", westHavenGrade: 0, recompensated: false, liverFailure: "none" },
        labs: { bilirubin: { value: 1, unit: "mg/dL" }, albumin: { value: 3.6, unit: "g/dL" }, inr: 1.1 },
      }),
    );
    expect(r.value).toBe("refer");
    expect(r.referrals.map((x) => x.key)).toEqual(["concept.endStageLiverDisease.childPughAB"]);
    expect(toEnglish(r.text)).toContain("Child–Pugh class: A");
  });
  it("reads the Child–Pugh class from the INR, not the PT, so an INR typed later cannot change a decided class", () => {
    const r = evaluateRule(
      { concept: "endStageLiverDisease" },
      profile({
        liver: { cirrhosis: true, everAscites: true, ascitesGrade: "mild", westHavenGrade: 0, liverFailure: "none" },
        labs: { bilirubin: { value: 2.5, unit: "mg/dL" }, albumin: { value: 3.0, unit: "g/dL" }, ptSeconds: 20, ptControlSeconds: 12 },
      }),
    );
    // 2 + 2 + (1–3 without the INR) + 2 + 1 = 8–10: class B or C, so unknown until the INR is known.
    expect(r.value).toBeNull();
    expect(r.missing).toEqual(["labs.inr"]);
  });
  it("calls liver failure end-stage even when cirrhosis is unknown", () => {
    expect(evaluateRule({ concept: "endStageLiverDisease" }, profile({ liver: { liverFailure: "aclf" } })).value).toBe(true);
  });
  it("is unknown with no liver data, and asks for cirrhosis and the decompensating events", () => {
    const r = evaluateRule({ concept: "endStageLiverDisease" }, profile({}));
    expect(r.value).toBeNull();
    expect(r.missing).toContain("liver.cirrhosis");
    expect(r.missing).toContain("liver.everAscites");
    expect(r.missing).toContain("liver.liverFailure");
  });
  it("refers platelets below 50 to the investigator (changed: AGA 2021), and counts 50 as no tendency", () => {
    expect(evaluateRule({ concept: "seriousBleedingTendency" }, profile({ labs: { plateletsE9L: 49 } })).value).toBeNull();
    expect(
      evaluateRule({ concept: "seriousBleedingTendency" }, profile({ labs: { plateletsE9L: 49 }, conditions: { seriousBleedingTendency: false } }))
        .value,
    ).toBe("refer");
    expect(
      evaluateRule({ concept: "seriousBleedingTendency" }, profile({ labs: { plateletsE9L: 49 }, conditions: { seriousBleedingTendency: true } }))
        .value,
    ).toBe(true);
    expect(
      evaluateRule({ concept: "seriousBleedingTendency" }, profile({ labs: { plateletsE9L: 50 }, conditions: { seriousBleedingTendency: false } }))
        .value,
    ).toBe(false);
  });
});

describe("manual items", () => {
  it("are manual until the coordinator confirms them", () => {
    const r = evaluateCriterion(criterion("INCL03"), profile({}));
    expect(r.status).toBe("manual");
    expect(r.manualReason).toContain("Procedural");
  });
  it("count as satisfied when confirmed met, and keep the note", () => {
    const r = evaluateCriterion(criterion("INCL03"), profile({}), { outcome: "met", note: "signed 1st visit" });
    expect(r.status).toBe("satisfied");
    expect(r.reason).toContain("signed 1st visit");
  });
});

describe("trial verdicts", () => {
  it("passes when every rule is satisfied, with the manual items pending", () => {
    const r = evaluateTrial(sampleTrial, profile(eligible));
    expect(r.verdict).toBe("passed");
    expect(r.pendingManual).toBe(1);
    expect(r.counts).toMatchObject({ violated: 0, unknown: 0, manual: 1 });
  });
  it("is ineligible when any criterion is violated", () => {
    const r = evaluateTrial(sampleTrial, profile({ ...eligible, demographics: { ageYears: 90 } }));
    expect(r.verdict).toBe("ineligible");
  });
  it("is ineligible when the coordinator confirms a manual item not met", () => {
    const r = evaluateTrial(sampleTrial, profile(eligible), { INCL03: { outcome: "not-met" } });
    expect(r.verdict).toBe("ineligible");
    expect(r.pendingManual).toBe(0);
  });
  it("needs information when nothing is violated but something is unknown, and lists the fields", () => {
    const r = evaluateTrial(sampleTrial, profile({ ...eligible, labs: undefined }));
    expect(r.verdict).toBe("needs-info");
    expect(r.missing).toEqual(["labs.ptSeconds", "labs.ptControlSeconds"]);
  });
  it("never passes an empty profile", () => {
    expect(evaluateTrial(sampleTrial, profile({})).verdict).toBe("needs-info");
  });
});

describe("what to ask next", () => {
  it("ranks the missing fields by how many open criteria they would settle", () => {
    const results = screen(profile({}), [sampleTrial]);
    const questions = nextQuestions(results, 3);
    expect(questions).toHaveLength(3);
    expect(questions[0]?.criteria).toBeGreaterThanOrEqual(questions[1]?.criteria ?? 0);
    expect(questions[0]?.trials).toEqual(["NCT00000000"]);
  });
});
