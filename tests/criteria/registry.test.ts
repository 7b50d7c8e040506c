/** Audit: criteria/index.ts registers exactly the trial files in criteria/. */
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TRIALS } from "@/criteria/index";
import { currentTrialIndex, renderTrialIndex } from "@/scripts/generate-trial-index";

describe("criteria/index.ts", () => {
  it("is up to date (run `npx tsx scripts/generate-trial-index.ts`)", () => {
    const { actual, expected } = currentTrialIndex();
    expect(actual).toBe(expected);
    expect(actual).toBe(renderTrialIndex(readdirSync(path.resolve(process.cwd(), "criteria"))));
  });

  it("registers each criteria/NCT*.ts file under the id its trial declares", () => {
    const files = readdirSync(path.resolve(process.cwd(), "criteria"))
      .filter((f) => /^NCT\d{8}\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ""))
      .sort();
    expect(TRIALS.map((t) => t.id)).toEqual(files);
  });
});
