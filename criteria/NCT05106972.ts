/**
 * NCT05106972: UC-MSC transplantation (two intravenous doses) for decompensated hepatitis B
 * cirrhosis.
 *
 * One seed document: 003 (a registry page rendering of the ClinicalTrials.gov record, last updated
 * 2021-11-04). Staff contact details in the record are deliberately not copied here.
 */
import type { TrialDefinition } from "@/lib/core/trial";
import { BENIGN_TUMOUR, TREATED_LIVER_CANCER } from "./shared/refer-reasons";

const WASHOUT_NOTE =
  "Counted to clinical registration, not to this pre-screen: re-check the time since on the registration date.";

export const trial = {
  id: "NCT05106972",
  orgStudyId: "SCT20181032",
  shortTitle: "UC-MSC in decompensated HBV cirrhosis",
  briefTitle: "Umbilical Cord Mesenchymal Stem Cell Transplantation for Decompensated Hepatitis B Cirrhosis",
  sponsor: "Asia Stem Cell Regenerative Pharmaceutical Co., Ltd.",
  // The page lists the site as "Haikou, , China": no region.
  sites: [{ facility: "Haikou People's Hospital", city: "Haikou", country: "China", status: "RECRUITING" }],
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
  encoding: { version: "1.2.0", encodedFrom: "003_e06597f44221bf9f.txt", registryRecordDate: "2021-11-04" },
  criteria: [
    {
      id: "INCL01",
      category: "inclusion",
      text: "Aged between 20 and 60 (male or female)",
      textZh: "年龄 20~60 岁（男女不限）",
      interpretationZh:
        "两端均包含，以整岁计，与注册记录结构化字段的最小年龄（20 岁）和最大年龄（60 岁）一致。“（男女不限）”：不限性别。",
      rule: { fact: "age", op: "between", min: 20, max: 60 },
      interpretation:
        "Inclusive at both ends, in whole years, matching the registry's structured minimum (20 years) and maximum " +
        "(60 years) age. '(male or female)': no restriction by sex.",
    },
    {
      id: "INCL02",
      category: "inclusion",
      text: "Diagnosed chronic decompensated hepatitis B cirrhosis with a course of more than 5 years",
      textZh: "确诊为慢性乙型肝炎失代偿期肝硬化，病程 5 年以上",
      interpretationZh:
        "失代偿期肝硬化（统一定义：目前或既往有腹水、静脉曲张破裂出血、显性肝性脑病或非梗阻性黄疸；再代偿者交由研究者判断），且病因包括乙型肝炎。“病程 5 年以上”理解为 HBV 确诊后超过 5 年，严格大于：恰好 5 年不符合，5.5 年符合。另一种理解是肝硬化确诊后超过 5 年，纳入的患者会更少；若研究中心如此理解，由研究者核对肝硬化病程。HBV 以外同时存在的其他病因由 EXCL02 判定。",
      rule: {
        all: [
          { concept: "decompensatedCirrhosis" },
          { fact: "etiologyHbv", op: "is", value: true },
          { fact: "hbvYearsSinceDiagnosis", op: "gt", value: 5 },
        ],
      },
      interpretation:
        "Decompensated cirrhosis (shared concept: ascites, variceal bleeding, overt hepatic encephalopathy or " +
        "non-obstructive jaundice, now or ever; a recompensated patient goes to the investigator) with hepatitis B as a " +
        "cause. 'A course of more than 5 years' is read as more than 5 years since the HBV diagnosis, strictly: exactly " +
        "5 years does not qualify, 5.5 years does. The other reading, more than 5 years since the diagnosis of " +
        "cirrhosis, would take fewer patients; if the site reads it so, the investigator checks the cirrhosis's course. " +
        "Other causes alongside HBV are judged by EXCL02.",
    },
    {
      id: "INCL03",
      category: "inclusion",
      text: "Not suitable for liver transplantation or there is no donor liver source",
      textZh: "不适合肝移植或无供肝来源",
      interpretationZh:
        "满足其一即可：患者不适合肝移植，或适合肝移植但无可用供肝。",
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
      textZh: "无严重出血倾向或活动性出血",
      interpretationZh:
        "两者均无时符合。严重出血倾向采用统一定义：有记录的严重出血倾向不符合本条；仅血小板低于 50 ×10⁹/L 者连同计数交由研究者判断，因为注册记录未给出血小板数值，试验预期纳入脾功能亢进患者（EXCL04 仅排除需脾切除者），输注经外周静脉，且 AGA 2021 指南（O'Shea RS 等，Gastroenterology 2021;161:1615–1627）不主张以血小板或 INR 预测出血。凝血酶原时间由 EXCL06 判定，不在此处。活动性出血指目前正在出血。",
      rule: {
        not: {
          any: [{ concept: "seriousBleedingTendency" }, { fact: "activeBleeding", op: "is", value: true }],
        },
      },
      interpretation:
        "Met when the patient has neither. Serious bleeding tendency uses the shared concept: a documented serious " +
        "bleeding tendency fails this line; platelets below 50 ×10⁹/L alone go to the investigator with the count, since " +
        "the record gives no platelet number, the trial expects hypersplenic patients (EXCL04 excludes only those " +
        "needing splenectomy), the infusion is peripheral IV, and the AGA 2021 guideline (O'Shea RS et al., " +
        "Gastroenterology 2021;161:1615–1627) advises against predicting bleeding from platelets or INR. PT is judged by " +
        "EXCL06, not here. Active bleeding means bleeding now.",
    },
    {
      id: "INCL05",
      category: "inclusion",
      text: "No hepatic encephalopathy",
      textZh: "无肝性脑病",
      interpretationZh:
        "理解为目前无肝性脑病：目前肝性脑病 West Haven 分级为 0 级。隐匿性肝性脑病（1 级）计为肝性脑病，不符合本条。既往有显性发作、目前无发作者，以及目前因肝性脑病使用乳果糖或利福昔明（二级预防或治疗）者，交由研究者判断：本条（“无肝性脑病”，而非“无肝性脑病史”）未说明在预防或治疗下无发作是否计入。因此须回答是否使用乳果糖/利福昔明，本条才能判定为符合。",
      rule: {
        all: [
          { fact: "westHavenGrade", op: "eq", value: 0 },
          {
            not: {
              refer: {
                when: {
                  any: [
                    { fact: "everOvertEncephalopathy", op: "is", value: true },
                    { fact: "onLactuloseOrRifaximin", op: "is", value: true },
                  ],
                },
                reason: {
                  key: "encephalopathy.pastOvert",
                  textZh:
                    "既往有显性肝性脑病发作，或目前因肝性脑病使用乳果糖/利福昔明，目前无发作。此类患者通常接受二级预防（乳果糖或利福昔明）；在预防或治疗下是否符合“无肝性脑病”，由研究者判断。",
                  text:
                    "A past overt hepatic encephalopathy episode, or lactulose/rifaximin for encephalopathy now, and " +
                    "none now. Patients are usually kept on secondary prophylaxis (lactulose or rifaximin); whether " +
                    "'no hepatic encephalopathy' holds on prophylaxis or treatment is the investigator's call.",
                },
              },
            },
          },
        ],
      },
      interpretation:
        "Read as no hepatic encephalopathy now: current West Haven grade 0. Covert encephalopathy (grade 1) counts as " +
        "encephalopathy and fails this line. A past overt episode with none now, or lactulose or rifaximin for " +
        "encephalopathy now (secondary prophylaxis or treatment), goes to the investigator: the line ('no hepatic " +
        "encephalopathy', not 'no history of') does not say whether none on prophylaxis or treatment counts. So the " +
        "lactulose/rifaximin answer is needed for the line to be met.",
    },
    {
      id: "INCL06",
      category: "inclusion",
      text: "After strict medical conservative treatment for more than 6 months, there was no relief of symptoms or significant improvement of quality of life score",
      textZh: "经严格内科保守治疗 6 个月以上，症状无缓解或生活质量评分无明显改善",
      interpretationZh:
        "两部分均需满足：内科保守治疗超过 6 个月（严格大于：6 个月不够，7 个月可以），且治疗后症状无缓解、生活质量亦无明显改善（协调员的一项回答“保守治疗后病情缓解”涵盖两者）。",
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
      textZh: "受试者自愿参加本研究并签署知情同意书",
      manual: {
        reason: "Procedural: voluntary participation and informed consent are confirmed at enrolment, not at pre-screening.",
        reasonZh: "程序性要求：自愿参加和知情同意在入组时确认，不在预筛查阶段确认。",
      },
    },
    {
      id: "EXCL01",
      category: "exclusion",
      text: "Be less than 20 years old or more than 60 years old",
      textZh: "年龄小于 20 岁或大于 60 岁",
      interpretationZh:
        "与 INCL01 互为镜像：20 岁和 60 岁不排除；19 岁和 61 岁排除。",
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
      textZh: "其他病因所致肝硬化，如酒精性肝炎、丙型肝炎病毒和自身免疫性肝炎",
      interpretationZh:
        "乙型肝炎以外的任何病因均排除；所列三种病因为举例（“如”），因此原发性胆汁性胆管炎、原发性硬化性胆管炎及其他病因同样计入。合并所列或主要病因的混合病因（如 HBV 合并酒精）排除。HBV 合并代谢相关脂肪性肝病（MASLD）作为协同因素者交由研究者判断：这种情况常见，而本条未作说明。其他各项病因均须回答“否”，患者才能通过。",
      rule: {
        any: [
          { fact: "etiologyHcv", op: "is", value: true },
          { fact: "etiologyAlcohol", op: "is", value: true },
          { fact: "etiologyAutoimmune", op: "is", value: true },
          { all: [{ fact: "etiologyMasld", op: "is", value: true }, { fact: "etiologyHbv", op: "is", value: false }] },
          {
            refer: {
              when: { all: [{ fact: "etiologyMasld", op: "is", value: true }, { fact: "etiologyHbv", op: "is", value: true }] },
              reason: {
                key: "etiology.hbvWithMasld",
                textZh: "乙型肝炎合并代谢相关脂肪性肝病（MASLD）作为协同因素，在中国乙肝患者中常见。这是否属于“其他病因所致肝硬化”，由研究者判断。",
                text:
                  "Hepatitis B with fatty liver disease (MASLD) as a co-factor, common in Chinese HBV patients. Whether " +
                  "that is 'cirrhosis caused by other causes' is the investigator's call.",
              },
            },
          },
          { fact: "etiologyPbc", op: "is", value: true },
          { fact: "etiologyPsc", op: "is", value: true },
          { fact: "etiologyOther", op: "is", value: true },
        ],
      },
      interpretation:
        "Any cause other than hepatitis B excludes; the three named causes are examples ('such as'), so PBC, PSC and " +
        "other causes count too. A mixed etiology with a named or major cause (e.g. HBV plus alcohol) excludes. HBV with " +
        "MASLD as a co-factor goes to the investigator: it is common and the line does not say. Every other cause must " +
        "be answered 'no' for the patient to pass.",
    },
    {
      id: "EXCL03",
      category: "exclusion",
      text: "Found liver malignant tumor or the family history of liver malignant tumor in the third generation of their direct relatives",
      textZh: "发现肝脏恶性肿瘤，或三代以内直系亲属有肝脏恶性肿瘤家族史",
      interpretationZh:
        "目前发现肝脏恶性肿瘤，或三代以内直系亲属患有肝脏恶性肿瘤，予以排除。既往已治疗的肝癌目前并非“发现”，但本条也未说明其可以通过：连同治疗后年数交由研究者判断。肝脏良性肿瘤在此不排除：本条写的是恶性。",
      rule: {
        any: [
          { fact: "liverTumour", op: "in", values: ["malignant"] },
          { fact: "familyHistoryLiverMalignancy", op: "is", value: true },
          {
            refer: {
              when: { all: [{ fact: "liverTumour", op: "in", values: ["treated"] }, { fact: "liverTumourYearsSinceTreatment", op: "ge", value: 0 }] },
              reason: TREATED_LIVER_CANCER,
            },
          },
        ],
      },
      interpretation:
        "A malignant liver tumour found now, or a liver malignancy in a direct (lineal) relative within three " +
        "generations, excludes. A liver cancer treated in the past is not 'found' now, but the line does not say it " +
        "passes: it goes to the investigator with the years since treatment. A benign liver tumour does not exclude " +
        "here: the line says malignant.",
    },
    {
      id: "EXCL04",
      category: "exclusion",
      text: "Patients with hypersplenism who need splenectomy",
      textZh: "脾功能亢进需行脾切除的患者",
      rule: { fact: "hypersplenismNeedingSplenectomy", op: "is", value: true },
    },
    {
      id: "EXCL05",
      category: "exclusion",
      text: "History of tumors in other organs",
      textZh: "其他器官肿瘤史",
      interpretationZh:
        "肝外任何恶性肿瘤，无论目前存在还是既往（已治疗），无论多久以前，均排除：本条写的是“史”。肝脏肿瘤由 EXCL03 判定。其他器官良性肿瘤交由研究者判断：“肿瘤”未说明是恶性。",
      rule: {
        any: [
          { fact: "otherMalignancy", op: "in", values: ["past", "current"] },
          { refer: { when: { fact: "benignTumourElsewhere", op: "is", value: true }, reason: BENIGN_TUMOUR } },
        ],
      },
      interpretation:
        "Any malignancy outside the liver, current or in the history (treated), excludes, however long ago: the line " +
        "says 'history of'. Liver tumours are judged by EXCL03. A benign tumour of another organ goes to the " +
        "investigator: 'tumors' does not say malignant.",
    },
    {
      id: "EXCL06",
      category: "exclusion",
      text: "PT prolongation is greater than 3 seconds",
      textZh: "凝血酶原时间延长超过 3 秒",
      interpretationZh:
        "凝血酶原时间延长 = 患者 PT 减去本实验室对照 PT：即化验结果旁打印的对照（正常均值）PT，而非参考范围上限，后者会使延长值少算 1–2 秒。同时显示 INR 以供核对。“超过 3 秒”为严格大于：3.0 秒不排除，3.1 秒排除。",
      rule: { fact: "ptProlongationSeconds", op: "gt", value: 3 },
      interpretation:
        "PT prolongation is the patient's PT minus the laboratory's control PT: the control (mean normal) PT printed " +
        "with the result, not the upper limit of the reference range, which would understate the prolongation by 1–2 s. " +
        "The INR is shown beside it as a cross-check. 'Greater than 3 seconds' is strict: 3.0 s does not exclude, 3.1 s " +
        "does.",
    },
    {
      id: "EXCL07",
      category: "exclusion",
      text: "Use of human serum albumin within 3 weeks prior to clinical registration",
      textZh: "临床登记前 3 周内使用过人血白蛋白",
      interpretationZh:
        "包含端值：3 周（21 天）前使用排除，22 天前不排除。注册记录以临床登记日为准，而非预筛查日：此处从预筛查日起算，因此须在登记当日重新核对洗脱期。",
      rule: { fact: "albuminInfusion", op: "within", amount: 3, unit: "weeks" },
      interpretation:
        "Inclusive: 3 weeks (21 days) ago excludes, 22 days does not. The record counts to clinical registration, not " +
        "to the pre-screen: measured here from the pre-screen, so a washout must be re-checked on the registration date.",
      checklistNote: WASHOUT_NOTE,
    },
    {
      id: "EXCL08",
      category: "exclusion",
      text: "Clinically significant upper gastrointestinal bleeding events occurred within 4 weeks before clinical registration",
      textZh: "临床登记前 4 周内发生有临床意义的上消化道出血事件",
      interpretationZh:
        "包含端值：4 周（28 天）前发生排除，29 天前不排除。注册记录以临床登记日为准，而非预筛查日：此处从预筛查日起算，因此须在登记当日重新核对洗脱期。",
      rule: { fact: "upperGiBleeding", op: "within", amount: 4, unit: "weeks" },
      interpretation:
        "Inclusive: 4 weeks (28 days) ago excludes, 29 days does not. The record counts to clinical registration, not " +
        "to the pre-screen: measured here from the pre-screen, so a washout must be re-checked on the registration date.",
      checklistNote: WASHOUT_NOTE,
    },
    {
      id: "EXCL09",
      category: "exclusion",
      text: "Spontaneous peritonitis",
      textZh: "自发性腹膜炎",
      interpretationZh:
        "理解为目前存在自发性细菌性腹膜炎，予以排除。既往发作、目前无、且正在接受抗生素预防者，连同所见数值交由研究者判断：本条未说明预防中的既往发作是否计入。既往已治疗、未接受预防的发作不排除。",
      rule: {
        any: [
          { fact: "spontaneousBacterialPeritonitis", op: "is", value: true },
          {
            refer: {
              when: { fact: "pastSbpOnProphylaxis", op: "is", value: true },
              reason: {
                key: "peritonitis.pastOnProphylaxis",
                text:
                  "Spontaneous bacterial peritonitis in the past, none now, on antibiotic prophylaxis now. Whether a " +
                  "past episode on secondary prophylaxis is 'spontaneous peritonitis' for this line is the " +
                  "investigator's call.",
                textZh: "既往自发性细菌性腹膜炎，目前无，正在接受抗生素预防。预防中的既往发作是否属于本条的“自发性腹膜炎”，由研究者判断。",
              },
            },
          },
        ],
      },
      interpretation:
        "Read as spontaneous bacterial peritonitis present now, which excludes. A past episode, none now, on " +
        "antibiotic prophylaxis goes to the investigator with the values seen: the line does not say whether a past " +
        "episode on secondary prophylaxis counts. A past, treated episode without prophylaxis does not exclude.",
    },
    {
      id: "EXCL10",
      category: "exclusion",
      text: "Active infection (viral or bacterial)",
      textZh: "活动性感染（病毒或细菌）",
      interpretationZh:
        "目前存在活动性病毒或细菌感染。脓毒症（Sepsis-3：宿主对感染反应失调所致的危及生命的器官功能障碍；Singer M 等，JAMA 2016;315:801–810）和自发性细菌性腹膜炎均属细菌感染，因此即使“活动性感染”回答为“否”，两者之一即在此排除。本试验所针对的慢性乙型肝炎感染在此不视为“活动性感染”（否则所有合格患者都会被排除）。",
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
      textZh: "妊娠期或哺乳期妇女",
      interpretationZh:
        "仅适用于女性患者；对男性患者不适用。",
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
      textZh: "研究者认为不适合参加本研究",
      manual: {
        reason: "Investigator judgement: the researcher decides whether participation is inappropriate.",
        reasonZh: "研究者判断：是否不适合参加由研究者决定。",
      },
    },
  ],
} satisfies TrialDefinition;
