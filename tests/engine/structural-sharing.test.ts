/**
 * Structural sharing between successive results (lib/view/structural-sharing.ts): what lets the
 * memoised trial cards, criterion rows and score lines skip a keystroke that did not change them.
 * The contract: the value is always equal in content to the new one, and an unchanged part is the
 * very object of the previous value.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TRIALS } from "@/criteria";
import { screen } from "@/lib/core/engine";
import { profileSchema } from "@/lib/core/profile";
import { computeScores } from "@/lib/core/scores";
import { scoreLines } from "@/lib/view/results-view";
import { shareUnchanged, sharingWithPrevious } from "@/lib/view/structural-sharing";
import { decompensatedHbv } from "../fixtures/profiles";

const profile = profileSchema.parse(decompensatedHbv);

describe("shareUnchanged", () => {
  it("returns the previous value itself when nothing changed", () => {
    const previous = screen(profile, TRIALS, {});
    const first = shareUnchanged(previous, previous.map((trial) => trial));
    // The engine's results are read through their data form (toJSON): plain data from then on.
    const plain = shareUnchanged(first, screen(profile, TRIALS, {}));
    expect(plain).toEqual(JSON.parse(JSON.stringify(previous)));
    expect(shareUnchanged(plain, screen(profile, TRIALS, {}))).toBe(plain);
  });

  it("keeps the identity of every trial and criterion whose result did not change, and only those", () => {
    const previous = shareUnchanged(screen(profile, TRIALS, {}), screen(profile, TRIALS, {}));
    const edited = { ...profile, demographics: { ...profile.demographics, ageYears: 85 } };
    const next = screen(edited, TRIALS, {});
    const shared = shareUnchanged(previous, next);
    expect(shared).toEqual(JSON.parse(JSON.stringify(next)));
    expect(shared).not.toBe(previous);
    let changedCriteria = 0;
    for (const [i, trial] of shared.entries()) {
      const before = previous[i]!;
      const same = JSON.stringify(before) === JSON.stringify(next[i]);
      expect(trial === before, `${trial.id} keeps its identity exactly when unchanged`).toBe(same);
      for (const [j, criterion] of trial.criteria.entries()) {
        const unchanged = JSON.stringify(before.criteria[j]) === JSON.stringify(next[i]!.criteria[j]);
        expect(criterion === before.criteria[j], `${trial.id} ${criterion.id}`).toBe(unchanged);
        if (!unchanged) changedCriteria += 1;
      }
    }
    // The age criteria change; most criteria do not.
    expect(changedCriteria).toBeGreaterThan(0);
    expect(changedCriteria).toBeLessThan(shared.reduce((n, t) => n + t.criteria.length, 0) / 4);
  });

  it("shares unchanged score lines when one score changes", () => {
    const previous = scoreLines(computeScores(profile));
    const next = scoreLines(computeScores({ ...profile, labs: { ...profile.labs, sodiumMmolL: 126 } }));
    const shared = shareUnchanged(previous, next);
    expect(shared).toEqual(next);
    const byName = new Map(previous.map((line) => [line.name, line]));
    const kept = shared.filter((line) => line === byName.get(line.name)).map((line) => line.name);
    // Child–Pugh and MELD do not read sodium; MELD-Na and MELD 3.0 do.
    expect(kept).toContain("Child–Pugh");
    expect(kept.length).toBeLessThan(shared.length);
  });

  it("never shares a part that differs, however deep (property)", () => {
    const json = fc.jsonValue({ maxDepth: 4 });
    fc.assert(
      fc.property(json, json, (a, b) => {
        const shared = shareUnchanged(a, b);
        expect(shared).toEqual(b);
        if (JSON.stringify(a) === JSON.stringify(b)) expect(shared).toBe(a);
      }),
    );
  });

  it("sees a key added, removed or set to undefined as a change", () => {
    const previous: Record<string, unknown> = { a: 1 };
    expect(shareUnchanged(previous, { a: 1, b: undefined })).not.toBe(previous);
    expect(shareUnchanged({ a: 1, b: 2 } as Record<string, unknown>, { a: 1 })).toEqual({ a: 1 });
    expect(shareUnchanged([1, 2], [1])).toEqual([1]);
    expect(shareUnchanged([1], [1, 2])).toEqual([1, 2]);
  });

  it("does not mutate either value", () => {
    const previous = { list: [{ x: 1 }, { x: 2 }] };
    const next = { list: [{ x: 1 }, { x: 3 }] };
    const frozen = (v: unknown) => JSON.stringify(v);
    const [p, n] = [frozen(previous), frozen(next)];
    const shared = shareUnchanged(previous, next);
    expect([frozen(previous), frozen(next)]).toEqual([p, n]);
    expect(shared.list[0]).toBe(previous.list[0]);
    expect(shared.list[1]).toEqual(next.list[1]);
  });
});

describe("sharingWithPrevious", () => {
  it("shares with the value it returned last time", () => {
    const share = sharingWithPrevious<{ a: { v: number }; b: { v: number } }>();
    const first = share({ a: { v: 1 }, b: { v: 1 } });
    const second = share({ a: { v: 1 }, b: { v: 2 } });
    expect(second.a).toBe(first.a);
    expect(second.b).not.toBe(first.b);
    const third = share({ a: { v: 1 }, b: { v: 2 } });
    expect(third).toBe(second);
  });
});
