/** One long, plain sentence (no ICU syntax, no JSON escapes) from a catalog node, to look for in scripts. */
export function sampleOf(node: unknown): string | undefined {
  if (typeof node === "string") return node.length >= 24 && !/[{}'"\\<]/.test(node) ? node : undefined;
  for (const value of Object.values(node as object)) {
    const found = sampleOf(value);
    if (found) return found;
  }
  return undefined;
}
