/**
 * Every registry line has its Chinese rendering beside it, and so do the notes a coordinator reads:
 * interpretations, manual reasons, refer reasons and the shared concepts. The English stays the
 * source of truth; the Chinese is checked for being there, being Chinese, and keeping the line's
 * registry numbering.
 */
import { describe, expect, it } from "vitest";
import { TRIALS } from "@/criteria";
import { CONCEPTS } from "@/lib/core/concepts";
import { referReasonsOf } from "@/lib/core/rules";

const HAN = /\p{Script=Han}/u;

describe.each(TRIALS.map((t) => [t.id, t] as const))("%s in Chinese", (_id, trial) => {
  it.each(trial.criteria.map((c) => [c.id, c] as const))("%s has a Chinese rendering of its line and notes", (_cid, c) => {
    expect(c.textZh, `${trial.id} ${c.id} textZh`).toMatch(HAN);
    // The registry's own numbering ("3. Signed informed consent") is kept.
    const number = /^(\d+)\. /.exec(c.text);
    if (number) expect(c.textZh?.startsWith(`${number[1]}. `), `${c.id} keeps "${number[1]}. "`).toBe(true);
    if (c.interpretation) expect(c.interpretationZh, `${trial.id} ${c.id} interpretationZh`).toMatch(HAN);
    else expect(c.interpretationZh).toBeUndefined();
    if (c.manual) expect(c.manual.reasonZh, `${trial.id} ${c.id} manual.reasonZh`).toMatch(HAN);
    for (const rule of [c.rule, c.appliesIf]) {
      if (!rule) continue;
      for (const reason of referReasonsOf(rule)) expect(reason.textZh, `${trial.id} ${c.id} refer ${reason.key}`).toMatch(HAN);
    }
  });
});

describe("shared concepts in Chinese", () => {
  it.each(Object.values(CONCEPTS).map((c) => [c.id, c] as const))("%s has its label, definition and rationale in Chinese", (_id, concept) => {
    expect(concept.zh.label).toMatch(HAN);
    expect(concept.zh.definition).toMatch(HAN);
    expect(concept.zh.rationale).toMatch(HAN);
    for (const reason of referReasonsOf(concept.rule)) expect(reason.textZh).toMatch(HAN);
  });

  it("use the Chinese clinical terms", () => {
    expect(CONCEPTS.endStageLiverDisease.zh.label).toBe("终末期肝病");
    expect(CONCEPTS.decompensatedCirrhosis.zh.label).toBe("失代偿期肝硬化");
  });
});
