/**
 * Shared clinical concepts, defined once. Criteria refer to them by id ({ concept: "…" }), so two
 * trials can never disagree about the same patient: NCT06242405 and NCT06984497 require
 * "end-stage liver disease" and NCT01224327 excludes "the end-stage of liver cirrhosis", and the
 * single definition below decides all three. Where the literature does not settle a case, the
 * concept refers it to the investigator (a refer node), for every trial alike.
 */
import type { LocalizedText } from "./message";
import type { ConceptId, ReferReason, Rule } from "./rules";
import { RECOMPENSATION_BLEED_WINDOW } from "./profile";

/** Where a patient falls: decided yes, decided no, or for the investigator. */
export type ConceptZone = { zone: "yes" | "refer" | "no"; text: string };

export type ConceptDefinition = {
  id: ConceptId;
  label: string;
  /** The definition in plain words, as shown to coordinators. */
  definition: string;
  /** The concept's zones in words, as shown on every trial page that uses it. */
  zones: readonly ConceptZone[];
  /** Why this definition, with its source. */
  rationale: string;
  /** The label, definition, zones and rationale in Chinese, as Chinese hepatology writes them. */
  zh: { label: string; definition: string; zones: readonly string[]; rationale: string };
  /** The published sources, each a full citation. */
  sources: readonly string[];
  rule: Rule;
};

export const ZONE_LABELS: Record<ConceptZone["zone"], string> = {
  yes: "Decided: yes",
  refer: "For the investigator",
  no: "Decided: no",
};

const BAVENO_VII = "de Franchis R et al. Baveno VII – Renewing consensus in portal hypertension. J Hepatol 2022;76:959–974.";
const EASL_2018 =
  "European Association for the Study of the Liver. EASL Clinical Practice Guidelines for the management of patients with decompensated cirrhosis. J Hepatol 2018;69:406–460.";
const APASL_2019 =
  "Sarin SK et al. Acute-on-chronic liver failure: consensus recommendations of the Asian Pacific association for the study of the liver (APASL): an update. Hepatol Int 2019;13:353–390.";
const CHINA_LIVER_FAILURE_2018 =
  "中华医学会感染病学分会肝衰竭与人工肝学组, 中华医学会肝病学分会重型肝病与人工肝学组. 肝衰竭诊治指南(2018年版). 中华肝脏病杂志 2019;27(1):18-26.";
const AGA_2021 =
  "O'Shea RS et al. AGA Clinical Practice Guideline on the Management of Coagulation Disorders in Patients With Cirrhosis. Gastroenterology 2021;161:1615–1627.";
const AASLD_2021 =
  "Northup PG et al. Vascular Liver Disorders, Portal Vein Thrombosis, and Procedural Bleeding in Patients With Liver Disease: 2020 Practice Guidance by the AASLD. Hepatology 2021;73:366–413.";

export const RECOMPENSATED_REASON: ReferReason = {
  key: "concept.decompensatedCirrhosis.recompensated",
  text:
    "Recompensated cirrhosis (Baveno VII): decompensated in the past, with no sign of it now off treatment. Whether it " +
    "still counts as decompensated for this line is the investigator's call.",
  textZh: "肝硬化再代偿（Baveno VII）：既往失代偿，目前停止治疗后无失代偿表现。就本条而言是否仍计为失代偿，由研究者判断。",
};

export const ESLD_CONTESTED_REASON: ReferReason = {
  key: "concept.endStageLiverDisease.childPughAB",
  text:
    "Decompensated cirrhosis at Child–Pugh class A or B, without liver failure: read as end-stage liver disease in " +
    "Chinese usage (终末期肝病), but 'end-stage cirrhosis' is also read as Child–Pugh C, liver failure or disease " +
    "needing transplantation. The investigator decides which reading the protocol means.",
  textZh:
    "Child-Pugh A 级或 B 级的失代偿期肝硬化，无肝衰竭：按中国用法可视为终末期肝病，但“肝硬化终末期”也可理解为 Child-Pugh C 级、" +
    "肝衰竭或需肝移植的疾病。由研究者决定方案所指的是哪一种理解。",
};

