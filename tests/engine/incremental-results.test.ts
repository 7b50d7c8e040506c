/**
 * The screening page's results, rebuilt keystroke after keystroke only where a criterion's inputs
 * changed (lib/view/incremental-results.ts): always equal to screening the profile from scratch,
 * whatever came before, and keeping the very object of every criterion that did not change.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TRIALS } from "@/criteria";
import { screen, trialData, type Confirmation, type ScreeningConfirmations } from "@/lib/core/engine";
import { FIELD_PATHS } from "@/lib/core/fields";
import type { Profile } from "@/lib/core/profile";
import { getAt } from "@/lib/view/form";
import { incrementalResults } from "@/lib/view/incremental-results";
import { fieldsInResult } from "@/lib/core/coverage";
import { consistentProfile, fullProfile } from "../support/arbitraries";

const fromScratch = (profile: Profile, confirmations: ScreeningConfirmations = {}) => screen(profile, TRIALS, confirmations).map(trialData);

/** `profile` with one field set to its value in `source` (or removed when `source` has none). */
function withFieldOf(profile: Profile, source: Profile, path: string): Profile {
  const copy = structuredClone(profile) as Record<string, unknown>;
  const keys = path.split(".");
  let node = copy;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== "object" || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  const value = getAt(source, path);
  if (value === undefined) delete node[keys.at(-1)!];
  else node[keys.at(-1)!] = structuredClone(value);
  return copy as Profile;
}

/** `profile` without the given fields: a partly filled chart. (Built here rather than with
 * profileAndSubset, whose fc.func makes fast-check clone the tuples it sits in.) */
function withoutFields(profile: Profile, fields: readonly number[]): Profile {
  return fields.reduce((p, i) => withFieldOf(p, {}, FIELD_PATHS[i % FIELD_PATHS.length]!), profile);
}
const someFields = fc.array(fc.nat({ max: FIELD_PATHS.length - 1 }), { maxLength: 60 });
const partialProfile = (base: fc.Arbitrary<Profile>) => fc.tuple(base, someFields).map(([p, drop]) => withoutFields(p, drop));

const CRITERIA = TRIALS.flatMap((t) => t.criteria.map((c) => [t.id, c.id] as const));
const confirmationsArb: fc.Arbitrary<ScreeningConfirmations> = fc
  .array(fc.tuple(fc.constantFrom(...CRITERIA), fc.constantFrom<Confirmation>({ outcome: "met" }, { outcome: "not-met" }, { outcome: "met", note: "seen" })), { maxLength: 4 })
  .map((pairs) => {
    const out: Record<string, Record<string, Confirmation>> = {};
    for (const [[trial, criterion], confirmation] of pairs) (out[trial] ??= {})[criterion] = confirmation;
    return out;
  });

describe("incrementalResults", () => {
  it("equals screening from scratch after every one-field edit, with confirmations changing too (property)", () => {
    fc.assert(
      fc.property(
        partialProfile(fullProfile),
        fc.array(fc.tuple(fullProfile, fc.nat({ max: FIELD_PATHS.length - 1 }), fc.boolean(), fc.option(confirmationsArb, { nil: undefined })), { minLength: 1, maxLength: 12 }),
        (start, edits) => {
          const results = incrementalResults(TRIALS);
          let profile = start;
          let confirmations: ScreeningConfirmations = {};
          expect(results(profile, confirmations)).toEqual(fromScratch(profile, confirmations));
          for (const [source, field, remove, newConfirmations] of edits) {
            profile = withFieldOf(profile, remove ? {} : source, FIELD_PATHS[field]!);
            if (newConfirmations) confirmations = newConfirmations;
            expect(results(profile, confirmations)).toEqual(fromScratch(profile, confirmations));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("equals screening from scratch across whole different profiles, contradictions included (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(partialProfile(fullProfile), partialProfile(consistentProfile)), { minLength: 2, maxLength: 6 }), (profiles) => {
        const results = incrementalResults(TRIALS);
        for (const profile of profiles) expect(results(profile, {})).toEqual(fromScratch(profile));
      }),
      { numRuns: 100 },
    );
  });

  it("keeps the object of every criterion that does not read the edited field, and of every unchanged trial", () => {
    const chart = (ageYears: number): Profile => ({
      demographics: { ageYears, sex: "male" },
      labs: { bilirubin: { value: 2, unit: "mg/dL" }, albumin: { value: 2.9, unit: "g/dL" }, inr: 1.5, creatinine: { value: 0.9, unit: "mg/dL" }, sodiumMmolL: 134 },
      liver: { cirrhosis: true, ascitesGrade: "none", westHavenGrade: 0 },
    });
    const results = incrementalResults(TRIALS);
    const before = results(chart(56), {});
    const after = results(chart(85), {});
    const readers = new Set(TRIALS.flatMap((t) => t.criteria.filter((c) => fieldsInResult(c).has("demographics.ageYears")).map((c) => `${t.id} ${c.id}`)));
    let kept = 0;
    const rebuilt: string[] = [];
    before.forEach((trial, t) =>
      trial.criteria.forEach((c, i) => {
        if (after[t]!.criteria[i] === c) kept += 1;
        else rebuilt.push(`${trial.id} ${c.id}`);
      }),
    );
    expect(rebuilt.filter((id) => !readers.has(id)), "rebuilt without reading the age").toEqual([]);
    expect(rebuilt.length, "an age of 56 → 85 changes what the age criteria say").toBeGreaterThan(0);
    expect(kept).toBeGreaterThan(rebuilt.length);
    // The same profile again: every trial is the very same object.
    const again = results(chart(85), {});
    again.forEach((trial, t) => expect(trial).toBe(after[t]));
  });

  it("rebuilds a criterion whose confirmation changed, and only it", () => {
    const results = incrementalResults(TRIALS);
    const trial = TRIALS[0]!;
    const manual = trial.criteria.find((c) => c.manual)!;
    const before = results({}, {});
    const after = results({}, { [trial.id]: { [manual.id]: { outcome: "met", note: "PI agrees" } } });
    const t = before.findIndex((r) => r.id === trial.id);
    const changed = after[t]!.criteria.filter((c, i) => c !== before[t]!.criteria[i]).map((c) => c.id);
    expect(changed).toEqual([manual.id]);
    expect(after[t]!.criteria.find((c) => c.id === manual.id)!.confirmation).toEqual({ outcome: "met", note: "PI agrees" });
  });
});
