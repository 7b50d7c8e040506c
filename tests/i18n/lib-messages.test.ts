/**
 * lib/ says what to tell the reader as a message (a catalog key and its values), never as an
 * English sentence (issue 13): validation, plausibility and identifier warnings, file import,
 * draft salvage, the scores' explanations. This file samples those outputs over many profiles and
 * bad inputs and checks each one: a message whose every key is in both catalogs, whose values
 * carry no English prose, and that formats in Chinese and in English without a missing argument.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";
import { findContradictions } from "@/lib/core/consistency";
import { identifierWarning } from "@/lib/core/identifiers";
import { formatMessage, messageOfText, type Message, type MessageValue, type Translate } from "@/lib/core/message";
import { parseProfile, profileSchema, type Profile } from "@/lib/core/profile";
import { computeScores } from "@/lib/core/scores";
import { DRAFT_KEY, readDraft } from "@/lib/view/draft";
import { defaultFormValues, fieldMisfitNote, profileToFormValues, type FormValues } from "@/lib/view/form";
import { formSchema } from "@/lib/view/form-schema";
import { plausibilityWarnings } from "@/lib/view/plausibility";
import { decodeProfileBytes, loadQuestion, moreIssuesText, readProfileFile, saveWarning, TOO_LARGE } from "@/lib/view/profile-file";
import { noteCountText, scoreLines } from "@/lib/view/results-view";
import { anyProfile, corruptedProfile, fullProfile } from "../support/arbitraries";
import { compensated, decompensatedHbv } from "../fixtures/profiles";

type Catalog = { [key: string]: string | Catalog };

function leafKeys(catalog: Catalog, prefix = "", into = new Set<string>()): Set<string> {
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") into.add(path);
    else leafKeys(value, path, into);
  }
  return into;
}

const EN_KEYS = leafKeys(en);
const ZH_KEYS = leafKeys(zhCN as Catalog);

/** Three words of Latin letters in a row: a sentence, or part of one, where a message belongs. */
const PROSE = /[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}/;

/** Translators that fail loudly: a missing key or argument throws instead of printing the key. */
const strict = (locale: "en" | "zh-CN", messages: object): Translate =>
  createTranslator({
    locale,
    messages,
    timeZone: "UTC",
    onError: (error: Error) => {
      throw error;
    },
  } as never) as unknown as Translate;
const EN = strict("en", en);
const ZH = strict("zh-CN", zhCN);

/** Every problem with a message, as "where: what" lines (empty when it is well formed). */
function problemsOf(value: MessageValue, where: string, out: string[] = []): string[] {
  if (typeof value === "string") {
    // Quoted text comes from the file being read (a field name, a character), not from lib/.
    if (!value.startsWith('"') && PROSE.test(value)) out.push(`${where}: English text ${JSON.stringify(value)} where a message belongs`);
    return out;
  }
  if (typeof value !== "object") return out;
  if ("key" in value) {
    if (!EN_KEYS.has(value.key)) out.push(`${where}: ${value.key} is not in messages/en.json`);
    if (!ZH_KEYS.has(value.key)) out.push(`${where}: ${value.key} is not in messages/zh-CN.json`);
    for (const [name, v] of Object.entries(value.values ?? {})) problemsOf(v, `${where} > ${value.key}.${name}`, out);
  } else if ("list" in value) value.list.forEach((item, i) => problemsOf(item, `${where}[${i}]`, out));
  return out;
}

/** A message the reader sees: well formed, and said in both languages. */
function expectMessage(msg: unknown, where: string): void {
  expect(typeof msg, `${where} is a message, not text`).toBe("object");
  expect(problemsOf(msg as Message, where)).toEqual([]);
  const zh = formatMessage(ZH, "zh", msg as Message);
  const english = formatMessage(EN, "en", msg as Message);
  expect(zh, `${where} in Chinese`).toMatch(/[\u4e00-\u9fff]/);
  expect(zh, `${where} in Chinese has no English sentence`).not.toMatch(PROSE);
  expect(english.length, `${where} in English`).toBeGreaterThan(0);
}

/** Everything the form and the results say about one set of form values. */
function formOutputs(values: FormValues): [string, unknown][] {
  const out: [string, unknown][] = [];
  const parsed = formSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // The form reads the schema's message back from react-hook-form's string: it must be one.
      const msg = messageOfText(issue.message);
      expect(msg, `the schema's message at ${issue.path.join(".")}: ${issue.message}`).toBeDefined();
      out.push([`form ${issue.path.join(".")}`, msg]);
    }
  }
  for (const w of plausibilityWarnings(values)) out.push([`warning ${w.path}`, w.message]);
  for (const path of ["demographics.pregnant", "demographics.breastfeeding", "liver.hbvYearsSinceDiagnosis", "liver.recompensated"]) {
    const note = fieldMisfitNote(path, values);
    if (note) out.push([`note ${path}`, note]);
  }
  return out;
}

