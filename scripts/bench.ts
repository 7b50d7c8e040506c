/**
 * Engine benchmark. Measures, on this machine:
 *   1. one profile against every encoded trial (µs per profile, median of many runs);
 *   2. a batch of 10,000 and of 100,000 generated profiles (µs per profile, profiles per second);
 *   3. one profile against 1,000 generated trials, built from the real criteria with their
 *      thresholds varied;
 *   4. building every criterion's English reason, two ways: as this script (and the CLI, and the
 *      tests) formats it, from the catalog's ICU strings compiled by use-intl at run time; and as
 *      the built app does, from the catalog precompiled by next-intl (next.config.js, `precompile`)
 *      and formatted by use-intl's format-only path. The second is the pages' and the server's cost.
 * Single-threaded: Node runs it on one core. `--check` exits 1 when an aim is missed.
 *
 *   npm run bench [-- --check]
 */
import { cpus, totalmem } from "node:os";
import fc from "fast-check";
import compileIcu from "icu-minify/compile";
import { _createCache, _createIntlFormatters } from "use-intl/core";
import formatPrecompiled from "use-intl/format-message/format-only";
import { TRIALS } from "@/criteria";
import { screen, trialVerdict } from "@/lib/core/engine";
import type { Profile } from "@/lib/core/profile";
import type { Rule } from "@/lib/core/rules";
import type { TrialDefinition } from "@/lib/core/trial";
import { formatMessage, type Translate } from "@/lib/core/message";
import englishCore from "@/messages/generated/en.core.json";
import { anyProfile, fullProfile } from "../tests/support/arbitraries";
import { median } from "./support/figures";

const AIM_SINGLE_US = 50;
const AIM_BATCH_PER_SECOND = 100_000;

function now(): number {
  return Number(process.hrtime.bigint()) / 1000; // µs
}

/** Median µs for one call of fn, over `rounds` rounds of `inner` calls each. */
function timeEach(fn: () => void, rounds: number, inner: number): number {
  for (let i = 0; i < inner * 5; i++) fn(); // warm-up
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = now();
    for (let i = 0; i < inner; i++) fn();
    samples.push((now() - start) / inner);
  }
  return median(samples);
}

type Catalog = { [key: string]: Catalog | string };
type CompiledCatalog = { [key: string]: CompiledCatalog | ReturnType<typeof compileIcu> };

/** The catalog as next-intl's loader precompiles it for the build: every ICU string compiled by icu-minify. */
function precompile(catalog: Catalog): CompiledCatalog {
  return Object.fromEntries(Object.entries(catalog).map(([key, value]) => [key, typeof value === "string" ? compileIcu(value) : precompile(value)]));
}

/** English as the built app formats it: the precompiled catalog through use-intl's format-only path. */
function precompiledEnglish(): Translate {
  const catalog = precompile(englishCore as Catalog);
  const cache = _createCache();
  const formatters = _createIntlFormatters(cache);
  return (key, values) => {
    const compiled = key.split(".").reduce<unknown>((node, part) => (node as CompiledCatalog)[part], catalog);
    const options = { cache, formatters, locale: "en", globalFormats: undefined, formats: undefined, timeZone: undefined };
    // Our values are strings, numbers and booleans; use-intl types them without booleans but formats them alike.
    return String(formatPrecompiled(key, compiled as ReturnType<typeof compileIcu>, values as Record<string, string | number>, options));
  };
}

type Screener = (profile: Profile, trials: readonly TrialDefinition[]) => number;
/** Full results: every criterion's status, the counts and the verdict (explanations on demand). */
const fullResults: Screener = (profile, trials) => screen(profile, trials).length;
/** Verdicts only: what a batch run over many profiles needs. */
const verdictsOnly: Screener = (profile, trials) => {
  let n = 0;
  for (const trial of trials) if (trialVerdict(trial, profile) === "passed") n++;
  return n;
};

function batch(profiles: Profile[], trials: readonly TrialDefinition[], screener: Screener): { usPerProfile: number; perSecond: number } {
  let sink = 0;
  for (let i = 0; i < Math.min(1000, profiles.length); i++) sink += screener(profiles[i] as Profile, trials); // warm-up
  const start = now();
  for (const profile of profiles) sink += screener(profile, trials);
  const elapsed = now() - start;
  if (sink < 0) console.log(sink);
  return { usPerProfile: elapsed / profiles.length, perSecond: (profiles.length / elapsed) * 1e6 };
}

