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
    textZh: "1. 年龄 18~80 岁",
    interpretationZh:
      "两端均包含，以整岁计，与注册记录结构化字段的最小年龄（18 岁）和最大年龄（80 岁）一致。",
    rule: { fact: "age", op: "between", min: 18, max: 80 },
    interpretation:
      "Inclusive at both ends, in whole years, matching the registry's structured minimum (18 years) and maximum (80 years) age.",
  },
  {
    id: "INCL02",
    category: "inclusion",
    text: "2. End-stage liver disease",
    textZh: "2. 终末期肝病",
    interpretationZh:
      "注册记录未给出定义或评分阈值。按统一定义“终末期肝病”判定：慢加急性肝衰竭或慢性肝衰竭，或 Child-Pugh C 级的失代偿期肝硬化，符合；代偿期肝硬化或无慢性肝病基础的急性肝衰竭，不符合；Child-Pugh A 级或 B 级的失代偿期肝硬化以及再代偿的肝硬化，交由研究者判断。NCT01224327 排除“肝硬化终末期”时也由同一定义判定，因此两者对同一患者的判断绝不会矛盾。",
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
    textZh: "3. 签署知情同意书",
    manual: {
      reason: "Procedural: informed consent is obtained and confirmed at enrolment, not at pre-screening.",
      reasonZh: "程序性要求：知情同意在入组时签署并确认，不在预筛查阶段确认。",
    },
  },
  {
    id: "EXCL01",
    category: "exclusion",
    text: "1. Tumours of the liver or other organs",
    textZh: "1. 肝脏或其他器官肿瘤",
    interpretationZh:
      "目前发现肝脏恶性肿瘤，或目前存在其他器官恶性肿瘤，予以排除。以下三种情况连同所记录的信息交由研究者判断：既往已治疗的肝癌（附治疗后年数）、既往已治疗的其他器官恶性肿瘤（附治疗结束后年数），以及肝脏良性肿瘤（如血管瘤）或其他器官良性肿瘤，因为“肿瘤”未说明是恶性。对比 NCT05106972，其另有“其他器官肿瘤史”一条判定既往恶性肿瘤。",
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
    textZh: "2. 肝移植受者",
    rule: { fact: "liverTransplantRecipient", op: "is", value: true },
  },
  {
    id: "EXCL03",
    category: "exclusion",
    text: "3. Acute myocardial infarction, acute heart failure, type I and type II respiratory failure, pulmonary embolism, acute cerebral infarction, acute cerebral haemorrhage and other serious cardiopulmonary diseases",
    textZh: "3. 急性心肌梗死、急性心力衰竭、Ⅰ型和Ⅱ型呼吸衰竭、肺栓塞、急性脑梗死、急性脑出血及其他严重心肺疾病",
    interpretationZh:
      "目前存在所列任一疾病即排除。注册记录中“急性”无时间界限：事件在目前存在或仍在治疗期间计入（协调员按目前情况回答，不含久远病史，后者由 EXCL04 或研究者判断）。仅列出急性心力衰竭；稳定的慢性心力衰竭只有记为其他严重心肺疾病时才计入。Ⅰ型或Ⅱ型呼吸衰竭均计入，PaO₂ < 60 mmHg 的肝肺综合征属Ⅰ型呼吸衰竭。门脉性肺动脉高压属严重心肺疾病。",
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
    textZh: "4. 其他可能严重影响生存的疾病",
    manual: {
      reason: "Investigator judgement: which other diseases may seriously affect survival is not defined by the record.",
      reasonZh: "研究者判断：注册记录未界定哪些其他疾病可能严重影响生存。",
    },
  },
  {
    id: "EXCL05",
    category: "exclusion",
    text: "5. Human immunodeficiency syndrome",
    textZh: "5. 人类免疫缺陷综合征",
    interpretationZh:
      "理解为 HIV 感染（注册记录写作“human immunodeficiency syndrome”）：任何已知的 HIV 感染均计入，不限于艾滋病。",
    rule: { fact: "hiv", op: "is", value: true },
    interpretation:
      "Read as HIV infection (the record's 'human immunodeficiency syndrome'): any known HIV infection counts, not only AIDS.",
  },
  {
    id: "EXCL06",
    category: "exclusion",
    text: "6. Interferon or glucocorticoid therapy within 1 year",
    textZh: "6. 1 年内接受过干扰素或糖皮质激素治疗",
    interpretationZh:
      "近一年内接受过其中任一治疗（包含端值：12 个月前在 1 年内，13 个月前不在）。糖皮质激素治疗理解为全身用（口服或静脉）糖皮质激素；吸入或外用糖皮质激素不计入。从预筛查日起算。",
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
    textZh: "7. 接受过精神疾病治疗",
    interpretationZh:
      "注册记录未规定时间窗，因此任何精神疾病（如抑郁症、焦虑障碍、精神病性障碍、双相障碍）治疗，无论目前还是既往，均计入。仅针对酒精使用障碍或酒精戒断的治疗单独询问，并交由研究者判断：本条未说明其是否计入。",
    rule: {
      any: [
        { fact: "treatedMentalIllness", op: "is", value: true },
        {
          refer: {
            when: { fact: "treatedAlcoholUseDisorder", op: "is", value: true },
            reason: {
              key: "mentalIllness.alcoholUseDisorder",
              textZh: "仅接受过酒精使用障碍或酒精戒断治疗。在 DSM-5 和 ICD-11 中它属于精神障碍，但本条可能指精神科疾病；这一理解决定许多酒精相关患者的去留，因此由研究者判断。",
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
    textZh: "8. 30 天内参加过其他临床试验",
    interpretationZh:
      "距今不超过 30 天参加过其他临床试验（包含端值：30 天排除，31 天不排除），从预筛查日起算。以月为单位填写的时间可能跨越 30 天（“1 个月前”），在改以天填写之前保持未知。",
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
    textZh: "9. 妊娠期或哺乳期受试者",
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
    id: "EXCL10",
    category: "exclusion",
    text: "10. Allergic asthma, allergic urticaria, eczema, or a history of multiple drug and food allergies",
    textZh: "10. 过敏性哮喘、过敏性荨麻疹、湿疹，或多种药物及食物过敏史",
    interpretationZh:
      "四者之一即排除。“多种药物及食物过敏史”理解为多种药物或食物过敏史（一个问题涵盖两者），这是对细胞制品较审慎的理解。",
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
    textZh: "11. 其他不适合参加本研究的情况",
    manual: {
      reason: "Investigator judgement: other circumstances making the patient unsuitable are not defined by the record.",
      reasonZh: "研究者判断：注册记录未界定使患者不适合参加的其他情况。",
    },
  },
] satisfies TrialDefinition["criteria"];
