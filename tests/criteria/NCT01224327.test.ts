/** NCT01224327 (UC-MSC via hepatic artery in cirrhosis): each criterion at its boundaries. */
import { describe, expect, it } from "vitest";
import { trial } from "@/criteria/NCT01224327";
import { trial as esldTrial } from "@/criteria/NCT06242405";
import { evaluateTrial } from "@/lib/core/engine";
import type { ProfileInput } from "@/lib/core/profile";
import { ALL_ETIOLOGIES_NO, COMPENSATED, NO_CONDITIONS, evaluate, idsWithStatus, profile } from "./helpers";

const status = (id: string, input: ProfileInput = {}) => evaluate(trial, id, input).status;

/** 45-year-old man with compensated HBV cirrhosis and nothing excluding. */
const ELIGIBLE: ProfileInput = {
  demographics: { ageYears: 45, sex: "male" },
  liver: { ...COMPENSATED, etiology: { ...ALL_ETIOLOGIES_NO, hbv: true } },
  labs: { dialysis: false },
  conditions: NO_CONDITIONS,
};

const ORGAN_FAILURE_CLEAR = {
  severeOtherOrganDisease: false,
  heartFailure: "none",
  renalFailure: false,
  respiratoryFailure: false,
} as const;

describe("NCT01224327", () => {
  describe("INCL01 Aged 18~70 years.", () => {
    it.each([
      [17, "violated"],
      [18, "satisfied"],
      [70, "satisfied"],
      [71, "violated"],
    ] as const)("age %i is %s (inclusive at both ends)", (age, expected) => {
      expect(status("INCL01", { demographics: { ageYears: age } })).toBe(expected);
    });
    it("names the age and the range in its reason", () => {
      expect(evaluate(trial, "INCL01", { demographics: { ageYears: 71 } }).reason).toBe(
        "Not met: Age 71 years is outside 18–70 years",
      );
    });
    it("is unknown when age is missing", () => {
      expect(evaluate(trial, "INCL01").missing).toEqual(["demographics.ageYears"]);
    });
  });

  describe("INCL02 Liver cirrhosis", () => {
    it("is met with cirrhosis", () => {
      expect(evaluate(trial, "INCL02", { liver: { cirrhosis: true } }).reason).toBe("Met: Cirrhosis: yes");
    });
    it("is not met without cirrhosis", () => {
      expect(status("INCL02", { liver: { cirrhosis: false } })).toBe("violated");
    });
    it("is unknown when cirrhosis status is missing", () => {
      expect(evaluate(trial, "INCL02").missing).toEqual(["liver.cirrhosis"]);
    });
  });

  describe("INCL03 written consent", () => {
    it("is left to the investigator", () => {
      expect(status("INCL03")).toBe("manual");
    });
  });

  describe("EXCL01 The end-stage of liver cirrhosis. (shared concept)", () => {
    it("does not exclude compensated cirrhosis", () => {
      const result = evaluate(trial, "EXCL01", { liver: COMPENSATED });
      expect(result.status).toBe("satisfied");
      expect(result.reason).toContain("End-stage liver disease: no");
    });
    it("refers cirrhosis with past ascites at Child–Pugh B (changed: the contested zone goes to the investigator, no longer excluded)", () => {
      const result = evaluate(trial, "EXCL01", {
        liver: { ...COMPENSATED, everAscites: true, ascitesGrade: "mild" },
        labs: { bilirubin: { value: 1.5, unit: "mg/dL" }, albumin: { value: 3.2, unit: "g/dL" }, inr: 1.5 },
      });
      expect(result.status).toBe("manual");
      expect(result.referral?.map((r) => r.key)).toEqual(["concept.endStageLiverDisease.childPughAB"]);
    });
    it("excludes decompensated cirrhosis at Child–Pugh C", () => {
      expect(
        status("EXCL01", {
          liver: { ...COMPENSATED, everAscites: true, everJaundice: true, ascitesGrade: "moderate" },
          labs: { bilirubin: { value: 4, unit: "mg/dL" }, albumin: { value: 2.5, unit: "g/dL" }, inr: 2 },
        }),
      ).toBe("violated");
    });
    it("does not exclude acute liver failure without chronic liver disease and without decompensated cirrhosis", () => {
      expect(status("EXCL01", { liver: { ...COMPENSATED, liverFailure: "alf" } })).toBe("satisfied");
    });
    it("excludes liver failure", () => {
      expect(status("EXCL01", { liver: { cirrhosis: true, liverFailure: "aclf" } })).toBe("violated");
    });
    it("is unknown when the decompensating events are missing (changed: recompensation and the Child–Pugh inputs are asked too)", () => {
      const result = evaluate(trial, "EXCL01", { liver: { cirrhosis: true, liverFailure: "none" } });
      expect(result.status).toBe("unknown");
      expect(result.missing).toEqual(
        expect.arrayContaining([
          "liver.everAscites",
          "liver.ascitesGrade",
          "liver.everVaricealBleeding",
          "liver.everOvertEncephalopathy",
          "liver.westHavenGrade",
          "liver.everJaundice",
          "liver.recompensated",
          "labs.bilirubin",
        ]),
      );
    });

    it.each<[string, ProfileInput]>([
      ["compensated cirrhosis", { liver: COMPENSATED }],
      ["ascites ever", { liver: { ...COMPENSATED, everAscites: true } }],
      ["variceal bleeding ever", { liver: { ...COMPENSATED, everVaricealBleeding: true } }],
      ["West Haven grade 1 only", { liver: { ...COMPENSATED, westHavenGrade: 1 } }],
      ["liver failure without cirrhosis", { liver: { cirrhosis: false, liverFailure: "aclf" } }],
      ["cirrhosis, events unknown", { liver: { cirrhosis: true } }],
      ["nothing known", {}],
      ["decompensated at Child–Pugh B (both refer)", { liver: { ...COMPENSATED, everAscites: true, ascitesGrade: "mild" }, labs: { bilirubin: { value: 1.5, unit: "mg/dL" }, albumin: { value: 3.2, unit: "g/dL" }, inr: 1.5 } }],
      ["recompensated (both refer)", { liver: { ...COMPENSATED, everAscites: true, recompensated: true }, labs: { bilirubin: { value: 1, unit: "mg/dL" }, albumin: { value: 3.6, unit: "g/dL" }, inr: 1.2 } }],
    ])("agrees with NCT06242405's inclusion of end-stage liver disease: %s", (_label, input) => {
      const here = evaluate(trial, "EXCL01", input);
      const there = evaluate(esldTrial, "INCL02", input);
      const reading = (status: string, decided: string) => (status === "unknown" ? null : status === "manual" ? "refer" : status === decided);
      expect(reading(here.status, "violated")).toBe(reading(there.status, "satisfied"));
      expect(here.missing).toEqual(there.missing);
    });
  });

  describe("EXCL02 Severe problems in other vital organs", () => {
    it.each([
      ["a severe disease of another vital organ", { severeOtherOrganDisease: true }],
      ["chronic heart failure", { heartFailure: "chronic" }],
      ["acute heart failure", { heartFailure: "acute" }],
      ["renal failure", { renalFailure: true }],
      ["respiratory failure", { respiratoryFailure: true }],
    ] as const)("excludes %s", (_label, change) => {
      expect(
        status("EXCL02", { conditions: { ...ORGAN_FAILURE_CLEAR, ...change }, labs: { dialysis: false } }),
      ).toBe("violated");
    });
    it("excludes a patient on dialysis whose renal failure is not answered", () => {
      const rest = { ...ORGAN_FAILURE_CLEAR, renalFailure: undefined };
      expect(status("EXCL02", { conditions: rest, labs: { dialysis: true } })).toBe("violated");
    });
    it("is unknown for dialysis with renal failure answered no (changed: a contradiction, both fields unknown until corrected)", () => {
      const result = evaluate(trial, "EXCL02", { conditions: ORGAN_FAILURE_CLEAR, labs: { dialysis: true } });
      expect(result.status).toBe("unknown");
      expect(result.missing).toEqual(["conditions.renalFailure", "labs.dialysis"]);
      expect(result.reason).toContain("Contradiction between Dialysis in the past week, Renal failure");
    });
    it("does not exclude when every organ is answered clear", () => {
      expect(status("EXCL02", { conditions: ORGAN_FAILURE_CLEAR, labs: { dialysis: false } })).toBe("satisfied");
    });
    it("is unknown when dialysis is missing", () => {
      expect(evaluate(trial, "EXCL02", { conditions: ORGAN_FAILURE_CLEAR }).missing).toEqual(["labs.dialysis"]);
    });
  });

  describe("EXCL03 Hepatocellular carcinoma or other malignancies", () => {
    it.each([
      ["a malignant liver tumour (HCC)", { liverTumour: "malignant", otherMalignancy: "none" }, "violated"],
      ["a current malignancy elsewhere", { liverTumour: "none", otherMalignancy: "current" }, "violated"],
      ["a benign liver tumour only (the line says malignancies)", { liverTumour: "benign", otherMalignancy: "none" }, "satisfied"],
      [
        "a past malignancy elsewhere, treatment ended 4 years ago (changed: referred, no longer passed silently)",
        { liverTumour: "none", otherMalignancy: "past", otherMalignancyYearsSinceTreatment: 4 },
        "manual",
      ],
      ["a liver cancer treated 1 year ago (new answer)", { liverTumour: "treated", liverTumourYearsSinceTreatment: 1, otherMalignancy: "none" }, "manual"],
      ["no tumour", { liverTumour: "none", otherMalignancy: "none" }, "satisfied"],
    ] as const)("with %s is %s", (_label, conditions, expected) => {
      expect(status("EXCL03", { conditions })).toBe(expected);
    });
    it("is unknown for a past malignancy until the years since treatment are recorded", () => {
      const result = evaluate(trial, "EXCL03", { conditions: { liverTumour: "none", otherMalignancy: "past" } });
      expect(result.status).toBe("unknown");
      expect(result.missing).toEqual(["conditions.otherMalignancyYearsSinceTreatment"]);
    });
    it("names the tumour in its reason", () => {
      expect(evaluate(trial, "EXCL03", { conditions: { liverTumour: "malignant" } }).reason).toBe(
        "Excluded: Liver tumour (HCC or other): malignant",
      );
    });
    it("is unknown when tumour status is missing (changed: the years since treatment are named too)", () => {
      expect(evaluate(trial, "EXCL03").missing).toEqual([
        "conditions.liverTumour",
        "conditions.otherMalignancy",
        "conditions.liverTumourYearsSinceTreatment",
        "conditions.otherMalignancyYearsSinceTreatment",
      ]);
    });
  });

  describe("EXCL04 Pregnancy", () => {
    it("is not applicable to a male patient", () => {
      expect(status("EXCL04", { demographics: { sex: "male" } })).toBe("not-applicable");
    });
    it("excludes a pregnant woman", () => {
      expect(status("EXCL04", { demographics: { sex: "female", pregnant: true } })).toBe("violated");
    });
    it("does not exclude a breastfeeding woman who is not pregnant (breastfeeding is not listed)", () => {
      expect(status("EXCL04", { demographics: { sex: "female", pregnant: false, breastfeeding: true } })).toBe(
        "satisfied",
      );
    });
    it("is unknown when a woman's pregnancy status is missing", () => {
      expect(evaluate(trial, "EXCL04", { demographics: { sex: "female" } }).missing).toEqual(["demographics.pregnant"]);
    });
  });

  describe("EXCL05 sepsis", () => {
    it("excludes sepsis", () => {
      expect(status("EXCL05", { conditions: { sepsis: true } })).toBe("violated");
    });
    it("does not exclude otherwise", () => {
      expect(status("EXCL05", { conditions: { sepsis: false } })).toBe("satisfied");
    });
    it("is unknown when sepsis is missing", () => {
      expect(evaluate(trial, "EXCL05").missing).toEqual(["conditions.sepsis"]);
    });
  });

  describe("EXCL06 significant extrahepatic biliary disease (e.g. CBD stone, PSC)", () => {
    it("excludes significant extrahepatic biliary disease", () => {
      expect(
        status("EXCL06", { conditions: { extrahepaticBiliaryDisease: true }, liver: { etiology: { psc: false } } }),
      ).toBe("violated");
    });
    it("excludes PSC, the record's own example", () => {
      const result = evaluate(trial, "EXCL06", {
        conditions: { extrahepaticBiliaryDisease: false },
        liver: { etiology: { psc: true } },
      });
      expect(result.status).toBe("violated");
      expect(result.reason).toContain("Primary sclerosing cholangitis: yes");
    });
    it("does not exclude when both are answered no", () => {
      expect(
        status("EXCL06", { conditions: { extrahepaticBiliaryDisease: false }, liver: { etiology: { psc: false } } }),
      ).toBe("satisfied");
    });
    it("is unknown when PSC is not recorded", () => {
      expect(evaluate(trial, "EXCL06", { conditions: { extrahepaticBiliaryDisease: false } }).missing).toEqual([
        "liver.etiology.psc",
      ]);
    });
  });

  describe("EXCL07 Cardiac, renal or respiratory failure", () => {
    const clear = { heartFailure: "none", renalFailure: false, respiratoryFailure: false } as const;
    it.each([
      ["chronic heart failure", { heartFailure: "chronic" }],
      ["acute heart failure", { heartFailure: "acute" }],
      ["renal failure", { renalFailure: true }],
      ["respiratory failure", { respiratoryFailure: true }],
    ] as const)("excludes %s", (_label, change) => {
      expect(status("EXCL07", { conditions: { ...clear, ...change }, labs: { dialysis: false } })).toBe("violated");
    });
    it("excludes a patient on dialysis with renal failure answered yes", () => {
      expect(status("EXCL07", { conditions: { ...clear, renalFailure: true }, labs: { dialysis: true } })).toBe("violated");
    });
    it("is unknown for dialysis with renal failure answered no (changed: a contradiction, both fields unknown until corrected)", () => {
      expect(status("EXCL07", { conditions: clear, labs: { dialysis: true } })).toBe("unknown");
    });
    it("does not exclude when none is present", () => {
      expect(status("EXCL07", { conditions: clear, labs: { dialysis: false } })).toBe("satisfied");
    });
    it("is unknown when organ failure is missing", () => {
      expect(evaluate(trial, "EXCL07").missing).toEqual([
        "conditions.heartFailure",
        "conditions.renalFailure",
        "labs.dialysis",
        "conditions.respiratoryFailure",
      ]);
    });
  });

  describe("EXCL08 Active thrombosis of the portal or hepatic veins", () => {
    it("excludes active portal or hepatic vein thrombosis", () => {
      expect(status("EXCL08", { conditions: { portalOrHepaticVeinThrombosis: true } })).toBe("violated");
    });
    it("does not exclude otherwise", () => {
      expect(status("EXCL08", { conditions: { portalOrHepaticVeinThrombosis: false } })).toBe("satisfied");
    });
    it("is unknown when missing", () => {
      expect(evaluate(trial, "EXCL08").missing).toEqual(["conditions.portalOrHepaticVeinThrombosis"]);
    });
  });

  describe("the whole trial", () => {
    it("passes a clearly eligible patient with compensated cirrhosis", () => {
      const result = evaluateTrial(trial, profile(ELIGIBLE));
      expect(result.verdict).toBe("passed");
      expect(idsWithStatus(result.criteria, "manual")).toEqual(["INCL03"]);
      expect(idsWithStatus(result.criteria, "not-applicable")).toEqual(["EXCL04"]);
    });

    it("is ineligible for decompensated cirrhosis at Child–Pugh C (end-stage)", () => {
      const result = evaluateTrial(
        trial,
        profile({
          ...ELIGIBLE,
          liver: { ...ELIGIBLE.liver, everVaricealBleeding: true, everJaundice: true, ascitesGrade: "moderate" },
          labs: { dialysis: false, bilirubin: { value: 4, unit: "mg/dL" }, albumin: { value: 2.5, unit: "g/dL" }, inr: 2 },
        }),
      );
      expect(idsWithStatus(result.criteria, "violated")).toEqual(["EXCL01"]);
    });

    it("passes decompensated cirrhosis at Child–Pugh A with EXCL01 for the investigator (changed: no longer ineligible)", () => {
      const result = evaluateTrial(
        trial,
        profile({
          ...ELIGIBLE,
          liver: { ...ELIGIBLE.liver, everVaricealBleeding: true },
          labs: { dialysis: false, bilirubin: { value: 1, unit: "mg/dL" }, albumin: { value: 3.6, unit: "g/dL" }, inr: 1.2 },
        }),
      );
      expect(result.verdict).toBe("passed");
      expect(idsWithStatus(result.criteria, "manual")).toEqual(["INCL03", "EXCL01"]);
    });

    it("is ineligible with chronic heart failure by two overlapping lines", () => {
      const result = evaluateTrial(
        trial,
        profile({ ...ELIGIBLE, conditions: { ...NO_CONDITIONS, heartFailure: "chronic" } }),
      );
      expect(idsWithStatus(result.criteria, "violated")).toEqual(["EXCL02", "EXCL07"]);
    });
  });
});