// Deterministic pseudo-random numbers (mulberry32), so every run varies the trials the same way.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function vary(rule: Rule, random: () => number): Rule {
  const scale = (v: number) => Math.round(v * (0.7 + random() * 0.6) * 10) / 10;
  if ("all" in rule) return { all: rule.all.map((r) => vary(r, random)) };
  if ("any" in rule) return { any: rule.any.map((r) => vary(r, random)) };
  if ("not" in rule) return { not: vary(rule.not, random) };
  if ("refer" in rule) return { refer: { ...rule.refer, when: vary(rule.refer.when, random) } };
  if ("concept" in rule || !("op" in rule)) return rule;
  switch (rule.op) {
    case "between": {
      const min = scale(rule.min);
      return { ...rule, min, max: Math.max(min, scale(rule.max)) };
    }
    case "within":
      return { ...rule, amount: scale(rule.amount) };
    case "is":
    case "in":
      return rule;
    default:
      return { ...rule, value: scale(rule.value) };
  }
}

export function generatedTrials(count: number, seed = 42): TrialDefinition[] {
  const random = rng(seed);
  return Array.from({ length: count }, (_, i) => {
    const base = TRIALS[i % TRIALS.length] as TrialDefinition;
    return {
      ...base,
      id: `NCT9${String(i).padStart(7, "0")}`,
      criteria: base.criteria.map((c) => (c.rule ? { ...c, rule: vary(c.rule, random) } : c)),
    };
  });
}

function main() {
  const check = process.argv.includes("--check");
  if (TRIALS.length === 0) {
    console.error("no trials encoded in criteria/");
    process.exit(1);
  }
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  console.log(`machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; one thread`);
  const criteria = TRIALS.reduce((n, t) => n + t.criteria.length, 0);
  console.log(`trials: ${TRIALS.length} encoded (${criteria} criteria)`);

  const [full] = fc.sample(fullProfile, { seed: 1, numRuns: 1 }) as [Profile];
  const single = timeEach(() => screen(full, TRIALS), 200, 200);
  const empty = timeEach(() => screen({}, TRIALS), 200, 200);

  const profiles100k = fc.sample(anyProfile, { seed: 7, numRuns: 100_000 });
  const b10k = batch(profiles100k.slice(0, 10_000), TRIALS, fullResults);
  const b100k = batch(profiles100k, TRIALS, fullResults);
  const v100k = batch(profiles100k, TRIALS, verdictsOnly);
  const explained = timeEach(() => {
    for (const trial of screen(full, TRIALS)) for (const c of trial.criteria) void c.reason;
  }, 50, 20);
  const english = precompiledEnglish();
  const explainedPrecompiled = timeEach(() => {
    for (const trial of screen(full, TRIALS)) for (const c of trial.criteria) void formatMessage(english, "en", c.explanation);
  }, 50, 20);
  // The two ways must say the same, or the second figure would measure something else.
  const differing = screen(full, TRIALS)
    .flatMap((trial) => trial.criteria)
    .filter((c) => formatMessage(english, "en", c.explanation) !== c.reason).length;

  const many = generatedTrials(1000);
  const manyCriteria = many.reduce((n, t) => n + t.criteria.length, 0);
  const oneVsMany = timeEach(() => screen(full, many), 20, 5);

  const row = (label: string, value: string) => console.log(`  ${label.padEnd(58)} ${value}`);
  console.log("results:");
  row("one full profile vs all trials (median)", `${single.toFixed(1)} µs`);
  row("one empty profile vs all trials (median)", `${empty.toFixed(1)} µs`);
  row("one full profile vs all trials, every reason built (median)", `${explained.toFixed(1)} µs`);
  row("  the same, catalog precompiled as in the built app", `${explainedPrecompiled.toFixed(1)} µs${differing ? ` (${differing} reasons differ!)` : ""}`);
  const rate = (b: { usPerProfile: number; perSecond: number }) =>
    `${b.usPerProfile.toFixed(1)} µs/profile, ${Math.round(b.perSecond).toLocaleString("en")} profiles/s`;
  row("batch of 10,000 profiles vs all trials, full results", rate(b10k));
  row("batch of 100,000 profiles vs all trials, full results", rate(b100k));
  row("batch of 100,000 profiles vs all trials, verdicts only", rate(v100k));
  row(`one profile vs 1,000 generated trials (${manyCriteria.toLocaleString("en")} criteria)`, `${(oneVsMany / 1000).toFixed(2)} ms (${(oneVsMany / 1000).toFixed(1)} µs per trial)`);

  const aims = [
    { name: `one profile vs the real trials < ${AIM_SINGLE_US} µs`, ok: single < AIM_SINGLE_US },
    { name: `batch (verdicts) ≥ ${AIM_BATCH_PER_SECOND.toLocaleString("en")} profiles/s`, ok: v100k.perSecond >= AIM_BATCH_PER_SECOND },
  ];
  console.log("aims:");
  for (const aim of aims) console.log(`  ${aim.ok ? "met   " : "MISSED"} ${aim.name}`);
  if (check && aims.some((a) => !a.ok)) process.exitCode = 1;
}

main();
