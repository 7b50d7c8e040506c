/**
 * Compiles rule data into small closures that compute only the truth value: the hot path of
 * screening, which runs for every trial on every keystroke and for whole batches. The rules stay
 * data; this is one compilation of them (lib/core/engine.ts's evaluateRule is the other, which builds
 * the explanations). tests/engine/compile.test.ts checks that the two always agree.
 */
import { CONCEPTS } from "./concepts";
import { FACT_VALUE } from "./facts";
import { REFER, type Outcome } from "./logic";
import type { Profile, TimeSince } from "./profile";
import type { ConceptId, Rule } from "./rules";
import { isWithin } from "./time";

export type CompiledRule = (profile: Profile) => Outcome;

const compiledConcepts = new Map<ConceptId, CompiledRule>();

function concept(id: ConceptId): CompiledRule {
  let fn = compiledConcepts.get(id);
  if (!fn) {
    fn = compileRule(CONCEPTS[id].rule);
    compiledConcepts.set(id, fn);
  }
  return fn;
}

/**
 * all/any/not below are lib/core/logic.ts's and/or/not (refer ranking below unknown) written as
 * short-circuiting loops, so that a trial stops reading facts once its answer is decided. A refer
 * node is its condition with true turned into "refer".
 */
export function compileRule(rule: Rule): CompiledRule {
  if ("all" in rule) {
    const parts = rule.all.map(compileRule);
    return (p) => {
      let unknown = false;
      let refer = false;
      for (const part of parts) {
        const v = part(p);
        if (v === false) return false;
        if (v === null) unknown = true;
        else if (v === REFER) refer = true;
      }
      return unknown ? null : refer ? REFER : true;
    };
  }
  if ("any" in rule) {
    const parts = rule.any.map(compileRule);
    return (p) => {
      let unknown = false;
      let refer = false;
      for (const part of parts) {
        const v = part(p);
        if (v === true) return true;
        if (v === null) unknown = true;
        else if (v === REFER) refer = true;
      }
      return unknown ? null : refer ? REFER : false;
    };
  }
  if ("not" in rule) {
    const inner = compileRule(rule.not);
    return (p) => {
      const v = inner(p);
      return v === null || v === REFER ? v : !v;
    };
  }
  if ("refer" in rule) {
    const when = compileRule(rule.refer.when);
    return (p) => {
      const v = when(p);
      return v === true ? REFER : v;
    };
  }
  if ("concept" in rule) return concept(rule.concept);
  const get = FACT_VALUE[rule.fact] as (p: Profile) => unknown;
  switch (rule.op) {
    case "is": {
      const expected = rule.value;
      return (p) => {
        const v = get(p);
        return v === undefined ? null : v === expected;
      };
    }
    case "in": {
      const values = new Set<unknown>(rule.values);
      return (p) => {
        const v = get(p);
        return v === undefined ? null : values.has(v);
      };
    }
    case "within": {
      const window = { amount: rule.amount, unit: rule.unit };
      return (p) => {
        const t = get(p) as TimeSince | undefined;
        if (t === undefined) return null;
        if (t.status === "never") return false;
        if (t.amount === undefined || t.unit === undefined) return null;
        return isWithin(t.amount, t.unit, window);
      };
    }
    case "between": {
      const { min, max } = rule;
      return (p) => {
        const v = get(p) as number | undefined;
        return v === undefined ? null : v >= min && v <= max;
      };
    }
    case "lt":
    case "le":
    case "gt":
    case "ge":
    case "eq": {
      const t = rule.value;
      const op = rule.op;
      const test =
        op === "lt" ? (v: number) => v < t : op === "le" ? (v: number) => v <= t : op === "gt" ? (v: number) => v > t : op === "ge" ? (v: number) => v >= t : (v: number) => v === t;
      return (p) => {
        const v = get(p) as number | undefined;
        return v === undefined ? null : test(v);
      };
    }
  }
}
