/**
 * No user-visible text is written into components/ or app/: it comes from the catalogs
 * (messages/*.json) or the data. The check reads every .tsx file with the TypeScript parser and
 * fails on words in JSX text, in text-bearing attributes (aria-label, title, placeholder, alt,
 * label…), in string literals placed as JSX children, and in the arguments of window.confirm /
 * alert. Symbols, punctuation, numbers and the product's abbreviations need no translation.
 *
 * Text hidden in constants escapes those JSX rules (`const TEXT = { back: "Back to the log" }`,
 * `setMessage({ text: "Saved." })`, `REPORT_TEXT.title`), so a second rule reads every string in
 * every .ts and .tsx file of components/ and app/ and fails on any that reads as a sentence: Chinese
 * characters, or two or more words that start with a capital or end with a full stop, question
 * mark, colon or ellipsis. Class names, URLs, MIME types and codes are lower-case or unspaced and
 * pass. Constants named *_TEXT or TEXT are refused outright.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..", "..");

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsxFiles(path);
    return name.endsWith(".tsx") ? [path] : [];
  });
}

/** Attributes whose value a person reads or hears. */
const TEXT_ATTRIBUTES = new Set(["aria-label", "aria-description", "aria-placeholder", "aria-valuetext", "title", "placeholder", "alt", "label", "summary"]);

/** Words: two letters in a row (Latin) or any Han character. Symbols (✓ × ◆ ? – ⚠ ▸ ·) and numbers pass. */
const WORDS = /[A-Za-z]{2}|\p{Script=Han}/u;

function findings(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const out: string[] = [];
  const where = (node: ts.Node) => `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const literalText = (node: ts.Node): string | undefined =>
    ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : ts.isTemplateExpression(node) ? node.getText() : undefined;

  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) out.push(`${where(node)} text ${JSON.stringify(node.text.trim())}`);
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const init = node.initializer;
      const value = ts.isJsxExpression(init) && init.expression ? literalText(init.expression) : literalText(init);
      if (value !== undefined && WORDS.test(value.replace(/\$\{[^}]*\}/g, ""))) out.push(`${where(node)} ${node.name.getText()}=${JSON.stringify(value)}`);
    }
    if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const value = literalText(node.expression);
      if (value !== undefined && WORDS.test(value.replace(/\$\{[^}]*\}/g, ""))) out.push(`${where(node)} child ${JSON.stringify(value)}`);
    }
    if (ts.isCallExpression(node) && /^(window\.)?(confirm|alert|prompt)$/.test(node.expression.getText())) {
      const first = node.arguments[0];
      const value = first ? literalText(first) : undefined;
      if (value !== undefined && WORDS.test(value)) out.push(`${where(node)} ${node.expression.getText()}(${JSON.stringify(value)})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

/**
 * A string a person would read: Chinese, or two or more Latin words that start with a capital
 * ("Back to the entry") or end like a sentence ("entries screened against an older version.").
 */
const HAN = /\p{Script=Han}/u;
const SENTENCE = /^(?=.*[A-Za-z]{2,}[\s,;:]+\S*[A-Za-z]{2,})(?:[A-Z]|.*[a-z][.?!…:]$)/su;
const TEXT_CONSTANT = /^(?:[A-Z0-9_]+_)?TEXT$/;

function constantFindings(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") || file.endsWith(".txt") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: string[] = [];
  const where = (node: ts.Node) => `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    // Module names, type-level literals and directives ("use client") are not shown to anyone.
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    if (ts.isExpressionStatement(node) && ts.isStringLiteral(node.expression)) return;
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && TEXT_CONSTANT.test(node.name.text)) out.push(`${where(node)} constant ${node.name.text}`);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      const value = ts.isTemplateExpression(node) ? node.getText().slice(1, -1).replace(/\$\{[^}]*\}/g, " ") : node.text;
      if (HAN.test(value) || SENTENCE.test(value.trim())) out.push(`${where(node)} string ${JSON.stringify(value.trim())}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const files = [...tsxFiles(join(root, "components")), ...tsxFiles(join(root, "app"))];
const allSources = [...sourceFiles(join(root, "components")), ...sourceFiles(join(root, "app"))];

/**
 * The one file allowed words of its own: the error boundaries', which must work when everything
 * else failed and must not bring next-intl into every page's first load (its header says why). A
 * test below holds its words equal to the catalogs' `errorPage`, so it cannot drift.
 */
const ERROR_WORDS = "components/errors/error-text.ts";

describe("no hard-coded user-visible text", () => {
  it.each(files.map((f) => [relative(root, f), f]))("%s takes its text from the catalogs", (_name, file) => {
    expect(findings(file)).toEqual([]);
  });

  it.each(allSources.filter((f) => relative(root, f) !== ERROR_WORDS).map((f) => [relative(root, f), f]))(
    "%s keeps no text in constants, helpers or state",
    (_name, file) => {
      expect(constantFindings(file)).toEqual([]);
    },
  );

  it("allows the error boundaries only the catalog's own words, in both languages", async () => {
    const { ERROR_PAGE_WORDS } = await import("@/components/errors/error-text");
    const { MESSAGES } = await import("@/lib/i18n/catalogs");
    expect(ERROR_PAGE_WORDS.en).toEqual(MESSAGES.en.errorPage);
    expect(ERROR_PAGE_WORDS["zh-CN"]).toEqual(MESSAGES["zh-CN"].errorPage);
  });

  it("catches text kept in constants, ternaries and state, and *_TEXT constants, but not class names or MIME types", () => {
    const found = constantFindings(join(root, "tests", "i18n", "fixtures", "text-constants.tsx.txt"));
    expect(found.some((f) => f.includes("constant REPORT_TEXT"))).toBe(true);
    expect(found.some((f) => f.includes("constant TEXT"))).toBe(true);
    expect(found.some((f) => f.includes('string "Recruitment report"'))).toBe(true);
    expect(found.some((f) => f.includes("entries screened against an older version."))).toBe(true);
    expect(found.some((f) => f.includes('string "返回筛选日志"'))).toBe(true);
    expect(found.some((f) => f.includes('string "The server could not be reached."'))).toBe(true);
    expect(found.some((f) => f.includes('string "Saved to the log."'))).toBe(true);
    expect(found.some((f) => f.includes("Created account"))).toBe(true);
    expect(found.some((f) => f.includes("rounded-md"))).toBe(false);
    expect(found.some((f) => f.includes("text/csv"))).toBe(false);
  });

  it("catches text, labels and confirmations written into a component", () => {
    const sample = join(root, "tests", "i18n", "fixtures", "hard-coded.tsx.txt");
    const found = findings(sample);
    expect(found.some((f) => f.includes('text "Save profile"'))).toBe(true);
    expect(found.some((f) => f.includes('aria-label="Close"'))).toBe(true);
    expect(found.some((f) => f.includes('child "保存"'))).toBe(true);
    expect(found.some((f) => f.includes('confirm("Discard?")'))).toBe(true);
    expect(found.some((f) => f.includes("✓"))).toBe(false);
  });
});
