/** NCT05106972 (UC-MSC for decompensated hepatitis B cirrhosis): each criterion at its boundaries. */
import { describe, expect, it } from "vitest";
import { trial } from "@/criteria/NCT05106972";
import { evaluateCriterion, evaluateTrial } from "@/lib/core/engine";
import type { ProfileInput } from "@/lib/core/profile";
import {
  ALL_ETIOLOGIES_NO,
  COMPENSATED,
  NO_CONDITIONS,
  NO_EXPOSURES,
  ago,
  criterionOf,
  evaluate,
  idsWithStatus,
  never,
  profile,
} from "./helpers";

const status = (id: string, input: ProfileInput = {}) => evaluate(trial, id, input).status;

/** 48-year-old woman, HBV-only cirrhosis for 10 years, decompensated by ascites, nothing excluding. */
const ELIGIBLE: ProfileInput = {
  demographics: { ageYears: 48, sex: "female", pregnant: false, breastfeeding: false },
  liver: {
    ...COMPENSATED,
    everAscites: true,
    ascitesGrade: "mild",
    etiology: { ...ALL_ETIOLOGIES_NO, hbv: true },
    hbvYearsSinceDiagnosis: 10,
  },
  labs: { ptSeconds: 14, ptControlSeconds: 12, plateletsE9L: 80 },
  exposures: { ...NO_EXPOSURES, upperGiBleeding: ago(3, "months") },
  conditions: NO_CONDITIONS,
  treatment: { transplantCandidate: false, conservativeTreatmentMonths: 8, conservativeTreatmentRelief: false },
};

