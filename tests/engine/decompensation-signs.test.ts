/**
 * The signs of decompensation now that rule out recompensation (Baveno VII: de Franchis R et al.,
 * J Hepatol 2022;76:959–974): ascites or diuretics for it, overt HE or lactulose/rifaximin, a
 * variceal bleed within 12 months; and a past SBP on antibiotic prophylaxis (NCT05106972 EXCL09).
 * Each at its edges: in the schema, the shared concept, the form, the CLI JSON and the checklist.
 */
import { describe, expect, it } from "vitest";
import { TRIALS } from "@/criteria";
import { findContradictions } from "@/lib/core/consistency";
import { evaluateTrial } from "@/lib/core/engine";
import { toEnglish } from "@/lib/core/english";
import { parseProfile, usableProfile, type ProfileInput, type TimeSince } from "@/lib/core/profile";
import { runScreenCli } from "@/lib/cli/cli";
import { checklistSection } from "@/lib/view/checklist";
import { defaultFormValues, fieldSpec, formValuesToProfileInput, isFieldShown } from "@/lib/view/form";
import { plausibilityWarnings } from "@/lib/view/plausibility";
import { ALL_ETIOLOGIES_NO, COMPENSATED, NO_CONDITIONS, ago, evaluate, happenedWhenUnknown, never, profile } from "../criteria/helpers";

const C = TRIALS.find((t) => t.id === "NCT05106972")!;
const A = TRIALS.find((t) => t.id === "NCT06242405")!;
const D = TRIALS.find((t) => t.id === "NCT01224327")!;

type LiverInput = NonNullable<ProfileInput["liver"]>;

/**
 * HBV cirrhosis for 10 years with a past variceal bleed 2 years ago and past ascites, and no sign
 * of decompensation now (every sign answered no), recompensation not yet answered. NCT05106972's
 * INCL02 is the decompensated-cirrhosis concept with HBV for more than 5 years, so its status is
 * the concept's: satisfied (decompensated), manual (recompensated, referred), unknown.
 */
const { recompensated: _unanswered, ...NO_SIGN_NOW } = {
  ...COMPENSATED,
  everAscites: true,
  everVaricealBleeding: true,
  lastVaricealBleed: ago(2, "years") as TimeSince,
  etiology: { ...ALL_ETIOLOGIES_NO, hbv: true },
  hbvYearsSinceDiagnosis: 10,
};
void _unanswered;

const decompensated = (liver: LiverInput) => evaluate(C, "INCL02", { liver });

/** The schema's refusals, in English (`text` is the same message for the reader's language). */
const refusal = (input: unknown) => {
  const result = parseProfile(input);
  return result.ok ? [] : result.issues.map(({ path, message }) => ({ path, message }));
};

