import { describe, expect, it } from "vitest";
import { TRIALS } from "@/criteria";
import {
  buildChecklist,
  chooseTrials,
  DISCLAIMER,
  NO_LABEL,
  resultWord,
  VERDICT_WORDS,
  type Checklist,
} from "@/lib/view/checklist";
import { screen, type ScreeningConfirmations } from "@/lib/core/engine";
import { profileSchema, type ProfileInput } from "@/lib/core/profile";
import { CRITERION_STATUSES } from "@/lib/core/trial";
import {
  CHECKLIST_CONFIRMATIONS,
  CHECKLIST_LABEL,
  CHECKLIST_VERDICTS,
  checklistProfile,
  fixtureProfile,
} from "../fixtures/checklist-screening";

const DATE = "2026-03-02";

function checklistOf(input: ProfileInput, confirmations: ScreeningConfirmations = {}): Checklist {
  const profile = profileSchema.parse(input);
  return buildChecklist({
    trials: TRIALS,
    results: screen(profile, TRIALS, confirmations),
    label: profile.screeningLabel,
    date: DATE,
  });
}

const known = (): Checklist => checklistOf(checklistProfile(), CHECKLIST_CONFIRMATIONS);

const FIXTURES = [
  "esld-eligible",
  "missing-data",
  "decompensated-hbv-eligible-for-NCT05106972",
  "hcc",
  "pregnant",
  "compensated-hbv",
  "coagulopathy-and-albumin",
  "recent-steroids-and-trial",
];

