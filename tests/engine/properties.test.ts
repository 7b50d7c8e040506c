import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TRIALS } from "@/criteria";
import { screen, type TrialResult } from "@/lib/core/engine";
import { profileSchema, type Profile } from "@/lib/core/profile";
import { computeScores } from "@/lib/core/scores";
import type { TrialDefinition } from "@/lib/core/trial";
import { albuminFromGdL, bilirubinFromMgdL, creatinineFromMgdL } from "@/lib/core/units";
import { sampleTrial } from "../fixtures/sample-trial";
import { findContradictions } from "@/lib/core/consistency";
import { anyProfile, consistentProfileAndSubset, profileAndSubset } from "../support/arbitraries";

// The real trials plus the sample trial, which uses every rule form.
const trials: readonly TrialDefinition[] = [...TRIALS, sampleTrial];
const RUNS = { numRuns: 500 };

const statuses = (results: TrialResult[]) => results.flatMap((t) => t.criteria.map((c) => `${t.id}/${c.id}:${c.status}`));

describe("engine properties", () => {
  it("never throws for a schema-valid profile, and every result explains itself", () => {
    fc.assert(
      fc.property(anyProfile, (profile) => {
        expect(profileSchema.safeParse(profile).success).toBe(true);
        for (const trial of screen(profile, trials)) {
          for (const c of trial.criteria) {
            expect(c.reason.length).toBeGreaterThan(0);
            expect(c.reason).not.toMatch(/NaN|Infinity|undefined|\[object/);
            if (c.status === "unknown") expect(c.missing.length).toBeGreaterThan(0);
          }
        }
      }),
      RUNS,
    );
    // Each criterion's reason is formatted from the catalog (ICU): generous under a shared CI machine.
  }, 120_000);

  it("leaves no trial ineligible or passed for an empty profile", () => {
    for (const trial of screen({}, trials)) {
      expect(trial.verdict).toBe("needs-info");
      expect(trial.counts.violated).toBe(0);
      expect(trial.counts.satisfied).toBe(0);
    }
  });

  it("never removes a violation (or a satisfied criterion) when more fields are filled in", () => {
    fc.assert(
      // A field that contradicts another (lib/core/consistency.ts) makes both unknown, by design
      // (next property); without a contradiction in the full profile there is none in any part of it.
      fc.property(consistentProfileAndSubset, ({ full, partial }) => {
        expect(findContradictions(full)).toEqual([]);
        const before = screen(partial, trials);
        const after = screen(full, trials);
        before.forEach((trial, t) => {
          trial.criteria.forEach((c, i) => {
            const later = after[t]?.criteria[i]?.status;
            // Kleene monotonicity: a decided criterion stays decided the same way. (A satisfied
            // pregnancy item may become not-applicable once sex is known: both let the patient pass.)
            // A referral stays a referral: only the coordinator's confirmation decides it.
            if (c.status === "violated") expect(later).toBe("violated");
            if (c.status === "satisfied" || c.status === "not-applicable") expect(["satisfied", "not-applicable"]).toContain(later);
            if (c.status === "manual") expect(later).toBe("manual");
          });
          if (trial.verdict === "ineligible") expect(after[t]?.verdict).toBe("ineligible");
        });
      }),
      RUNS,
    );
  });

  it("turns a violation into unknown, never into satisfied, when a filled-in answer contradicts another", () => {
    fc.assert(
      fc.property(profileAndSubset, ({ full, partial }) => {
        const before = screen(partial, trials);
        const after = screen(full, trials);
        before.forEach((trial, t) => {
          trial.criteria.forEach((c, i) => {
            const later = after[t]?.criteria[i]?.status;
            if (c.status === "violated") expect(["violated", "unknown"]).toContain(later);
            if (c.status === "violated" && later === "unknown") expect(findContradictions(full).length).toBeGreaterThan(0);
          });
          // An ineligible trial never becomes passed: at worst it needs information again.
          if (trial.verdict === "ineligible") expect(after[t]?.verdict).not.toBe("passed");
        });
      }),
      RUNS,
    );
  });

  it("never lets NCT06242405/NCT06984497's ESLD inclusion and NCT01224327's end-stage exclusion decide one patient in contradictory ways", () => {
    const byId = (id: string) => TRIALS.find((t) => t.id === id)!;
    const [a, b, d] = [byId("NCT06242405"), byId("NCT06984497"), byId("NCT01224327")];
    fc.assert(
      fc.property(anyProfile, (profile) => {
        const [ra, rb, rd] = screen(profile, [a, b, d]);
        const inclusion = ra!.criteria.find((c) => c.id === "INCL02")!.status;
        expect(rb!.criteria.find((c) => c.id === "INCL02")!.status).toBe(inclusion);
        const exclusion = rd!.criteria.find((c) => c.id === "EXCL01")!.status;
        // End-stage for one is end-stage for the other; a referral is a referral in both.
        const expected = { satisfied: "violated", violated: "satisfied", manual: "manual", unknown: "unknown" } as const;
        expect(exclusion).toBe(expected[inclusion as keyof typeof expected]);
      }),
      RUNS,
    );
  });

  it("never reports a referral as satisfied without the coordinator's confirmation", () => {
    fc.assert(
      fc.property(anyProfile, (profile) => {
        for (const trial of screen(profile, trials)) {
          for (const c of trial.criteria) {
            if (c.referral !== undefined) expect(c.status).toBe("manual");
            if (c.status === "satisfied") expect(c.referral).toBeUndefined();
          }
        }
      }),
      RUNS,
    );
  });

  it("gives the same results for labs entered in SI units as in conventional units", () => {
    const toSI = (p: Profile): Profile => {
      const labs = p.labs;
      if (!labs) return p;
      return {
        ...p,
        labs: {
          ...labs,
          ...(labs.bilirubin?.value !== undefined && {
            bilirubin: { value: bilirubinFromMgdL(labs.bilirubin.value, "µmol/L"), unit: "µmol/L" as const },
          }),
          ...(labs.albumin?.value !== undefined && {
            albumin: { value: albuminFromGdL(labs.albumin.value, "g/L"), unit: "g/L" as const },
          }),
          ...(labs.creatinine?.value !== undefined && {
            creatinine: { value: creatinineFromMgdL(labs.creatinine.value, "µmol/L"), unit: "µmol/L" as const },
          }),
        },
      };
    };
    fc.assert(
      fc.property(anyProfile, (profile) => {
        const si = toSI(profile);
        expect(profileSchema.safeParse(si).success).toBe(true);
        expect(statuses(screen(si, trials))).toEqual(statuses(screen(profile, trials)));
        const a = computeScores(profile);
        const b = computeScores(si);
        expect([b.childPugh.points, b.meld.value, b.meldNa.value, b.meld3.value]).toEqual([
          a.childPugh.points,
          a.meld.value,
          a.meldNa.value,
          a.meld3.value,
        ]);
      }),
      RUNS,
    );
  });
});
