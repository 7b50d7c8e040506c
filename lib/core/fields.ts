/**
 * Human labels for every profile field a criterion, a score or the form can name. The keys are
 * the profile's dotted paths (`labs.bilirubin`); a test checks that each one exists in the
 * profile schema, and that every leaf of the schema has a label.
 */
import { ETIOLOGIES, ETIOLOGY_LABELS, type Etiology } from "./profile";

const etiologyLabels = Object.fromEntries(
  ETIOLOGIES.map((e: Etiology) => [`liver.etiology.${e}`, `Etiology: ${ETIOLOGY_LABELS[e]}`]),
) as Record<`liver.etiology.${Etiology}`, string>;

export const FIELD_LABELS = {
  screeningLabel: "Screening label",
  "demographics.ageYears": "Age",
  "demographics.sex": "Sex",
  "demographics.pregnant": "Pregnant",
  "demographics.breastfeeding": "Breastfeeding",
  "liver.cirrhosis": "Cirrhosis",
  ...etiologyLabels,
  "liver.hbvYearsSinceDiagnosis": "Years since HBV diagnosis",
  "liver.everAscites": "Ascites ever",
  "liver.everVaricealBleeding": "Variceal bleeding ever",
  "liver.everOvertEncephalopathy": "Overt hepatic encephalopathy ever",
  "liver.everJaundice": "Non-obstructive (hepatic) jaundice ever",
  "liver.ascitesGrade": "Current ascites",
  "liver.westHavenGrade": "Current hepatic encephalopathy (West Haven grade)",
  "liver.liverFailure": "Liver failure",
  "liver.recompensated": "Recompensated cirrhosis (Baveno VII)",
  "labs.bilirubin": "Total bilirubin",
  "labs.albumin": "Albumin",
  "labs.inr": "INR",
  "labs.ptSeconds": "Prothrombin time (PT)",
  "labs.ptControlSeconds": "Control PT of the lab",
  "labs.creatinine": "Creatinine",
  "labs.dialysis": "Dialysis in the past week",
  "labs.sodiumMmolL": "Sodium",
  "labs.plateletsE9L": "Platelets",
  "exposures.interferon": "Interferon",
  "exposures.systemicGlucocorticoids": "Systemic glucocorticoids",
  "exposures.albuminInfusion": "Human serum albumin infusion",
  "exposures.upperGiBleeding": "Clinically significant upper GI bleeding",
  "exposures.otherTrialParticipation": "Participation in another clinical trial",
  "conditions.liverTumour": "Liver tumour (HCC or other)",
  "conditions.liverTumourYearsSinceTreatment": "Years since liver tumour treatment",
  "conditions.otherMalignancy": "Malignancy outside the liver",
  "conditions.otherMalignancyYearsSinceTreatment": "Years since the end of cancer treatment",
  "conditions.benignTumourElsewhere": "Benign tumour of another organ",
  "conditions.familyHistoryLiverMalignancy": "Family history of liver malignancy (3 generations)",
  "conditions.liverTransplantRecipient": "Liver transplant recipient",
  "conditions.acuteMyocardialInfarction": "Acute myocardial infarction",
  "conditions.heartFailure": "Heart failure",
  "conditions.respiratoryFailure": "Respiratory failure (type I or II)",
  "conditions.pulmonaryEmbolism": "Pulmonary embolism",
  "conditions.acuteCerebralInfarction": "Acute cerebral infarction",
  "conditions.acuteCerebralHaemorrhage": "Acute cerebral haemorrhage",
  "conditions.otherSeriousCardiopulmonaryDisease": "Other serious cardiopulmonary disease",
  "conditions.renalFailure": "Renal failure",
  "conditions.severeOtherOrganDisease": "Severe disease of another vital organ",
  "conditions.hiv": "HIV infection",
  "conditions.treatedMentalIllness": "Treated for mental illness",
  "conditions.treatedAlcoholUseDisorder": "Treated for alcohol use disorder or withdrawal",
  "conditions.allergicAsthma": "Allergic asthma",
  "conditions.allergicUrticaria": "Allergic urticaria",
  "conditions.eczema": "Eczema",
  "conditions.multipleDrugOrFoodAllergies": "Multiple drug or food allergies",
  "conditions.hypersplenismNeedingSplenectomy": "Hypersplenism needing splenectomy",
  "conditions.spontaneousBacterialPeritonitis": "Spontaneous bacterial peritonitis (current)",
  "conditions.activeInfection": "Active infection (other than chronic viral hepatitis; sepsis and SBP count)",
  "conditions.sepsis": "Sepsis",
  "conditions.extrahepaticBiliaryDisease": "Significant extrahepatic biliary disease",
  "conditions.portalOrHepaticVeinThrombosis": "Active portal or hepatic vein thrombosis",
  "conditions.activeBleeding": "Active bleeding",
  "conditions.seriousBleedingTendency": "Serious bleeding tendency (documented)",
  "treatment.transplantCandidate": "Suitable for liver transplantation",
  "treatment.donorLiverAvailable": "Donor liver available",
  "treatment.conservativeTreatmentMonths": "Months of conservative medical treatment",
  "treatment.conservativeTreatmentRelief": "Conservative treatment brought relief",
} as const;

export type FieldPath = keyof typeof FIELD_LABELS;

export function fieldLabel(path: string): string {
  // Own keys only: a path such as "__proto__" (from a hostile file) is not a label lookup.
  return Object.hasOwn(FIELD_LABELS, path) ? (FIELD_LABELS as Record<string, string>)[path] as string : path;
}
