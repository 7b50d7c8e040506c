/**
 * NCT05106972: UC-MSC transplantation (two intravenous doses) for decompensated hepatitis B
 * cirrhosis.
 *
 * One seed document: 003 (a registry page rendering of the ClinicalTrials.gov record, last updated
 * 2021-11-04). Staff contact details in the record are deliberately not copied here.
 */
import type { TrialDefinition } from "@/lib/core/trial";

export const trial = {
  id: "NCT05106972",
  orgStudyId: "SCT20181032",
  shortTitle: "UC-MSC in decompensated HBV cirrhosis",
  briefTitle: "Umbilical Cord Mesenchymal Stem Cell Transplantation for Decompensated Hepatitis B Cirrhosis",
  sponsor: "Asia Stem Cell Regenerative Pharmaceutical Co., Ltd.",
  // The page lists the site as "Haikou, , China": no region.
  sites: [{ facility: "Haikou People's Hospital", city: "Haikou", country: "China" }],
  studyType: "INTERVENTIONAL",
  phase: "NA",
  design: { allocation: "NA", interventionModel: "SINGLE_GROUP", masking: "NONE", primaryPurpose: "TREATMENT" },
  // The page gives the count only ("30 participants"), not whether it is estimated or actual.
  enrollment: { count: 30, type: "NOT_STATED" },
  conditions: ["Liver Cirrhosis"],
  arms: [
    {
      label: "UC-MSC infusion",
      type: "EXPERIMENTAL",
      // Verbatim, with the page's Markdown escapes (1\*10\^8) undone.
      description: "UC-MSC infusion by intravenus, 1*10^8 cells/dose, 2 doses (apart from 24weeks)",
    },
  ],
  interventions: [
    {
      name: "UC-MSC infusion",
      type: "DRUG",
      description: "UC-MSC infusion by introvenus",
      route: "intravenous",
      dose: "1×10^8 cells/dose",
      frequency: "2 doses 24 weeks apart",
      arms: ["UC-MSC infusion"],
    },
  ],
  // The page gives no primary completion date.
  status: {
    overall: "RECRUITING",
    startDate: "2021-12-01",
    completionDate: "2025-12-31",
    lastUpdatePosted: "2021-11-04",
  },
  eligibility: { sex: "ALL", minimumAgeYears: 20, maximumAgeYears: 60, healthyVolunteers: false },
  sources: [
    {
      file: "003_e06597f44221bf9f.txt",
      origin: "Registry page (ClinicalTrials.gov record as rendered by a trial listing site)",
      recordDate: "2021-11-04",
      status: "RECRUITING",
      startDate: "2021-12-01",
      completionDate: "2025-12-31",
      differences: [],
    },
  ],
  encoding: { version: "1.0.0", encodedFrom: "003_e06597f44221bf9f.txt", registryRecordDate: "2021-11-04" },
  criteria: [
    {
      id: "INCL01",
      category: "inclusion",
      text: "Aged between 20 and 60 (male or female)",
      rule: { fact: "age", op: "between", min: 20, max: 60 },
      interpretation:
        "Inclusive at both ends, in whole years, matching the registry's structured minimum (20 years) and maximum " +
        "(60 years) age. '(male or female)': no restriction by sex.",
    },
    {
      id: "INCL02",
      category: "inclusion",
      text: "Diagnosed chronic decompensated hepatitis B cirrhosis with a course of more than 5 years",
      rule: {
        all: [
          { concept: "decompensatedCirrhosis" },
          { fact: "etiologyHbv", op: "is", value: true },
          { fact: "hbvYearsSinceDiagnosis", op: "gt", value: 5 },
        ],
      },
      interpretation:
        "Decompensated cirrhosis (shared concept: ascites, variceal bleeding, overt hepatic encephalopathy or jaundice, " +
        "now or ever) with hepatitis B as a cause. 'A course of more than 5 years' is read as more than 5 years since " +
        "the HBV diagnosis, strictly: exactly 5 years does not qualify, 5.5 years does. Other causes alongside HBV are " +
        "judged by EXCL02.",
    },
    {
      id: "INCL03",
      category: "inclusion",
      text: "Not suitable for liver transplantation or there is no donor liver source",
      rule: {
        any: [
          { fact: "transplantCandidate", op: "is", value: false },
          { fact: "donorLiverAvailable", op: "is", value: false },
        ],
      },
      interpretation:
        "Either suffices: the patient is not a candidate for liver transplantation, or is a candidate but no donor " +
        "liver is available.",
    },
    {
      id: "INCL04",
      category: "inclusion",
      text: "No serious bleeding tendency or active bleeding",
      rule: {
        not: {
          any: [{ concept: "seriousBleedingTendency" }, { fact: "activeBleeding", op: "is", value: true }],
        },
      },
      interpretation:
        "Met when the patient has neither. Serious bleeding tendency uses the shared concept (a documented serious " +
        "bleeding tendency, or platelets below 50 ×10⁹/L); PT is judged by EXCL06, not here. Active bleeding means " +
        "bleeding now.",
    },
    {
      id: "INCL05",
      category: "inclusion",
      text: "No hepatic encephalopathy",
      rule: { fact: "westHavenGrade", op: "eq", value: 0 },
      interpretation:
        "Read as no hepatic encephalopathy now: current West Haven grade 0. Covert encephalopathy (grade 1) counts as " +
        "encephalopathy and fails this line. A past episode that has resolved does not fail it under this reading " +
        "(the line says 'no hepatic encephalopathy', not 'no history of').",
    },
    {
      id: "INCL06",
      category: "inclusion",
      text: "After strict medical conservative treatment for more than 6 months, there was no relief of symptoms or significant improvement of quality of life score",
      rule: {
        all: [
          { fact: "conservativeTreatmentMonths", op: "gt", value: 6 },
          { fact: "conservativeTreatmentRelief", op: "is", value: false },
        ],
      },
      interpretation:
        "Both parts: conservative medical treatment for more than 6 months (strictly: 6 months is not enough, 7 is), " +
        "and it brought neither relief of symptoms nor a significant improvement in quality of life (one coordinator " +
        "answer, 'conservative treatment brought relief', covers both).",
    },
    {
      id: "INCL07",
      category: "inclusion",
      text: "Subjects voluntarily participate in this study and sign informed consent",
      manual: { reason: "Procedural: voluntary participation and informed consent are confirmed at enrolment, not at pre-screening." },
    },
    {
      id: "EXCL01",
      category: "exclusion",
      text: "Be less than 20 years old or more than 60 years old",
      rule: {
        any: [
          { fact: "age", op: "lt", value: 20 },
          { fact: "age", op: "gt", value: 60 },
        ],
      },
      interpretation: "The mirror of INCL01: ages 20 and 60 are not excluded; 19 and 61 are.",
    },
    {
      id: "EXCL02",
      category: "exclusion",
      text: "Cirrhosis caused by other causes such as alcoholic hepatitis, hepatitis C virus and autoimmune hepatitis",
      rule: {
        any: [
          { fact: "etiologyHcv", op: "is", value: true },
          { fact: "etiologyAlcohol", op: "is", value: true },
          { fact: "etiologyAutoimmune", op: "is", value: true },
          { fact: "etiologyMasld", op: "is", value: true },
          { fact: "etiologyPbc", op: "is", value: true },
          { fact: "etiologyPsc", op: "is", value: true },
          { fact: "etiologyOther", op: "is", value: true },
        ],
      },
      interpretation:
        "Any cause other than hepatitis B excludes; the three named causes are examples ('such as'), so MASLD, PBC, " +
        "PSC and other causes count too. A mixed etiology (e.g. HBV plus alcohol) counts as cirrhosis caused by " +
        "another cause and excludes. Every other cause must be answered 'no' for the patient to pass.",
    },
    {
      id: "EXCL03",
      category: "exclusion",
      text: "Found liver malignant tumor or the family history of liver malignant tumor in the third generation of their direct relatives",
      rule: {
        any: [
          { fact: "liverTumour", op: "in", values: ["malignant"] },
          { fact: "familyHistoryLiverMalignancy", op: "is", value: true },
        ],
      },
      interpretation:
        "A malignant liver tumour found now, or a liver malignancy in a direct (lineal) relative within three " +
        "generations. A benign liver tumour does not exclude.",
    },
    {
      id: "EXCL04",
      category: "exclusion",
      text: "Patients with hypersplenism who need splenectomy",
      rule: { fact: "hypersplenismNeedingSplenectomy", op: "is", value: true },
    },
    {
      id: "EXCL05",
      category: "exclusion",
      text: "History of tumors in other organs",
      rule: { fact: "otherMalignancy", op: "in", values: ["past", "current"] },
      interpretation:
        "Any malignancy outside the liver, current or in the history (treated), excludes. Liver tumours are judged by " +
        "EXCL03. Benign tumours of other organs are not asked; the investigator may still judge them.",
    },
    {
      id: "EXCL06",
      category: "exclusion",
      text: "PT prolongation is greater than 3 seconds",
      rule: { fact: "ptProlongationSeconds", op: "gt", value: 3 },
      interpretation:
        "PT prolongation is the patient's PT minus the laboratory's control PT. 'Greater than 3 seconds' is strict: " +
        "3.0 s does not exclude, 3.1 s does.",
    },
    {
      id: "EXCL07",
      category: "exclusion",
      text: "Use of human serum albumin within 3 weeks prior to clinical registration",
      rule: { fact: "albuminInfusion", op: "within", amount: 3, unit: "weeks" },
      interpretation:
        "Inclusive: 3 weeks (21 days) ago excludes, 22 days does not. Measured from the pre-screen, which precedes " +
        "clinical registration, so a borderline washout should be re-checked on the registration date.",
    },
    {
      id: "EXCL08",
      category: "exclusion",
      text: "Clinically significant upper gastrointestinal bleeding events occurred within 4 weeks before clinical registration",
      rule: { fact: "upperGiBleeding", op: "within", amount: 4, unit: "weeks" },
      interpretation:
        "Inclusive: 4 weeks (28 days) ago excludes, 29 days does not. Measured from the pre-screen, which precedes " +
        "clinical registration, so a borderline washout should be re-checked on the registration date.",
    },
    {
      id: "EXCL09",
      category: "exclusion",
      text: "Spontaneous peritonitis",
      rule: { fact: "spontaneousBacterialPeritonitis", op: "is", value: true },
      interpretation:
        "Read as spontaneous bacterial peritonitis present now; a past, treated episode does not exclude under this reading.",
    },
    {
      id: "EXCL10",
      category: "exclusion",
      text: "Active infection (viral or bacterial)",
      rule: {
        any: [
          { fact: "activeInfection", op: "is", value: true },
          { fact: "sepsis", op: "is", value: true },
          { fact: "spontaneousBacterialPeritonitis", op: "is", value: true },
        ],
      },
      interpretation:
        "An active viral or bacterial infection now. Sepsis (Sepsis-3: life-threatening organ dysfunction caused by a " +
        "dysregulated host response to infection; Singer M et al., JAMA 2016;315:801–810) and spontaneous bacterial " +
        "peritonitis are bacterial infections, so either excludes here even if 'active infection' was answered no. " +
        "The chronic hepatitis B infection the trial is for is not an 'active infection' here (otherwise every " +
        "eligible patient would be excluded).",
    },
    {
      id: "EXCL11",
      category: "exclusion",
      text: "Pregnant or lactating women",
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
      id: "EXCL12",
      category: "exclusion",
      text: "The researcher considers it inappropriate to participate in this study",
      manual: { reason: "Investigator judgement: the researcher decides whether participation is inappropriate." },
    },
  ],
} satisfies TrialDefinition;
