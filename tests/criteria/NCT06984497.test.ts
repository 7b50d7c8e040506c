/** NCT06984497 (UC-MSC via peripheral vein vs hepatic artery in ESLD): each criterion at its boundaries. */
import { describe, expect, it } from "vitest";
import { trial } from "@/criteria/NCT06984497";
import { trial as sibling } from "@/criteria/NCT06242405";
import { esldCriteriaSuite } from "./esld-suite";

describe("NCT06984497", () => {
  it("encodes its criteria exactly as the sibling trial NCT06242405 with the same text", () => {
    expect(trial.criteria).toEqual(sibling.criteria);
  });

  it("compares peripheral vein and hepatic artery infusion", () => {
    expect(trial.interventions.map((i) => i.route)).toEqual(["peripheral vein", "hepatic artery"]);
  });

  esldCriteriaSuite(trial);
});
