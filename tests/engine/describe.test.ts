import { describe, expect, it } from "vitest";
import { TRIALS } from "@/criteria";
import { CONCEPTS } from "@/lib/core/concepts";
import {
  conceptsUsed,
  criteriaCounts,
  criterionToText,
  describeCriterion,
  describeRule,
  languageRuns,
  leadWithHead,
  registryWords,
  ruleToText,
} from "@/lib/core/describe";
import { toEnglish, toEnglishValue } from "@/lib/core/english";
import { messageFormatter } from "@/lib/i18n/format";
import type { Rule } from "@/lib/core/rules";
import type { Criterion } from "@/lib/core/trial";

const text = (rule: Rule) => ruleToText(describeRule(rule));

function trialById(id: string) {
  const trial = TRIALS.find((t) => t.id === id);
  if (!trial) throw new Error(`no trial ${id}`);
  return trial;
}

describe("rules in plain words", () => {
  it("states a range as inclusive, with its unit", () => {
    expect(text({ fact: "age", op: "between", min: 18, max: 80 })).toBe("Age is between 18 and 80 years (inclusive)");
    expect(text({ fact: "inr", op: "between", min: 1, max: 1.5 })).toBe("INR is between 1 and 1.5 (inclusive)");
  });

  it("states every comparison in words", () => {
    expect(text({ fact: "ptProlongationSeconds", op: "gt", value: 3 })).toBe("PT prolongation is more than 3 s");
    expect(text({ fact: "ptProlongationSeconds", op: "ge", value: 3 })).toBe("PT prolongation is at least 3 s");
    expect(text({ fact: "platelets", op: "lt", value: 50 })).toBe("Platelets is less than 50 ×10⁹/L");
    expect(text({ fact: "bilirubinMgdL", op: "le", value: 2.5 })).toBe("Total bilirubin is at most 2.5 mg/dL");
    expect(text({ fact: "westHavenGrade", op: "eq", value: 0 })).toBe("West Haven grade is 0");
  });

  it("states yes/no facts as answers", () => {
    expect(text({ fact: "hiv", op: "is", value: true })).toBe("HIV infection: yes");
    expect(text({ fact: "donorLiverAvailable", op: "is", value: false })).toBe("Donor liver available: no");
  });

  it("lists the accepted values of a choice", () => {
    expect(text({ fact: "sex", op: "in", values: ["female"] })).toBe("Sex is female");
    expect(text({ fact: "heartFailure", op: "in", values: ["chronic", "acute"] })).toBe("Heart failure is chronic or acute");
    expect(text({ fact: "ascitesGrade", op: "in", values: ["mild", "moderate", "severe"] })).toBe(
      "Current ascites is mild, moderate or severe",
    );
    expect(toEnglishValue({ list: [], join: "or" })).toBe("");
    expect(toEnglishValue({ list: ["a", "b", "c"], join: "or" })).toBe("a, b or c");
  });

  it("states a time window", () => {
    expect(text({ fact: "interferon", op: "within", amount: 1, unit: "years" })).toBe("Interferon within the last 1 year");
    expect(text({ fact: "albuminInfusion", op: "within", amount: 3, unit: "weeks" })).toBe(
      "Human serum albumin infusion within the last 3 weeks",
    );
  });

  it("names a shared concept and marks it as a shared definition", () => {
    const d = describeRule({ concept: "endStageLiverDisease" });
    expect(d).toMatchObject({ kind: "concept", concept: "endStageLiverDisease" });
    expect(ruleToText(d)).toBe("End-stage liver disease (shared definition)");
    expect(messageFormatter("zh-CN").format(d.kind === "concept" ? d.text : { key: "common.yes" })).toBe("终末期肝病（统一定义）");
  });

  it("nests all / any / not as lists with a head", () => {
    const rule: Rule = {
      all: [
        { fact: "cirrhosis", op: "is", value: true },
        { any: [{ fact: "hiv", op: "is", value: true }, { concept: "seriousBleedingTendency" }] },
      ],
    };
    const d = describeRule(rule);
    expect(d).toMatchObject({ kind: "group", head: "all" });
    expect(d.kind === "group" && d.items[1]).toMatchObject({ kind: "group", head: "any" });
    expect(ruleToText(d)).toBe("All of: Cirrhosis: yes; (Any of: HIV infection: yes; Serious bleeding tendency (shared definition))");
  });

  it("says not-any as 'none of', not-all as 'not all of', and a plain not as 'not'", () => {
    const a: Rule = { fact: "hiv", op: "is", value: true };
    const b: Rule = { fact: "sepsis", op: "is", value: true };
    expect(text({ not: { any: [a, b] } })).toBe("None of: HIV infection: yes; Sepsis: yes");
    expect(text({ not: { all: [a, b] } })).toBe("Not all of: HIV infection: yes; Sepsis: yes");
    expect(text({ not: a })).toBe("Not: HIV infection: yes");
  });

  it("joins a lead with a group's head", () => {
    const group = describeRule({ any: [{ fact: "hiv", op: "is", value: true }] });
    expect(toEnglish(leadWithHead("excludedIf", group)!)).toBe("Excluded if any of");
    expect(toEnglish(leadWithHead(undefined, group)!)).toBe("Any of");
    expect(toEnglish(leadWithHead("excludedIf", describeRule({ fact: "hiv", op: "is", value: true }))!)).toBe("Excluded if");
  });
});

