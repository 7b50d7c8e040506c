/**
 * Issue 15: the screening form is usable without zod, the profile schema, the English catalog or
 * what only the results need. Those arrive in chunks loaded by dynamic `import()` once the form is
 * up (form-checks-loader.ts, ResultsLoader.tsx). Here, the static imports reachable from the form's
 * chunk (ScreeningRoot) are walked, type-only imports aside (the compiler erases them), and none
 * may reach those modules. tests/e2e/usable-bundle.test.ts checks the built scripts themselves.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..", "..");

/** The modules a file imports at run time: `import type` and `{ type X }`-only imports left out, `import()` too. */
function runtimeImports(text: string): string[] {
  const specs: string[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?([^;]*?)\s*from\s*["']([^"']+)["']/gms)) {
    const [, , typeOnly, clause = "", spec = ""] = m;
    if (typeOnly) continue;
    const names = /^\{([^}]*)\}$/.exec(clause.trim());
    if (names && names[1]!.split(",").every((n) => n.trim() === "" || /^type\s/.test(n.trim()))) continue;
    specs.push(spec);
  }
  for (const m of text.matchAll(/^\s*import\s+["']([^"']+)["']/gm)) specs.push(m[1]!);
  return specs;
}

function resolve(from: string, spec: string): string | undefined {
  let base: string;
  if (spec.startsWith("@/")) base = join(root, spec.slice(2));
  else if (spec.startsWith(".")) base = join(dirname(from), spec);
  else return `node_modules/${spec}`;
  return [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")].find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** Every module (files relative to the root, packages as node_modules/<name>) reachable from `entry`. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [join(root, entry)];
  while (queue.length) {
    const file = queue.pop() as string;
    const name = file.startsWith("node_modules/") ? file : relative(root, file);
    if (seen.has(name)) continue;
    seen.add(name);
    if (file.startsWith("node_modules/") || file.endsWith(".json")) continue;
    for (const spec of runtimeImports(readFileSync(file, "utf8"))) {
      const target = resolve(file, spec);
      if (target) queue.push(target);
    }
  }
  return seen;
}

const LATER = [
  "node_modules/zod",
  "node_modules/@hookform/resolvers/zod",
  "lib/core/zod-config.ts",
  "lib/core/profile.ts",
  "lib/core/confirmations-schema.ts",
  "lib/view/form-schema.ts",
  "messages/generated/en.core.json",
  "messages/en.json",
  "lib/core/english-core.ts",
  "lib/core/english.ts",
  "lib/core/engine.ts",
  "lib/core/concepts.ts",
  "lib/core/facts.ts",
  "lib/core/scores.ts",
  "lib/core/consistency.ts",
  "lib/view/plausibility.ts",
  "lib/view/results-view.ts",
  "lib/view/profile-file.ts",
  "components/screening/form-checks.ts",
  "components/screening/Results.tsx",
];

describe("the screening form's chunk", () => {
  const modules = reachable("components/screening/ScreeningRoot.tsx");

  it("holds the form, its fields and the draft", () => {
    for (const name of ["components/screening/ScreeningApp.tsx", "components/screening/fields.tsx", "lib/view/form.ts", "lib/view/draft.ts", "lib/core/fields.ts"]) {
      expect(modules, name).toContain(name);
    }
  });

  it.each(LATER)("does not import %s, which loads after the form is usable", (name) => {
    expect([...modules].filter((m) => m === name || m.startsWith(`${name}/`))).toEqual([]);
  });

  it("reads type-only imports as erased", () => {
    expect(runtimeImports(`import type { A } from "a";\nimport { type B, type C } from "b";\nimport { d, type E } from "d";\nexport { f } from "f";\nimport "g";`)).toEqual(["d", "f", "g"]);
  });
});
