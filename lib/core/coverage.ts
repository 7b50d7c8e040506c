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

/**
 * Every field a criterion's result can show: the fields it reads, and the ones its facts show
 * beside their values without deciding anything (facts.ts `shownWith`). Its status, explanation
 * and missing fields depend on these alone (with the contradictions and the confirmation), which
 * lets the screening page keep a criterion's result while none of them changes
 * (lib/view/incremental-results.ts).
 */
export function fieldsInResult(criterion: Criterion): Set<FieldPath> {
  const fields = fieldsOfCriterion(criterion);
  const addShown = (rule: Rule): void => {
    if ("fact" in rule) {
      const spec = FACTS[rule.fact as FactId];
      if ("shownWith" in spec) for (const f of spec.shownWith) fields.add(f);
    } else if ("concept" in rule) addShown(CONCEPTS[rule.concept].rule);
    else if ("all" in rule) rule.all.forEach(addShown);
    else if ("any" in rule) rule.any.forEach(addShown);
    else if ("refer" in rule) addShown(rule.refer.when);
    else addShown(rule.not);
  };
  if (criterion.rule) addShown(criterion.rule);
  if (criterion.appliesIf) addShown(criterion.appliesIf);
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