describe("NCT05106972", () => {
  describe("INCL01 Aged between 20 and 60 (male or female)", () => {
    it.each([
      [19, "violated"],
      [20, "satisfied"],
      [60, "satisfied"],
      [61, "violated"],
    ] as const)("age %i is %s (inclusive at both ends)", (age, expected) => {
      expect(status("INCL01", { demographics: { ageYears: age } })).toBe(expected);
    });

    it("names the age and the range in its reason", () => {
      expect(evaluate(trial, "INCL01", { demographics: { ageYears: 61 } }).reason).toBe(
        "Not met: Age 61 years is outside 20–60 years",
      );
    });

    it("is unknown when age is missing", () => {
      expect(evaluate(trial, "INCL01").missing).toEqual(["demographics.ageYears"]);
    });
  });

  describe("INCL02 decompensated hepatitis B cirrhosis with a course of more than 5 years", () => {
    const hbvCirrhosis = (years: number | undefined, liver: object = { everAscites: true }): ProfileInput => ({
      liver: { ...COMPENSATED, ...liver, etiology: { hbv: true }, hbvYearsSinceDiagnosis: years },
    });

    it("is not met at exactly 5 years since the HBV diagnosis ('more than 5 years')", () => {
      const result = evaluate(trial, "INCL02", hbvCirrhosis(5));
      expect(result.status).toBe("violated");
      expect(result.reason).toContain("Years since HBV diagnosis 5 years ≤ 5 years");
    });

    it.each([5.5, 6])("is met at %s years", (years) => {
      expect(status("INCL02", hbvCirrhosis(years))).toBe("satisfied");
    });

    it("is not met by compensated HBV cirrhosis, however long", () => {
      expect(status("INCL02", hbvCirrhosis(20, {}))).toBe("violated");
    });

    it("is not met by decompensated cirrhosis without HBV", () => {
      expect(
        status("INCL02", { liver: { ...COMPENSATED, everAscites: true, etiology: { hbv: false }, hbvYearsSinceDiagnosis: 10 } }),
      ).toBe("violated");
    });

    it("is unknown when the years since HBV diagnosis are missing", () => {
      const result = evaluate(trial, "INCL02", hbvCirrhosis(undefined));
      expect(result.status).toBe("unknown");
      expect(result.missing).toEqual(["liver.hbvYearsSinceDiagnosis"]);
    });

    it("is unknown when HBV status is missing", () => {
      const result = evaluate(trial, "INCL02", {
        liver: { ...COMPENSATED, everAscites: true, hbvYearsSinceDiagnosis: 10 },
      });
      expect(result.missing).toEqual(["liver.etiology.hbv"]);
    });
  });

  describe("INCL03 Not suitable for liver transplantation or there is no donor liver source", () => {
    it("is met when the patient is not a transplant candidate", () => {
      expect(status("INCL03", { treatment: { transplantCandidate: false } })).toBe("satisfied");
    });
    it("is met for a candidate with no donor liver", () => {
      expect(status("INCL03", { treatment: { transplantCandidate: true, donorLiverAvailable: false } })).toBe("satisfied");
    });
    it("is not met for a candidate with a donor liver available", () => {
      expect(status("INCL03", { treatment: { transplantCandidate: true, donorLiverAvailable: true } })).toBe("violated");
    });
    it("is unknown for a candidate whose donor availability is missing", () => {
      const result = evaluate(trial, "INCL03", { treatment: { transplantCandidate: true } });
      expect(result.status).toBe("unknown");
      expect(result.missing).toEqual(["treatment.donorLiverAvailable"]);
    });
  });

  describe("INCL04 No serious bleeding tendency or active bleeding", () => {
    const clear = { conditions: { seriousBleedingTendency: false, activeBleeding: false }, labs: { plateletsE9L: 80 } };
    it("is met with no bleeding tendency, no active bleeding and platelets ≥ 50", () => {
      expect(status("INCL04", clear)).toBe("satisfied");
    });
    it("is met at platelets exactly 50 ×10⁹/L", () => {
      expect(status("INCL04", { ...clear, labs: { plateletsE9L: 50 } })).toBe("satisfied");
    });
    it("refers platelets 49 ×10⁹/L to the investigator with the count (changed: AGA 2021, no longer not met)", () => {
      const result = evaluate(trial, "INCL04", { ...clear, labs: { plateletsE9L: 49 } });
      expect(result.status).toBe("manual");
      expect(result.referral?.map((r) => r.key)).toEqual(["concept.seriousBleedingTendency.lowPlatelets"]);
      expect(result.manualReason).toContain("Platelets 49 ×10⁹/L < 50 ×10⁹/L");
    });
    it("is decided by the coordinator's confirmation when referred", () => {
      const profileLow = profile({ ...clear, labs: { plateletsE9L: 20 } });
      expect(evaluateCriterion(criterionOf(trial, "INCL04"), profileLow, { outcome: "met" }).status).toBe("satisfied");
      expect(evaluateCriterion(criterionOf(trial, "INCL04"), profileLow, { outcome: "not-met" }).status).toBe("violated");
    });
    it("is not met at platelets 20 ×10⁹/L with active bleeding: the bleeding decides", () => {
      expect(status("INCL04", { conditions: { seriousBleedingTendency: false, activeBleeding: true }, labs: { plateletsE9L: 20 } })).toBe("violated");
    });
    it("is not met with a documented serious bleeding tendency", () => {
      expect(status("INCL04", { ...clear, conditions: { seriousBleedingTendency: true, activeBleeding: false } })).toBe(
        "violated",
      );
    });
    it("is not met with active bleeding", () => {
      expect(status("INCL04", { ...clear, conditions: { seriousBleedingTendency: false, activeBleeding: true } })).toBe(
        "violated",
      );
    });
    it("is unknown when platelets are missing", () => {
      const result = evaluate(trial, "INCL04", { conditions: clear.conditions });
      expect(result.status).toBe("unknown");
      expect(result.missing).toEqual(["labs.plateletsE9L"]);
    });
  });

  describe("INCL05 No hepatic encephalopathy", () => {
    it("is met at West Haven grade 0 now with no past overt episode and no lactulose/rifaximin (changed: the past and the prophylaxis are asked too)", () => {
      expect(
        status("INCL05", { liver: { westHavenGrade: 0, everOvertEncephalopathy: false, onLactuloseOrRifaximin: false } }),
      ).toBe("satisfied");
    });
    it("is unknown at grade 0 with no past overt episode until lactulose/rifaximin is answered", () => {
      const result = evaluate(trial, "INCL05", { liver: { westHavenGrade: 0, everOvertEncephalopathy: false } });
      expect(result.status).toBe("unknown");
      expect(result.missing).toEqual(["liver.onLactuloseOrRifaximin"]);
    });
    it("refers lactulose or rifaximin for encephalopathy now with none now, even with no past overt episode (covert HE treated)", () => {
      const result = evaluate(trial, "INCL05", {
        liver: { westHavenGrade: 0, everOvertEncephalopathy: false, onLactuloseOrRifaximin: true },
      });
      expect(result.status).toBe("manual");
      expect(result.referral?.map((r) => r.key)).toEqual(["encephalopathy.pastOvert"]);
      expect(result.manualReason).toContain("lactulose/rifaximin");
    });
    it("refers a past overt episode on secondary prophylaxis (lactulose or rifaximin), none now", () => {
      const result = evaluate(trial, "INCL05", {
        liver: { westHavenGrade: 0, everOvertEncephalopathy: true, onLactuloseOrRifaximin: true },
      });
      expect(result.status).toBe("manual");
      expect(result.referral?.map((r) => r.key)).toEqual(["encephalopathy.pastOvert"]);
    });
    it("is not met by overt encephalopathy now on lactulose", () => {
      expect(status("INCL05", { liver: { westHavenGrade: 3, onLactuloseOrRifaximin: true } })).toBe("violated");
    });
    it("is not met by covert encephalopathy (West Haven grade 1)", () => {
      const result = evaluate(trial, "INCL05", { liver: { westHavenGrade: 1 } });
      expect(result.status).toBe("violated");
      expect(result.reason).toBe("Not met: West Haven grade 1 ≠ 0");
    });
    it("is not met by overt encephalopathy now (grade 2)", () => {
      expect(status("INCL05", { liver: { westHavenGrade: 2 } })).toBe("violated");
    });
    it("refers a past overt episode with none now (changed: secondary prophylaxis is the investigator's question, no longer met)", () => {
      const result = evaluate(trial, "INCL05", { liver: { westHavenGrade: 0, everOvertEncephalopathy: true } });
      expect(result.status).toBe("manual");
      expect(result.referral?.map((r) => r.key)).toEqual(["encephalopathy.pastOvert"]);
    });
    it("is not met by overt encephalopathy now even with a past episode", () => {
      expect(status("INCL05", { liver: { westHavenGrade: 2, everOvertEncephalopathy: true } })).toBe("violated");
    });
    it("is unknown when the current grade is missing (changed: the past episode and lactulose/rifaximin are asked too)", () => {
      expect(evaluate(trial, "INCL05").missing).toEqual([
        "liver.westHavenGrade",
        "liver.everOvertEncephalopathy",
        "liver.onLactuloseOrRifaximin",
      ]);
    });
  });

  describe("INCL06 more than 6 months of conservative treatment without relief", () => {
    it("is not met after exactly 6 months", () => {
      const result = evaluate(trial, "INCL06", {
        treatment: { conservativeTreatmentMonths: 6, conservativeTreatmentRelief: false },
      });
      expect(result.status).toBe("violated");
      expect(result.reason).toBe("Not met: Months of conservative medical treatment 6 months ≤ 6 months");
    });
    it("is met after 7 months without relief", () => {
      expect(status("INCL06", { treatment: { conservativeTreatmentMonths: 7, conservativeTreatmentRelief: false } })).toBe(
        "satisfied",
      );
    });
    it("is not met when the treatment brought relief", () => {
      expect(status("INCL06", { treatment: { conservativeTreatmentMonths: 12, conservativeTreatmentRelief: true } })).toBe(
        "violated",
      );
    });
    it("is unknown when the relief answer is missing", () => {
      const result = evaluate(trial, "INCL06", { treatment: { conservativeTreatmentMonths: 12 } });
      expect(result.status).toBe("unknown");
      expect(result.missing).toEqual(["treatment.conservativeTreatmentRelief"]);
    });
  });

  describe("INCL07 voluntary participation and informed consent", () => {
    it("is left to the investigator", () => {
      expect(status("INCL07", ELIGIBLE)).toBe("manual");
    });
  });

  describe("EXCL01 Be less than 20 years old or more than 60 years old", () => {
    it.each([
      [19, "violated"],
      [20, "satisfied"],
      [60, "satisfied"],
      [61, "violated"],
    ] as const)("age %i is %s", (age, expected) => {
      expect(status("EXCL01", { demographics: { ageYears: age } })).toBe(expected);
    });
    it("names the age in its reason", () => {
      expect(evaluate(trial, "EXCL01", { demographics: { ageYears: 19 } }).reason).toBe("Excluded: Age 19 years < 20 years");
    });
    it("is unknown when age is missing", () => {
      expect(evaluate(trial, "EXCL01").missing).toEqual(["demographics.ageYears"]);
    });
  });

  describe("EXCL02 Cirrhosis caused by other causes", () => {
    it("does not exclude HBV with every other cause answered no", () => {
      expect(status("EXCL02", { liver: { etiology: { ...ALL_ETIOLOGIES_NO, hbv: true } } })).toBe("satisfied");
    });
    it("refers HBV with MASLD as a co-factor (changed: common in Chinese HBV patients, no longer excluded)", () => {
      const result = evaluate(trial, "EXCL02", { liver: { etiology: { ...ALL_ETIOLOGIES_NO, hbv: true, masld: true } } });
      expect(result.status).toBe("manual");
      expect(result.referral?.map((r) => r.key)).toEqual(["etiology.hbvWithMasld"]);
    });
    it("excludes MASLD cirrhosis without HBV", () => {
      expect(status("EXCL02", { liver: { etiology: { ...ALL_ETIOLOGIES_NO, masld: true } } })).toBe("violated");
    });
    it("excludes HBV with MASLD and alcohol: the alcohol decides", () => {
      expect(status("EXCL02", { liver: { etiology: { ...ALL_ETIOLOGIES_NO, hbv: true, masld: true, alcohol: true } } })).toBe("violated");
    });
    it.each(["hcv", "alcohol", "autoimmune", "pbc", "psc", "other"] as const)(
      "excludes a mixed etiology: HBV plus %s",
      (cause) => {
        expect(status("EXCL02", { liver: { etiology: { ...ALL_ETIOLOGIES_NO, hbv: true, [cause]: true } } })).toBe(
          "violated",
        );
      },
    );
    it("names the other cause in its reason", () => {
      expect(
        evaluate(trial, "EXCL02", { liver: { etiology: { ...ALL_ETIOLOGIES_NO, hbv: true, alcohol: true } } }).reason,
      ).toBe("Excluded: Etiology: Alcohol-related: yes");
    });
    it("is unknown when only HBV is recorded, and asks about each other cause", () => {
      const result = evaluate(trial, "EXCL02", { liver: { etiology: { hbv: true } } });
      expect(result.status).toBe("unknown");
      expect(result.missing).toEqual([
        "liver.etiology.hcv",
        "liver.etiology.alcohol",
        "liver.etiology.autoimmune",
        "liver.etiology.masld",
        "liver.etiology.pbc",
        "liver.etiology.psc",
        "liver.etiology.other",
      ]);
    });
  });

  describe("EXCL03 liver malignant tumour or family history of liver malignancy", () => {
    it("excludes a malignant liver tumour", () => {
      expect(status("EXCL03", { conditions: { liverTumour: "malignant", familyHistoryLiverMalignancy: false } })).toBe(
        "violated",
      );
    });
    it("excludes a family history of liver malignancy", () => {
      expect(status("EXCL03", { conditions: { liverTumour: "none", familyHistoryLiverMalignancy: true } })).toBe(
        "violated",
      );
    });
    it("does not exclude a benign liver tumour (the line says malignant)", () => {
      expect(status("EXCL03", { conditions: { liverTumour: "benign", familyHistoryLiverMalignancy: false } })).toBe(
        "satisfied",
      );
    });
    it("refers a liver cancer treated in the past, with the years since treatment (new answer)", () => {
      const result = evaluate(trial, "EXCL03", {
        conditions: { liverTumour: "treated", liverTumourYearsSinceTreatment: 4, familyHistoryLiverMalignancy: false },
      });
      expect(result.status).toBe("manual");
      expect(result.manualReason).toContain("Years since liver tumour treatment 4 years");
    });
    it("is unknown when family history is missing", () => {
      expect(evaluate(trial, "EXCL03", { conditions: { liverTumour: "none" } }).missing).toEqual([
        "conditions.familyHistoryLiverMalignancy",
      ]);
    });
  });

  describe("EXCL04 Patients with hypersplenism who need splenectomy", () => {
    it("excludes", () => {
      expect(status("EXCL04", { conditions: { hypersplenismNeedingSplenectomy: true } })).toBe("violated");
    });
    it("does not exclude otherwise", () => {
      expect(status("EXCL04", { conditions: { hypersplenismNeedingSplenectomy: false } })).toBe("satisfied");
    });
    it("is unknown when missing", () => {
      expect(evaluate(trial, "EXCL04").missing).toEqual(["conditions.hypersplenismNeedingSplenectomy"]);
    });
  });

  describe("EXCL05 History of tumors in other organs", () => {
    it.each([
      ["past", "violated"],
      ["current", "violated"],
    ] as const)("another malignancy '%s' is %s", (value, expected) => {
      expect(status("EXCL05", { conditions: { otherMalignancy: value } })).toBe(expected);
    });
    it("excludes a past malignancy however long ago treatment ended ('history of')", () => {
      expect(status("EXCL05", { conditions: { otherMalignancy: "past", otherMalignancyYearsSinceTreatment: 30 } })).toBe("violated");
    });
    it("another malignancy 'none' is satisfied (changed: benign tumours elsewhere answered no too)", () => {
      expect(status("EXCL05", { conditions: { otherMalignancy: "none", benignTumourElsewhere: false } })).toBe("satisfied");
    });
    it("refers a benign tumour of another organ (new answer)", () => {
      const result = evaluate(trial, "EXCL05", { conditions: { otherMalignancy: "none", benignTumourElsewhere: true } });
      expect(result.status).toBe("manual");
      expect(result.referral?.map((r) => r.key)).toEqual(["tumour.benign"]);
    });
    it("is unknown when missing (changed: benign tumours elsewhere are asked too)", () => {
      expect(evaluate(trial, "EXCL05").missing).toEqual(["conditions.otherMalignancy", "conditions.benignTumourElsewhere"]);
    });
  });

  describe("EXCL06 PT prolongation is greater than 3 seconds", () => {
    it("does not exclude at exactly 3.0 s", () => {
      const result = evaluate(trial, "EXCL06", { labs: { ptSeconds: 15.5, ptControlSeconds: 12.5 } });
      expect(result.status).toBe("satisfied");
      expect(result.reason).toBe("Not excluded: PT 15.5 s vs control 12.5 s: prolonged 3 s ≤ 3 s");
    });
    it("excludes at 3.1 s", () => {
      expect(status("EXCL06", { labs: { ptSeconds: 15.6, ptControlSeconds: 12.5 } })).toBe("violated");
    });
    it("excludes at 4 s and names both values", () => {
      const result = evaluate(trial, "EXCL06", { labs: { ptSeconds: 16.5, ptControlSeconds: 12.5 } });
      expect(result.status).toBe("violated");
      expect(result.reason).toContain("PT 16.5 s vs control 12.5 s: prolonged 4 s");
    });
    it("is unknown without the lab's control PT, and asks only for it", () => {
      const result = evaluate(trial, "EXCL06", { labs: { ptSeconds: 16.5 } });
      expect(result.status).toBe("unknown");
      expect(result.missing).toEqual(["labs.ptControlSeconds"]);
    });
    it("is unknown when PT is missing", () => {
      expect(evaluate(trial, "EXCL06").missing).toEqual(["labs.ptSeconds", "labs.ptControlSeconds"]);
    });
  });

  describe("EXCL07 human serum albumin within 3 weeks prior to clinical registration", () => {
    const albumin = (albuminInfusion: object) => ({ exposures: { albuminInfusion } }) as ProfileInput;
    it.each([
      ["3 weeks", ago(3, "weeks"), "violated"],
      ["4 weeks", ago(4, "weeks"), "satisfied"],
      ["21 days", ago(21, "days"), "violated"],
      ["22 days", ago(22, "days"), "satisfied"],
      ["2 months", ago(2, "months"), "satisfied"],
    ] as const)("albumin %s ago is %s", (_label, when, expected) => {
      expect(status("EXCL07", albumin(when))).toBe(expected);
    });
    it("is satisfied when albumin was never given", () => {
      expect(status("EXCL07", albumin(never))).toBe("satisfied");
    });
    it("does not exclude albumin '1 month ago': a month is at least 28 days, always more than 3 weeks", () => {
      expect(status("EXCL07", albumin(ago(1, "months")))).toBe("satisfied");
    });
    it("is unknown when albumin was given but when is not recorded", () => {
      const result = evaluate(trial, "EXCL07", albumin({ status: "ago" }));
      expect(result.status).toBe("unknown");
      expect(result.missing).toEqual(["exposures.albuminInfusion"]);
    });
    it("is unknown when albumin history is missing", () => {
      expect(evaluate(trial, "EXCL07").missing).toEqual(["exposures.albuminInfusion"]);
    });
    it("names the time and the window in its reason", () => {
      expect(evaluate(trial, "EXCL07", albumin(ago(22, "days"))).reason).toBe(
        "Not excluded: Human serum albumin infusion 22 days ago: not within 3 weeks",
      );
    });
  });

  describe("EXCL08 upper gastrointestinal bleeding within 4 weeks before clinical registration", () => {
    const bleed = (upperGiBleeding: object) => ({ exposures: { upperGiBleeding } }) as ProfileInput;
    it.each([
      ["4 weeks", ago(4, "weeks"), "violated"],
      ["5 weeks", ago(5, "weeks"), "satisfied"],
      ["28 days", ago(28, "days"), "violated"],
      ["29 days", ago(29, "days"), "satisfied"],
    ] as const)("a bleed %s ago is %s", (_label, when, expected) => {
      expect(status("EXCL08", bleed(when))).toBe(expected);
    });
    it("is unknown for '1 month ago' against 4 weeks (the calendar decides)", () => {
      const result = evaluate(trial, "EXCL08", bleed(ago(1, "months")));
      expect(result.status).toBe("unknown");
      expect(result.missing).toEqual(["exposures.upperGiBleeding"]);
    });
    it("is satisfied when there was never such a bleed", () => {
      expect(status("EXCL08", bleed(never))).toBe("satisfied");
    });
  });

  describe("EXCL09 Spontaneous peritonitis", () => {
    it("excludes current spontaneous bacterial peritonitis", () => {
      expect(status("EXCL09", { conditions: { spontaneousBacterialPeritonitis: true } })).toBe("violated");
    });
    it("does not exclude with no SBP now and no past SBP on prophylaxis (changed: the past episode on prophylaxis is asked too)", () => {
      expect(
        status("EXCL09", { conditions: { spontaneousBacterialPeritonitis: false, pastSbpOnProphylaxis: false } }),
      ).toBe("satisfied");
    });
    it("refers a past SBP on antibiotic prophylaxis, none now, with the values shown", () => {
      const result = evaluate(trial, "EXCL09", {
        conditions: { spontaneousBacterialPeritonitis: false, pastSbpOnProphylaxis: true },
      });
      expect(result.status).toBe("manual");
      expect(result.referral?.map((r) => r.key)).toEqual(["peritonitis.pastOnProphylaxis"]);
      expect(result.manualReason).toContain("Past spontaneous bacterial peritonitis, on antibiotic prophylaxis now");
    });
    it("still excludes SBP now, with or without a past episode on prophylaxis", () => {
      for (const past of [true, false, undefined]) {
        expect(
          status("EXCL09", {
            conditions: { spontaneousBacterialPeritonitis: true, ...(past === undefined ? {} : { pastSbpOnProphylaxis: past }) },
          }),
        ).toBe("violated");
      }
    });
    it("is unknown with no SBP now while the past episode on prophylaxis is missing", () => {
      const result = evaluate(trial, "EXCL09", { conditions: { spontaneousBacterialPeritonitis: false } });
      expect(result.status).toBe("unknown");
      expect(result.missing).toEqual(["conditions.pastSbpOnProphylaxis"]);
    });
    it("is unknown (not referred) with a past episode on prophylaxis while SBP now is missing: SBP now would exclude", () => {
      const result = evaluate(trial, "EXCL09", { conditions: { pastSbpOnProphylaxis: true } });
      expect(result.status).toBe("unknown");
      expect(result.missing).toEqual(["conditions.spontaneousBacterialPeritonitis"]);
    });
    it("is unknown when missing (changed: the past episode on prophylaxis is asked too)", () => {
      expect(evaluate(trial, "EXCL09").missing).toEqual([
        "conditions.spontaneousBacterialPeritonitis",
        "conditions.pastSbpOnProphylaxis",
      ]);
    });
  });

  describe("EXCL10 Active infection (viral or bacterial)", () => {
    it("excludes an active infection", () => {
      expect(status("EXCL10", { conditions: { activeInfection: true } })).toBe("violated");
    });
    const noInfection = { activeInfection: false, sepsis: false, spontaneousBacterialPeritonitis: false } as const;
    it("does not count the chronic HBV infection under study (changed: sepsis and SBP must also be answered no)", () => {
      expect(status("EXCL10", { liver: { etiology: { hbv: true } }, conditions: noInfection })).toBe("satisfied");
    });
    it.each([
      ["sepsis", { sepsis: true }],
      ["spontaneous bacterial peritonitis", { spontaneousBacterialPeritonitis: true }],
    ] as const)("excludes %s when 'active infection' is not answered (Sepsis-3; SBP is bacterial)", (_label, change) => {
      const rest = { ...noInfection, activeInfection: undefined };
      expect(status("EXCL10", { conditions: { ...rest, ...change } })).toBe("violated");
    });
    it.each([
      ["sepsis", { sepsis: true }],
      ["spontaneous bacterial peritonitis", { spontaneousBacterialPeritonitis: true }],
    ] as const)("is unknown, never satisfied, for %s with 'active infection' answered no: a contradiction to resolve", (_label, change) => {
      const result = evaluate(trial, "EXCL10", { conditions: { ...noInfection, ...change } });
      expect(result.status).toBe("unknown");
      expect(result.reason).toContain("Contradiction between");
    });
    it("is unknown when missing (changed: sepsis and SBP are read too)", () => {
      expect(evaluate(trial, "EXCL10").missing).toEqual([
        "conditions.activeInfection",
        "conditions.sepsis",
        "conditions.spontaneousBacterialPeritonitis",
      ]);
    });
  });

  describe("EXCL11 Pregnant or lactating women", () => {
    it("is not applicable to a male patient", () => {
      expect(status("EXCL11", { demographics: { sex: "male" } })).toBe("not-applicable");
    });
    it("excludes a pregnant woman", () => {
      expect(status("EXCL11", { demographics: { sex: "female", pregnant: true } })).toBe("violated");
    });
    it("excludes a lactating woman", () => {
      expect(status("EXCL11", { demographics: { sex: "female", breastfeeding: true } })).toBe("violated");
    });
    it("does not exclude a woman who is neither", () => {
      expect(status("EXCL11", { demographics: { sex: "female", pregnant: false, breastfeeding: false } })).toBe(
        "satisfied",
      );
    });
    it("is unknown when a woman's pregnancy status is missing", () => {
      expect(evaluate(trial, "EXCL11", { demographics: { sex: "female", breastfeeding: false } }).missing).toEqual([
        "demographics.pregnant",
      ]);
    });
  });

  describe("EXCL12 The researcher considers it inappropriate", () => {
    it("is left to the investigator", () => {
      expect(status("EXCL12")).toBe("manual");
    });
  });

  describe("the whole trial", () => {
    it("passes a clearly eligible patient, leaving consent and the researcher's judgement manual", () => {
      const result = evaluateTrial(trial, profile(ELIGIBLE));
      expect(result.criteria.filter((c) => c.status === "unknown")).toEqual([]);
      expect(result.verdict).toBe("passed");
      expect(idsWithStatus(result.criteria, "manual")).toEqual(["INCL07", "EXCL12"]);
    });

    it("is ineligible at age 61 by both the inclusion and the exclusion age lines", () => {
      const result = evaluateTrial(trial, profile({ ...ELIGIBLE, demographics: { ageYears: 61, sex: "male" } }));
      expect(idsWithStatus(result.criteria, "violated")).toEqual(["INCL01", "EXCL01"]);
    });

    it("is ineligible after albumin 3 weeks ago, eligible after 4 weeks", () => {
      const at = (weeks: number) =>
        evaluateTrial(trial, profile({ ...ELIGIBLE, exposures: { ...ELIGIBLE.exposures, albuminInfusion: ago(weeks, "weeks") } }));
      expect(idsWithStatus(at(3).criteria, "violated")).toEqual(["EXCL07"]);
      expect(at(4).verdict).toBe("passed");
    });
  });
});