describe("recompensated 'yes' beside a sign of decompensation now (schema)", () => {
  it.each([
    [{ ascitesGrade: "mild" }, "ascites now"],
    [{ onDiureticsForAscites: true }, "diuretics for ascites now"],
    [{ westHavenGrade: 2 }, "overt hepatic encephalopathy now"],
    [{ onLactuloseOrRifaximin: true }, "lactulose or rifaximin now"],
    [{ everVaricealBleeding: true, lastVaricealBleed: ago(12, "months") }, "a variceal bleed within 12 months"],
  ] as const)("is refused with %j, on its own field, naming the sign", (sign, words) => {
    expect(refusal({ liver: { recompensated: true, ...sign } })).toEqual([
      { path: "liver.recompensated", message: `Recompensated: not possible with ${words} (Baveno VII)` },
    ]);
  });

  it("names every sign present", () => {
    expect(refusal({ liver: { recompensated: true, onDiureticsForAscites: true, onLactuloseOrRifaximin: true } })).toEqual([
      { path: "liver.recompensated", message: "Recompensated: not possible with diuretics for ascites now, lactulose or rifaximin now (Baveno VII)" },
    ]);
  });

  it.each([
    ["11 months", ago(11, "months")],
    ["12 months (inclusive)", ago(12, "months")],
    ["1 year (= 12 months, exact)", ago(1, "years")],
    ["362 days (a year of months is at least 362.25 days)", ago(362, "days")],
    ["51 weeks", ago(51, "weeks")],
    ["today", ago(0, "days")],
  ] as const)("is refused after a variceal bleed %s ago", (_label, bleed) => {
    expect(refusal({ liver: { recompensated: true, everVaricealBleeding: true, lastVaricealBleed: bleed } })).toHaveLength(1);
  });

  it.each([
    ["13 months", ago(13, "months")],
    ["12.5 months", ago(12.5, "months")],
    ["2 years", ago(2, "years")],
    ["369 days", ago(369, "days")],
    ["53 weeks", ago(53, "weeks")],
    // The calendar decides these, so the schema cannot know: the concept leaves them unknown.
    ["365 days (the calendar decides)", ago(365, "days")],
    ["52 weeks (the calendar decides)", ago(52, "weeks")],
    ["an unknown time", happenedWhenUnknown],
  ] as const)("is accepted after a variceal bleed %s ago", (_label, bleed) => {
    expect(refusal({ liver: { recompensated: true, everVaricealBleeding: true, lastVaricealBleed: bleed } })).toEqual([]);
  });

  it("accepts 'no' beside any sign", () => {
    const signs = { ascitesGrade: "mild", onDiureticsForAscites: true, westHavenGrade: 3, onLactuloseOrRifaximin: true };
    expect(refusal({ liver: { recompensated: false, ...signs } })).toEqual([]);
  });

  it("screens the rest when it refuses the answer: recompensation counts as unknown, the sign stays", () => {
    const { profile: usable, issues } = usableProfile({ liver: { recompensated: true, onDiureticsForAscites: true, everAscites: true } });
    expect(issues.map((i) => i.path)).toEqual(["liver.recompensated"]);
    expect(usable.liver).toEqual({ onDiureticsForAscites: true, everAscites: true });
  });
});

describe("the last variceal bleed against 'variceal bleeding ever' (schema)", () => {
  it.each([
    ["a time recorded with 'ever' no", false, ago(3, "months")],
    ["a bleed of unknown time with 'ever' no", false, happenedWhenUnknown],
    ["'never' with 'ever' yes", true, never],
  ] as const)("refuses %s, on both fields", (_label, ever, bleed) => {
    const issues = refusal({ liver: { everVaricealBleeding: ever, lastVaricealBleed: bleed } });
    expect(issues.map((i) => i.path)).toEqual(["liver.everVaricealBleeding", "liver.lastVaricealBleed"]);
    expect(issues[0]?.message).toContain("correct one of them");
  });

  it("leaves both out of screening, so neither is guessed right", () => {
    const { profile: usable } = usableProfile({ liver: { cirrhosis: true, everVaricealBleeding: false, lastVaricealBleed: ago(3, "months") } });
    expect(usable.liver).toEqual({ cirrhosis: true });
  });

  it.each([
    ["'ever' yes with a time", true, ago(3, "months")],
    ["'ever' yes with a bleed of unknown time", true, happenedWhenUnknown],
    ["'ever' no with 'never'", false, never],
    ["'ever' unknown with a time", undefined, ago(3, "months")],
    ["'ever' unknown with 'never'", undefined, never],
  ] as const)("accepts %s", (_label, ever, bleed) => {
    expect(refusal({ liver: { ...(ever === undefined ? {} : { everVaricealBleeding: ever }), lastVaricealBleed: bleed } })).toEqual([]);
  });

  it("drops a time with a bad part whole (a half time means nothing), keeping the other answers", () => {
    const { profile: usable, issues } = usableProfile({
      liver: { cirrhosis: true, everVaricealBleeding: true, lastVaricealBleed: { status: "ago", amount: 5 } },
    });
    expect(issues.map((i) => i.path)).toEqual(["liver.lastVaricealBleed.unit"]);
    expect(usable.liver).toEqual({ cirrhosis: true, everVaricealBleeding: true });
  });

  it("refuses a date or a negative interval: intervals only", () => {
    expect(refusal({ liver: { lastVaricealBleed: { status: "ago", amount: -1, unit: "days" } } })).toHaveLength(1);
    expect(refusal({ liver: { lastVaricealBleed: { status: "ago", date: "2026-01-01" } } })[0]?.message).toContain("Unknown field");
  });
});

