import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TRIALS } from "@/criteria";
import { runScreenCli } from "@/lib/cli/cli";
import { sampleTrial } from "../fixtures/sample-trial";

const files: Record<string, string> = {
  "valid.json": JSON.stringify({ demographics: { ageYears: 50, sex: "male" } }),
  "invalid.json": JSON.stringify({ demographics: { ageYears: 200, name: "Zhang San" }, labs: { inr: "high" } }),
  "broken.json": "{ not json",
  "array.json": "[]",
  // A bilirubin of 25 left on mg/dL (the report said µmol/L), and everything the scores need.
  "slip.json": JSON.stringify({
    demographics: { ageYears: 50, sex: "male" },
    liver: { ascitesGrade: "mild", westHavenGrade: 0 },
    labs: { bilirubin: { value: 25, unit: "mg/dL" }, albumin: { value: 29, unit: "g/L" }, inr: 2.4, creatinine: { value: 0.9, unit: "mg/dL" }, sodiumMmolL: 134 },
  }),
  "gbk.json": "",
};
const read = (path: string) => {
  const text = files[path];
  if (text === undefined) throw Object.assign(new Error("missing"), { code: "ENOENT" });
  return text;
};

describe("the screen CLI", () => {
  it("prints every trial with its verdict and every criterion with its verbatim text", () => {
    const result = runScreenCli(["valid.json"], read, [sampleTrial]);
    expect(result.exitCode).toBe(0);
    const output = JSON.parse(result.stdout) as { trials: { id: string; verdict: string; criteria: Record<string, string>[] }[] };
    expect(output.trials).toHaveLength(1);
    expect(output.trials[0]?.id).toBe("NCT00000000");
    expect(output.trials[0]?.verdict).toBe("needs-info");
    const first = output.trials[0]?.criteria[0];
    expect(first).toMatchObject({ id: "INCL01", category: "inclusion", text: "18-80 years old", status: "satisfied" });
    expect(first?.reason).toBe("Met: Age 50 years is within 18–80 years");
  });

  it("screens against the encoded trials by default", () => {
    const output = JSON.parse(runScreenCli(["valid.json"], read).stdout) as { trials: { id: string }[] };
    expect(output.trials.map((t) => t.id)).toEqual(TRIALS.map((t) => t.id));
  });

  it("reports each invalid field with its message on stderr and exits 2", () => {
    const result = runScreenCli(["invalid.json"], read, [sampleTrial]);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("demographics.ageYears: Age cannot be above 120 years");
    expect(result.stderr).toContain('demographics.name: Unknown field "name"');
    expect(result.stderr).toContain("labs.inr: INR: enter a number");
  });

  it("exits 2 with a clear message for a file that is not JSON, not an object, or not there", () => {
    expect(runScreenCli(["broken.json"], read)).toMatchObject({ exitCode: 2, stderr: expect.stringContaining("not valid JSON") });
    expect(runScreenCli(["array.json"], read)).toMatchObject({ exitCode: 2, stderr: "(profile): A profile must be a JSON object\n" });
    expect(runScreenCli(["nowhere.json"], read)).toMatchObject({ exitCode: 2, stderr: expect.stringContaining("cannot read nowhere.json (ENOENT)") });
  });

  it("prints usage and exits 64 without exactly one argument, or with an option it does not know", () => {
    expect(runScreenCli([], read).exitCode).toBe(64);
    expect(runScreenCli(["a.json", "b.json"], read).exitCode).toBe(64);
    for (const option of ["--verbose", "-x", "--schema=1"]) {
      const result = runScreenCli([option], read);
      expect(result).toMatchObject({ exitCode: 64, stdout: "" });
      expect(result.stderr).toMatch(new RegExp(`^unknown option: ${option}\nusage: `));
    }
  });

  it("escapes control characters in every message, so a file cannot drive the terminal", () => {
    const hostile = '{"demographics":{"\\u001b]0;pwned\\u0007\\u001b[2J":1,"sex":"\\u001b[31mred"}}';
    const result = runScreenCli(["x.json"], () => hostile);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(result.stderr).toContain("u001b]0;pwned");
    // The file name too, and a raw ESC in a file that is not JSON.
    expect(runScreenCli(["\u001b[2J.json"], read).stderr).toContain("cannot read \\u001b[2J.json");
    expect(runScreenCli(["x.json"], () => "\u001b[2J").stderr).not.toContain("\u001b");
  });

  it("reads the same encodings as the page: UTF-8 with a byte-order mark, UTF-16 with one; anything else is named", () => {
    const profile = files["valid.json"] as string;
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(profile)]);
    expect(runScreenCli(["bom.json"], () => bom).exitCode).toBe(0);
    const utf16 = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(profile, "utf16le")]));
    expect(runScreenCli(["utf16.json"], () => utf16).exitCode).toBe(0);
    const latin1 = new Uint8Array(Buffer.from('{"screeningLabel":"Caf\u00e9"}', "latin1"));
    expect(runScreenCli(["latin1.json"], () => latin1)).toMatchObject({ exitCode: 2, stderr: expect.stringMatching(/not UTF-8 text/) });
  });

  it("prints the profile's JSON Schema, generated from the zod schema", () => {
    const result = runScreenCli(["--schema"], read);
    expect(result.exitCode).toBe(0);
    const schema = JSON.parse(result.stdout) as Record<string, unknown> & { properties: Record<string, { properties: Record<string, unknown> }> };
    expect(schema.type).toBe("object");
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.demographics?.properties.ageYears).toEqual({ type: "integer", minimum: 0, maximum: 120 });
    expect(Object.keys(schema.properties)).toEqual(["screeningLabel", "demographics", "liver", "labs", "exposures", "conditions", "treatment"]);
  });
});