function profileOutputs(profile: Profile): [string, unknown][] {
  const out: [string, unknown][] = formOutputs(profileToFormValues(profile));
  const scores = computeScores(profile);
  for (const [name, score] of Object.entries(scores)) out.push([`score ${name}`, score.explanation]);
  for (const line of scoreLines(scores)) for (const a of line.assumptions) out.push([`assumption ${line.name}`, a]);
  for (const c of findContradictions(profile)) out.push([`contradiction ${c.id}`, c.text]);
  return out;
}

const BAD_PROFILES: unknown[] = [
  { demographics: { ageYears: -1, sex: "other" } },
  { demographics: { ageYears: 45.5, sex: "male", pregnant: true, breastfeeding: true } },
  { demographics: { ageYears: "abc" }, screeningLabel: 12 },
  { screeningLabel: "x".repeat(81) },
  { liver: { ascitesGrade: "lots", westHavenGrade: 2.5, liverFailure: true, recompensated: true, cirrhosis: "yes" } },
  { liver: { ascitesGrade: "mild", recompensated: true } },
  { liver: { westHavenGrade: 3, recompensated: true } },
  { labs: { bilirubin: { value: 2000, unit: "µmol/L" }, albumin: { value: 3, unit: "mmol/L" }, inr: 0.1, ptSeconds: 500 } },
  { labs: { creatinine: { value: "1.2", unit: "mg/dL" }, sodiumMmolL: 20, plateletsE9L: 5000, ptControlSeconds: 1 } },
  { exposures: { interferon: { status: "ago", amount: 3 }, albuminInfusion: { status: "sometimes" }, upperGiBleeding: { status: "ago", amount: -2, unit: "days" } } },
  { conditions: { liverTumour: "big", otherMalignancy: "yes", heartFailure: "bad", liverTumourYearsSinceTreatment: 200 } },
  { treatment: { conservativeTreatmentMonths: 1000 } },
  { name: "Li Si", demographics: { mrn: "A123456" }, labs: [] },
  [],
  "a profile",
];

const BAD_FILES = [
  "name,age\nWang,56",
  '{"demographics":{"ageYears":56,"ageYears":57}}',
  '{"version":2,"demographics":{}}',
  '{\n  "demographics": {\n    "ageYears": 56,\n  }\n}',
  '{"a": 1} x',
  "",
  '{"a":"\u0001"}',
  '{"a":"\\x"}',
  '{"a":"\\u12"}',
  '{"a" 1}',
  '{"a":1 "b":2}',
  "[1 2]",
  '"open',
  "[".repeat(600),
  '{"demographics":{"ageYears":"56"},"labs":{"inr":"high"}}',
  JSON.stringify({ demographics: { ageYears: 200, sex: "x" }, phone: "13800138000" }),
];