describe("the decompensated-cirrhosis concept with the signs now (via NCT05106972 INCL02)", () => {
  it("refers recompensated cirrhosis when every sign is answered and none is present", () => {
    const result = decompensated({ ...NO_SIGN_NOW, recompensated: true });
    expect(result.status).toBe("manual");
    expect(result.referral?.map((r) => r.key)).toEqual(["concept.decompensatedCirrhosis.recompensated"]);
  });

  it("is unknown with no sign present until recompensation is answered, and asks only that", () => {
    const result = decompensated(NO_SIGN_NOW);
    expect(result.status).toBe("unknown");
    expect(result.missing).toEqual(["liver.recompensated"]);
  });

  it.each([
    ["ascites now", { ascitesGrade: "mild" }],
    ["diuretics for ascites now", { onDiureticsForAscites: true }],
    ["overt encephalopathy now", { westHavenGrade: 2 }],
    ["lactulose or rifaximin now", { onLactuloseOrRifaximin: true }],
    ["a variceal bleed 12 months ago", { lastVaricealBleed: ago(12, "months") }],
    ["a variceal bleed 11 months ago", { lastVaricealBleed: ago(11, "months") }],
    ["a variceal bleed 1 year ago", { lastVaricealBleed: ago(1, "years") }],
    ["a variceal bleed 362 days ago", { lastVaricealBleed: ago(362, "days") }],
  ] as const)("is decided (decompensated) with %s, without the recompensation answer", (_label, sign) => {
    const result = decompensated({ ...NO_SIGN_NOW, ...sign });
    expect(result.status).toBe("satisfied");
    expect(result.missing).toEqual([]);
  });

  it.each([
    ["13 months", ago(13, "months")],
    ["369 days", ago(369, "days")],
    ["53 weeks", ago(53, "weeks")],
  ] as const)("needs the recompensation answer after a bleed %s ago (outside 12 months)", (_label, bleed) => {
    const result = decompensated({ ...NO_SIGN_NOW, lastVaricealBleed: bleed });
    expect(result.status).toBe("unknown");
    expect(result.missing).toEqual(["liver.recompensated"]);
    expect(decompensated({ ...NO_SIGN_NOW, lastVaricealBleed: bleed, recompensated: true }).status).toBe("manual");
    expect(decompensated({ ...NO_SIGN_NOW, lastVaricealBleed: bleed, recompensated: false }).status).toBe("satisfied");
  });

  it.each([
    ["365 days", ago(365, "days")],
    ["363 days", ago(363, "days")],
    ["368 days", ago(368, "days")],
    ["52 weeks", ago(52, "weeks")],
  ] as const)("stays unknown for a recompensated patient whose bleed %s ago the calendar decides (enter months)", (_label, bleed) => {
    const result = decompensated({ ...NO_SIGN_NOW, lastVaricealBleed: bleed, recompensated: true });
    expect(result.status).toBe("unknown");
    expect(result.missing).toEqual(["liver.lastVaricealBleed"]);
  });

  it("asks when the bleed was, for a recompensated patient who bled, while the time is missing", () => {
    const { lastVaricealBleed: _time, ...liver } = NO_SIGN_NOW;
    void _time;
    const result = decompensated({ ...liver, recompensated: true });
    expect(result.status).toBe("unknown");
    expect(result.missing).toEqual(["liver.lastVaricealBleed"]);
    expect(decompensated({ ...liver, recompensated: true, lastVaricealBleed: happenedWhenUnknown }).status).toBe("unknown");
  });

  it("needs no bleed time for a patient who never bled", () => {
    const { lastVaricealBleed: _time, ...liver } = NO_SIGN_NOW;
    void _time;
    expect(decompensated({ ...liver, everVaricealBleeding: false, recompensated: true }).status).toBe("manual");
  });

  it.each([
    ["diuretics", { onDiureticsForAscites: undefined }, "liver.onDiureticsForAscites"],
    ["lactulose/rifaximin", { onLactuloseOrRifaximin: undefined }, "liver.onLactuloseOrRifaximin"],
  ] as const)("asks about %s for a recompensated patient while it is missing", (_label, change, field) => {
    const liver = { ...NO_SIGN_NOW, ...change, recompensated: true };
    const result = decompensated(JSON.parse(JSON.stringify(liver)) as LiverInput);
    expect(result.status).toBe("unknown");
    expect(result.missing).toEqual([field]);
  });

  it("keeps a variceal bleed, however long ago, a decompensating event (as 'variceal bleeding ever' always was)", () => {
    const liver = { ...COMPENSATED, everVaricealBleeding: true, lastVaricealBleed: ago(10, "years"), etiology: { hbv: true }, hbvYearsSinceDiagnosis: 10 };
    expect(decompensated(liver).status).toBe("satisfied");
    expect(decompensated({ ...liver, recompensated: true }).status).toBe("manual");
  });

  it("does not count lactulose or rifaximin alone as a decompensating event (it may treat covert encephalopathy)", () => {
    const liver = { ...COMPENSATED, onLactuloseOrRifaximin: true, westHavenGrade: 1, etiology: { hbv: true }, hbvYearsSinceDiagnosis: 10 };
    expect(decompensated(liver).status).toBe("violated");
  });

  it("decides the ESLD concept the same way in A's inclusion and D's exclusion", () => {
    const input = {
      liver: { ...NO_SIGN_NOW, onDiureticsForAscites: true },
      labs: { bilirubin: { value: 1, unit: "mg/dL" }, albumin: { value: 3.6, unit: "g/dL" }, inr: 1.2 },
    } as const;
    const a = evaluate(A, "INCL02", input);
    const d = evaluate(D, "EXCL01", input);
    expect(a.status).toBe("manual");
    expect(d.status).toBe("manual");
    expect(a.referral?.map((r) => r.key)).toEqual(["concept.endStageLiverDisease.childPughAB"]);
  });
});

