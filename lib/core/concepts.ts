/**
 * Shared clinical concepts, defined once. Criteria refer to them by id ({ concept: "…" }), so two
 * trials can never disagree about the same patient: NCT06242405 requires "end-stage liver
 * disease" and NCT01224327 excludes "the end-stage of liver cirrhosis", and the single definition
 * below decides both.
 */
import type { ConceptId, Rule } from "./rules";

export type ConceptDefinition = {
  id: ConceptId;
  label: string;
  /** The definition in plain words, as shown to coordinators. */
  definition: string;
  /** Why this definition, with its source. */
  rationale: string;
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
    rule: {
      any: [
        { fact: "seriousBleedingTendency", op: "is", value: true },
        { fact: "platelets", op: "lt", value: 50 },
      ],
    },
  },
} as const satisfies Record<ConceptId, ConceptDefinition>;
