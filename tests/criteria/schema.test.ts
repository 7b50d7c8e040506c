/**
 * Audit: every trial is well formed, and every name a rule uses resolves: rule → fact → profile
 * field → label.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { TRIALS } from "@/criteria/index";
import { CONCEPTS } from "@/lib/core/concepts";
import { FACTS, type FactId } from "@/lib/core/facts";
import { FIELD_LABELS } from "@/lib/core/english-core";
import { profileSchema } from "@/lib/core/profile";
import { conceptsOf, factsOf, type ConceptId, type Rule } from "@/lib/core/rules";
import { trialSchema } from "@/lib/core/trial";

/** Every rule of a trial: each criterion's rule and appliesIf. */
function rulesOf(trial: (typeof TRIALS)[number]): { where: string; rule: Rule }[] {
  return trial.criteria.flatMap((c) => [
    ...(c.rule ? [{ where: `${trial.id} ${c.id}`, rule: c.rule }] : []),
    ...(c.appliesIf ? [{ where: `${trial.id} ${c.id} appliesIf`, rule: c.appliesIf }] : []),
  ]);
}

const ALL_RULES = [
  ...TRIALS.flatMap(rulesOf),
  ...Object.values(CONCEPTS).map((c) => ({ where: `concept ${c.id}`, rule: c.rule as Rule })),
];

/** Every leaf comparison in a rule, concepts not expanded. */
function leaves(rule: Rule): Extract<Rule, { fact: string }>[] {
  if ("fact" in rule) return [rule];
  if ("all" in rule) return rule.all.flatMap(leaves);
  if ("any" in rule) return rule.any.flatMap(leaves);
  if ("not" in rule) return leaves(rule.not);
  if ("refer" in rule) return leaves(rule.refer.when);
  return [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  return s;
}

/** The schema at a dotted profile path, or undefined when there is no such field. */
function schemaAt(path: string): z.ZodType | undefined {
  let s: z.ZodType = profileSchema;
  for (const key of path.split(".")) {
    const obj = unwrap(s);
    if (!(obj instanceof z.ZodObject)) return undefined;
    const next = (obj.shape as Record<string, z.ZodType>)[key];
    if (!next) return undefined;
    s = next;
  }
  return s;
}

/** Fields of the profile a person answers: labelled paths, or non-object schemas below them. */
function unlabelledLeaves(schema: z.ZodType, prefix: string): string[] {
  if (prefix && prefix in FIELD_LABELS) return [];
  const obj = unwrap(schema);
  if (!(obj instanceof z.ZodObject)) return [prefix];
  return Object.entries(obj.shape as Record<string, z.ZodType>).flatMap(([key, child]) =>
    unlabelledLeaves(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe.each(TRIALS.map((t) => [t.id, t] as const))("%s", (_id, trial) => {
  it("parses with trialSchema", () => {
    const result = trialSchema.safeParse(trial);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it("has unique criterion ids, numbered consecutively in registry order (inclusions first)", () => {
    const ids = trial.criteria.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const inclusions = trial.criteria.filter((c) => c.category === "inclusion");
    const exclusions = trial.criteria.filter((c) => c.category === "exclusion");
    const numbered = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(2, "0")}`);
    expect(ids).toEqual([...numbered("INCL", inclusions.length), ...numbered("EXCL", exclusions.length)]);
  });

  it("gives every manual item a reason and no rule", () => {
    for (const c of trial.criteria.filter((c) => c.manual)) {
      expect(c.manual?.reason.trim().length, c.id).toBeGreaterThan(10);
      expect(c.rule, c.id).toBeUndefined();
    }
  });

  it("makes pregnancy and lactation items not applicable to male patients", () => {
    for (const c of trial.criteria.filter((c) => /pregnan|breastfeed|lactat/i.test(c.text))) {
      expect(c.appliesIf, c.id).toEqual({ fact: "sex", op: "in", values: ["female"] });
    }
  });

  it("lists sites, arms and interventions without staff contact details", () => {
    const text = JSON.stringify(trial);
    expect(text).not.toMatch(/@|\b\d{3}[- ]?\d{4}[- ]?\d{4}\b|\b86-0\d{3}/);
  });
});

describe("trials", () => {
  it("have unique ids", () => {
    const ids = TRIALS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("names used by rules", () => {
  it("every fact a rule reads (through concepts too) exists in FACTS", () => {
    const facts = new Set<string>();
    for (const { rule } of ALL_RULES) factsOf(rule, facts);
    for (const fact of facts) expect(Object.keys(FACTS), fact).toContain(fact);
  });

  it("every concept a rule names exists", () => {
    for (const { where, rule } of ALL_RULES) {
      for (const concept of conceptsOf(rule)) expect(Object.keys(CONCEPTS), where).toContain(concept);
    }
  });

  it("every `in` value is a value of its fact", () => {
    for (const { where, rule } of ALL_RULES) {
      for (const leaf of leaves(rule)) {
        if (leaf.op !== "in") continue;
        const spec = FACTS[leaf.fact as FactId];
        expect(spec.kind, where).toBe("enum");
        const values = "values" in spec ? (spec.values as readonly string[]) : [];
        for (const v of leaf.values) expect(values, `${where}: ${leaf.fact} in ${v}`).toContain(v);
      }
    }
  });

  it("every enum fact's values are exactly the values its profile field accepts", () => {
    for (const [id, spec] of Object.entries(FACTS)) {
      // Derived from several fields (Child–Pugh class from the score): no one field to compare with.
      if (spec.kind !== "enum" || spec.fields.length > 1) continue;
      const field = unwrap(schemaAt(spec.fields[0]) as z.ZodType);
      expect(field, id).toBeInstanceOf(z.ZodEnum);
      expect([...(field as z.ZodEnum).options], id).toEqual([...spec.values]);
    }
  });
});

describe("concepts", () => {
  it("have no cycles", () => {
    const visit = (id: ConceptId, path: ConceptId[]): void => {
      expect(path, `cycle ${[...path, id].join(" → ")}`).not.toContain(id);
      for (const next of conceptsOf(CONCEPTS[id].rule as Rule)) visit(next, [...path, id]);
    };
    for (const id of Object.keys(CONCEPTS) as ConceptId[]) visit(id, []);
  });

  it("are keyed by their own id", () => {
    for (const [key, concept] of Object.entries(CONCEPTS)) expect(concept.id).toBe(key);
  });
});

describe("facts and the profile schema", () => {
  it("every field a fact reads exists in the profile schema", () => {
    for (const [id, spec] of Object.entries(FACTS)) {
      for (const field of spec.fields) expect(schemaAt(field), `${id}: ${field}`).toBeDefined();
    }
  });

  it("every labelled field exists in the profile schema", () => {
    for (const path of Object.keys(FIELD_LABELS)) expect(schemaAt(path), path).toBeDefined();
  });

  it("every leaf field of the profile schema has a label", () => {
    expect(unlabelledLeaves(profileSchema, "")).toEqual([]);
  });

  it("finds no field that is not there (the walker itself)", () => {
    expect(schemaAt("demographics.name")).toBeUndefined();
    expect(schemaAt("labs.bilirubin.value")).toBeDefined();
    expect(schemaAt("conditions.hiv.extra")).toBeUndefined();
  });
});
