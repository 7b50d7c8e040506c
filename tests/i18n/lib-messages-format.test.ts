/**
 * Each kind of message lib/ hands the reader, said in Chinese and in English (issue 13):
 * validation, plausibility and identifier warnings, file import, draft salvage and the scores'
 * explanations. Chinese follows clinical usage and keeps MELD, INR, TBil, PT as they are; numbers
 * follow the locale (grouping, plurals).
 */
import { describe, expect, it } from "vitest";
import { identifierWarning } from "@/lib/core/identifiers";
import type { Message } from "@/lib/core/message";
import { parseProfile, profileSchema } from "@/lib/core/profile";
import { computeScores } from "@/lib/core/scores";
import { messageFormatter } from "@/lib/i18n/format";
import { readDraft } from "@/lib/view/draft";
import { defaultFormValues } from "@/lib/view/form";
import { bilirubinWarning, plateletsWarning, ptWarning } from "@/lib/view/plausibility";
import { moreIssuesText, readProfileFile } from "@/lib/view/profile-file";
import { decompensatedHbv } from "../fixtures/profiles";

const zh = messageFormatter("zh-CN");
const en = messageFormatter("en");
/** The message in both languages: [Chinese, English]. */
const both = (msg: Message | undefined): [string, string] => {
  if (!msg) throw new Error("no message");
  return [zh.format(msg), en.format(msg)];
};

function issueAt(input: unknown, path: string): Message {
  const parsed = parseProfile(input);
  const issue = parsed.ok ? undefined : parsed.issues.find((i) => i.path === path);
  if (!issue) throw new Error(`no issue at ${path}`);
  return issue.text;
}

describe("validation messages in both languages", () => {
  it("names the field and the limit with its unit", () => {
    expect(both(issueAt({ demographics: { ageYears: 200 } }, "demographics.ageYears"))).toEqual(["年龄不能高于 120 岁", "Age cannot be above 120 years"]);
    expect(both(issueAt({ labs: { ptSeconds: Number.NaN } }, "labs.ptSeconds"))).toEqual(["凝血酶原时间（PT）：请输入数字", "Prothrombin time (PT): enter a number"]);
  });

  it("lists the choices in the reader's language", () => {
    expect(both(issueAt({ demographics: { sex: "x" } }, "demographics.sex"))).toEqual(["性别：请选择女或男", "Sex: choose female or male"]);
    expect(both(issueAt({ exposures: { interferon: { status: "ago", amount: 3 } } }, "exposures.interferon.unit"))).toEqual([
      "请选择天、周、月或年",
      "Choose days, weeks, months or years",
    ]);
  });

  it("says why recompensation is refused (Baveno VII)", () => {
    expect(both(issueAt({ liver: { ascitesGrade: "mild", recompensated: true } }, "liver.recompensated"))).toEqual([
      "肝硬化再代偿：目前有腹水，不能判定为再代偿（Baveno VII）",
      "Recompensated: not possible with ascites now (Baveno VII)",
    ]);
    expect(zh.format(issueAt({ liver: { westHavenGrade: 2, recompensated: true } }, "liver.recompensated"))).toContain("显性肝性脑病");
  });

  it("keeps TBil beside the Chinese name of an impossible bilirubin", () => {
    expect(both(issueAt({ labs: { bilirubin: { value: 2000, unit: "µmol/L" } } }, "labs.bilirubin.value"))).toEqual([
      "总胆红素（TBil） 2000 µmol/L 不是可能的数值（允许范围 0–100 mg/dL）",
      "Total bilirubin 2000 µmol/L is not a possible value (allowed 0–100 mg/dL)",
    ]);
  });

  it("refuses a field the profile does not have, quoting its name as the file gives it", () => {
    expect(both(issueAt({ name: "Li Si" }, "name"))).toEqual([
      "未知字段 \"name\"：资料中只能包含去标识化的筛查信息",
      'Unknown field "name": the profile holds only de-identified screening facts',
    ]);
  });
});

describe("plausibility and identifier warnings in both languages", () => {
  it("suggests the other unit for a bilirubin slip", () => {
    expect(both(bilirubinWarning(25, "mg/dL"))).toEqual([
      "25 mg/dL 过高（相当于 427.5 µmol/L）。是否应为 25 µmol/L（1.462 mg/dL）？",
      "25 mg/dL is very high (427.5 µmol/L). Did you mean 25 µmol/L (1.462 mg/dL)?",
    ]);
  });

  it("asks to check a PT shorter than its control, and platelets given per µL", () => {
    expect(both(ptWarning(11, 13))).toEqual(["PT 11 s 短于对照 PT 13 s。请核对两者是否填反。", "PT 11 s is shorter than the control PT 13 s. Check that the two are not swapped."]);
    expect(zh.format(plateletsWarning(150000)!)).toBe("150000 ×10⁹/L 过高。若化验单以每 µL 计（如 150,000/µL），请除以 1000 后填写（150）。");
  });

  it("names every kind of identifier found, joined as the language joins them", () => {
    expect(both(identifierWarning("MRN AB12345, 2024-03-05, 13800138000"))).toEqual([
      "此标签似乎含有电话号码或其他长数字、病历号和日期。请使用中性的标签，如“12 床，周二”：不要写姓名、病历中的编号、联系方式或日期。",
      "This label looks like it contains a phone number or another long number, a record number and a date. Use a neutral label such as “Bed 12, Tuesday”: no names, numbers from the record, contact details or dates.",
    ]);
  });
});

