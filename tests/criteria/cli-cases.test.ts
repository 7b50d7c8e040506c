/**
 * Whole-profile cases through the command-line screener (scripts/screen.ts), one run per profile
 * fixture in tests/fixtures/profiles/. Each case states, per trial, the verdict and the exact
 * criteria that make a patient ineligible. The CLI's results are also checked against the engine
 * run in-process, so the CLI adds nothing and loses nothing.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { TRIALS } from "@/criteria/index";
import { screen } from "@/lib/core/engine";
import { profileSchema } from "@/lib/core/profile";

const ROOT = process.cwd();
const FIXTURES = path.join(ROOT, "tests", "fixtures", "profiles");
const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");
const run = promisify(execFile);

type CliCriterion = { id: string; category: string; text: string; status: string; reason: string; missing?: string[] };
type CliTrial = { id: string; verdict: "ineligible" | "needs-info" | "passed"; missing?: string[]; criteria: CliCriterion[] };
type CliRun = { code: number; stdout: string; stderr: string };

async function screenFile(file: string): Promise<CliRun> {
  try {
    const { stdout, stderr } = await run(process.execPath, [tsxCli, "scripts/screen.ts", path.join(FIXTURES, file)], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

type Expected = "passed" | "needs-info" | { ineligible: string[] };

/** Per fixture: per trial, "passed", "needs-info", or ineligible with exactly these violated criteria. */
const CASES: Record<string, Record<string, Expected>> = {
  "esld-eligible.json": {
    NCT06242405: "passed",
    NCT06984497: "passed",
    // 62 years old; alcohol-related, not HBV.
    NCT05106972: { ineligible: ["INCL01", "INCL02", "EXCL01", "EXCL02"] },
    NCT01224327: { ineligible: ["EXCL01"] },
  },
  "compensated-hbv.json": {
    NCT06242405: { ineligible: ["INCL02"] },
    NCT06984497: { ineligible: ["INCL02"] },
    NCT05106972: { ineligible: ["INCL02"] },
    NCT01224327: "passed",
  },
  "decompensated-hbv-eligible-for-NCT05106972.json": {
    NCT06242405: "passed",
    NCT06984497: "passed",
    NCT05106972: "passed",
    NCT01224327: "passed",
  },
  "pregnant.json": {
    NCT06242405: { ineligible: ["EXCL09"] },
    NCT06984497: { ineligible: ["EXCL09"] },
    NCT05106972: { ineligible: ["EXCL11"] },
    NCT01224327: { ineligible: ["EXCL04"] },
  },
  "hcc.json": {
    NCT06242405: { ineligible: ["EXCL01"] },
    NCT06984497: { ineligible: ["EXCL01"] },
    NCT05106972: { ineligible: ["EXCL03"] },
    NCT01224327: { ineligible: ["EXCL03"] },
  },
  "recent-steroids-and-trial.json": {
    NCT06242405: { ineligible: ["EXCL06", "EXCL08"] },
    NCT06984497: { ineligible: ["EXCL06", "EXCL08"] },
    // This trial has no glucocorticoid or trial-participation washout.
    NCT05106972: "passed",
    NCT01224327: "passed",
  },
  "coagulopathy-and-albumin.json": {
    NCT06242405: "passed",
    NCT06984497: "passed",
    NCT05106972: { ineligible: ["EXCL06", "EXCL07"] },
    NCT01224327: "passed",
  },
  "missing-data.json": {
    NCT06242405: "needs-info",
    NCT06984497: "needs-info",
    NCT05106972: "needs-info",
    NCT01224327: "needs-info",
  },
};

/** Expectations changed by the clinical review (issue 9), with why: said in the test's name. */
const CHANGED: Record<string, Record<string, string>> = {
  "decompensated-hbv-eligible-for-NCT05106972.json": {
    NCT01224327: "changed: decompensated cirrhosis at Child–Pugh B is referred under EXCL01, no longer excluded",
  },
  "pregnant.json": { NCT01224327: "changed: EXCL01 refers decompensated cirrhosis at Child–Pugh B" },
  "hcc.json": { NCT01224327: "changed: EXCL01 refers decompensated cirrhosis at Child–Pugh B" },
  "recent-steroids-and-trial.json": { NCT01224327: "changed: EXCL01 refers decompensated cirrhosis at Child–Pugh B" },
  "coagulopathy-and-albumin.json": { NCT01224327: "changed: EXCL01 refers decompensated cirrhosis at Child–Pugh B" },
};

