/**
 * The criterion-by-criterion specification of the eligibility text shared by NCT06242405 and
 * NCT06984497 (same sponsor, same site, same eleven exclusions). Each trial's test file runs it
 * against its own encoding, so the two can never drift apart silently.
 */
import { describe, expect, it } from "vitest";
import { evaluateTrial } from "@/lib/core/engine";
import type { ProfileInput } from "@/lib/core/profile";
import type { TrialDefinition } from "@/lib/core/trial";
import {
  ALL_ETIOLOGIES_NO,
  COMPENSATED,
  NO_CONDITIONS,
  NO_EXPOSURES,
  ago,
  evaluate,
  happenedWhenUnknown,
  idsWithStatus,
  never,
  profile,
} from "./helpers";

/**
 * A 62-year-old man with decompensated alcohol-related cirrhosis (ascites, jaundice) at Child–Pugh C
 * (12 points) and nothing excluding.
 */
export const ESLD_ELIGIBLE: ProfileInput = {
  demographics: { ageYears: 62, sex: "male" },
  liver: {
    ...COMPENSATED,
    everAscites: true,
    everJaundice: true,
    ascitesGrade: "moderate",
    etiology: { ...ALL_ETIOLOGIES_NO, alcohol: true },
  },
  labs: { bilirubin: { value: 4, unit: "mg/dL" }, albumin: { value: 2.5, unit: "g/dL" }, inr: 2 },
  exposures: NO_EXPOSURES,
  conditions: NO_CONDITIONS,
};

const ESLD_FIELDS = [
  "liver.cirrhosis",
  "liver.everAscites",
  "liver.ascitesGrade",
  "liver.everVaricealBleeding",
  "liver.everOvertEncephalopathy",
  "liver.westHavenGrade",
  "liver.everJaundice",
  "liver.liverFailure",
];