describe("file import messages in both languages", () => {
  it("gives the line and column of a syntax error", () => {
    const read = readProfileFile('{\n "a": 1,\n}');
    if (read.ok) throw new Error("accepted");
    expect(both(read.message)).toEqual([
      '此文件不是有效的 JSON（第 3 行第 1 列：此处应为带引号的字段名，实际为"}"），因此不是保存的患者资料。未做任何更改。',
      'This file is not valid JSON (line 3, column 1: expected a field name in quotes, found "}"), so it is not a saved profile. Nothing was changed.',
    ]);
  });

  it("counts the problems and says a number was written as text", () => {
    const read = readProfileFile('{"demographics":{"ageYears":"56"}}');
    if (read.ok) throw new Error("accepted");
    expect(both(read.message)).toEqual(["此文件与患者资料格式不符（1 处问题）。未做任何更改。", "This file does not match the profile schema (1 problem). Nothing was changed."]);
    expect(both(read.issues[0]?.text)).toEqual([
      "年龄：请输入数字（文件中为带引号的文本 \"56\"；请去掉引号，直接写数字）",
      'Age: enter a number (the file has the text "56" in quotes; write the number without quotes)',
    ]);
    expect(both(read.issues[0]?.label)).toEqual(["年龄", "Age"]);
  });

  it("groups the count of problems not listed as the locale does", () => {
    expect(both(moreIssuesText(32_980))).toEqual(["另有 32,980 处问题", "and 32,980 more problems"]);
    expect(en.format(moreIssuesText(1))).toBe("and 1 more problem");
  });
});

describe("draft salvage notices in both languages", () => {
  it("names what could not be restored", () => {
    const values = { ...defaultFormValues(), demographics: { ...defaultFormValues().demographics, sex: "other" }, labs: { ...defaultFormValues().labs, inr: 12 } };
    const text = JSON.stringify({ version: 1, values, confirmations: { T: { c: { outcome: "maybe" } } } });
    const { notice } = readDraft({ getItem: () => text, setItem: () => undefined, removeItem: () => undefined });
    expect(both(notice)).toEqual([
      "此标签页保存的筛查有部分无法读取，未能恢复：2 项回答（性别、INR），现为未知；以及 1 项人工核对项的确认。其余内容均已恢复；打印前请核对这些项目。",
      "Part of the screening kept in this tab could not be read and was not restored: 2 answers (Sex, INR), now unknown; and 1 confirmation of manual items. Everything else was restored; check these before printing.",
    ]);
  });
});

describe("score explanations in both languages", () => {
  const scores = computeScores(profileSchema.parse(decompensatedHbv));

  it("explains Child–Pugh component by component", () => {
    expect(both(scores.childPugh.explanation)).toEqual([
      "Child-Pugh C 级（10 分）：胆红素 2.5 mg/dL → 2 分、白蛋白 2.9 g/dL → 2 分、INR 2.4 → 3 分、腹水 少量 → 2 分、肝性脑病 West Haven 0 级 → 1 分",
      "Child–Pugh C (10 points): bilirubin 2.5 mg/dL → 2, albumin 2.9 g/dL → 2, INR 2.4 → 3, ascites mild → 2, encephalopathy West Haven grade 0 → 1",
    ]);
  });

  it("names the values MELD, MELD-Na and MELD 3.0 used, keeping the abbreviations", () => {
    expect(both(scores.meldNa.explanation)).toEqual([
      "MELD-Na 22，依据：肌酐 0.9 mg/dL（按 1.0 计）、胆红素 2.5 mg/dL、INR 2.4、血钠 134 mmol/L（MELD(i) 20）",
      "MELD-Na 22 from creatinine 0.9 mg/dL (counted as 1.0), bilirubin 2.5 mg/dL, INR 2.4, sodium 134 mmol/L (MELD(i) 20)",
    ]);
    expect(zh.format(scores.meld3.explanation)).toBe("MELD 3.0 21，依据：男、肌酐 0.9 mg/dL（按 1.0 计）、胆红素 2.5 mg/dL、INR 2.4、血钠 134 mmol/L、白蛋白 2.9 g/dL");
  });

  it("says what is missing when a score is unknown", () => {
    const partial = computeScores({ labs: { inr: 1.2 } });
    expect(both(partial.childPugh.explanation)).toEqual([
      "Child-Pugh 分级未知：可能为 5–13 分（A、B 或 C 级）；缺少胆红素、白蛋白、腹水、肝性脑病分级；已知：INR 1.2 → 1 分",
      "Child–Pugh unknown: 5–13 points possible (class A, B or C); missing bilirubin, albumin, ascites, encephalopathy grade; known: INR 1.2 → 1",
    ]);
    expect(both(partial.meld3.explanation)).toEqual(["MELD 3.0 未知：缺少胆红素、肌酐、血钠、白蛋白、性别", "MELD 3.0 unknown: missing bilirubin, creatinine, sodium, albumin, sex"]);
  });
});
