/**
 * Every link of the app goes through components/navigation/link.tsx, which turns Next.js's
 * prefetching off (issue 15: prefetching the routes in view was a long task of its own on a slow
 * PC, and requests what nobody asked for).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..", "..");
const WRAPPER = join("components", "navigation", "link.tsx");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe("links", () => {
  const files = ["app", "components", "lib"].flatMap((dir) => sourceFiles(join(root, dir))).map((f) => relative(root, f));

  it("are made with the app's Link, never next/link directly", () => {
    const direct = files.filter((f) => f !== WRAPPER && /from\s+["']next\/link["']/.test(readFileSync(join(root, f), "utf8")));
    expect(direct).toEqual([]);
  });

  it("never turn prefetching back on", () => {
    const prefetching = files.filter((f) => /prefetch=\{?(true|"auto"|null)/.test(readFileSync(join(root, f), "utf8")));
    expect(prefetching).toEqual([]);
  });

  it("are used by the pages (the wrapper is not dead code)", () => {
    const users = files.filter((f) => /from\s+["']@\/components\/navigation\/link["']/.test(readFileSync(join(root, f), "utf8")));
    expect(users.length).toBeGreaterThan(10);
  });
});
