import { describe, expect, it } from "vitest";
import { and, not, or, REFER, type Outcome, type TV } from "@/lib/core/logic";

// Full truth tables, named after the operands: T = true, F = false, N = null (unknown).
const T: TV = true;
const F: TV = false;
const N: TV = null;

describe("three-valued and", () => {
  it.each([
    ["TT", T, T, T],
    ["TF", T, F, F],
    ["TN", T, N, N],
    ["FT", F, T, F],
    ["FF", F, F, F],
    ["FN", F, N, F],
    ["NT", N, T, N],
    ["NF", N, F, F],
    ["NN", N, N, N],
  ] as const)("%s", (_name, a, b, expected) => {
    expect(and(a, b)).toBe(expected);
  });

  it("is true for no operands (the empty conjunction)", () => {
    expect(and()).toBe(true);
  });
});

describe("three-valued or", () => {
  it.each([
    ["TT", T, T, T],
    ["TF", T, F, T],
    ["TN", T, N, T],
    ["FT", F, T, T],
    ["FF", F, F, F],
    ["FN", F, N, N],
    ["NT", N, T, T],
    ["NF", N, F, N],
    ["NN", N, N, N],
  ] as const)("%s", (_name, a, b, expected) => {
    expect(or(a, b)).toBe(expected);
  });

  it("is false for no operands (the empty disjunction)", () => {
    expect(or()).toBe(false);
  });
});

describe("three-valued not", () => {
  it.each([
    ["T", T, F],
    ["F", F, T],
    ["N", N, N],
  ] as const)("%s", (_name, a, expected) => {
    expect(not(a)).toBe(expected);
  });
});

describe("De Morgan's laws hold in Kleene logic", () => {
  const values: TV[] = [T, F, N];
  it("not(a and b) = not a or not b, for every pair", () => {
    for (const a of values) for (const b of values) expect(not(and(a, b))).toBe(or(not(a), not(b)));
  });
  it("not(a or b) = not a and not b, for every pair", () => {
    for (const a of values) for (const b of values) expect(not(or(a, b))).toBe(and(not(a), not(b)));
  });
});

describe("refer (the investigator decides) in and/or/not", () => {
  const R: Outcome = REFER;
  const t: Outcome = true;
  const f: Outcome = false;
  const n: Outcome = null;

  it.each([
    ["RT", R, t, R],
    ["RF", R, f, f],
    ["RN", R, n, n],
    ["RR", R, R, R],
  ] as const)("and %s: false dominates, then unknown, then refer", (_name, a, b, expected) => {
    expect(and(a, b)).toBe(expected);
    expect(and(b, a)).toBe(expected);
  });

  it.each([
    ["RT", R, t, t],
    ["RF", R, f, R],
    ["RN", R, n, n],
    ["RR", R, R, R],
  ] as const)("or %s: true dominates, then unknown, then refer", (_name, a, b, expected) => {
    expect(or(a, b)).toBe(expected);
    expect(or(b, a)).toBe(expected);
  });

  it("not refer is refer: a judgement call negated is still a judgement call", () => {
    expect(not(R)).toBe(R);
  });
});