describe("diuretics for ascites against 'ascites ever' answered no (consistency)", () => {
  it.each([
    [{ onDiureticsForAscites: true, everAscites: false }, ["diureticsVsAscites"]],
    [{ onDiureticsForAscites: true, everAscites: true }, []],
    [{ onDiureticsForAscites: true }, []],
    [{ onDiureticsForAscites: false, everAscites: false }, []],
  ] as const)("%j: %j", (liver, expected) => {
    expect(findContradictions(profile({ liver })).map((c) => c.id)).toEqual(expected);
  });

  it("makes both unknown for screening, and the CLI reports it", () => {
    const input = { liver: { ...COMPENSATED, onDiureticsForAscites: true, etiology: { hbv: true }, hbvYearsSinceDiagnosis: 10 } };
    expect(evaluate(C, "INCL02", input).status).toBe("unknown");
    const out = runScreenCli(["p.json"], () => JSON.stringify(input));
    expect(out.exitCode).toBe(0);
    const json = JSON.parse(out.stdout) as { contradictions?: { id: string; fields: string[] }[] };
    expect(json.contradictions).toEqual([
      expect.objectContaining({ id: "diureticsVsAscites", fields: ["liver.onDiureticsForAscites", "liver.everAscites"] }),
    ]);
  });

  it("warns on both fields of the form", () => {
    const values = defaultFormValues();
    values.liver.onDiureticsForAscites = "yes";
    values.liver.everAscites = "no";
    const warned = plausibilityWarnings(values).filter((w) => toEnglish(w.message).includes("Contradiction"));
    expect(warned.map((w) => w.path).sort()).toEqual(["liver.everAscites", "liver.onDiureticsForAscites"]);
  });
});

