/** Small helpers the benchmark and trace scripts share. They report figures; nothing here asserts. */

/** The middle value once sorted (the upper one of an even count); NaN when there is none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** The value after `name` on the command line (`--rate 4` → "4"), or undefined when it is not given. */
export function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
