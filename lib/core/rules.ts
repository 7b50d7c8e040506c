/**
 * Rules are plain, serializable data (as in json-rules-engine: all/any/not over
 * fact/operator/value), never closures, so they can be shown, audited, tested and compiled
 * elsewhere. A rule evaluates to true, false or unknown (Kleene logic, lib/core/logic.ts).
 *
 * Criteria files type their rules with `satisfies`, so a rule that compares a yes/no fact with a
 * number, or names a fact that doesn't exist, fails to compile; the zod schema below checks the
 * same at run time for anything loaded from outside.
 */
import "./zod-config";
import { z } from "zod";
import { BOOLEAN_FACTS, ENUM_FACTS, NUMBER_FACTS, TIME_FACTS } from "./facts";
import type { BooleanFact, EnumFact, NumberFact, TimeFact } from "./facts";
import { TIME_UNITS, type TimeUnit } from "./profile";

export const COMPARISON_OPS = ["lt", "le", "gt", "ge", "eq"] as const;
export type ComparisonOp = (typeof COMPARISON_OPS)[number];

export const CONCEPT_IDS = [
  "decompensatedCirrhosis",
  "endStageLiverDisease",
  "seriousBleedingTendency",
] as const;
export type ConceptId = (typeof CONCEPT_IDS)[number];

/**
 * Why a case goes to the investigator, as structured data: a stable key (for translations and
 * audit: issue 13's catalogs can key on it) and the English text, which is the source of truth.
 */
export type ReferReason = { key: string; text: string; textZh?: string };

export const referReasonSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-zA-Z0-9.-]*$/, "a refer reason key is lowerCamel words joined by dots"),
  text: z.string().min(1),
  textZh: z.string().min(1).optional(),
});

export type Rule =
  | { fact: NumberFact; op: ComparisonOp; value: number }
  /** Inclusive on both ends: "18-80 years old" includes 18 and 80. */
  | { fact: NumberFact; op: "between"; min: number; max: number }
  | { fact: BooleanFact; op: "is"; value: boolean }
  | { fact: EnumFact; op: "in"; values: readonly string[] }
  /** The event happened no longer ago than amount+unit (inclusive). "never" is false. */
  | { fact: TimeFact; op: "within"; amount: number; unit: TimeUnit }
  | { concept: ConceptId }
  /**
   * Where `when` holds, the answer is for the investigator: the data is complete but the registry
   * text does not decide. Yields "refer" (lib/core/logic.ts) where `when` is true, false where it is
   * false, unknown where it is unknown. So it belongs where a false is harmless: inside an `any`
   * ("excluded if X, or refer if Y") or under `not (any …)`.
   */
  | { refer: { when: Rule; reason: ReferReason } }
  | { all: readonly Rule[] }
  | { any: readonly Rule[] }
  | { not: Rule };

export const ruleSchema: z.ZodType<Rule> = z.lazy(() =>
  z.union([
    z.strictObject({ fact: z.enum(NUMBER_FACTS), op: z.enum(COMPARISON_OPS), value: z.number() }),
    z
      .strictObject({ fact: z.enum(NUMBER_FACTS), op: z.literal("between"), min: z.number(), max: z.number() })
      .refine((r) => r.min <= r.max, "between: min must not exceed max"),
    z.strictObject({ fact: z.enum(BOOLEAN_FACTS), op: z.literal("is"), value: z.boolean() }),
    z.strictObject({ fact: z.enum(ENUM_FACTS), op: z.literal("in"), values: z.array(z.string()).min(1) }),
    z.strictObject({
      fact: z.enum(TIME_FACTS),
      op: z.literal("within"),
      amount: z.number().nonnegative(),
      unit: z.enum(TIME_UNITS),
    }),
    z.strictObject({ concept: z.enum(CONCEPT_IDS) }),
    z.strictObject({ refer: z.strictObject({ when: ruleSchema, reason: referReasonSchema }) }),
    z.strictObject({ all: z.array(ruleSchema).min(1) }),
    z.strictObject({ any: z.array(ruleSchema).min(1) }),
    z.strictObject({ not: ruleSchema }),
  ]),
);

/** Every fact a rule reads, directly (concepts are resolved by the caller). */
export function factsOf(rule: Rule, into: Set<string> = new Set()): Set<string> {
  if ("fact" in rule) into.add(rule.fact);
  else if ("all" in rule) rule.all.forEach((r) => factsOf(r, into));
  else if ("any" in rule) rule.any.forEach((r) => factsOf(r, into));
  else if ("not" in rule) factsOf(rule.not, into);
  else if ("refer" in rule) factsOf(rule.refer.when, into);
  return into;
}

export function conceptsOf(rule: Rule, into: Set<ConceptId> = new Set()): Set<ConceptId> {
  if ("concept" in rule) into.add(rule.concept);
  else if ("all" in rule) rule.all.forEach((r) => conceptsOf(r, into));
  else if ("any" in rule) rule.any.forEach((r) => conceptsOf(r, into));
  else if ("not" in rule) conceptsOf(rule.not, into);
  else if ("refer" in rule) conceptsOf(rule.refer.when, into);
  return into;
}

/** Every refer reason a rule can yield, directly (concepts are resolved by the caller). */
export function referReasonsOf(rule: Rule, into: ReferReason[] = []): ReferReason[] {
  if ("refer" in rule) {
    into.push(rule.refer.reason);
    referReasonsOf(rule.refer.when, into);
  } else if ("all" in rule) rule.all.forEach((r) => referReasonsOf(r, into));
  else if ("any" in rule) rule.any.forEach((r) => referReasonsOf(r, into));
  else if ("not" in rule) referReasonsOf(rule.not, into);
  return into;
}
