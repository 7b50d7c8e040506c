/**
 * Audit: every line of every registry seed document is encoded, once, in order, with its
 * category, and nothing is encoded that the record does not say.
 */
import { describe, expect, it } from "vitest";
import { TRIALS } from "@/criteria/index";
import { loadSeeds } from "../support/seeds";

const seeds = loadSeeds();

function encodedLines(trialId: string, category: "inclusion" | "exclusion"): string[] {
  const trial = TRIALS.find((t) => t.id === trialId);
  return (trial?.criteria ?? []).filter((c) => c.category === category).map((c) => c.text);
}

describe("every seed document has an encoded trial", () => {
  it.each(seeds.map((s) => [s.file, s.nctId] as const))("%s (%s) has a trial file", (_file, nctId) => {
    expect(TRIALS.map((t) => t.id)).toContain(nctId);
  });

  it("and every trial is backed by at least one seed document", () => {
    for (const trial of TRIALS) expect(seeds.map((s) => s.nctId)).toContain(trial.id);
  });
});

describe.each(seeds.map((s) => [s.file, s] as const))("seed %s", (_file, seed) => {
  it(`every inclusion line is encoded exactly once, as an inclusion, in registry order (${seed.nctId})`, () => {
    expect(encodedLines(seed.nctId, "inclusion")).toEqual(seed.inclusion);
  });

  it(`every exclusion line is encoded exactly once, as an exclusion, in registry order (${seed.nctId})`, () => {
    expect(encodedLines(seed.nctId, "exclusion")).toEqual(seed.exclusion);
  });

  it("is listed in the trial's sources", () => {
    const trial = TRIALS.find((t) => t.id === seed.nctId);
    expect(trial?.sources.map((s) => s.file)).toContain(seed.file);
  });
});

describe.each(TRIALS.map((t) => [t.id, t] as const))("%s", (_id, trial) => {
  it("lists exactly its seed documents in sources", () => {
    const files = seeds.filter((s) => s.nctId === trial.id).map((s) => s.file);
    expect(trial.sources.map((s) => s.file).sort()).toEqual(files.sort());
  });

  it("is encoded from one of its sources, whose record date it records", () => {
    const source = trial.sources.find((s) => s.file === trial.encoding.encodedFrom);
    expect(source).toBeDefined();
    expect(trial.encoding.registryRecordDate).toBe(source?.recordDate);
  });

  it("has every criterion's text among the lines of its encodedFrom seed, in the same category", () => {
    const seed = seeds.find((s) => s.file === trial.encoding.encodedFrom);
    expect(seed, `seed ${trial.encoding.encodedFrom}`).toBeDefined();
    for (const criterion of trial.criteria) {
      const lines = criterion.category === "inclusion" ? seed?.inclusion : seed?.exclusion;
      expect(lines, `${trial.id} ${criterion.id}`).toContain(criterion.text);
    }
  });
});
