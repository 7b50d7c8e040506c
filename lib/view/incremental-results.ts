/**
 * The screening page's results, keystroke after keystroke, as data (TrialData), rebuilding only
 * the criteria whose inputs changed. A criterion's result (status, explanation, missing fields,
 * referral) is a function of its rule, the values of the fields it reads or shows (shared concepts
 * and facts resolved: fieldsInResult, lib/core/coverage.ts) once contradicting answers are set aside
 * (resolveContradictions), the contradictions themselves and the coordinator's confirmation. When
 * none of these changed since the previous profile, the previous criterion object is kept as is:
 * its explanation is not built again, and the memoised row that shows it does not re-render.
 *
 * Building every criterion's explanation and comparing it with the previous one was the largest
 * part of a keystroke's own script time after React (issue 15). A property test holds the result
 * equal to screening from scratch (screen(...).map(trialData)) over random sequences of profiles.
 */
import { resolveContradictions } from "../core/consistency";
import { fieldsInResult } from "../core/coverage";
import {
  evaluateCriterionOfTrial,
  type Confirmation,
  trialDataFromCriteria,
  type CriterionData,
  type ScreeningConfirmations,
  type TrialData,
} from "../core/engine";
import type { Profile } from "../core/profile";
import type { TrialDefinition } from "../core/trial";
import { getAt } from "./form";
import { shareUnchanged } from "./structural-sharing";

type Kept = { confirmation: Confirmation | undefined; data: CriterionData };

/**
 * A function from (profile, confirmations) to every trial's result as data, in `trials` order,
 * sharing every criterion and trial that did not change with its previous call (so memoised
 * components skip them). One per consumer, e.g. `useState(() => incrementalResults(TRIALS))[0]`.
 */
export function incrementalResults(trials: readonly TrialDefinition[]): (profile: Profile, confirmations: ScreeningConfirmations) => TrialData[] {
  const fieldsRead = trials.map((t) => t.criteria.map((c) => [...fieldsInResult(c)]));
  const everyField = [...new Set(fieldsRead.flat(2))];
  const kept = trials.map(() => new Map<string, Kept>());
  // The values of the previous call, field by field, and the answers it set aside.
  let seen: { values: Map<string, unknown>; conflicts: unknown } | undefined;
  let previous: TrialData[] | undefined;
  return (profile, confirmations) => {
    const { profile: resolved, contradictions } = resolveContradictions(profile);
    // What an unknown criterion's explanation says of the answers set aside: their ids and fields.
    const conflicts = shareUnchanged(seen?.conflicts, contradictions.map((c) => ({ id: c.id, fields: c.fields, text: c.text })));
    const conflictsChanged = !seen || conflicts !== seen.conflicts;
    // Each field is compared once, not once per criterion that reads it.
    const values = new Map<string, unknown>();
    const changed = new Set<string>();
    for (const field of everyField) {
      const before = seen?.values.get(field);
      const value = shareUnchanged(before, getAt(resolved, field));
      values.set(field, value);
      if (!seen || value !== before) changed.add(field);
    }
    seen = { values, conflicts };
    const next = trials.map((trial, t): TrialData => {
      const keptOfTrial = kept[t]!;
      const criteria = trial.criteria.map((criterion, i) => {
        const confirmation = confirmations[trial.id]?.[criterion.id];
        const before = keptOfTrial.get(criterion.id);
        // The status too is a function of these: a criterion none of whose inputs changed is
        // neither evaluated nor explained again.
        const unchanged =
          before !== undefined &&
          !conflictsChanged &&
          shareUnchanged(before.confirmation, confirmation) === before.confirmation &&
          !fieldsRead[t]![i]!.some((field) => changed.has(field));
        if (unchanged) return before.data;
        const data = evaluateCriterionOfTrial(trial, i, resolved, confirmation);
        keptOfTrial.set(criterion.id, { confirmation, data });
        return data;
      });
      return trialDataFromCriteria(trial.id, criteria, contradictions);
    });
    previous = previous ? shareUnchanged(previous, next) : next;
    return previous;
  };
}
