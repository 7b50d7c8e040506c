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
import { BENIGN_TUMOUR, PAST_MALIGNANCY, TREATED_LIVER_CANCER } from "./refer-reasons";

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
      "The record gives no definition or score threshold. Read with the shared concept 'end-stage liver disease': met " +
      "by acute-on-chronic or chronic liver failure, or decompensated cirrhosis at Child–Pugh C; not met by compensated " +
      "cirrhosis or acute liver failure without chronic liver disease; decompensated cirrhosis at Child–Pugh A or B, " +
      "and recompensated cirrhosis, go to the investigator. The same definition decides NCT01224327's exclusion of " +
      "'the end-stage of liver cirrhosis', so the two can never decide one patient in contradictory ways.",
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
        { fact: "liverTumour", op: "in", values: ["malignant"] },
        { fact: "otherMalignancy", op: "in", values: ["current"] },
        {
          refer: {
            when: { all: [{ fact: "liverTumour", op: "in", values: ["treated"] }, { fact: "liverTumourYearsSinceTreatment", op: "ge", value: 0 }] },
            reason: TREATED_LIVER_CANCER,
          },
        },
        {
          refer: {
            when: { all: [{ fact: "otherMalignancy", op: "in", values: ["past"] }, { fact: "otherMalignancyYearsSinceTreatment", op: "ge", value: 0 }] },
            reason: PAST_MALIGNANCY,
          },
        },
        { refer: { when: { fact: "liverTumour", op: "in", values: ["benign"] }, reason: BENIGN_TUMOUR } },
        { refer: { when: { fact: "benignTumourElsewhere", op: "is", value: true }, reason: BENIGN_TUMOUR } },
      ],
    },
    interpretation:
      "A malignant liver tumour found now, or a current malignancy of another organ, excludes. Three cases go to the " +
      "investigator with what was recorded: a liver cancer treated in the past (with the years since treatment), a " +
      "malignancy of another organ treated in the past (with the years since the end of treatment), and a benign " +
      "tumour of the liver (e.g. a haemangioma) or of another organ, since 'tumours' does not say malignant. Contrast " +
      "NCT05106972, whose separate 'History of tumors in other organs' line decides a past malignancy.",
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
      "Any one of the listed conditions, present now, excludes. 'Acute' has no time horizon in the record: an event " +
      "counts while it is current or still being treated (the coordinator answers for now, not for a remote history, " +
      "which is EXCL04's or the investigator's). Only acute heart failure is listed; stable chronic heart failure counts " +
      "only if recorded as another serious cardiopulmonary disease. Respiratory failure of type I or II counts, and " +
      "hepatopulmonary syndrome with PaO₂ < 60 mmHg is type I respiratory failure. Portopulmonary hypertension is a " +
      "serious cardiopulmonary disease.",
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
    rule: {
      any: [
        { fact: "treatedMentalIllness", op: "is", value: true },
        {
          refer: {
            when: { fact: "treatedAlcoholUseDisorder", op: "is", value: true },
            reason: {
              key: "mentalIllness.alcoholUseDisorder",
              text:
                "Treated for alcohol use disorder or alcohol withdrawal only. It is a mental disorder in DSM-5 and ICD-11, " +
                "but the line may mean psychiatric illness; the reading decides many alcohol-related patients, so the " +
                "investigator decides.",
            },
          },
        },
      ],
    },
    interpretation:
      "The record sets no time window, so any treatment for a psychiatric illness (e.g. depression, anxiety disorder, " +
      "psychosis, bipolar disorder), current or past, counts. Treatment only for alcohol use disorder or alcohol " +
      "withdrawal is asked separately and goes to the investigator: the text does not say whether it counts.",
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
