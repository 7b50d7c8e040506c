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
import { criterionData, screen, type CriterionData, type ScreeningConfirmations, type TrialData } from "../core/engine";
import type { Profile } from "../core/profile";
import type { TrialDefinition } from "../core/trial";
import { getAt } from "./form";
import { shareUnchanged } from "./structural-sharing";

type Kept = { inputs: readonly unknown[]; data: CriterionData };

/**
 * A function from (profile, confirmations) to every trial's result as data, in `trials` order,
 * sharing every criterion and trial that did not change with its previous call (so memoised
 * components skip them). One per consumer, e.g. `useState(() => incrementalResults(TRIALS))[0]`.
 */
export function incrementalResults(trials: readonly TrialDefinition[]): (profile: Profile, confirmations: ScreeningConfirmations) => TrialData[] {
  const fieldsRead = new Map(trials.map((t) => [t.id, new Map(t.criteria.map((c) => [c.id, [...fieldsInResult(c)]]))]));
  const kept = new Map<string, Map<string, Kept>>(trials.map((t) => [t.id, new Map()]));
  let previous: TrialData[] | undefined;
  return (profile, confirmations) => {
    const { profile: resolved, contradictions } = resolveContradictions(profile);
    // What an unknown criterion's explanation says of the answers set aside: their ids and fields.
    const conflicts = contradictions.map((c) => ({ id: c.id, fields: c.fields, text: c.text }));
    const next = screen(profile, trials, confirmations).map((result): TrialData => {
      const keptOfTrial = kept.get(result.id) ?? new Map<string, Kept>();
      const criteria = result.criteria.map((criterion) => {
        const fields = fieldsRead.get(result.id)?.get(criterion.id);
        if (!fields) return criterionData(criterion);
        const inputs = [criterion.status, conflicts, confirmations[result.id]?.[criterion.id], ...fields.map((f) => getAt(resolved, f))];
        const before = keptOfTrial.get(criterion.id);
        // shareUnchanged returns its first argument exactly when both are equal in content.
        if (before && shareUnchanged(before.inputs, inputs) === before.inputs) return before.data;
        const data = criterionData(criterion);
        keptOfTrial.set(criterion.id, { inputs, data });
        return data;
      });
      const { id, verdict, counts, pendingManual, missing } = result;
      return { id, verdict, criteria, counts, pendingManual, missing, contradictions: result.contradictions };
    });
    previous = previous ? shareUnchanged(previous, next) : next;
    return previous;
  };
}
