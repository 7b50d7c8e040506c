/**
 * Reads the registry seed documents in ../shared/seeds/ and extracts what the audits compare the
 * encoded trials against: each document's NCT id, its inclusion and exclusion lines, and its
 * structured minimum/maximum age.
 *
 * Three formats occur:
 *   - "ctgov-json": a ClinicalTrials.gov API v2 record printed as a Python dict (single-quoted
 *     strings with \n and \\ escapes); the criteria are one Markdown string, and the ages are
 *     'minimumAge': '18 Years'.
 *   - "aggregator": the criteria run together on one line, "Inclusion Criteria: * 1. … * 2. …
 *     Exclusion Criteria: * 1. …"; there is no NCT id (only the sponsor's org study id, resolved
 *     against the other documents) and no structured ages.
 *   - "page": a rendered registry page with "Inclusion Criteria" and "Exclusion Criteria" headings,
 *     one line per criterion (sometimes with "\-" separator lines), then "Minimum Eligible Age".
 *
 * Every line is normalized with the verbatim convention the criteria files follow: list markup
 * removed (a leading "* " or "- " bullet, "\-" separator lines) and Markdown backslash escapes
 * undone ("1\." → "1.", "18\~70" → "18~70"); leading numbers ("1. ") are kept.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const SEEDS_DIR = path.resolve(process.cwd(), "..", "shared", "seeds");

export type SeedFormat = "ctgov-json" | "aggregator" | "page";

export type SeedDocument = {
  file: string;
  format: SeedFormat;
  /** Undefined only before resolveNctIds() has matched an aggregator record by org study id. */
  nctId: string | undefined;
  orgStudyId: string | undefined;
  inclusion: string[];
  exclusion: string[];
  minimumAgeYears: number | undefined;
  maximumAgeYears: number | undefined;
};

/** Undoes Markdown backslash escapes: a backslash before ASCII punctuation. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, "$1");
}

/**
 * One criterion line as the criteria files quote it, or undefined for a line that is only list
 * markup (blank, or a "\-" / "-" separator).
 */
export function normalizeLine(raw: string): string | undefined {
  let line = raw.trim();
  if (line === "" || line === "\\-" || line === "-") return undefined;
  line = line.replace(/^[*•-]\s+/, "");
  line = unescapeMarkdown(line).replace(/\s+/g, " ").trim();
  return line === "" ? undefined : line;
}

/** Decodes the body of a Python single- or double-quoted string literal (the escapes used in a repr). */
export function decodePythonString(body: string): string {
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)/g, (_, esc: string) => {
    switch (esc[0]) {
      case "n":
        return "\n";
      case "t":
        return "\t";
      case "r":
        return "\r";
      case "x":
      case "u":
        return String.fromCharCode(parseInt(esc.slice(1), 16));
      default:
        return esc; // \\ → \, \' → ', \" → "
    }
  });
}

/** The value of a string field in a Python dict repr, e.g. 'minimumAge': '18 Years'. */
function pythonStringField(text: string, key: string): string | undefined {
  const match = new RegExp(`'${key}': (?:'((?:[^'\\\\]|\\\\.)*)'|"((?:[^"\\\\]|\\\\.)*)")`).exec(text);
  if (!match) return undefined;
  return decodePythonString(match[1] ?? match[2] ?? "");
}

/** "18 Years" → 18. Other units (months, weeks) are converted to whole years rounded down. */
export function parseAge(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(year|month|week|day)s?\s*$/i.exec(value);
  if (!match) throw new Error(`Unrecognised age "${value}"`);
  const amount = Number(match[1]);
  const unit = (match[2] ?? "").toLowerCase();
  const perYear: Record<string, number> = { year: 1, month: 12, week: 52.1775, day: 365.25 };
  return Math.floor(amount / (perYear[unit] ?? 1));
}

/** Splits a criteria block into inclusion and exclusion lines, one line per criterion. */
function splitByHeadings(lines: string[], end?: RegExp): { inclusion: string[]; exclusion: string[] } {
  const inclusion: string[] = [];
  const exclusion: string[] = [];
  let section: string[] | undefined;
  for (const raw of lines) {
    const trimmed = raw.trim();
    if (/^Inclusion Criteria:?$/i.test(trimmed)) {
      section = inclusion;
      continue;
    }
    if (/^Exclusion Criteria:?$/i.test(trimmed)) {
      section = exclusion;
      continue;
    }
    if (section === exclusion && end?.test(trimmed)) break;
    if (!section) continue;
    const line = normalizeLine(raw);
    if (line !== undefined) section.push(line);
  }
  return { inclusion, exclusion };
}