export function esldCriteriaSuite(trial: TrialDefinition): void {
  const status = (id: string, input: ProfileInput = {}) => evaluate(trial, id, input).status;

  describe("INCL01 1. 18-80 years old", () => {
    it.each([
      [17, "violated"],
      [18, "satisfied"],
      [80, "satisfied"],
      [81, "violated"],
    ] as const)("age %i is %s (inclusive at both ends)", (age, expected) => {
      expect(status("INCL01", { demographics: { ageYears: age } })).toBe(expected);
    });

    it("names the age and the range in its reason", () => {
      expect(evaluate(trial, "INCL01", { demographics: { ageYears: 81 } }).reason).toBe(
        "Not met: Age 81 years is outside 18–80 years",
      );
      expect(evaluate(trial, "INCL01", { demographics: { ageYears: 18 } }).reason).toBe(
        "Met: Age 18 years is within 18–80 years",
      );
    });

    it("is unknown when age is missing", () => {
      const result = evaluate(trial, "INCL01");
      expect(result.status).toBe("unknown");
      expect(result.missing).toEqual(["demographics.ageYears"]);
    });
  });

  describe("INCL02 2. End-stage liver disease (shared concept)", () => {
    /** Child–Pugh C with moderate ascites: bilirubin 4 (3), albumin 2.5 (3), INR 2.0 (2), ascites (3), no HE (1). */
    const CLASS_C = { bilirubin: { value: 4, unit: "mg/dL" }, albumin: { value: 2.5, unit: "g/dL" }, inr: 2 } as const;
    /** Child–Pugh B with mild ascites: bilirubin 1.5 (1), albumin 3.2 (2), INR 1.5 (1), ascites (2), no HE (1) = 7. */
    const CLASS_B = { bilirubin: { value: 1.5, unit: "mg/dL" }, albumin: { value: 3.2, unit: "g/dL" }, inr: 1.5 } as const;
    /** Child–Pugh A: 6 points with no ascites now. */
    const CLASS_A = { bilirubin: { value: 1.5, unit: "mg/dL" }, albumin: { value: 3.6, unit: "g/dL" }, inr: 1.5 } as const;

    it("is not met by compensated cirrhosis", () => {
      const result = evaluate(trial, "INCL02", { liver: COMPENSATED });
      expect(result.status).toBe("violated");
      expect(result.reason).toContain("End-stage liver disease: no");
    });

    it("is met by decompensated cirrhosis at Child–Pugh C (clear zone)", () => {
      const result = evaluate(trial, "INCL02", {
        liver: { ...COMPENSATED, everJaundice: true, ascitesGrade: "moderate" },
        labs: CLASS_C,
      });
      expect(result.status).toBe("satisfied");
      expect(result.reason).toContain("End-stage liver disease: yes");
      expect(result.reason).toContain("Child–Pugh class: C");
    });

    it.each([
      ["past ascites only, not recompensated", { everAscites: true }],
      ["variceal bleeding ever", { everVaricealBleeding: true }],
      ["overt encephalopathy ever", { everOvertEncephalopathy: true }],
      ["current ascites", { ascitesGrade: "mild", everAscites: true }],
    ] as const)(
      "refers decompensated cirrhosis at Child–Pugh B (%s) to the investigator (changed: the contested zone, no longer met)",
      (_label, change) => {
        const result = evaluate(trial, "INCL02", { liver: { ...COMPENSATED, ascitesGrade: "mild", ...change }, labs: CLASS_B });
        expect(result.status).toBe("manual");
        expect(result.referral?.map((r) => r.key)).toEqual(["concept.endStageLiverDisease.childPughAB"]);
        expect(result.manualReason).toContain("Child–Pugh class: B");
      },
    );

    it("refers decompensated cirrhosis at Child–Pugh A (changed: the contested zone, no longer met)", () => {
      const result = evaluate(trial, "INCL02", { liver: { ...COMPENSATED, everVaricealBleeding: true }, labs: CLASS_A });
      expect(result.status).toBe("manual");
      expect(result.manualReason).toContain("Child–Pugh class: A");
    });

    it("is unknown for decompensated cirrhosis until the Child–Pugh class is known (changed: the class decides the zone)", () => {
      const result = evaluate(trial, "INCL02", { liver: { ...COMPENSATED, everAscites: true } });
      expect(result.status).toBe("unknown");
      expect(result.missing).toEqual(["labs.bilirubin", "labs.albumin", "labs.inr"]);
    });

    it("refers recompensated cirrhosis (Baveno VII) with its own reason", () => {
      const result = evaluate(trial, "INCL02", {
        liver: { ...COMPENSATED, everAscites: true, recompensated: true },
        labs: CLASS_A,
      });
      expect(result.status).toBe("manual");
      expect(result.referral?.map((r) => r.key)).toContain("concept.decompensatedCirrhosis.recompensated");
    });

    it("is unknown for past decompensation with no sign now until recompensation is answered", () => {
      const { recompensated: _omit, ...liver } = { ...COMPENSATED, everAscites: true };
      void _omit;
      const result = evaluate(trial, "INCL02", { liver, labs: CLASS_A });
      expect(result.status).toBe("unknown");
      expect(result.missing).toEqual(["liver.recompensated"]);
    });

    it("does not ask about recompensation while a sign of decompensation is present now", () => {
      const { recompensated: _omit, ...liver } = { ...COMPENSATED, everAscites: true, ascitesGrade: "moderate" as const, everJaundice: true };
      void _omit;
      expect(status("INCL02", { liver, labs: CLASS_C })).toBe("satisfied");
    });

    it("is not met by covert encephalopathy alone (West Haven grade 1 is not decompensation)", () => {
      expect(status("INCL02", { liver: { ...COMPENSATED, westHavenGrade: 1 } })).toBe("violated");
    });

    it.each(["aclf", "chronic"] as const)("is met by liver failure of kind %s without known cirrhosis", (kind) => {
      const result = evaluate(trial, "INCL02", { liver: { cirrhosis: false, liverFailure: kind } });
      expect(result.status).toBe("satisfied");
      expect(result.reason).toContain("Liver failure: ");
    });

    it("is not met by acute liver failure without chronic liver disease (changed: ESLD is the last stage of chronic liver disease)", () => {
      const result = evaluate(trial, "INCL02", { liver: { cirrhosis: false, liverFailure: "alf" } });
      expect(result.status).toBe("violated");
      expect(result.reason).toContain("Liver failure: acute liver failure without chronic liver disease");
    });

    it("is not met without cirrhosis or liver failure", () => {
      expect(status("INCL02", { liver: { cirrhosis: false, liverFailure: "none" } })).toBe("violated");
    });

    it("is unknown when the liver history is missing, and names the fields that would settle it (changed: recompensation asked too)", () => {
      const result = evaluate(trial, "INCL02");
      expect(result.status).toBe("unknown");
      expect(result.missing).toEqual(expect.arrayContaining(ESLD_FIELDS));
    });

    it("is unknown for cirrhosis whose decompensating events are not yet recorded, asking for those", () => {
      const result = evaluate(trial, "INCL02", { liver: { cirrhosis: true, liverFailure: "none" } });
      expect(result.status).toBe("unknown");
      expect(result.missing).toEqual(expect.arrayContaining(ESLD_FIELDS.filter((f) => f !== "liver.cirrhosis" && f !== "liver.liverFailure")));
      expect(result.missing).not.toContain("liver.cirrhosis");
    });
  });

  describe("INCL03 3. Signed informed consent", () => {
    it("is left to the investigator, with a reason", () => {
      const result = evaluate(trial, "INCL03", ESLD_ELIGIBLE);
      expect(result.status).toBe("manual");
      expect(result.reason).toMatch(/^For the investigator: .*consent/i);
    });
  });

  describe("EXCL01 1. Tumours of the liver or other organs", () => {
    const clear = { liverTumour: "none", otherMalignancy: "none", benignTumourElsewhere: false } as const;
    it.each([
      ["a malignant liver tumour", { liverTumour: "malignant" }, "violated"],
      ["a current malignancy elsewhere", { otherMalignancy: "current" }, "violated"],
      ["no tumour", {}, "satisfied"],
      ["a benign liver tumour, e.g. a haemangioma (changed: referred, no longer excluded)", { liverTumour: "benign" }, "manual"],
      ["a benign tumour of another organ (new answer)", { benignTumourElsewhere: true }, "manual"],
      ["a liver cancer treated 3 years ago (new answer)", { liverTumour: "treated", liverTumourYearsSinceTreatment: 3 }, "manual"],
      ["a liver cancer treated 0 years ago (new answer)", { liverTumour: "treated", liverTumourYearsSinceTreatment: 0 }, "manual"],
      [
        "a past malignancy elsewhere, treatment ended 5 years ago (changed: referred, no longer passed silently)",
        { otherMalignancy: "past", otherMalignancyYearsSinceTreatment: 5 },
        "manual",
      ],
    ] as const)("with %s is %s", (_label, change, expected) => {
      expect(status("EXCL01", { conditions: { ...clear, ...change } })).toBe(expected);
    });

    it("refers a treated liver cancer with its reason and the years since treatment", () => {
      const result = evaluate(trial, "EXCL01", { conditions: { ...clear, liverTumour: "treated", liverTumourYearsSinceTreatment: 2 } });
      expect(result.referral?.map((r) => r.key)).toEqual(["tumour.liverTreated"]);
      expect(result.manualReason).toContain("Years since liver tumour treatment 2 years");
    });

    it("is unknown for a treated liver cancer until the years since treatment are recorded", () => {
      const result = evaluate(trial, "EXCL01", { conditions: { ...clear, liverTumour: "treated" } });
      expect(result.status).toBe("unknown");
      expect(result.missing).toEqual(["conditions.liverTumourYearsSinceTreatment"]);
    });

    it("lets a malignant tumour exclude even when a benign one would refer", () => {
      expect(status("EXCL01", { conditions: { ...clear, otherMalignancy: "current", liverTumour: "benign" } })).toBe("violated");
    });

    it("names the tumour in its reason", () => {
      expect(evaluate(trial, "EXCL01", { conditions: { ...clear, liverTumour: "malignant" } }).reason).toBe(
        "Excluded: Liver tumour (HCC or other): malignant",
      );
    });

    it("is unknown when tumour status is missing (changed: benign tumours elsewhere are asked too)", () => {
      const result = evaluate(trial, "EXCL01");
      expect(result.status).toBe("unknown");
      expect(result.missing).toEqual([
        "conditions.liverTumour",
        "conditions.otherMalignancy",
        "conditions.liverTumourYearsSinceTreatment",
        "conditions.otherMalignancyYearsSinceTreatment",
        "conditions.benignTumourElsewhere",
      ]);
    });

    it("is unknown when only the other-organ question is unanswered", () => {
      const result = evaluate(trial, "EXCL01", { conditions: { liverTumour: "none", benignTumourElsewhere: false } });
      expect(result.status).toBe("unknown");
      expect(result.missing).toEqual(["conditions.otherMalignancy", "conditions.otherMalignancyYearsSinceTreatment"]);
    });
  });

  describe("EXCL02 2. Liver transplantation recipients", () => {
    it("excludes a liver transplant recipient", () => {
      expect(status("EXCL02", { conditions: { liverTransplantRecipient: true } })).toBe("violated");
    });
    it("does not exclude a patient without a transplant", () => {
      expect(status("EXCL02", { conditions: { liverTransplantRecipient: false } })).toBe("satisfied");
    });
    it("is unknown when transplant status is missing", () => {
      expect(evaluate(trial, "EXCL02").missing).toEqual(["conditions.liverTransplantRecipient"]);
    });
  });

  describe("EXCL03 3. Acute cardiopulmonary and cerebrovascular events", () => {
    const clear = {
      acuteMyocardialInfarction: false,
      heartFailure: "none",
      respiratoryFailure: false,
      pulmonaryEmbolism: false,
      acuteCerebralInfarction: false,
      acuteCerebralHaemorrhage: false,
      otherSeriousCardiopulmonaryDisease: false,
    } as const;

    it.each([
      ["acute myocardial infarction", { acuteMyocardialInfarction: true }],
      ["acute heart failure", { heartFailure: "acute" }],
      ["respiratory failure", { respiratoryFailure: true }],
      ["pulmonary embolism", { pulmonaryEmbolism: true }],
      ["acute cerebral infarction", { acuteCerebralInfarction: true }],
      ["acute cerebral haemorrhage", { acuteCerebralHaemorrhage: true }],
      ["another serious cardiopulmonary disease", { otherSeriousCardiopulmonaryDisease: true }],
    ] as const)("excludes %s", (_label, change) => {
      expect(status("EXCL03", { conditions: { ...clear, ...change } })).toBe("violated");
    });

    it("does not exclude stable chronic heart failure (only acute heart failure is listed)", () => {
      expect(status("EXCL03", { conditions: { ...clear, heartFailure: "chronic" } })).toBe("satisfied");
    });

    it("does not exclude when every event is answered no", () => {
      expect(status("EXCL03", { conditions: clear })).toBe("satisfied");
    });

    it("is unknown when the events are missing, and names all seven", () => {
      expect(evaluate(trial, "EXCL03").missing).toEqual([
        "conditions.acuteMyocardialInfarction",
        "conditions.heartFailure",
        "conditions.respiratoryFailure",
        "conditions.pulmonaryEmbolism",
        "conditions.acuteCerebralInfarction",
        "conditions.acuteCerebralHaemorrhage",
        "conditions.otherSeriousCardiopulmonaryDisease",
      ]);
    });

    it("excludes on one event even when the others are unknown", () => {
      expect(status("EXCL03", { conditions: { pulmonaryEmbolism: true } })).toBe("violated");
    });
  });

  describe("EXCL04 4. Other diseases that may seriously affect the survival", () => {
    it("is left to the investigator", () => {
      expect(status("EXCL04", ESLD_ELIGIBLE)).toBe("manual");
    });
  });

  describe("EXCL05 5. Human immunodeficiency syndrome", () => {
    it("excludes HIV infection", () => {
      expect(evaluate(trial, "EXCL05", { conditions: { hiv: true } }).reason).toBe("Excluded: HIV infection: yes");
    });
    it("does not exclude without HIV", () => {
      expect(status("EXCL05", { conditions: { hiv: false } })).toBe("satisfied");
    });
    it("is unknown when HIV status is missing", () => {
      const result = evaluate(trial, "EXCL05");
      expect(result.status).toBe("unknown");
      expect(result.missing).toEqual(["conditions.hiv"]);
    });
  });

  describe("EXCL06 6. Interferon or glucocorticoid therapy within 1 year", () => {
    const withInterferon = (interferon: object) => ({
      exposures: { interferon, systemicGlucocorticoids: never },
    });
    const withSteroids = (systemicGlucocorticoids: object) => ({
      exposures: { interferon: never, systemicGlucocorticoids },
    });

    it.each([
      ["12 months", ago(12, "months"), "violated"],
      ["13 months", ago(13, "months"), "satisfied"],
      ["1 year", ago(1, "years"), "violated"],
      ["2 years", ago(2, "years"), "satisfied"],
      ["365 days", ago(365, "days"), "violated"],
      ["367 days", ago(367, "days"), "satisfied"],
      ["ongoing (0 days)", ago(0, "days"), "violated"],
    ] as const)("interferon %s ago is %s", (_label, when, expected) => {
      expect(status("EXCL06", withInterferon(when) as ProfileInput)).toBe(expected);
    });

    it.each([
      ["12 months", ago(12, "months"), "violated"],
      ["13 months", ago(13, "months"), "satisfied"],
      ["1 year", ago(1, "years"), "violated"],
      ["2 years", ago(2, "years"), "satisfied"],
    ] as const)("systemic glucocorticoids %s ago is %s", (_label, when, expected) => {
      expect(status("EXCL06", withSteroids(when) as ProfileInput)).toBe(expected);
    });

    it("is satisfied when neither was ever given", () => {
      expect(status("EXCL06", withSteroids(never) as ProfileInput)).toBe("satisfied");
    });

    it("is unknown when 366 days against 1 year depends on a leap year", () => {
      const result = evaluate(trial, "EXCL06", withInterferon(ago(366, "days")) as ProfileInput);
      expect(result.status).toBe("unknown");
      expect(result.missing).toEqual(["exposures.interferon"]);
    });

    it("names the time and the window in its reason", () => {
      expect(evaluate(trial, "EXCL06", withInterferon(ago(12, "months")) as ProfileInput).reason).toBe(
        "Excluded: Interferon 12 months ago: within 1 year",
      );
    });

    it("is unknown when interferon was given but when is not recorded", () => {
      const result = evaluate(trial, "EXCL06", withInterferon(happenedWhenUnknown) as ProfileInput);
      expect(result.status).toBe("unknown");
      expect(result.missing).toEqual(["exposures.interferon"]);
    });

    it("is unknown when glucocorticoid history is missing", () => {
      const result = evaluate(trial, "EXCL06", { exposures: { interferon: never } });
      expect(result.status).toBe("unknown");
      expect(result.missing).toEqual(["exposures.systemicGlucocorticoids"]);
    });
  });

  describe("EXCL07 7. Treated for mental illness", () => {
    it("excludes a patient treated for mental illness", () => {
      expect(status("EXCL07", { conditions: { treatedMentalIllness: true } })).toBe("violated");
    });
    it("does not exclude otherwise (changed: alcohol use disorder treatment answered no too)", () => {
      expect(status("EXCL07", { conditions: { treatedMentalIllness: false, treatedAlcoholUseDisorder: false } })).toBe("satisfied");
    });
    it("refers treatment for alcohol use disorder or withdrawal only to the investigator (new answer)", () => {
      const result = evaluate(trial, "EXCL07", { conditions: { treatedMentalIllness: false, treatedAlcoholUseDisorder: true } });
      expect(result.status).toBe("manual");
      expect(result.referral?.map((r) => r.key)).toEqual(["mentalIllness.alcoholUseDisorder"]);
    });
    it("excludes treated mental illness whatever the alcohol answer", () => {
      expect(status("EXCL07", { conditions: { treatedMentalIllness: true, treatedAlcoholUseDisorder: true } })).toBe("violated");
    });
    it("is unknown when mental-health treatment history is missing (changed: alcohol use disorder asked too)", () => {
      expect(evaluate(trial, "EXCL07").missing).toEqual(["conditions.treatedMentalIllness", "conditions.treatedAlcoholUseDisorder"]);
    });
  });

  describe("EXCL08 8. Participation in other clinical trials within 30 days", () => {
    const trialAgo = (otherTrialParticipation: object) => ({ exposures: { otherTrialParticipation } }) as ProfileInput;
    it.each([
      ["30 days", ago(30, "days"), "violated"],
      ["31 days", ago(31, "days"), "satisfied"],
      ["4 weeks", ago(4, "weeks"), "violated"],
      ["5 weeks", ago(5, "weeks"), "satisfied"],
      ["2 months", ago(2, "months"), "satisfied"],
    ] as const)("another trial %s ago is %s", (_label, when, expected) => {
      expect(status("EXCL08", trialAgo(when))).toBe(expected);
    });

    it("is satisfied when the patient never took part in another trial", () => {
      expect(status("EXCL08", trialAgo(never))).toBe("satisfied");
    });

    it("is unknown for '1 month ago' against a 30-day window (the calendar decides), asking for days", () => {
      const result = evaluate(trial, "EXCL08", trialAgo(ago(1, "months")));
      expect(result.status).toBe("unknown");
      expect(result.missing).toEqual(["exposures.otherTrialParticipation"]);
      expect(result.reason).toContain("depends on the calendar; enter the time in days");
    });

    it("names the time and the window in its reason", () => {
      expect(evaluate(trial, "EXCL08", trialAgo(ago(31, "days"))).reason).toBe(
        "Not excluded: Participation in another clinical trial 31 days ago: not within 30 days",
      );
    });

    it("is unknown when trial participation is missing", () => {
      expect(evaluate(trial, "EXCL08").missing).toEqual(["exposures.otherTrialParticipation"]);
    });
  });

  describe("EXCL09 9. Pregnant or breastfeeding subjects", () => {
    it("is not applicable to a male patient", () => {
      const result = evaluate(trial, "EXCL09", { demographics: { sex: "male" } });
      expect(result.status).toBe("not-applicable");
      expect(result.reason).toBe("Not applicable: Sex: male");
    });
    it("excludes a pregnant woman", () => {
      expect(status("EXCL09", { demographics: { sex: "female", pregnant: true, breastfeeding: false } })).toBe("violated");
    });
    it("excludes a breastfeeding woman", () => {
      expect(status("EXCL09", { demographics: { sex: "female", pregnant: false, breastfeeding: true } })).toBe("violated");
    });
    it("does not exclude a woman who is neither", () => {
      expect(status("EXCL09", { demographics: { sex: "female", pregnant: false, breastfeeding: false } })).toBe(
        "satisfied",
      );
    });
    it("is unknown for a woman whose pregnancy and breastfeeding status are missing", () => {
      expect(evaluate(trial, "EXCL09", { demographics: { sex: "female" } }).missing).toEqual([
        "demographics.pregnant",
        "demographics.breastfeeding",
      ]);
    });
    it("is unknown when sex is missing too, and asks for sex first", () => {
      expect(evaluate(trial, "EXCL09").missing).toEqual([
        "demographics.sex",
        "demographics.pregnant",
        "demographics.breastfeeding",
      ]);
    });
  });

  describe("EXCL10 10. Allergic asthma, allergic urticaria, eczema, or multiple drug and food allergies", () => {
    const clear = { allergicAsthma: false, allergicUrticaria: false, eczema: false, multipleDrugOrFoodAllergies: false };
    it.each([["allergicAsthma"], ["allergicUrticaria"], ["eczema"], ["multipleDrugOrFoodAllergies"]] as const)(
      "excludes %s",
      (field) => {
        expect(status("EXCL10", { conditions: { ...clear, [field]: true } })).toBe("violated");
      },
    );
    it("does not exclude when all four are answered no", () => {
      expect(status("EXCL10", { conditions: clear })).toBe("satisfied");
    });
    it("is unknown when allergy history is missing", () => {
      expect(evaluate(trial, "EXCL10").missing).toEqual([
        "conditions.allergicAsthma",
        "conditions.allergicUrticaria",
        "conditions.eczema",
        "conditions.multipleDrugOrFoodAllergies",
      ]);
    });
  });

  describe("EXCL11 11. Other circumstances that are unsuitable", () => {
    it("is left to the investigator", () => {
      expect(evaluate(trial, "EXCL11").manualReason).toMatch(/investigator judgement/i);
    });
  });

  describe("the whole trial", () => {
    it("passes a clearly eligible ESLD patient, leaving the three manual items to the investigator", () => {
      const result = evaluateTrial(trial, profile(ESLD_ELIGIBLE));
      expect(result.verdict).toBe("passed");
      expect(idsWithStatus(result.criteria, "manual")).toEqual(["INCL03", "EXCL04", "EXCL11"]);
      expect(idsWithStatus(result.criteria, "not-applicable")).toEqual(["EXCL09"]);
    });

    it("needs information for an empty profile: every rule-based criterion is unknown", () => {
      const result = evaluateTrial(trial, profile({}));
      expect(result.verdict).toBe("needs-info");
      expect(result.counts.unknown).toBe(trial.criteria.filter((c) => c.rule).length);
    });

    it("is ineligible for a compensated patient otherwise eligible", () => {
      // Without the labs: a bilirubin of 4 mg/dL would contradict "jaundice ever: no".
      const result = evaluateTrial(trial, profile({ ...ESLD_ELIGIBLE, liver: COMPENSATED, labs: {} }));
      expect(result.verdict).toBe("ineligible");
      expect(idsWithStatus(result.criteria, "violated")).toEqual(["INCL02"]);
    });
  });
}
