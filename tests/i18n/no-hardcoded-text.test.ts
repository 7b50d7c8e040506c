/**
 * No user-visible text is written into components/ or app/: it comes from the catalogs
 * (messages/*.json) or the data. The check reads every .tsx file with the TypeScript parser and
 * fails on words in JSX text, in text-bearing attributes (aria-label, title, placeholder, alt,
 * label…), in string literals placed as JSX children, and in the arguments of window.confirm /
 * alert. Symbols, punctuation, numbers and the product's abbreviations need no translation.
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

const files = [...tsxFiles(join(root, "components")), ...tsxFiles(join(root, "app"))];

/**
 * NOT YET TRANSLATED (issue 13, merge with issues 11 and 12): the screening log's and the accounts'
 * pages are still English. Listed here, not exempted: each must still hold hard-coded text (the
 * second test fails once it is translated, so the entry is removed with the work), and the report
 * (notes/report-13b.md) lists them. Issue 12's reports, re-screen and due pages keep their English
 * in TEXT constants, which this check cannot see; they are untranslated too.
 */
const PENDING_TRANSLATION = new Set([
  "app/[locale]/admin/users/page.tsx",
  "app/[locale]/log/[id]/checklist/page.tsx",
  "components/account/AccountBar.tsx",
  "components/account/CreateUserForm.tsx",
  "components/account/CredentialsForm.tsx",
  "components/account/ManageAccountForm.tsx",
  "components/account/SignOutButton.tsx",
  "components/log/EntryActions.tsx",
  "components/log/EntryView.tsx",
  "components/log/LogList.tsx",
  "components/log/PrintButton.tsx",
]);
const checked = files.filter((f) => !PENDING_TRANSLATION.has(relative(root, f)));
const pending = files.filter((f) => PENDING_TRANSLATION.has(relative(root, f)));

describe("no hard-coded user-visible text", () => {
  it.each(checked.map((f) => [relative(root, f), f]))("%s takes its text from the catalogs", (_name, file) => {
    expect(findings(file)).toEqual([]);
  });

  it.each(pending.map((f) => [relative(root, f), f]))("%s is listed as not yet translated and still is", (_name, file) => {
    expect(findings(file).length).toBeGreaterThan(0);
  });

  it("lists only files that exist", () => {
    expect(pending.length).toBe(PENDING_TRANSLATION.size);
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
