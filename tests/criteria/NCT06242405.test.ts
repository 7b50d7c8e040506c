/** NCT06242405 (single vs double UC-MSC infusion in ESLD): each criterion at its boundaries. */
import { describe, expect, it } from "vitest";
import { trial } from "@/criteria/NCT06242405";
import { esldCriteriaSuite } from "./esld-suite";

describe("NCT06242405", () => {
  it("is encoded from the ClinicalTrials.gov record (000) and records the older snapshot (002) as a source", () => {
    expect(trial.encoding.encodedFrom).toBe("000_373f40e646c93228.txt");
    expect(trial.sources.map((s) => s.file)).toEqual(["000_373f40e646c93228.txt", "002_77fdb2fbe1532900.txt"]);
    const snapshot = trial.sources[1];
    expect(snapshot?.status).toBe("Not yet recruiting");
    expect(snapshot?.differences.join(" ")).toMatch(/2024-02-01.*2025-03-01.*2025-01-01.*2024-02-06/);
  });

  esldCriteriaSuite(trial);
});
