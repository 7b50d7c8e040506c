/**
 * Which profile fields each criterion reads, with shared concepts resolved. Used by the
 * criteria × trials view and by the audits.
 */
import { CONCEPTS } from "./concepts";
import { FACTS, type FactId } from "./facts";
import type { FieldPath } from "./fields";
import type { Rule } from "./rules";
import type { Criterion, TrialDefinition } from "./trial";

/** Calls `visit` with every fact a rule reaches, shared concepts resolved. */
function forEachFact(rule: Rule, visit: (fact: FactId) => void): void {
  if ("fact" in rule) visit(rule.fact as FactId);
  else if ("concept" in rule) forEachFact(CONCEPTS[rule.concept].rule, visit);
  else if ("all" in rule) for (const r of rule.all) forEachFact(r, visit);
  else if ("any" in rule) for (const r of rule.any) forEachFact(r, visit);
  else if ("refer" in rule) forEachFact(rule.refer.when, visit);
  else forEachFact(rule.not, visit);
}

export function fieldsOfRule(rule: Rule, into: Set<FieldPath> = new Set()): Set<FieldPath> {
  forEachFact(rule, (fact) => {
    for (const f of FACTS[fact].fields) into.add(f);
  });
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
  const addShown = (fact: FactId): void => {
    const spec = FACTS[fact];
    if ("shownWith" in spec) for (const f of spec.shownWith) fields.add(f);
  };
  if (criterion.rule) forEachFact(criterion.rule, addShown);
  if (criterion.appliesIf) forEachFact(criterion.appliesIf, addShown);
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
