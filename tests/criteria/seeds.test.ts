/** Unit tests of the seed-document parser the audits rely on (tests/support/seeds.ts). */
import { describe, expect, it } from "vitest";
import {
  decodePythonString,
  detectFormat,
  loadSeeds,
  normalizeLine,
  parseAge,
  parseSeed,
  resolveNctIds,
  unescapeMarkdown,
} from "../support/seeds";

describe("normalizeLine (the verbatim convention)", () => {
  it("removes a leading '* ' bullet and undoes Markdown escapes", () => {
    expect(normalizeLine("* 1\\. 18-80 years old")).toBe("1. 18-80 years old");
    expect(normalizeLine("* Aged 18\\~70 years.")).toBe("Aged 18~70 years.");
  });

  it("keeps the leading numbers of a numbered line", () => {
    expect(normalizeLine("10. Allergic asthma")).toBe("10. Allergic asthma");
  });

  it("drops blank lines and '\\-' separator lines", () => {
    expect(normalizeLine("")).toBeUndefined();
    expect(normalizeLine("   ")).toBeUndefined();
    expect(normalizeLine("\\-")).toBeUndefined();
  });

  it("leaves hyphens and parentheses inside a line alone", () => {
    expect(normalizeLine("* Active infection (viral or bacterial)")).toBe("Active infection (viral or bacterial)");
    expect(unescapeMarkdown("1\\*10\\^8 cells")).toBe("1*10^8 cells");
  });
});

describe("decodePythonString", () => {
  it("decodes the escapes of a Python repr", () => {
    expect(decodePythonString("a\\nb\\\\.c\\'d")).toBe("a\nb\\.c'd");
  });
});

describe("parseAge", () => {
  it("reads registry ages in years", () => {
    expect(parseAge("18 Years")).toBe(18);
    expect(parseAge("80 Years")).toBe(80);
    expect(parseAge(undefined)).toBeUndefined();
  });

  it("rejects an age it cannot read rather than guessing", () => {
    expect(() => parseAge("adult")).toThrow();
  });
});

describe("parseSeed on each format", () => {
  it("reads the raw JSON (Python dict repr) format", () => {
    const text =
      "{'protocolSection': {'eligibilityModule': {'sex': 'ALL', 'maximumAge': '80 Years', 'minimumAge': '18 Years', " +
      "'eligibilityCriteria': 'Inclusion Criteria:\\n\\n* 1\\\\. 18-80 years old\\n* 2\\\\. Adults\\n\\nExclusion Criteria:\\n\\n* 1\\\\. Tumours'}, " +
      "'identificationModule': {'nctId': 'NCT00000001', 'orgStudyIdInfo': {'id': 'ABC'}}}}";
    expect(detectFormat(text)).toBe("ctgov-json");
    expect(parseSeed("x.txt", text)).toMatchObject({
      nctId: "NCT00000001",
      orgStudyId: "ABC",
      inclusion: ["1. 18-80 years old", "2. Adults"],
      exclusion: ["1. Tumours"],
      minimumAgeYears: 18,
      maximumAgeYears: 80,
    });
  });

  it("reads the aggregator one-liner, which has no structured ages", () => {
    const text =
      "Name\nABC\nEligibility criteria\nInclusion Criteria: * 1. 18-80 years old * 2. Adults Exclusion Criteria: * 1. Tumours * 2. HIV\nProtocol\n";
    expect(detectFormat(text)).toBe("aggregator");
    expect(parseSeed("y.txt", text)).toMatchObject({
      nctId: undefined,
      orgStudyId: "ABC",
      inclusion: ["1. 18-80 years old", "2. Adults"],
      exclusion: ["1. Tumours", "2. HIV"],
      minimumAgeYears: undefined,
      maximumAgeYears: undefined,
    });
  });

  it("reads the page format, skipping '\\-' separators and stopping at Minimum Eligible Age", () => {
    const text = [
      "NCT ID: NCT00000002",
      "Eligibility Criteria",
      "Check the participation requirements, including inclusion and exclusion rules.",
      "Inclusion Criteria",
      "1. 18-80 years old",
      "",
      "\\-",
      "2. Adults",
      "Exclusion Criteria",
      "* Aged 18\\~70 years.",
      "Minimum Eligible Age",
      "",
      "18 Years",
      "Maximum Eligible Age",
      "",
      "70 Years",
    ].join("\n");
    expect(detectFormat(text)).toBe("page");
    expect(parseSeed("z.txt", text)).toMatchObject({
      nctId: "NCT00000002",
      inclusion: ["1. 18-80 years old", "2. Adults"],
      exclusion: ["Aged 18~70 years."],
      minimumAgeYears: 18,
      maximumAgeYears: 70,
    });
  });

  it("refuses a document with no criteria", () => {
    expect(() => parseSeed("empty.txt", "Nothing here")).toThrow();
  });
});

describe("resolveNctIds", () => {
  const doc = (nctId: string | undefined, orgStudyId: string) => ({
    file: `${orgStudyId}-${nctId}`,
    format: "page" as const,
    nctId,
    orgStudyId,
    inclusion: ["a"],
    exclusion: ["b"],
    minimumAgeYears: undefined,
    maximumAgeYears: undefined,
  });

  it("gives a document without an NCT id the id of the record with the same org study id", () => {
    expect(resolveNctIds([doc("NCT00000001", "ABC"), doc(undefined, "ABC")]).map((d) => d.nctId)).toEqual([
      "NCT00000001",
      "NCT00000001",
    ]);
  });

  it("fails rather than dropping a document it cannot resolve", () => {
    expect(() => resolveNctIds([doc("NCT00000001", "ABC"), doc(undefined, "XYZ")])).toThrow(/cannot resolve/);
  });
});

describe("the shared seed documents", () => {
  const seeds = loadSeeds();

  it("are the five registry records, in the three formats", () => {
    expect(seeds.map((s) => [s.file.slice(0, 3), s.format, s.nctId])).toEqual([
      ["000", "ctgov-json", "NCT06242405"],
      ["001", "page", "NCT06984497"],
      ["002", "aggregator", "NCT06242405"],
      ["003", "page", "NCT05106972"],
      ["004", "page", "NCT01224327"],
    ]);
  });

  it("resolves the aggregator snapshot 002 to NCT06242405 through its org study id XHNKKY-DFSC", () => {
    const s002 = seeds.find((s) => s.file.startsWith("002"));
    expect(s002?.orgStudyId).toBe("XHNKKY-DFSC");
    expect(s002?.nctId).toBe("NCT06242405");
  });

  it("extracts the expected numbers of lines and the structured ages", () => {
    expect(seeds.map((s) => [s.inclusion.length, s.exclusion.length, s.minimumAgeYears, s.maximumAgeYears])).toEqual([
      [3, 11, 18, 80],
      [3, 11, 18, 80],
      [3, 11, undefined, undefined],
      [7, 12, 20, 60],
      [3, 8, 18, 70],
    ]);
  });

  it("leaves no list markup or Markdown escape in any line", () => {
    for (const line of seeds.flatMap((s) => [...s.inclusion, ...s.exclusion])) {
      expect(line).not.toMatch(/^[*•-]\s|\\/);
      expect(line).not.toMatch(/Exclusion Criteria|Minimum Eligible Age/);
    }
  });
});
