/**
 * Which profile fields each criterion reads, with shared concepts resolved. Used by the
 * criteria × trials view and by the audits.
 */
import { CONCEPTS } from "./concepts";
import { FACTS, type FactId } from "./facts";
import type { FieldPath } from "./fields";
import type { Rule } from "./rules";
import type { Criterion, TrialDefinition } from "./trial";

export function fieldsOfRule(rule: Rule, into: Set<FieldPath> = new Set()): Set<FieldPath> {
  if ("fact" in rule) for (const f of FACTS[rule.fact as FactId].fields) into.add(f);
  else if ("concept" in rule) fieldsOfRule(CONCEPTS[rule.concept].rule, into);
  else if ("all" in rule) for (const r of rule.all) fieldsOfRule(r, into);
  else if ("any" in rule) for (const r of rule.any) fieldsOfRule(r, into);
  else if ("refer" in rule) fieldsOfRule(rule.refer.when, into);
  else fieldsOfRule(rule.not, into);
  return into;
}

export function fieldsOfCriterion(criterion: Criterion): Set<FieldPath> {
  const fields = new Set<FieldPath>();
  if (criterion.rule) fieldsOfRule(criterion.rule, fields);
  if (criterion.appliesIf) fieldsOfRule(criterion.appliesIf, fields);
  return fields;
}

/** field → trial id → the criterion ids of that trial that read the field. */
export function fieldTrialMatrix(trials: readonly TrialDefinition[]): Map<FieldPath, Map<string, string[]>> {
  const matrix = new Map<FieldPath, Map<string, string[]>>();
  for (const trial of trials) {
    for (const criterion of trial.criteria) {
      for (const field of fieldsOfCriterion(criterion)) {
        const row = matrix.get(field) ?? new Map<string, string[]>();
        row.set(trial.id, [...(row.get(trial.id) ?? []), criterion.id]);
        matrix.set(field, row);
      }
    }
  }
  return matrix;
}
