/**
 * Shared clinical concepts, defined once. Criteria refer to them by id ({ concept: "…" }), so two
 * trials can never disagree about the same patient: NCT06242405 requires "end-stage liver
 * disease" and NCT01224327 excludes "the end-stage of liver cirrhosis", and the single definition
 * below decides both.
 */
import type { LocalizedText } from "./message";
import type { ConceptId, Rule } from "./rules";

export type ConceptDefinition = {
  id: ConceptId;
  label: string;
  /** The definition in plain words, as shown to coordinators. */
  definition: string;
  /** Why this definition, with its source. */
  rationale: string;
  /** The label, definition and rationale in Chinese, as Chinese hepatology writes them. */
  zh: { label: string; definition: string; rationale: string };
  rule: Rule;
};

export const CONCEPTS = {
  decompensatedCirrhosis: {
    id: "decompensatedCirrhosis",
    label: "Decompensated cirrhosis",
    definition:
      "Cirrhosis with at least one decompensating event, now or in the past: ascites (ever, or present now), " +
      "variceal bleeding, overt hepatic encephalopathy (ever, or West Haven grade 2 or more now), or jaundice.",
    rationale:
      "Baveno VII (de Franchis R et al., J Hepatol 2022;76:959–974) defines decompensation by ascites, variceal " +
      "bleeding and overt hepatic encephalopathy; jaundice is added as in D'Amico's clinical stages (D'Amico G et al., " +
      "J Hepatol 2006;44:217–231). A past event counts: a patient who has decompensated stays in the decompensated " +
      "stage. Covert encephalopathy (West Haven grade 1) is not overt and does not count.",
    zh: {
      label: "失代偿期肝硬化",
      definition:
        "肝硬化且目前或既往至少发生过一次失代偿事件：腹水（既往有过，或目前存在）、静脉曲张破裂出血、" +
        "显性肝性脑病（既往有过，或目前肝性脑病 West Haven 分级 2 级及以上）或黄疸。",
      rationale:
        "Baveno VII 共识（de Franchis R 等，J Hepatol 2022;76:959–974）以腹水、静脉曲张破裂出血和显性肝性脑病定义失代偿；" +
        "黄疸按 D'Amico 临床分期加入（D'Amico G 等，J Hepatol 2006;44:217–231）。既往事件同样计入：" +
        "患者一旦失代偿，即处于失代偿期。隐匿性肝性脑病（West Haven 1 级）不属于显性肝性脑病，不计入。",
    },
    rule: {
      all: [
        { fact: "cirrhosis", op: "is", value: true },
        {
          any: [
            { fact: "everAscites", op: "is", value: true },
            { fact: "ascitesGrade", op: "in", values: ["mild", "moderate", "severe"] },
            { fact: "everVaricealBleeding", op: "is", value: true },
            { fact: "everOvertEncephalopathy", op: "is", value: true },
            { fact: "westHavenGrade", op: "ge", value: 2 },
            { fact: "everJaundice", op: "is", value: true },
          ],
        },
      ],
    },
  },
  endStageLiverDisease: {
    id: "endStageLiverDisease",
    label: "End-stage liver disease",
    definition: "Decompensated cirrhosis (as defined here) or liver failure.",
    rationale:
      "In Chinese hepatology usage (终末期肝病) end-stage liver disease is the late stage of chronic liver disease: " +
      "decompensated cirrhosis and liver failure, including acute-on-chronic liver failure. The registry records give " +
      "no score threshold, so none is invented. Liver cancer, sometimes also counted, is excluded separately by every " +
      "trial here. The same definition decides NCT01224327's exclusion of 'the end-stage of liver cirrhosis'.",
    zh: {
      label: "终末期肝病",
      definition: "失代偿期肝硬化（按本处定义）或肝衰竭。",
      rationale:
        "按中国肝病学的用法，终末期肝病指慢性肝病的晚期阶段：失代偿期肝硬化和肝衰竭，包括慢加急性肝衰竭。" +
        "注册记录未给出评分阈值，因此不自行设定。有时也计入的肝癌，在此处每项试验均另行排除。" +
        "NCT01224327 排除“肝硬化终末期”（the end-stage of liver cirrhosis）时也由同一定义判定。",
    },
    rule: {
      any: [{ concept: "decompensatedCirrhosis" }, { fact: "liverFailure", op: "in", values: ["aclf", "chronic"] }],
    },
  },
  seriousBleedingTendency: {
    id: "seriousBleedingTendency",
    label: "Serious bleeding tendency",
    definition:
      "A documented serious bleeding tendency (e.g. a bleeding disorder or spontaneous bleeding), or platelets below 50 ×10⁹/L.",
    rationale:
      "The INR overstates bleeding risk in cirrhosis, whose haemostasis is rebalanced; a platelet count below " +
      "50 ×10⁹/L is the usual threshold for bleeding risk before procedures (AGA Clinical Practice Update on " +
      "coagulation in cirrhosis, Northup PG et al., Gastroenterology 2021;160:2045–2053; Baveno VII). PT is judged " +
      "separately where a trial sets a PT limit.",
    zh: {
      label: "严重出血倾向",
      definition: "有记录的严重出血倾向（如出血性疾病或自发性出血），或血小板低于 50 ×10⁹/L。",
      rationale:
        "肝硬化患者止凝血处于再平衡状态，INR 会高估出血风险；操作前通常以血小板低于 50 ×10⁹/L 作为出血风险阈值" +
        "（AGA 肝硬化凝血临床实践更新，Northup PG 等，Gastroenterology 2021;160:2045–2053；Baveno VII）。" +
        "凡试验设有 PT 限值者，凝血酶原时间延长另行判定。",
    },
    rule: {
      any: [
        { fact: "seriousBleedingTendency", op: "is", value: true },
        { fact: "platelets", op: "lt", value: 50 },
      ],
    },
  },
} as const satisfies Record<ConceptId, ConceptDefinition>;

/** A concept's name in both languages. */
export function conceptLabel(id: ConceptId): LocalizedText {
  const concept: ConceptDefinition = CONCEPTS[id];
  return { en: concept.label, zh: concept.zh.label };
}