function parseCtgovJson(text: string) {
  const criteria = pythonStringField(text, "eligibilityCriteria");
  if (criteria === undefined) throw new Error("no 'eligibilityCriteria' in the raw JSON");
  return {
    nctId: pythonStringField(text, "nctId"),
    orgStudyId: /'orgStudyIdInfo': \{'id': '([^']+)'/.exec(text)?.[1],
    ...splitByHeadings(criteria.split("\n")),
    minimumAgeYears: parseAge(pythonStringField(text, "minimumAge")),
    maximumAgeYears: parseAge(pythonStringField(text, "maximumAge")),
  };
}

/** Splits "Inclusion Criteria: * a * b Exclusion Criteria: * c" into its bullets. */
function parseAggregator(text: string) {
  const line = text.split("\n").find((l) => /^\s*Inclusion Criteria:/.test(l));
  if (line === undefined) throw new Error("no one-line 'Inclusion Criteria:' block");
  const match = /^\s*Inclusion Criteria:(.*?)Exclusion Criteria:(.*)$/.exec(line);
  if (!match) throw new Error("no 'Exclusion Criteria:' in the one-line criteria block");
  const bullets = (block: string) =>
    block
      .split(/(?:^|\s)\*\s+/)
      .map((b) => normalizeLine(b))
      .filter((b): b is string => b !== undefined);
  const lines = text.split("\n").map((l) => l.trim());
  const nameAt = lines.indexOf("Name");
  return {
    nctId: /\bNCT\d{8}\b/.exec(text)?.[0],
    orgStudyId: nameAt >= 0 ? lines[nameAt + 1] || undefined : undefined,
    inclusion: bullets(match[1] ?? ""),
    exclusion: bullets(match[2] ?? ""),
    minimumAgeYears: undefined,
    maximumAgeYears: undefined,
  };
}

function parsePage(text: string) {
  const lines = text.split("\n");
  const after = (heading: string) => {
    const at = lines.findIndex((l) => l.trim() === heading);
    if (at < 0) return undefined;
    return lines.slice(at + 1).find((l) => l.trim() !== "")?.trim();
  };
  const orgAt = lines.findIndex((l) => l.trim() === "Identifier Source: org_study_id");
  let orgStudyId: string | undefined;
  if (orgAt > 0) {
    // "<id>", blank, "Identifier Type: -", blank, "Identifier Source: org_study_id"
    orgStudyId = lines
      .slice(0, orgAt)
      .reverse()
      .map((l) => l.trim())
      .find((l) => l !== "" && !l.startsWith("Identifier Type"));
  }
  return {
    nctId: /^NCT ID: (NCT\d{8})\s*$/m.exec(text)?.[1],
    orgStudyId,
    ...splitByHeadings(lines, /^Minimum Eligible Age$/),
    minimumAgeYears: parseAge(after("Minimum Eligible Age")),
    maximumAgeYears: parseAge(after("Maximum Eligible Age")),
  };
}

export function detectFormat(text: string): SeedFormat {
  if (text.includes("'eligibilityCriteria':")) return "ctgov-json";
  if (/^\s*Inclusion Criteria: \*/m.test(text)) return "aggregator";
  if (/^Inclusion Criteria\s*$/m.test(text)) return "page";
  throw new Error("unrecognised seed format");
}

export function parseSeed(file: string, text: string): SeedDocument {
  const format = detectFormat(text);
  const parsed = format === "ctgov-json" ? parseCtgovJson(text) : format === "aggregator" ? parseAggregator(text) : parsePage(text);
  if (parsed.inclusion.length === 0 || parsed.exclusion.length === 0) {
    throw new Error(`${file}: no inclusion or no exclusion lines found`);
  }
  return { file, format, ...parsed };
}

/**
 * Gives a document without an NCT id the NCT id of the document with the same org study id
 * (the aggregator snapshot names the study only by the sponsor's protocol id). Throws when that
 * is missing or ambiguous, so no document is silently left out of the audits.
 */
export function resolveNctIds(docs: SeedDocument[]): (SeedDocument & { nctId: string })[] {
  return docs.map((doc) => {
    if (doc.nctId) return { ...doc, nctId: doc.nctId };
    const ids = new Set(
      docs.filter((d) => d.nctId && d.orgStudyId && d.orgStudyId === doc.orgStudyId).map((d) => d.nctId as string),
    );
    const [only, ...rest] = [...ids];
    if (!only || rest.length > 0) {
      throw new Error(`${doc.file}: cannot resolve an NCT id (org study id ${doc.orgStudyId ?? "missing"})`);
    }
    return { ...doc, nctId: only };
  });
}

let cache: (SeedDocument & { nctId: string })[] | undefined;

export function loadSeeds(dir: string = SEEDS_DIR): (SeedDocument & { nctId: string })[] {
  if (dir === SEEDS_DIR && cache) return cache;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const docs = resolveNctIds(files.map((f) => parseSeed(f, readFileSync(path.join(dir, f), "utf8"))));
  if (dir === SEEDS_DIR) cache = docs;
  return docs;
}
