import { describe, expect, it, vi } from "vitest";
import { identifierFindings, identifierWarning as identifierMessage } from "@/lib/core/identifiers";
import { inEnglish } from "../support/english";

const identifierWarning = inEnglish(identifierMessage);

const kinds = (label: string) => identifierFindings(label).map((f) => f.kind);

describe("identifier warnings for the screening label", () => {
  it.each(["Bed 12 Tuesday", "Ward 5, bed 12", "HBV cirrhosis, 2nd visit", "床12 周二", "Clinic B follow-up", ""])(
    "accepts %j",
    (label) => {
      expect(kinds(label)).toEqual([]);
      expect(identifierWarning(label)).toBeUndefined();
    },
  );

  it.each([
    ["13800138000", "phone"],
    ["call 138 0013 8000", "phone"],
    ["+86 138-0013-8000", "phone"],
    ["+44 20 7946 0958", "phone"],
    ["ext 5550123", "phone"],
    ["11010519491231002X", "id-card"],
    ["id 110105194912310021", "id-card"],
    ["MRN 4471", "record-number"],
    ["住院号 2024", "record-number"],
    ["病案号", "record-number"],
    ["ZY2024001", "record-number"],
    ["AB12345 bed 3", "record-number"],
    ["wang.li@example.com", "email"],
    ["2024-03-05", "date"],
    ["05/03/2024", "date"],
    ["5.3.24", "date"],
    ["2024年3月5日", "date"],
    ["3月5日 bed 2", "date"],
    ["5 Mar 2024", "date"],
    ["March 5, 2024", "date"],
    ["admitted Mar 2024", "date"],
    ["20240305", "date"],
  ] as const)("warns for %j (%s)", (label, kind) => {
    expect(kinds(label)).toContain(kind);
    expect(identifierWarning(label)).toMatch(/looks like it contains/);
  });

  it("reports a date as a date, not also as a phone number", () => {
    expect(kinds("2024-03-05")).toEqual(["date"]);
    expect(kinds("20240305")).toEqual(["date"]);
  });

  it("reports an ID-card number once, not also as a phone number", () => {
    expect(kinds("11010519491231002X")).toEqual(["id-card"]);
  });

  it("lists every kind found in one sentence", () => {
    expect(identifierWarning("MRN AB12345, 2024-03-05, 13800138000")).toMatch(
      /contains a phone number or another long number, a record number and a date\./,
    );
  });
});

describe("the identifier check on long labels (issue 10, item 17)", () => {
  /** Runs the check and returns the longest text any regular expression was run on, and the total. */
  function regexInputs(label: string): { longest: number; total: number; kinds: string[] } {
    const lengths: number[] = [];
    const test = vi.spyOn(RegExp.prototype, "test").mockImplementation(function (this: RegExp, text: string) {
      lengths.push(String(text).length);
      return RegExp.prototype.exec.call(this, text) !== null;
    });
    try {
      return { kinds: kinds(label), longest: Math.max(...lengths), total: lengths.reduce((a, b) => a + b, 0) };
    } finally {
      test.mockRestore();
    }
  }

  it.each([
    ["letters", "a".repeat(50_000)],
    ["digits and dots", "1.".repeat(25_000)],
    ["Chinese dates", "1年".repeat(25_000)],
  ])("runs each backtracking pattern on short windows only, so the work grows linearly (%s, 50,000 characters)", (_name, label) => {
    const { longest, total } = regexInputs(label);
    expect(longest).toBeLessThanOrEqual(256);
    // About 30 patterns on windows covering the text 4/3 times over.
    expect(total).toBeLessThan(label.length * 60);
  });

  it("still finds an identifier anywhere in a long label, across window boundaries", () => {
    for (const at of [0, 150, 191, 250, 255, 1000, 4990]) {
      const label = `${"x ".repeat(at / 2)}13800138000${" y".repeat(2500)}`;
      expect(kinds(label), `at ${at}`).toContain("phone");
    }
    expect(kinds(`${"note ".repeat(100)}someone@example.org`)).toContain("email");
  });
});
