/**
 * The screening page's form of a result (lib/core/engine.ts, trialData): everything the full
 * result holds but its English renderings, which the page never shows, so that a keystroke does
 * not format English for every criterion of every trial (issue 15).
 */
import { describe, expect, it } from "vitest";
import { TRIALS } from "@/criteria";
import { screen, trialData, type TrialResult } from "@/lib/core/engine";
import { profileSchema } from "@/lib/core/profile";
import { decompensatedHbv, compensated } from "../fixtures/profiles";

const profiles = [{}, profileSchema.parse(decompensatedHbv), profileSchema.parse(compensated)];

function withoutEnglish(result: TrialResult) {
  const json = JSON.parse(JSON.stringify(result)) as TrialResult & { criteria: Record<string, unknown>[] };
  return { ...json, criteria: json.criteria.map(({ reason: _reason, manualReason: _manualReason, ...rest }) => rest) };
}

describe("trialData", () => {
  it("holds every field of the full result but reason and manualReason, with the same values", () => {
    for (const profile of profiles) {
      for (const result of screen(profile, TRIALS, { NCT06242405: { INCL03: { outcome: "met", note: "seen by PI" } } })) {
        const data = trialData(result);
        expect(JSON.parse(JSON.stringify(data))).toEqual(withoutEnglish(result));
        for (const c of data.criteria) {
          expect(c).not.toHaveProperty("reason");
          expect(c).not.toHaveProperty("manualReason");
        }
      }
    }
  });

  it("keeps manualReasonText exactly where the full result has a manualReason", () => {
    for (const result of screen(profileSchema.parse(decompensatedHbv), TRIALS)) {
      const data = trialData(result);
      result.criteria.forEach((c, i) => {
        expect(data.criteria[i]!.manualReasonText !== undefined, `${result.id} ${c.id}`).toBe(c.manualReason !== undefined);
      });
    }
  });

  it("strips a plain result (as read back from JSON) the same way", () => {
    const [result] = screen(profileSchema.parse(compensated), TRIALS) as [TrialResult];
    const plain = JSON.parse(JSON.stringify(result)) as TrialResult;
    expect(trialData(plain)).toEqual(withoutEnglish(result));
  });
});