describe("NCT05106972 EXCL09 and INCL05 in the CLI JSON and the checklist", () => {
  const input: ProfileInput = {
    liver: { westHavenGrade: 0, everOvertEncephalopathy: true, onLactuloseOrRifaximin: true },
    conditions: { ...NO_CONDITIONS, pastSbpOnProphylaxis: true },
  };

  it("shows a past SBP on prophylaxis and lactulose/rifaximin as referrals (manual, with the reason and the values) in the CLI JSON", () => {
    const out = runScreenCli(["p.json"], () => JSON.stringify(input));
    expect(out.exitCode).toBe(0);
    type Criterion = { id: string; status: string; manualReason?: string; referral?: { key: string }[] };
    const json = JSON.parse(out.stdout) as { trials: { id: string; criteria: Criterion[] }[] };
    const c = json.trials.find((t) => t.id === C.id)!;
    const excl09 = c.criteria.find((x) => x.id === "EXCL09")!;
    expect(excl09.status).toBe("manual");
    expect(excl09.referral?.map((r) => r.key)).toEqual(["peritonitis.pastOnProphylaxis"]);
    expect(excl09.manualReason).toContain("antibiotic prophylaxis");
    expect(excl09.manualReason).toContain("Values seen");
    const incl05 = c.criteria.find((x) => x.id === "INCL05")!;
    expect(incl05.status).toBe("manual");
    expect(incl05.referral?.map((r) => r.key)).toEqual(["encephalopathy.pastOvert"]);
  });

  it("prints them on the checklist as manual items with their reason", () => {
    const section = checklistSection(C, evaluateTrial(C, profile(input)), "x", "2026-11-29");
    const excl09 = section.rows.find((r) => r.id === "EXCL09")!;
    expect(excl09.manual).toBe(true);
    expect(excl09.values).toContain("antibiotic prophylaxis");
    expect(section.rows.find((r) => r.id === "INCL05")!.manual).toBe(true);
  });
});

describe("the form", () => {
  it("asks when the last variceal bleed was only after 'variceal bleeding ever' is yes", () => {
    const values = defaultFormValues();
    expect(isFieldShown("liver.lastVaricealBleed", values)).toBe(false);
    values.liver.everVaricealBleeding = "yes";
    expect(isFieldShown("liver.lastVaricealBleed", values)).toBe(true);
    values.liver.lastVaricealBleed = { status: "ago", amount: "12", unit: "months" };
    expect(formValuesToProfileInput(values).liver).toEqual({
      everVaricealBleeding: true,
      lastVaricealBleed: { status: "ago", amount: 12, unit: "months" },
    });
    values.liver.everVaricealBleeding = "no";
    expect(isFieldShown("liver.lastVaricealBleed", values)).toBe(true); // still holds an answer: shown with a note
  });

  it.each(["liver.onDiureticsForAscites", "liver.onLactuloseOrRifaximin", "conditions.pastSbpOnProphylaxis"])(
    "always asks %s, as yes / no / unknown",
    (path) => {
      expect(isFieldShown(path, defaultFormValues())).toBe(true);
      expect(fieldSpec(path)?.kind).toBe("tri");
    },
  );

  it.each([
    ["liver.lastVaricealBleed", ["12 months", "Baveno VII", "365 days"]],
    ["liver.onDiureticsForAscites", ["off diuretics", "Baveno VII"]],
    ["liver.onLactuloseOrRifaximin", ["secondary prophylaxis", "covert", "constipation"]],
    ["conditions.pastSbpOnProphylaxis", ["prophylaxis", "norfloxacin"]],
    ["liver.recompensated", ["diuretics for ascites", "variceal bleed within 12 months"]],
  ] as const)("explains %s in its help", (path, words) => {
    const hint = toEnglish(fieldSpec(path)!.hint!);
    for (const word of words) expect(hint).toContain(word);
  });
});