export const LOW_PLATELETS_REASON: ReferReason = {
  key: "concept.seriousBleedingTendency.lowPlatelets",
  text:
    "Platelets below 50 ×10⁹/L with no documented bleeding tendency: the registry gives no platelet limit, and the AGA " +
    "2021 guideline advises against predicting bleeding from the platelet count or INR. The investigator judges the risk.",
  textZh: "血小板低于 50 ×10⁹/L，但无有记录的出血倾向：注册记录未给出血小板限值，AGA 2021 指南不主张以血小板计数或 INR 预测出血。由研究者评估风险。",
};

const ASCITES_NOW: Rule = { fact: "ascitesGrade", op: "in", values: ["mild", "moderate", "severe"] };
/** Ascites controlled by diuretics is ascites still (Baveno VII: "no ascites off diuretics"). */
const DIURETICS_FOR_ASCITES_NOW: Rule = { fact: "onDiureticsForAscites", op: "is", value: true };
const OVERT_HE_NOW: Rule = { fact: "westHavenGrade", op: "ge", value: 2 };
const LACTULOSE_OR_RIFAXIMIN_NOW: Rule = { fact: "onLactuloseOrRifaximin", op: "is", value: true };
/**
 * Baveno VII's "no variceal bleeding for 12 months", read with the calendar rules of
 * lib/core/time.ts: inclusive (12 months ago is within), exact between months and years, unknown
 * where days against months leave it to the calendar (365 days). The time is asked only after a
 * bleed (the form shows it when "variceal bleeding ever" is yes), so "never bled" decides it
 * false without a time; the schema keeps the two answers in agreement.
 */
const VARICEAL_BLEED_WITHIN_12_MONTHS: Rule = {
  all: [
    { fact: "everVaricealBleeding", op: "is", value: true },
    { fact: "lastVaricealBleed", op: "within", ...RECOMPENSATION_BLEED_WINDOW },
  ],
};

/**
 * A sign of decompensation now: any one rules out recompensation (Baveno VII: de Franchis R et al.,
 * J Hepatol 2022;76:959–974, recompensation needs the cause removed, no ascites off diuretics, no
 * HE off lactulose/rifaximin, no variceal bleeding for 12 months and stable liver function). The
 * profile schema refuses "recompensated: yes" beside any of them (decompensationSignsNow).
 */
const DECOMPENSATED_NOW: readonly Rule[] = [
  ASCITES_NOW,
  DIURETICS_FOR_ASCITES_NOW,
  OVERT_HE_NOW,
  LACTULOSE_OR_RIFAXIMIN_NOW,
  VARICEAL_BLEED_WITHIN_12_MONTHS,
];

