/**
 * The clinical review's interpretation notes and citations (issue 9): each line says what the
 * review asked it to say, in English and in Chinese, and no retracted citation comes back.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TRIALS } from "@/criteria";
import { CONCEPTS } from "@/lib/core/concepts";
import { CONSISTENCY_CHECKS } from "@/lib/core/consistency";
import { toEnglish } from "@/lib/core/english";
import { fieldLabel } from "@/lib/core/english-core";
import { fieldSpec } from "@/lib/view/form";
import zh from "@/messages/zh-CN.json";

const criterion = (trialId: string, id: string) => {
  const found = TRIALS.find((t) => t.id === trialId)?.criteria.find((c) => c.id === id);
  if (!found) throw new Error(`${trialId} ${id}`);
  return found as { interpretation?: string; interpretationZh?: string; checklistNote?: string };
};
const hint = (path: string) => toEnglish(fieldSpec(path)!.hint!);

describe("interpretation notes the review asked for", () => {
  it.each(["NCT06242405", "NCT06984497"])("%s EXCL03 says what 'acute' means, and names hepatopulmonary syndrome and portopulmonary hypertension", (id) => {
    const c = criterion(id, "EXCL03");
    expect(c.interpretation).toContain("'Acute' has no time horizon");
    expect(c.interpretation).toContain("hepatopulmonary syndrome with PaO₂ < 60 mmHg is type I respiratory failure");
    expect(c.interpretation).toContain("Portopulmonary hypertension");
    expect(c.interpretationZh).toContain("门脉性肺动脉高压");
  });

  it.each(["NCT06242405", "NCT06984497"])("%s EXCL07 says which conditions count and refers alcohol use disorder", (id) => {
    const c = criterion(id, "EXCL07");
    expect(c.interpretation).toContain("alcohol use disorder");
  });

  it("NCT05106972 INCL02 names the other reading of 'a course of more than 5 years'", () => {
    expect(criterion("NCT05106972", "INCL02").interpretation).toContain("more than 5 years since the diagnosis of cirrhosis");
  });

  it("NCT05106972 EXCL02 refers HBV with MASLD as a co-factor", () => {
    expect(criterion("NCT05106972", "EXCL02").interpretation).toContain("MASLD as a co-factor goes to the investigator");
  });

  it("NCT05106972 INCL05 and EXCL09 make a past episode on prophylaxis an investigator question", () => {
    expect(criterion("NCT05106972", "INCL05").interpretation).toContain("goes to the investigator");
    expect(criterion("NCT05106972", "EXCL09").interpretation).toContain("on antibiotic prophylaxis goes to the investigator");
    expect(criterion("NCT05106972", "EXCL09").interpretationZh).toContain("抗生素预防");
  });

  it("NCT05106972's washouts count to clinical registration, printed beside those lines", () => {
    for (const id of ["EXCL07", "EXCL08"]) expect(criterion("NCT05106972", id).checklistNote).toContain("clinical registration");
  });

  it("defines mild ascites as clinically evident (not ultrasound-only)", () => {
    expect(hint("liver.ascitesGrade")).toContain("Clinically evident ascites");
    expect(hint("liver.ascitesGrade")).toContain("only on ultrasound");
  });

  it("defines jaundice as non-obstructive (hepatic), in the label and the help", () => {
    expect(fieldLabel("liver.everJaundice")).toBe("Non-obstructive (hepatic) jaundice ever");
    expect(hint("liver.everJaundice")).toContain("bile-duct stone");
    expect(zh.fields.liver.everJaundice).toContain("非梗阻性");
  });

  it("defines the control PT as the lab's control, not the range's upper limit", () => {
    expect(hint("labs.ptControlSeconds")).toContain("not the upper limit of the reference range");
  });

  it("says, in both languages, that the bilirubin check cannot tell obstructive from hepatic jaundice (a known limit)", () => {
    const check = CONSISTENCY_CHECKS.find((c) => c.id === "bilirubinVsJaundice")!;
    expect(check.explanation).toContain("cannot tell obstructive jaundice from hepatic jaundice");
    expect(check.explanationZh).toContain("无法区分梗阻性黄疸与肝细胞性黄疸");
  });
});

describe("citations", () => {
  /** Every source file a clinical text can live in. */
  const files = ["lib/core", "criteria", "criteria/shared"].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".ts"))
      .map((f) => join(dir, f)),
  );
  const text = [...files, "messages/en.json", "messages/zh-CN.json"].map((f) => readFileSync(f, "utf8")).join("\n");

  it("no longer cites D'Amico 2006 for jaundice, nor a Northup paper in Gastroenterology that does not exist", () => {
    expect(text).not.toContain("2006;44:217");
    expect(text).not.toContain("Gastroenterology 2021;160:2045");
  });

  it("cites EASL 2018 for jaundice, Baveno VII for recompensation, the AASLD guidance and the AGA guideline as published", () => {
    const sources = Object.values(CONCEPTS).flatMap((c) => c.sources);
    expect(sources).toContain(
      "European Association for the Study of the Liver. EASL Clinical Practice Guidelines for the management of patients with decompensated cirrhosis. J Hepatol 2018;69:406–460.",
    );
    expect(sources.some((s) => s.includes("Baveno VII") && s.includes("J Hepatol 2022;76:959–974"))).toBe(true);
    expect(sources.some((s) => s.startsWith("Northup PG et al.") && s.includes("Hepatology 2021;73:366–413"))).toBe(true);
    expect(sources.some((s) => s.startsWith("O'Shea RS et al.") && s.includes("Gastroenterology 2021;161:1615–1627"))).toBe(true);
  });
});
