/**
 * The layers of lib/ (README, "How the code is laid out"): the pure core at the bottom, the view
 * models on it, the command-line tools and the server side beside the views. No layer imports one
 * above it, and the core imports no React, no Next and no database.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]!);
}

/** What each layer may import from inside lib/ (besides itself). */
const allowedLayers: Record<string, string[]> = {
  core: [],
  i18n: ["core"],
  view: ["core"],
  cli: ["core", "view", "i18n"],
  server: ["core", "view"],
};

const forbiddenInCore = /^(react|react-dom|next|next-intl|@electric-sql\/|pg|drizzle-orm|better-auth|server-only)(\/|$)/;

function layerOfImport(file: string, spec: string): string | undefined {
  let target: string;
  if (spec.startsWith("@/lib/")) target = spec.slice("@/lib/".length);
  else if (spec.startsWith(".")) target = relative(join(root, "lib"), join(file, "..", spec));
  else return undefined;
  if (target.startsWith("..")) return "outside";
  return target.split("/")[0];
}

describe("the layers of lib/", () => {
  for (const layer of Object.keys(allowedLayers)) {
    let files: string[] = [];
    try {
      files = sourceFiles(join(root, "lib", layer));
    } catch {
      files = [];
    }
    for (const file of files) {
      const name = relative(root, file);
      it(`${name} imports no layer above ${layer}`, () => {
        for (const spec of importsOf(file)) {
          const target = layerOfImport(file, spec);
          if (target === undefined || target === layer) continue;
          if (layer !== "core" && target === "outside") continue;
          expect(allowedLayers[layer], `${name} imports ${spec}`).toContain(target);
        }
      });
      if (layer === "core") {
        it(`${name} imports no React, Next, database or auth package`, () => {
          for (const spec of importsOf(file)) expect(spec, `${name} imports ${spec}`).not.toMatch(forbiddenInCore);
        });
      }
    }
  }
});
