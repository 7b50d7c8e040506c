import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import {
  DEIDENTIFIED_COLUMNS,
  deidentifiedCsv,
  deidentifiedRows,
  FORMULA_START,
  SITE_LOG_COLUMNS,
  siteLogCsv,
  UTF8_BOM,
} from "@/lib/view/log-csv";
import type { ReportEntry } from "@/lib/view/reports";
import { sayIn } from "@/lib/i18n/format";
import { ALB, entry, ESLD, handLog, trial } from "../fixtures/report-log";

function parse(csv: string): string[][] {
  expect(csv.startsWith(UTF8_BOM)).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

const hostile: ReportEntry[] = [
  entry(
    "2026-03-05",
    [
      trial(ALB, "declined", {
        statusReason: "-2+3+cmd|' /C calc'!A0",
        notes: ["@SUM(1+1)*cmd", "+86 line"],
      }),
      trial(ESLD, "not-eligible", { failReasons: [`${ESLD} EXCL06`], statusReason: "-3", notes: ["病人拒绝，家属同意"] }),
    ],
    { label: '=HYPERLINK("x")', screener: "协调员一" },
  ),
];

describe("the site log CSV", () => {
  it("starts with a UTF-8 byte-order mark, for Excel on a Chinese Windows PC", () => {
    const csv = siteLogCsv(handLog());
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("has the documented columns, one row per entry × trial, voided entries left out", () => {
    const rows = parse(siteLogCsv(handLog()));
    expect(rows[0]).toEqual(SITE_LOG_COLUMNS.map((c) => c.header));
    const expected = handLog().filter((e) => !e.voided).reduce((n, e) => n + e.trials.length, 0);
    expect(rows.length - 1).toBe(expected);
  });

  it("keeps one trial when asked", () => {
    const rows = parse(siteLogCsv(handLog(), ESLD)).slice(1);
    const trialColumn = SITE_LOG_COLUMNS.findIndex((c) => c.key === "trial_id");
    expect(new Set(rows.map((r) => r[trialColumn]))).toEqual(new Set([ESLD]));
  });

  it('neutralises a label =HYPERLINK("x") and other text starting with = + - @', () => {
    const rows = parse(siteLogCsv(hostile));
    const col = (key: string) => SITE_LOG_COLUMNS.findIndex((c) => c.key === key);
    expect(rows[1]![col("label")]).toBe(`'=HYPERLINK("x")`);
    expect(rows[1]![col("status_reason")]).toBe(`'-2+3+cmd|' /C calc'!A0`);
    expect(rows[1]![col("notes")]).toBe("'@SUM(1+1)*cmd | +86 line");
    for (const row of rows.slice(1)) for (const cell of row) expect(cell).not.toMatch(FORMULA_START);
  });

  it("never corrupts numbers: a negative number, as a number or as text, comes back as the same number", () => {
    const rows = Papa.parse<Record<string, unknown>>(siteLogCsv(hostile).slice(1), { header: true, dynamicTyping: true, skipEmptyLines: true }).data;
    expect(rows[1]!["Status reason"]).toBe(-3);
    expect(rows[0]!.Version).toBe(1);
    const numbers = Papa.unparse([[-3, -0.5, "-1e3", "+4"]], { escapeFormulae: FORMULA_START });
    // "+4" is not prefixed either (papaparse reads it back as text, Excel as the number 4).
    expect(Papa.parse(numbers, { dynamicTyping: true }).data[0]).toEqual([-3, -0.5, -1000, "+4"]);
  });

  it("keeps Chinese text through a round trip", () => {
    const rows = parse(siteLogCsv(hostile));
    const col = (key: string) => SITE_LOG_COLUMNS.findIndex((c) => c.key === key);
    expect(rows[1]![col("screener")]).toBe("协调员一");
    expect(rows[2]![col("notes")]).toBe("病人拒绝，家属同意");
  });

  it("gives the coded fail reasons and the status date", () => {
    const rows = parse(siteLogCsv(hostile));
    const col = (key: string) => SITE_LOG_COLUMNS.findIndex((c) => c.key === key);
    expect(rows[2]![col("fail_reasons")]).toBe(`${ESLD} EXCL06`);
    expect(rows[2]![col("status_date")]).toBe("2026-03-10");
  });
});

describe("the de-identified CSV", () => {
  const log = [...handLog(), ...hostile];
  const csv = deidentifiedCsv(log);
  const rows = parse(csv);

  it("starts with a byte-order mark and has the documented columns", () => {
    expect(rows[0]).toEqual(DEIDENTIFIED_COLUMNS.map((c) => c.header));
  });

  it("has no note, label, free-text reason, screener, screening ID or full date", () => {
    for (const text of ["HYPERLINK", "SUM", "病人拒绝", "Prefers standard care", "Discharged", "coord1", "协调员一", "S-"]) {
      expect(csv).not.toContain(text);
    }
    expect(csv).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(csv).not.toMatch(/\d{4}-\d{2}\b/);
  });

  it("masks small cells by default, and counts every non-voided entry × trial once", () => {
    const counts = rows.slice(1).map((r) => r[r.length - 1]);
    expect(counts.length).toBeGreaterThan(0);
    for (const c of counts) expect(c === "<5" || Number(c) >= 5).toBe(true);
    const total = deidentifiedRows(log).reduce((n, r) => n + r.entries, 0);
    expect(total).toBe(log.filter((e) => !e.voided).reduce((n, e) => n + e.trials.length, 0));
  });

  it("can be asked for without masking, or with another threshold", () => {
    const plain = parse(deidentifiedCsv(log, { cells: { mask: false, threshold: 5 } }));
    expect(plain.slice(1).every((r) => /^\d+$/.test(r[r.length - 1]!))).toBe(true);
    const ten = parse(deidentifiedCsv(log, { cells: { mask: true, threshold: 10 } }));
    expect(ten.slice(1).some((r) => r[r.length - 1] === "<10")).toBe(true);
  });

  it("reduces the screening date to the year", () => {
    const year = DEIDENTIFIED_COLUMNS.findIndex((c) => c.key === "screening_year");
    expect(new Set(rows.slice(1).map((r) => r[year]))).toEqual(new Set(["2026"]));
  });
});

describe("the header row in the reader's language", () => {
  const zh = sayIn("zh-CN");

  it("is English alone in English, exactly the documented headers", () => {
    expect(parse(siteLogCsv(handLog(), undefined, sayIn("en")))[0]).toEqual(SITE_LOG_COLUMNS.map((c) => c.header));
  });

  it("carries both in Chinese, Chinese first and the English header in brackets, column for column", () => {
    const header = parse(siteLogCsv(handLog(), undefined, zh))[0]!;
    expect(header[0]).toBe("筛选编号 (Screening ID)");
    expect(header[SITE_LOG_COLUMNS.findIndex((c) => c.key === "fail_reasons")]).toBe("筛选失败原因 (Fail reasons)");
    expect(header).toHaveLength(SITE_LOG_COLUMNS.length);
    header.forEach((cell, i) => {
      expect(cell).toMatch(/\p{Script=Han}/u);
      expect(cell.endsWith(` (${SITE_LOG_COLUMNS[i]!.header})`)).toBe(true);
    });
    const deidentified = parse(deidentifiedCsv(handLog(), { say: zh }))[0]!;
    expect(deidentified).toEqual(DEIDENTIFIED_COLUMNS.map((c) => expect.stringMatching(new RegExp(`\\p{Script=Han} \\(${c.header}\\)$`, "u"))));
  });

  it("changes nothing but the header: the cells stay codes (trial IDs, criterion IDs, statuses, verdicts, dates)", () => {
    const log = handLog();
    const english = parse(siteLogCsv(log));
    const chinese = parse(siteLogCsv(log, undefined, zh));
    expect(chinese.slice(1)).toEqual(english.slice(1));
    const status = SITE_LOG_COLUMNS.findIndex((c) => c.key === "status");
    expect(chinese.slice(1).map((r) => r[status])).toContain("not-eligible");
    expect(parse(deidentifiedCsv(log, { say: zh })).slice(1)).toEqual(parse(deidentifiedCsv(log)).slice(1));
  });
});

describe("the README documents every export column", () => {
  it("lists each column's header and contents, as defined in lib/view/log-csv.ts", async () => {
    const { readFileSync } = await import("node:fs");
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    for (const c of [...SITE_LOG_COLUMNS, ...DEIDENTIFIED_COLUMNS]) {
      expect(readme).toContain(`| ${c.header} | ${c.description.replace(/\|/g, "\\|")} |`);
    }
  });
});