describe("the checklist model", () => {
  it.each(FIXTURES)("holds every criterion of every trial, verbatim and in registry order (%s)", (name) => {
    const checklist = checklistOf(fixtureProfile(name));
    expect(checklist.sections.map((s) => s.header.trialId)).toEqual(TRIALS.map((t) => t.id));
    for (const [i, trial] of TRIALS.entries()) {
      const section = checklist.sections[i]!;
      expect(section.rows.map((r) => [r.id, r.text])).toEqual(trial.criteria.map((c) => [c.id, c.text]));
      expect([...section.inclusion, ...section.exclusion]).toEqual(section.rows);
      expect(section.inclusion.every((r) => r.category === "inclusion")).toBe(true);
      expect(section.exclusion.every((r) => r.category === "exclusion")).toBe(true);
      for (const row of section.rows) {
        // Every result is a word with a symbol, and every row says what it was decided on.
        expect(row.resultText).toBe(`${row.result.symbol} ${row.result.word}`);
        expect(row.result.word).toMatch(/^[A-Z]/);
        expect(row.values.length).toBeGreaterThan(0);
      }
    }
  });

  it("gives each trial's header: ID, short title, status, encoding version and record date, label, date", () => {
    const checklist = known();
    for (const [i, trial] of TRIALS.entries()) {
      const h = checklist.sections[i]!.header;
      expect(h).toMatchObject({
        trialId: trial.id,
        shortTitle: trial.shortTitle,
        encodingVersion: trial.encoding.version,
        registryRecordDate: trial.encoding.registryRecordDate,
        screeningLabel: CHECKLIST_LABEL,
        screeningDate: DATE,
      });
    }
    const headers = checklist.sections.map((s) => s.header.recruitment);
    expect(headers).toEqual(["Unknown status", "Recruiting", "Recruiting", "Not yet recruiting"]);
    // NCT01224327's record is from 2010: the header says it may be out of date.
    expect(checklist.sections[0]!.header.recruitmentHints.join(" ")).toMatch(/^Outdated: .*check the status with the site\.$/);
  });

  it("words every status, by category", () => {
    expect(resultWord("satisfied", "inclusion")).toEqual({ symbol: "✓", word: "Met" });
    expect(resultWord("satisfied", "exclusion")).toEqual({ symbol: "✓", word: "Not excluded" });
    expect(resultWord("violated", "inclusion")).toEqual({ symbol: "×", word: "Not met" });
    expect(resultWord("violated", "exclusion")).toEqual({ symbol: "×", word: "Excluded" });
    expect(resultWord("unknown", "exclusion")).toEqual({ symbol: "?", word: "Unknown" });
    expect(resultWord("manual", "inclusion")).toEqual({ symbol: "◆", word: "Manual — investigator" });
    expect(resultWord("not-applicable", "exclusion")).toEqual({ symbol: "–", word: "Not applicable" });
    // Five distinct symbols: black-and-white prints tell them apart without colour.
    const symbols = new Set(CRITERION_STATUSES.map((s) => resultWord(s, "inclusion").symbol));
    expect(symbols.size).toBe(CRITERION_STATUSES.length);
  });

  it("shows the values behind each result without repeating the result word", () => {
    const section = known().sections[1]!; // NCT05106972
    const row = (id: string) => section.rows.find((r) => r.id === id)!;
    expect(row("INCL01")).toMatchObject({ resultText: "✓ Met", values: "Age 48 years is within 20–60 years", needs: [] });
    expect(row("EXCL06")).toMatchObject({ resultText: "✓ Not excluded", values: "PT 14 s vs control 12 s: prolonged 2 s ≤ 3 s (INR 1.8 as a cross-check)" });
    const ncT01224327 = known().sections[0]!;
    const excluded = ncT01224327.rows.find((r) => r.id === "EXCL01")!;
    expect(excluded.resultText).toBe("× Excluded");
    expect(excluded.values).toMatch(/^End-stage liver disease: yes/);
  });

  it("lists what would settle an unknown criterion", () => {
    const section = known().sections[2]!; // NCT06242405, HIV unknown
    const hiv = section.rows.find((r) => r.id === "EXCL05")!;
    expect(hiv).toMatchObject({ status: "unknown", resultText: "? Unknown", values: "HIV infection: unknown", needs: ["HIV infection"] });
    expect(section.needs).toEqual(["HIV infection"]);

    const missing = checklistOf(fixtureProfile("missing-data")).sections[2]!;
    const cardio = missing.rows.find((r) => r.id === "EXCL03")!;
    expect(cardio.needs).toContain("Pulmonary embolism");
    expect(cardio.values).not.toMatch(/Would be settled by/);
  });

  it("marks manual items for the investigator, with the coordinator's confirmation when given", () => {
    const checklist = known();
    const consent = checklist.sections[1]!.rows.find((r) => r.id === "INCL07")!;
    expect(consent).toMatchObject({
      manual: true,
      status: "satisfied",
      resultText: "✓ Met",
      confirmation: "Coordinator confirmed: requirement met. Note: Consent discussed with the family; 知情同意已讨论",
    });
    const judgement = checklist.sections[1]!.rows.find((r) => r.id === "EXCL12")!;
    expect(judgement).toMatchObject({
      manual: true,
      status: "manual",
      resultText: "◆ Manual — investigator",
      confirmation: "Not confirmed by the coordinator",
    });
    expect(judgement.values).toMatch(/researcher decides/);
    const survival = checklist.sections[2]!.rows.find((r) => r.id === "EXCL04")!;
    expect(survival).toMatchObject({ manual: true, resultText: "✓ Not excluded", confirmation: "Coordinator confirmed: requirement met" });
    // Every manual criterion of every trial is marked, and nothing else is.
    for (const [i, trial] of TRIALS.entries()) {
      const manualIds = trial.criteria.filter((c) => c.manual).map((c) => c.id);
      const rows = checklist.sections[i]!.rows;
      expect(rows.filter((r) => r.manual).map((r) => r.id)).toEqual(manualIds);
      expect(rows.filter((r) => !r.manual).every((r) => r.confirmation === undefined)).toBe(true);
    }
  });

  it("says 'Not met' for a manual item the coordinator confirmed not met, and the trial is not eligible", () => {
    const checklist = checklistOf(checklistProfile(), { NCT05106972: { INCL07: { outcome: "not-met", note: "Declined" } } });
    const section = checklist.sections[1]!;
    expect(section.rows.find((r) => r.id === "INCL07")).toMatchObject({
      resultText: "× Not met",
      confirmation: "Coordinator confirmed: requirement not met. Note: Declined",
    });
    expect(section.verdictText).toBe("× Not eligible");
  });

  it("words the verdicts", () => {
    const checklist = known();
    const verdicts = Object.fromEntries(checklist.sections.map((s) => [s.header.trialId, s.verdictWord]));
    expect(verdicts).toEqual(CHECKLIST_VERDICTS);
    expect(checklist.sections.map((s) => s.verdictText)).toEqual([
      "× Not eligible",
      "✓ Pre-screen passed (manual items to confirm)",
      "? Needs information",
      "? Needs information",
    ]);
    // Every manual item confirmed: passed, with nothing left to confirm.
    const all = checklistOf(checklistProfile(), {
      NCT05106972: { INCL07: { outcome: "met" }, EXCL12: { outcome: "met" } },
    });
    expect(all.sections[1]!.verdictText).toBe("✓ Pre-screen passed");
    expect(all.sections[1]!.pendingManual).toBe(0);
    expect(Object.values(VERDICT_WORDS).map((v) => v.word)).toEqual(["Not eligible", "Needs information", "Pre-screen passed"]);
  });

  it("counts the results in words", () => {
    const section = known().sections[2]!;
    expect(section.summary).toBe(
      "14 criteria: 11 met or not excluded, 0 not met or excluded, 1 unknown, 2 manual items not confirmed, 0 not applicable.",
    );
  });

  it("closes every section with the disclaimer", () => {
    for (const section of known().sections) expect(section.disclaimer).toBe(DISCLAIMER);
    expect(DISCLAIMER).toBe("This pre-screen supports, but does not replace, the investigator's eligibility determination.");
  });

  it("says when no screening label was given", () => {
    const checklist = checklistOf(fixtureProfile("missing-data"));
    expect(checklist.screeningLabel).toBe("Synthetic: only age, sex and cirrhosis known");
    const unlabelled = buildChecklist({ trials: TRIALS, results: screen({}, TRIALS), label: "  ", date: DATE });
    expect(unlabelled.screeningLabel).toBe(NO_LABEL);
    expect(unlabelled.sections.every((s) => s.header.screeningLabel === NO_LABEL)).toBe(true);
  });

  it("prints one trial when one is chosen, every trial otherwise", () => {
    expect(chooseTrials(TRIALS, "NCT06242405").trials.map((t) => t.id)).toEqual(["NCT06242405"]);
    expect(chooseTrials(TRIALS, null).trials).toBe(TRIALS);
    expect(chooseTrials(TRIALS, "NCT00000000")).toEqual({ trials: TRIALS, unknownTrial: true });
    expect(chooseTrials(TRIALS, " nct06242405\n").trials.map((t) => t.id)).toEqual(["NCT06242405"]);
    const one = chooseTrials(TRIALS, "NCT05106972").trials;
    const checklist = buildChecklist({ trials: one, results: screen(checklistProfile(), one), label: "x", date: DATE });
    expect(checklist.sections.map((s) => s.header.trialId)).toEqual(["NCT05106972"]);
  });
});

describe("notes printed beside a line", () => {
  it("repeats beside NCT05106972's washouts that they count to clinical registration, not to the pre-screen", () => {
    const section = checklistOf(fixtureProfile("decompensated-hbv-eligible-for-NCT05106972")).sections[1]!;
    for (const id of ["EXCL07", "EXCL08"]) {
      expect(section.rows.find((r) => r.id === id)?.note).toMatch(/Counted to clinical registration, not to this pre-screen/);
    }
    expect(section.rows.filter((r) => r.note !== undefined).map((r) => r.id)).toEqual(["EXCL07", "EXCL08"]);
  });
});