function spoken(expected: Expected): string {
  return typeof expected === "string" ? expected : `ineligible by ${expected.ineligible.join(", ")}`;
}

const runs = new Map<string, CliRun>();

beforeAll(async () => {
  const files = [...Object.keys(CASES), "invalid-identifying.json"];
  const results = await Promise.all(files.map(screenFile));
  files.forEach((f, i) => runs.set(f, results[i] as CliRun));
}, 120_000);

function output(file: string): CliTrial[] {
  const result = runs.get(file);
  expect(result?.code, result?.stderr).toBe(0);
  return (JSON.parse(result?.stdout ?? "") as { trials: CliTrial[] }).trials;
}

describe.each(Object.entries(CASES))("screening %s", (file, expectations) => {
  it("screens every encoded trial", () => {
    expect(output(file).map((t) => t.id).sort()).toEqual(TRIALS.map((t) => t.id).sort());
  });

  const named = Object.entries(expectations).map(([id, e]) => {
    const why = CHANGED[file]?.[id];
    return [id, why ? `${spoken(e)} (${why})` : spoken(e), e] as const;
  });
  it.each(named)("%s is %s", (trialId, _spoken, expected) => {
    const trial = output(file).find((t) => t.id === trialId);
    expect(trial).toBeDefined();
    const violated = trial?.criteria.filter((c) => c.status === "violated").map((c) => c.id);
    if (typeof expected === "string") {
      expect(trial?.verdict).toBe(expected);
      expect(violated).toEqual([]);
    } else {
      expect(trial?.verdict).toBe("ineligible");
      expect(violated).toEqual(expected.ineligible);
    }
  });

  it("gives every criterion its registry text and a reason", () => {
    for (const trial of output(file)) {
      const definition = TRIALS.find((t) => t.id === trial.id);
      expect(trial.criteria.map((c) => [c.id, c.category, c.text])).toEqual(
        definition?.criteria.map((c) => [c.id, c.category, c.text]),
      );
      for (const c of trial.criteria) expect(c.reason.length, `${trial.id} ${c.id}`).toBeGreaterThan(0);
    }
  });

  it("agrees with the engine run in-process", () => {
    const profile = profileSchema.parse(JSON.parse(readFileSync(path.join(FIXTURES, file), "utf8")));
    const expected = screen(profile, TRIALS).map((r) => ({
      id: r.id,
      verdict: r.verdict,
      criteria: r.criteria.map((c) => ({ id: c.id, status: c.status, reason: c.reason })),
    }));
    const actual = output(file).map((t) => ({
      id: t.id,
      verdict: t.verdict,
      criteria: t.criteria.map((c) => ({ id: c.id, status: c.status, reason: c.reason })),
    }));
    expect(actual).toEqual(expected);
  });
});

describe("the CLI's reasons", () => {
  it("name the values behind a PT exclusion", () => {
    const trial = output("coagulopathy-and-albumin.json").find((t) => t.id === "NCT05106972");
    expect(trial?.criteria.find((c) => c.id === "EXCL06")?.reason).toBe(
      "Excluded: PT 17 s vs control 12.5 s: prolonged 4.5 s > 3 s",
    );
    expect(trial?.criteria.find((c) => c.id === "EXCL07")?.reason).toBe(
      "Excluded: Human serum albumin infusion 2 weeks ago: within 3 weeks",
    );
  });

  it("say which fields would settle a needs-info verdict", () => {
    const trial = output("missing-data.json").find((t) => t.id === "NCT06242405");
    expect(trial?.missing).toEqual(expect.arrayContaining(["liver.everAscites", "conditions.hiv", "exposures.interferon"]));
    expect(trial?.missing).not.toContain("demographics.ageYears");
  });

  it("mark pregnancy items not applicable for a man", () => {
    const trial = output("esld-eligible.json").find((t) => t.id === "NCT06242405");
    expect(trial?.criteria.find((c) => c.id === "EXCL09")?.status).toBe("not-applicable");
  });
});

describe("an invalid profile", () => {
  it("is refused with exit code 2, naming the identifying field, and is not screened", () => {
    const result = runs.get("invalid-identifying.json");
    expect(result?.code).toBe(2);
    expect(result?.stdout).toBe("");
    expect(result?.stderr).toMatch(/^name: Unknown field "name"/m);
  });
});