export const CONCEPTS = {
  decompensatedCirrhosis: {
    id: "decompensatedCirrhosis",
    label: "Decompensated cirrhosis",
    definition:
      "Cirrhosis with at least one decompensating event, now or in the past: ascites (ever, or present now), " +
      "variceal bleeding, overt hepatic encephalopathy (ever, or West Haven grade 2 or more now), or non-obstructive " +
      "(hepatic) jaundice; unless the patient has since recompensated.",
    zones: [
      {
        zone: "yes",
        text:
          "Cirrhosis with a decompensating event, and either a sign of it now (ascites or diuretics for it, overt " +
          "encephalopathy or lactulose/rifaximin for it, a variceal bleed within 12 months) or not recompensated.",
      },
      {
        zone: "refer",
        text:
          "Recompensated cirrhosis (Baveno VII): decompensated before, no sign now off treatment. Only when no sign of " +
          "decompensation is present now; otherwise the recompensation answer is not needed (and a 'yes' is refused).",
      },
      { zone: "no", text: "No cirrhosis, or cirrhosis that has never decompensated (compensated)." },
    ],
    rationale:
      "Baveno VII defines decompensation by ascites, variceal bleeding and overt hepatic encephalopathy, and " +
      "recompensation by the removal of the cause, no ascites off diuretics, no encephalopathy off lactulose/rifaximin, " +
      "no variceal bleeding for 12 months and stable liver function. Jaundice is a decompensating event in the EASL " +
      "2018 guideline on decompensated cirrhosis; only non-obstructive (hepatic) jaundice counts. A past event counts: " +
      "a patient who has decompensated stays decompensated unless recompensated. Covert encephalopathy (West Haven " +
      "grade 1) is not overt and does not count. Diuretics for ascites, lactulose or rifaximin for encephalopathy, " +
      "and a variceal bleed within 12 months (inclusive, by the calendar rules for time windows) are each a sign " +
      "now that rules out recompensation. Diuretics for ascites and a bleed within 12 months imply ascites and " +
      "variceal bleeding ever, which count as events; lactulose or rifaximin alone is not an event, since it may " +
      "treat covert encephalopathy.",
    sources: [BAVENO_VII, EASL_2018],
    zh: {
      label: "失代偿期肝硬化",
      definition:
        "肝硬化且目前或既往至少发生过一次失代偿事件：腹水（既往有过，或目前存在）、静脉曲张破裂出血、显性肝性脑病" +
        "（既往有过，或目前 West Haven 分级 2 级及以上）或非梗阻性（肝细胞性）黄疸；此后已再代偿者除外。",
      zones: [
        "肝硬化有失代偿事件，且目前仍有表现（腹水或为此使用利尿剂、显性肝性脑病或为此使用乳果糖/利福昔明、12 个月内静脉曲张破裂出血）或未再代偿。",
        "肝硬化再代偿（Baveno VII）：既往失代偿，目前停止治疗后无表现。仅在目前无任何失代偿表现时适用；否则无需回答再代偿一项（回答“是”会被拒绝）。",
        "无肝硬化，或从未失代偿的肝硬化（代偿期）。",
      ],
      rationale:
        "Baveno VII 以腹水、静脉曲张破裂出血和显性肝性脑病定义失代偿，并以病因去除、停用利尿剂后无腹水、停用乳果糖/利福昔明后" +
        "无肝性脑病、12 个月无静脉曲张破裂出血及肝功能稳定定义再代偿。EASL 2018 失代偿期肝硬化指南将黄疸列为失代偿事件；" +
        "仅非梗阻性（肝细胞性）黄疸计入。既往事件同样计入：患者一旦失代偿即为失代偿，除非已再代偿。隐匿性肝性脑病" +
        "（West Haven 1 级）不属于显性肝性脑病，不计入。因腹水使用利尿剂、因肝性脑病使用乳果糖或利福昔明、12 个月内（含端值，" +
        "按时间窗的日历规则）有静脉曲张破裂出血，均为目前仍有的表现，排除再代偿。因腹水使用利尿剂和 12 个月内出血分别意味着既往有腹水" +
        "和既往有静脉曲张破裂出血，后者计为失代偿事件；单用乳果糖或利福昔明本身不算失代偿事件，因为它也可能用于治疗隐匿性肝性脑病。",
    },
    rule: {
      all: [
        { fact: "cirrhosis", op: "is", value: true },
        {
          any: [
            // The events are read from the "ever" answers (and the signs now that are events
            // themselves). Diuretics for ascites and a bleed within 12 months imply "ever" (a
            // consistency check and the profile schema keep them in agreement), so they are not
            // asked again here: a compensated patient is decided by the "ever" answers alone.
            // Lactulose/rifaximin is no event at all: it may treat covert encephalopathy.
            { fact: "everAscites", op: "is", value: true },
            ASCITES_NOW,
            // A variceal bleed is a decompensating event (Baveno VII), however long ago.
            { fact: "everVaricealBleeding", op: "is", value: true },
            { fact: "everOvertEncephalopathy", op: "is", value: true },
            OVERT_HE_NOW,
            { fact: "everJaundice", op: "is", value: true },
          ],
        },
        {
          any: [
            ...DECOMPENSATED_NOW,
            { fact: "recompensated", op: "is", value: false },
            { refer: { when: { fact: "recompensated", op: "is", value: true }, reason: RECOMPENSATED_REASON } },
          ],
        },
      ],
    },
  },
  endStageLiverDisease: {
    id: "endStageLiverDisease",
    label: "End-stage liver disease",
    definition:
      "The last stage of chronic liver disease: acute-on-chronic or chronic liver failure, or decompensated cirrhosis " +
      "at Child–Pugh class C. Decompensated cirrhosis at class A or B goes to the investigator.",
    zones: [
      {
        zone: "yes",
        text: "Acute-on-chronic liver failure (ACLF) or chronic liver failure; or decompensated cirrhosis at Child–Pugh class C.",
      },
      {
        zone: "refer",
        text:
          "Decompensated cirrhosis at Child–Pugh class A or B without liver failure; recompensated cirrhosis. The same " +
          "patient is referred under NCT06242405's and NCT06984497's inclusion and under NCT01224327's exclusion.",
      },
      {
        zone: "no",
        text:
          "No liver failure of chronic liver disease and no decompensated cirrhosis: compensated cirrhosis, no cirrhosis, " +
          "or acute liver failure without chronic liver disease (e.g. hepatitis E).",
      },
    ],
    rationale:
      "In Chinese hepatology usage (终末期肝病) and in MeSH (D058625) end-stage liver disease is the last stage of chronic " +
      "liver disease. Acute-on-chronic liver failure requires underlying chronic liver disease (APASL 2019; the Chinese " +
      "2018 liver-failure guideline), so acute liver failure without it is not ESLD. Whether decompensated cirrhosis " +
      "short of Child–Pugh C is 'end-stage' is read both ways: broadly in Chinese usage, narrowly ('end-stage cirrhosis' " +
      "as Child–Pugh C, liver failure or transplant need) elsewhere; NCT01224327's comparator gives jaundice-lowering " +
      "medicine, which suggests it took jaundiced (decompensated) patients. So that zone is referred, never guessed. The " +
      "records give no score threshold; Child–Pugh C is used for the clear zone because it is the class every reading " +
      "calls end-stage. Liver cancer, sometimes also counted, is judged separately by every trial here.",
    sources: [APASL_2019, CHINA_LIVER_FAILURE_2018, BAVENO_VII, EASL_2018],
    zh: {
      label: "终末期肝病",
      definition:
        "慢性肝病的最后阶段：慢加急性肝衰竭或慢性肝衰竭，或 Child-Pugh C 级的失代偿期肝硬化。Child-Pugh A 级或 B 级的" +
        "失代偿期肝硬化交由研究者判断。",
      zones: [
        "慢加急性肝衰竭（ACLF）或慢性肝衰竭；或 Child-Pugh C 级的失代偿期肝硬化。",
        "无肝衰竭的 Child-Pugh A 级或 B 级失代偿期肝硬化；再代偿的肝硬化。同一患者在 NCT06242405 和 NCT06984497 的入选" +
          "及 NCT01224327 的排除中均转研究者判断。",
        "无慢性肝病所致肝衰竭，也无失代偿期肝硬化：代偿期肝硬化、无肝硬化，或无慢性肝病基础的急性肝衰竭（如戊型肝炎）。",
      ],
      rationale:
        "按中国肝病学用法（终末期肝病）及 MeSH（D058625），终末期肝病是慢性肝病的最后阶段。慢加急性肝衰竭须有慢性肝病基础" +
        "（APASL 2019；中国 2018 年肝衰竭指南），因此无慢性肝病基础的急性肝衰竭不属于终末期肝病。未达 Child-Pugh C 级的" +
        "失代偿期肝硬化是否属于“终末期”有两种理解：中国用法较宽，其他地方较窄（“肝硬化终末期”指 Child-Pugh C 级、肝衰竭" +
        "或需肝移植）；NCT01224327 的对照组给予退黄药物，提示其纳入了黄疸（失代偿）患者。因此这一区间转研究者判断，绝不猜测。" +
        "注册记录未给出评分阈值；明确区间采用 Child-Pugh C 级，因为各种理解都认为它属于终末期。有时也计入的肝癌由这里的每项试验另行判定。",
    },
    rule: {
      any: [
        { fact: "liverFailure", op: "in", values: ["aclf", "chronic"] },
        { all: [{ concept: "decompensatedCirrhosis" }, { fact: "childPughClass", op: "in", values: ["C"] }] },
        {
          refer: {
            when: { all: [{ concept: "decompensatedCirrhosis" }, { fact: "childPughClass", op: "in", values: ["A", "B"] }] },
            reason: ESLD_CONTESTED_REASON,
          },
        },
      ],
    },
  },
  seriousBleedingTendency: {
    id: "seriousBleedingTendency",
    label: "Serious bleeding tendency",
    definition:
      "A documented serious bleeding tendency (e.g. a bleeding disorder or spontaneous bleeding). Platelets below " +
      "50 ×10⁹/L alone go to the investigator.",
    zones: [
      { zone: "yes", text: "A documented serious bleeding tendency." },
      { zone: "refer", text: "No documented tendency, but platelets below 50 ×10⁹/L." },
      { zone: "no", text: "No documented tendency and platelets of 50 ×10⁹/L or more." },
    ],
    rationale:
      "Haemostasis in cirrhosis is rebalanced: the AGA 2021 guideline advises against using the platelet count or the " +
      "INR to predict procedural bleeding, and the AASLD 2020 practice guidance likewise. The registry gives no platelet " +
      "number, and a trial that infuses by peripheral vein and excludes only hypersplenism needing splenectomy expects " +
      "hypersplenic patients. So a documented tendency decides, and a low count is shown to the investigator. PT is " +
      "judged separately where a trial sets a PT limit.",
    sources: [AGA_2021, AASLD_2021],
    zh: {
      label: "严重出血倾向",
      definition: "有记录的严重出血倾向（如出血性疾病或自发性出血）。仅血小板低于 50 ×10⁹/L 者交由研究者判断。",
      zones: [
        "有记录的严重出血倾向。",
        "无记录的出血倾向，但血小板低于 50 ×10⁹/L。",
        "无记录的出血倾向，且血小板不低于 50 ×10⁹/L。",
      ],
      rationale:
        "肝硬化患者止凝血处于再平衡状态：AGA 2021 指南不主张以血小板计数或 INR 预测操作相关出血，AASLD 2020 实践指导亦然。" +
        "注册记录未给出血小板数值，而一项经外周静脉输注、仅排除需脾切除的脾功能亢进的试验，预期会纳入脾功能亢进患者。" +
        "因此以有记录的出血倾向为准，血小板低者提示研究者。凡试验设有 PT 限值者，凝血酶原时间另行判定。",
    },
    rule: {
      any: [
        { fact: "seriousBleedingTendency", op: "is", value: true },
        { refer: { when: { fact: "platelets", op: "lt", value: 50 }, reason: LOW_PLATELETS_REASON } },
      ],
    },
  },
} as const satisfies Record<ConceptId, ConceptDefinition>;

/** A concept's name in both languages. */
export function conceptLabel(id: ConceptId): LocalizedText {
  const concept: ConceptDefinition = CONCEPTS[id];
  return { en: concept.label, zh: concept.zh.label };
}
