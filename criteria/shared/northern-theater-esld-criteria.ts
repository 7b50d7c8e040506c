/**
 * The eligibility criteria of the General Hospital of Northern Theater Command's two UC-MSC
 * trials in end-stage liver disease, NCT06242405 (XHNKKY-DFSC) and NCT06984497 (XHNKKY-DRSC).
 * Both registry records list these lines word for word, so they are encoded once: the two trials
 * can never decide the same patient differently by accident. If a registry update changes one
 * trial's list, copy this list into that trial's file and change it there.
 *
 * Verbatim text: seed 000 (NCT06242405, ClinicalTrials.gov API v2) and seed 001 (NCT06984497);
 * the coverage audit checks both.
 */
import type { TrialDefinition } from "@/lib/core/trial";

export const northernTheaterEsldCriteria = [
  {
    id: "INCL01",
    category: "inclusion",
    text: "1. 18-80 years old",
    rule: { fact: "age", op: "between", min: 18, max: 80 },
    interpretation:
      "Inclusive at both ends, in whole years, matching the registry's structured minimum (18 years) and maximum (80 years) age.",
  },
  {
    id: "INCL02",
    category: "inclusion",
    text: "2. End-stage liver disease",
    rule: { concept: "endStageLiverDisease" },
    interpretation:
      "The record gives no definition or score threshold. Read with the shared concept 'end-stage liver disease': " +
      "decompensated cirrhosis (ascites, variceal bleeding, overt hepatic encephalopathy or jaundice, now or ever) or " +
      "liver failure. The same definition decides NCT01224327's exclusion of 'the end-stage of liver cirrhosis'.",
  },
  {
    id: "INCL03",
    category: "inclusion",
    text: "3. Signed informed consent",
    manual: { reason: "Procedural: informed consent is obtained and confirmed at enrolment, not at pre-screening." },
  },
  {
    id: "EXCL01",
    category: "exclusion",
    text: "1. Tumours of the liver or other organs",
    rule: {
      any: [
        { fact: "liverTumour", op: "in", values: ["benign", "malignant"] },
        { fact: "otherMalignancy", op: "in", values: ["current"] },
      ],
    },
    interpretation:
      "Any liver tumour found now, benign or malignant, or a current malignancy of another organ. A cancer of another " +
      "organ that was treated and cured in the past is not a tumour the patient has, so it does not exclude under this " +
      "line (contrast NCT05106972, which has a separate 'History of tumors in other organs' line). Benign tumours of " +
      "other organs are not asked; the investigator may still judge them.",
  },
  {
    id: "EXCL02",
    category: "exclusion",
    text: "2. Liver transplantation recipients",
    rule: { fact: "liverTransplantRecipient", op: "is", value: true },
  },
  {
    id: "EXCL03",
    category: "exclusion",
    text: "3. Acute myocardial infarction, acute heart failure, type I and type II respiratory failure, pulmonary embolism, acute cerebral infarction, acute cerebral haemorrhage and other serious cardiopulmonary diseases",
    rule: {
      any: [
        { fact: "acuteMyocardialInfarction", op: "is", value: true },
        { fact: "heartFailure", op: "in", values: ["acute"] },
        { fact: "respiratoryFailure", op: "is", value: true },
        { fact: "pulmonaryEmbolism", op: "is", value: true },
        { fact: "acuteCerebralInfarction", op: "is", value: true },
        { fact: "acuteCerebralHaemorrhage", op: "is", value: true },
        { fact: "otherSeriousCardiopulmonaryDisease", op: "is", value: true },
      ],
    },
    interpretation:
      "Any one of the listed conditions, present now, excludes. Only acute heart failure is listed; stable chronic " +
      "heart failure counts only if the coordinator records it as another serious cardiopulmonary disease. " +
      "Respiratory failure of type I or II counts.",
  },
  {
    id: "EXCL04",
    category: "exclusion",
    text: "4. Other diseases that may seriously affect the survival",
    manual: {
      reason: "Investigator judgement: which other diseases may seriously affect survival is not defined by the record.",
    },
  },
  {
    id: "EXCL05",
    category: "exclusion",
    text: "5. Human immunodeficiency syndrome",
    rule: { fact: "hiv", op: "is", value: true },
    interpretation:
      "Read as HIV infection (the record's 'human immunodeficiency syndrome'): any known HIV infection counts, not only AIDS.",
  },
  {
    id: "EXCL06",
    category: "exclusion",
    text: "6. Interferon or glucocorticoid therapy within 1 year",
    rule: {
      any: [
        { fact: "interferon", op: "within", amount: 1, unit: "years" },
        { fact: "systemicGlucocorticoids", op: "within", amount: 1, unit: "years" },
      ],
    },
    interpretation:
      "Either therapy within the past year (inclusive: 12 months ago is within 1 year, 13 months is not). " +
      "Glucocorticoid therapy is read as systemic (oral or intravenous) glucocorticoids; inhaled or topical " +
      "glucocorticoids are not counted. Measured from the pre-screen date.",
  },
  {
    id: "EXCL07",
    category: "exclusion",
    text: "7. Treated for mental illness",
    rule: { fact: "treatedMentalIllness", op: "is", value: true },
    interpretation: "The record sets no time window, so any treatment for a mental illness, current or past, counts.",
  },
  {
    id: "EXCL08",
    category: "exclusion",
    text: "8. Participation in other clinical trials within 30 days",
    rule: { fact: "otherTrialParticipation", op: "within", amount: 30, unit: "days" },
    interpretation:
      "Participation in another clinical trial no more than 30 days ago (inclusive: 30 days excludes, 31 does not), " +
      "measured from the pre-screen. A time given in months can straddle 30 days ('1 month ago') and stays unknown " +
      "until entered in days.",
  },
  {
    id: "EXCL09",
    category: "exclusion",
    text: "9. Pregnant or breastfeeding subjects",
    rule: {
      any: [
        { fact: "pregnant", op: "is", value: true },
        { fact: "breastfeeding", op: "is", value: true },
      ],
    },
    appliesIf: { fact: "sex", op: "in", values: ["female"] },
    interpretation: "Applies to female patients only; for male patients it is not applicable.",
  },
  {
    id: "EXCL10",
    category: "exclusion",
    text: "10. Allergic asthma, allergic urticaria, eczema, or a history of multiple drug and food allergies",
    rule: {
      any: [
        { fact: "allergicAsthma", op: "is", value: true },
        { fact: "allergicUrticaria", op: "is", value: true },
        { fact: "eczema", op: "is", value: true },
        { fact: "multipleDrugOrFoodAllergies", op: "is", value: true },
      ],
    },
    interpretation:
      "Any one of the four excludes. 'A history of multiple drug and food allergies' is read as a history of " +
      "multiple drug or food allergies (one question covers both), the cautious reading for a cell product.",
  },
  {
    id: "EXCL11",
    category: "exclusion",
    text: "11. Other circumstances that are unsuitable for participation in this study",
    manual: { reason: "Investigator judgement: other circumstances making the patient unsuitable are not defined by the record." },
  },
] satisfies TrialDefinition["criteria"];