describe("criteria in plain words", () => {
  it("says an exclusion excludes when its rule holds", () => {
    const c = trialById("NCT05106972").criteria.find((x) => x.id === "EXCL06") as Criterion;
    expect(c.text).toBe("PT prolongation is greater than 3 seconds");
    expect(criterionToText(c)).toBe("Excluded if: PT prolongation is more than 3 s");
  });

  it("says an inclusion is required, with the group head merged into the lead", () => {
    const trial = trialById("NCT05106972");
    const incl04 = trial.criteria.find((x) => x.id === "INCL04") as Criterion;
    expect(criterionToText(incl04)).toBe(
      "Eligible only if none of: Serious bleeding tendency (shared definition); Active bleeding: yes",
    );
    const incl01 = trial.criteria.find((x) => x.id === "INCL01") as Criterion;
    expect(criterionToText(incl01)).toBe("Eligible only if: Age is between 20 and 60 years (inclusive)");
  });

  it("states when a criterion applies", () => {
    const c = trialById("NCT01224327").criteria.find((x) => x.id === "EXCL04") as Criterion;
    expect(criterionToText(c)).toBe("Excluded if: Pregnant: yes. Applies only when: Sex is female");
    expect(ruleToText(describeCriterion(c).appliesIf!)).toBe("Sex is female");
  });

  it("marks a manual line as the investigator's, with the reason", () => {
    const c = trialById("NCT06242405").criteria.find((x) => x.id === "EXCL04") as Criterion;
    const d = describeCriterion(c);
    expect(d.rule).toBeUndefined();
    expect(d.manualReason?.en).toBe(c.manual?.reason);
    expect(criterionToText(c)).toBe(`Manual — investigator: ${c.manual?.reason}`);
  });

  it("describes every criterion of every trial and every concept", () => {
    for (const trial of TRIALS) {
      for (const c of trial.criteria) {
        const line = criterionToText(c);
        expect(line, `${trial.id} ${c.id}`).toMatch(/^(Eligible only if|Excluded if|Manual — investigator)/);
        expect(line).not.toMatch(/undefined|\[object/);
      }
    }
    for (const concept of Object.values(CONCEPTS)) {
      expect(ruleToText(describeRule(concept.rule))).not.toMatch(/undefined|\[object/);
    }
  });
});

describe("counts and concepts", () => {
  it.each(TRIALS.map((t) => [t.id, t] as const))("counts %s's criteria as in the data", (_id, trial) => {
    const counts = criteriaCounts(trial);
    expect(counts.total).toBe(trial.criteria.length);
    expect(counts.rules).toBe(trial.criteria.filter((c) => c.rule !== undefined).length);
    expect(counts.manual).toBe(trial.criteria.filter((c) => c.manual !== undefined).length);
    expect(counts.rules + counts.manual).toBe(counts.total);
    expect(counts.inclusion + counts.exclusion).toBe(counts.total);
  });

  it("knows the actual numbers", () => {
    expect(criteriaCounts(trialById("NCT05106972"))).toEqual({ total: 19, inclusion: 7, exclusion: 12, rules: 17, manual: 2 });
    expect(criteriaCounts(trialById("NCT06242405"))).toEqual({ total: 14, inclusion: 3, exclusion: 11, rules: 11, manual: 3 });
  });

  it("finds shared concepts used directly and through another concept", () => {
    expect(conceptsUsed(trialById("NCT06242405"))).toEqual(["endStageLiverDisease", "decompensatedCirrhosis"]);
    expect(conceptsUsed(trialById("NCT05106972"))).toEqual(["decompensatedCirrhosis", "seriousBleedingTendency"]);
    expect(conceptsUsed({ criteria: [{ id: "INCL01", category: "inclusion", text: "x", manual: { reason: "y" } }] })).toEqual([]);
  });
});

describe("registry words and languages", () => {
  it("turns registry codes into words", () => {
    expect(registryWords("NA")).toBe("Not applicable");
    expect(registryWords("NOT_STATED")).toBe("Not stated");
    expect(registryWords("PHASE1/PHASE2")).toBe("Phase 1/Phase 2");
    expect(registryWords("SINGLE_GROUP")).toBe("Single group");
    expect(registryWords("ACTIVE_COMPARATOR")).toBe("Active comparator");
    expect(registryWords("INTERVENTIONAL")).toBe("Interventional");
  });

  it("marks Chinese runs for lang=zh and leaves English alone", () => {
    expect(languageRuns("plain English")).toEqual([{ text: "plain English" }]);
    expect(languageRuns("")).toEqual([{ text: "" }]);
    expect(languageRuns("usage (终末期肝病) here")).toEqual([
      { text: "usage (" },
      { text: "终末期肝病", lang: "zh" },
      { text: ") here" },
    ]);
    expect(languageRuns("肝硬化，失代偿")).toEqual([{ text: "肝硬化，失代偿", lang: "zh" }]);
    // Scientific notation and en dashes are not Chinese.
    expect(languageRuns("50 ×10⁹/L – 959–974")).toEqual([{ text: "50 ×10⁹/L – 959–974" }]);
  });
});
