/**
 * NCT01224327: UC-MSC infusion via the hepatic artery vs conservative therapy in liver cirrhosis.
 *
 * One seed document: 004 (a registry page rendering of the ClinicalTrials.gov record, last updated
 * 2010-10-20). Staff contact details in the record are deliberately not copied here.
 */
import type { TrialDefinition } from "@/lib/core/trial";
import { PAST_MALIGNANCY, TREATED_LIVER_CANCER } from "./shared/refer-reasons";

export const trial = {
  id: "NCT01224327",
  orgStudyId: "MSCHC005",
  shortTitle: "UC-MSC via hepatic artery in cirrhosis",
  briefTitle: "Umbilical Cord Mesenchymal Stem Cells Infusion Via Hepatic Artery in Cirrhosis Patients",
  sponsor: "Qingdao University",
  sites: [
    {
      facility: "Stem Cell Research Center of Medical School Hospital of Qingdao University",
      city: "Qingdao",
      region: "Shandong",
      country: "China",
    },
  ],
  studyType: "INTERVENTIONAL",
  phase: "PHASE1/PHASE2",
  design: { allocation: "RANDOMIZED", interventionModel: "PARALLEL", masking: "NONE", primaryPurpose: "TREATMENT" },
  // The page gives the count only ("50 participants"), not whether it is estimated or actual.
  enrollment: { count: 50, type: "NOT_STATED" },
  // The page runs the registry's four condition entries together on one line ("Liver Cirrhosis
  // Radiology Mesenchymal Stem Cells Umbilical Cord"); registry listings show them as four entries.
  conditions: ["Liver Cirrhosis", "Radiology", "Mesenchymal Stem Cells", "Umbilical Cord"],
  arms: [
    {
      label: "umbilical cord mesenchymal stem cells",
      type: "EXPERIMENTAL",
      description:
        "Umbilical cord mesenchymal stem cells were infused to patients using interventional method via hepatic artery. After the catheter placed at proper hepatic artery was confirmed by angiography,umbilical cord MSCs were infused slowly for 15-20minutes.",
    },
    {
      label: "Conserved therapy",
      type: "ACTIVE_COMPARATOR",
      description:
        "Patients received comprehensive treatment including antiviral drugs, lowering aminotransferase and jaundice medicine.",
    },
  ],
  interventions: [
    {
      name: "umbilical cord Mesenchymal Stem Cells",
      type: "BIOLOGICAL",
      description:
        "Umbilical cord mesenchymal stem cells were infused to patients using interventional method via hepatic artery. After the catheter placed at proper hepatic artery was confirmed by angiography,umbilical cord MSCs were infused slowly for 15-20minutes.",
      route: "hepatic artery (catheter in the proper hepatic artery, position confirmed by angiography)",
      frequency: "infused slowly over 15–20 minutes; the number of infusions is not stated",
      arms: ["umbilical cord mesenchymal stem cells"],
    },
    {
      name: "Conserved therapy",
      type: "DRUG",
      description: "Oral or intravenous administration",
      route: "oral or intravenous",
      arms: ["Conserved therapy"],
    },
  ],
  // The page gives no primary completion date.
  status: {
    overall: "UNKNOWN",
    startDate: "2010-10-31",
    completionDate: "2012-12-31",
    lastUpdatePosted: "2010-10-20",
  },
  eligibility: { sex: "ALL", minimumAgeYears: 18, maximumAgeYears: 70, healthyVolunteers: false },
  sources: [
    {
      file: "004_18450cbb1aa912ce.txt",
      origin: "Registry page (ClinicalTrials.gov record as rendered by a trial listing site)",
      recordDate: "2010-10-20",
      status: "UNKNOWN",
      startDate: "2010-10-31",
      completionDate: "2012-12-31",
      differences: [],
    },
  ],
  encoding: { version: "1.2.0", encodedFrom: "004_18450cbb1aa912ce.txt", registryRecordDate: "2010-10-20" },
  criteria: [
    {
      id: "INCL01",
      category: "inclusion",
      text: "Aged 18~70 years.",
      textZh: "年龄 18~70 岁。",
      interpretationZh:
        "“18~70”为区间，两端均包含，以整岁计，与注册记录结构化字段的最小年龄（18 岁）和最大年龄（70 岁）一致。",
      rule: { fact: "age", op: "between", min: 18, max: 70 },
      interpretation:
        "'18~70' is a range, inclusive at both ends, in whole years, matching the registry's structured minimum " +
        "(18 years) and maximum (70 years) age.",
    },
    {
      id: "INCL02",
      category: "inclusion",
      text: "Liver cirrhosis",
      textZh: "肝硬化",
      interpretationZh:
        "任何病因的肝硬化；其分期由 EXCL01 限定（非终末期）。",
      rule: { fact: "cirrhosis", op: "is", value: true },
      interpretation: "Cirrhosis of any cause; its stage is limited by EXCL01 (not end-stage).",
    },
    {
      id: "INCL03",
      category: "inclusion",
      text: "written consent",
      textZh: "书面知情同意",
      manual: {
        reason: "Procedural: written informed consent is obtained and confirmed at enrolment, not at pre-screening.",
        reasonZh: "程序性要求：书面知情同意在入组时签署并确认，不在预筛查阶段确认。",
      },
    },
    {
      id: "EXCL01",
      category: "exclusion",
      text: "The end-stage of liver cirrhosis.",
      textZh: "肝硬化终末期。",
      interpretationZh:
        "注册记录未给出定义。按统一定义“终末期肝病”（目前或既往失代偿期肝硬化，或肝衰竭）判定，与 NCT06242405 和 NCT06984497 入选“终末期肝病”所用定义相同，因此同一患者不会在一项试验中被判为终末期、在另一项中却不是。实际上本试验只接受代偿期肝硬化。",
      rule: { concept: "endStageLiverDisease" },
      interpretation:
        "The record gives no definition. Read with the shared concept 'end-stage liver disease', the same definition " +
        "that decides NCT06242405's and NCT06984497's inclusion, so a patient can never be end-stage for one trial and " +
        "not for another. Excluded: acute-on-chronic or chronic liver failure, or decompensated cirrhosis at Child–Pugh " +
        "C. Not excluded: compensated cirrhosis. Decompensated (or recompensated) cirrhosis at Child–Pugh A or B goes to " +
        "the investigator: 'end-stage cirrhosis' is often read as Child–Pugh C, liver failure or transplant need, and the " +
        "comparator arm's jaundice-lowering medicine suggests decompensated patients were meant to be included.",
    },
    {
      id: "EXCL02",
      category: "exclusion",
      text: "Severe problems in other vital organs(e.g.the heart,renal or lungs).",
      textZh: "其他重要脏器（如心、肾或肺）存在严重问题。",
      interpretationZh:
        "协调员记录的其他重要脏器严重疾病，或所举例脏器的衰竭：心力衰竭（慢性或急性）、肾衰竭或透析、呼吸衰竭。与 EXCL07 有重叠；器官衰竭之外的“严重”程度以协调员的回答为准。",
      rule: {
        any: [
          { fact: "severeOtherOrganDisease", op: "is", value: true },
          { fact: "heartFailure", op: "in", values: ["chronic", "acute"] },
          { fact: "renalFailure", op: "is", value: true },
          { fact: "dialysis", op: "is", value: true },
          { fact: "respiratoryFailure", op: "is", value: true },
        ],
      },
      interpretation:
        "A severe disease of another vital organ as recorded by the coordinator, or organ failure of the examples " +
        "given: heart failure (chronic or acute), renal failure or dialysis, respiratory failure. Overlaps EXCL07; " +
        "'severe' beyond organ failure is left to the coordinator's answer.",
    },
    {
      id: "EXCL03",
      category: "exclusion",
      text: "Hepatocellular carcinoma or other malignancies",
      textZh: "肝细胞癌或其他恶性肿瘤",
      interpretationZh:
        "肝脏恶性肿瘤（肝细胞癌或其他肝脏恶性肿瘤），或目前存在的肝外恶性肿瘤。既往已治愈的癌症不属于患者目前所患的恶性肿瘤，因此不按本条排除（对比 NCT05106972 的“其他器官肿瘤史”）。肝脏良性肿瘤不排除。",
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
        ],
      },
      interpretation:
        "A malignant liver tumour (HCC or another liver malignancy) found now, or a current malignancy elsewhere, " +
        "excludes. A liver cancer treated in the past, and a malignancy elsewhere treated in the past, go to the " +
        "investigator with the years since treatment: the line does not say whether a treated cancer counts (contrast " +
        "NCT05106972's 'History of tumors in other organs'). A benign tumour does not exclude: the line says malignancies.",
    },
    {
      id: "EXCL04",
      category: "exclusion",
      text: "Pregnancy",
      textZh: "妊娠",
      interpretationZh:
        "仅适用于女性患者；对男性患者不适用。哺乳期未列出，不计入。",
      rule: { fact: "pregnant", op: "is", value: true },
      appliesIf: { fact: "sex", op: "in", values: ["female"] },
      interpretation:
        "Applies to female patients only; for male patients it is not applicable. Breastfeeding is not listed and is not counted.",
    },
    {
      id: "EXCL05",
      category: "exclusion",
      text: "sepsis",
      textZh: "脓毒症",
      interpretationZh:
        "目前存在脓毒症。",
      rule: { fact: "sepsis", op: "is", value: true },
      interpretation: "Sepsis now.",
    },
    {
      id: "EXCL06",
      category: "exclusion",
      text: "Presence of significant extrahepatic biliary disease (e.g. CBD stone, PSC, etc.)",
      textZh: "存在明显的肝外胆道疾病（如胆总管结石、原发性硬化性胆管炎等）",
      interpretationZh:
        "目前存在明显的肝外胆道疾病（如胆总管结石），或原发性硬化性胆管炎（注册记录所举之例，记为肝病病因）。",
      rule: {
        any: [
          { fact: "extrahepaticBiliaryDisease", op: "is", value: true },
          { fact: "etiologyPsc", op: "is", value: true },
        ],
      },
      interpretation:
        "Significant extrahepatic biliary disease now (e.g. a common bile duct stone), or primary sclerosing " +
        "cholangitis, which the record names as an example, recorded as a cause of the liver disease.",
    },
    {
      id: "EXCL07",
      category: "exclusion",
      text: "Cardiac, renal or respiratory failure",
      textZh: "心、肾或呼吸衰竭",
      interpretationZh:
        "任何类型的心力衰竭（慢性或急性）、肾衰竭（透析计为肾衰竭）或呼吸衰竭。",
      rule: {
        any: [
          { fact: "heartFailure", op: "in", values: ["chronic", "acute"] },
          { fact: "renalFailure", op: "is", value: true },
          { fact: "dialysis", op: "is", value: true },
          { fact: "respiratoryFailure", op: "is", value: true },
        ],
      },
      interpretation:
        "Heart failure of any kind (chronic or acute), renal failure (dialysis counts as renal failure), or respiratory failure.",
    },
    {
      id: "EXCL08",
      category: "exclusion",
      text: "Active thrombosis of the portal or hepatic veins",
      textZh: "门静脉或肝静脉活动性血栓形成",
      rule: { fact: "portalOrHepaticVeinThrombosis", op: "is", value: true },
    },
  ],
} satisfies TrialDefinition;