describe("messages out of lib/ (issue 13)", () => {
  it("validation messages of the profile schema are messages in both catalogs, for every bad input", () => {
    for (const input of BAD_PROFILES) {
      const parsed = parseProfile(input);
      expect(parsed.ok, JSON.stringify(input)).toBe(false);
      if (parsed.ok) continue;
      for (const issue of parsed.issues) expectMessage(issue.text, `${JSON.stringify(input)} at ${issue.path}`);
      // Not the generic "this value is not valid": the schema's own message for each problem.
      for (const issue of parsed.issues) expect(issue.text.key, `${JSON.stringify(input)} at ${issue.path}`).not.toBe("validation.invalid");
    }
  });

  it("every message the schema gives for a corrupted profile is one of ours, not zod's English", () => {
    fc.assert(
      fc.property(corruptedProfile, (input) => {
        const direct = profileSchema.safeParse(input);
        if (direct.success) return;
        for (const issue of direct.error.issues) {
          if (issue.code === "unrecognized_keys" || (issue.code === "invalid_type" && issue.expected === "object")) continue; // named by parseProfile
          expect(messageOfText(issue.message), `${issue.path.join(".")}: ${issue.message}`).toBeDefined();
        }
        const parsed = parseProfile(input);
        if (!parsed.ok) for (const issue of parsed.issues) expect(problemsOf(issue.text, issue.path)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("the form's messages, warnings and notes, the scores' explanations and the contradictions are messages, for any profile", () => {
    fc.assert(
      fc.property(fc.oneof(fullProfile, anyProfile), (profile) => {
        for (const [where, msg] of profileOutputs(profile)) expectMessage(msg, where);
      }),
      { numRuns: 150 },
    );
    for (const profile of [decompensatedHbv, compensated]) {
      const outputs = profileOutputs(profileSchema.parse(profile));
      expect(outputs.filter(([where]) => where.startsWith("score")).length).toBe(4);
      for (const [where, msg] of outputs) expectMessage(msg, where);
    }
  });

  it("unit slips, impossible and half-typed form values give messages too", () => {
    const values = defaultFormValues();
    values.demographics.ageYears = "abc";
    values.demographics.sex = "male";
    values.demographics.pregnant = "yes";
    values.labs.bilirubin = { value: "25", unit: "mg/dL" };
    values.labs.albumin = { value: "3", unit: "g/L" };
    values.labs.creatinine = { value: "5", unit: "µmol/L" };
    values.labs.inr = "12";
    values.labs.ptSeconds = "11";
    values.labs.ptControlSeconds = "13";
    values.labs.sodiumMmolL = "100";
    values.labs.plateletsE9L = "150000";
    values.liver.everJaundice = "no";
    values.exposures.interferon = { status: "ago", amount: "3", unit: "" };
    const outputs = formOutputs(values);
    expect(outputs.filter(([where]) => where.startsWith("warning")).length).toBeGreaterThanOrEqual(7);
    expect(outputs.some(([where]) => where.startsWith("form"))).toBe(true);
    expect(outputs.some(([where]) => where.startsWith("note"))).toBe(true);
    for (const [where, msg] of outputs) expectMessage(msg, where);
  });

  it("the identifier warning is a message", () => {
    for (const label of ["13800138000", "MRN AB12345, 2024-03-05, 13800138000", "wang.li@example.com", "11010519491231002X", "住院号 2024"]) {
      expectMessage(identifierWarning(label), label);
    }
  });

  it("file import and JSON syntax messages are messages, with the problems listed", () => {
    for (const text of BAD_FILES) {
      const read = readProfileFile(text);
      expect(read.ok, text).toBe(false);
      if (read.ok) continue;
      expectMessage(read.message, `file ${JSON.stringify(text.slice(0, 40))}`);
      for (const issue of read.issues) {
        expectMessage(issue.text, `file issue ${issue.path}`);
        if (issue.label) expect(problemsOf(issue.label, `file issue label ${issue.path}`)).toEqual([]);
      }
    }
    const notText = decodeProfileBytes(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]));
    expect(notText.ok).toBe(false);
    if (!notText.ok) expectMessage(notText.message, "not UTF-8");
    expectMessage(TOO_LARGE, "too large");
    expectMessage(moreIssuesText(32_980), "more issues");
    expectMessage(loadQuestion("bed-12.json"), "load question");
    expectMessage(saveWarning([{ key: "fields.labs.inr" }]), "save warning");
    expectMessage(noteCountText(12), "note count");
  });

  it("draft salvage notices are messages", () => {
    const storage = (text: string) => ({ getItem: () => text, setItem: () => undefined, removeItem: () => undefined });
    const damaged = readDraft(storage("{not json"));
    expectMessage(damaged.notice, "nothing readable");
    const values = { ...defaultFormValues(), demographics: { ...defaultFormValues().demographics, sex: "other" }, labs: { ...defaultFormValues().labs, inr: 12 } };
    const partial = readDraft(storage(JSON.stringify({ version: 1, values, confirmations: { T: { c: { outcome: "maybe" } } } })));
    expect(partial.draft).toBeDefined();
    expectMessage(partial.notice, "partly readable");
    expect(DRAFT_KEY).toMatch(/draft/);
  });

  it("fails on an English sentence where a message belongs (the check itself)", () => {
    expect(problemsOf({ key: "validation.enterNumber", values: { label: "Age of the patient" } }, "x")).toHaveLength(1);
    expect(problemsOf({ key: "validation.noSuchKey" as never }, "x")).toHaveLength(2);
    expect(problemsOf({ key: "validation.enterNumber", values: { label: { key: "fields.demographics.ageYears" } } }, "x")).toEqual([]);
    expect(messageOfText("Age: enter a number")).toBeUndefined();
    expect(() => formatMessage(ZH, "zh", { key: "validation.enterNumber" })).toThrow();
  });
});