describe("npm run screen, as a process", () => {
  const dir = mkdtempSync(join(tmpdir(), "screen-cli-"));
  const tsx = createRequire(import.meta.url).resolve("tsx/cli");
  const run = (...args: string[]) => spawnSync(process.execPath, [tsx, "scripts/screen.ts", ...args], { encoding: "utf8" });

  it("exits 0 and prints JSON for a valid profile", () => {
    const file = join(dir, "ok.json");
    writeFileSync(file, files["valid.json"] as string);
    const result = run(file);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveProperty("trials");
  });

  it("reads the profile from standard input with -", () => {
    const result = spawnSync(process.execPath, [tsx, "scripts/screen.ts", "-"], { encoding: "utf8", input: files["valid.json"] });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveProperty("trials");
  });

  it("stops reading at the page's size limit: /dev/zero is refused as too large, not read forever", () => {
    const result = run("/dev/zero");
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/too large to be a saved profile/);
  });

  it("exits 2 for an invalid profile", () => {
    const file = join(dir, "bad.json");
    writeFileSync(file, files["invalid.json"] as string);
    const result = run(file);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("demographics.ageYears");
  });
});

describe("the screen CLI in Chinese", () => {
  type Output = { lang?: string; trials: { id: string; criteria: { id: string; text: string; textZh?: string; reason: string }[] }[] };
  const run = (args: string[]) => runScreenCli(args, read);

  it("gives Chinese reasons with --lang zh-CN, keeping the registry's English line beside its Chinese rendering", () => {
    const result = run(["--lang", "zh-CN", "valid.json"]);
    expect(result.exitCode).toBe(0);
    const output = JSON.parse(result.stdout) as Output;
    expect(output.lang).toBe("zh-CN");
    const age = output.trials.find((t) => t.id === "NCT06242405")?.criteria.find((c) => c.id === "INCL01");
    expect(age).toMatchObject({ text: "1. 18-80 years old", textZh: "1. 年龄 18~80 岁", reason: "符合：年龄 50 岁，在 18–80 岁 范围内" });
    const consent = output.trials.find((t) => t.id === "NCT06242405")?.criteria.find((c) => c.id === "INCL03");
    expect(consent?.reason).toBe("需研究者判断：程序性要求：知情同意在入组时签署并确认，不在预筛查阶段确认。");
    for (const trial of output.trials) for (const c of trial.criteria) expect(c.reason, `${trial.id} ${c.id}`).toMatch(/\p{Script=Han}/u);
  });

  it("takes --lang=zh-CN too, and stays English by default and with --lang en", () => {
    expect(run(["--lang=zh-CN", "valid.json"]).stdout).toBe(run(["--lang", "zh-CN", "valid.json"]).stdout);
    const english = JSON.parse(run(["valid.json"]).stdout) as Output;
    expect(english.lang).toBeUndefined();
    expect(english.trials[0]?.criteria[0]?.textZh).toBeUndefined();
    for (const trial of english.trials) for (const c of trial.criteria) expect(c.reason).not.toMatch(/\p{Script=Han}/u);
    expect(run(["--lang", "en", "valid.json"]).stdout).toBe(run(["valid.json"]).stdout);
  });

  it("says a refused file's problems in Chinese, field by field (issue 13)", () => {
    const result = run(["--lang", "zh-CN", "invalid.json"]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("demographics.ageYears: 年龄不能高于 120 岁");
    expect(result.stderr).toContain('demographics.name: 未知字段 "name"：资料中只能包含去标识化的筛查信息');
    expect(result.stderr).toContain("labs.inr: INR：请输入数字");
    expect(run(["--lang", "zh-CN", "broken.json"]).stderr).toMatch(/^\(file\): 此文件不是有效的 JSON（第 1 行第 3 列：此处应为带引号的字段名，实际为"n"），因此不是保存的患者资料。未做任何更改。\n$/);
    expect(run(["--lang", "zh-CN", "array.json"]).stderr).toBe("(profile): 患者资料必须是 JSON 对象\n");
    const notUtf8 = runScreenCli(["--lang", "zh-CN", "gbk.json"], () => new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]));
    expect(notUtf8.stderr).toContain("(file): gbk.json: 此文件不是 UTF-8 文本");
  });

  it("gives the scores' explanations and the unit-slip warnings in the chosen language, English by default", () => {
    type Scored = { warnings?: { path: string; message: string }[]; scores: Record<string, { explanation: string; value?: number | null; class?: string | null }> };
    const chinese = JSON.parse(run(["--lang", "zh-CN", "slip.json"]).stdout) as Scored;
    expect(chinese.warnings).toEqual([{ path: "labs.bilirubin", message: "25 mg/dL 过高（相当于 427.5 µmol/L）。是否应为 25 µmol/L（1.462 mg/dL）？" }]);
    expect(chinese.scores.childPugh).toMatchObject({ class: "C", explanation: expect.stringMatching(/^Child-Pugh C 级（11 分）：胆红素 25 mg\/dL → 3 分、白蛋白 29 g\/L（2.9 g\/dL） → 2 分/) });
    expect(chinese.scores.meld?.explanation).toMatch(/^MELD \d+，依据：肌酐 0.9 mg\/dL（按 1.0 计）、胆红素 25 mg\/dL、INR 2.4$/);
    const english = JSON.parse(run(["slip.json"]).stdout) as Scored;
    expect(english.warnings?.[0]?.message).toBe("25 mg/dL is very high (427.5 µmol/L). Did you mean 25 µmol/L (1.462 mg/dL)?");
    expect(english.scores.meldNa?.explanation).toMatch(/^MELD-Na \d+ from creatinine 0.9 mg\/dL \(counted as 1.0\), bilirubin 25 mg\/dL, INR 2.4, sodium 134 mmol\/L/);
    for (const score of Object.values(english.scores)) expect(score.explanation).not.toMatch(/\p{Script=Han}/u);
    for (const score of Object.values(chinese.scores)) expect(score.explanation).toMatch(/\p{Script=Han}/u);
  });

  it("refuses a language it does not have", () => {
    expect(run(["--lang", "fr", "valid.json"])).toMatchObject({ exitCode: 64, stderr: expect.stringContaining("--lang en|zh-CN") });
    expect(run(["--lang"]).exitCode).toBe(64);
  });
});
