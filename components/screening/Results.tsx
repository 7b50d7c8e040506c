"use client";
/**
 * The results: every trial side by side, updated as the coordinator types. This subtree watches
 * the form (the form itself does not re-render for it), and only when the usable profile changes
 * does it screen again.
 */
import { memo, useDeferredValue, useMemo, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { TRIALS } from "@/criteria";
import { findContradictions, type Contradiction } from "@/lib/core/consistency";
import { nextQuestions, screen, type ScreeningConfirmations } from "@/lib/core/engine";
import { matrixRows, orderedResults, screeningInput, todayIso, type InvalidField } from "@/lib/view/results-view";
import { computeScores } from "@/lib/core/scores";
import { CriteriaMatrix } from "./CriteriaMatrix";
import { useFormat } from "@/components/i18n/use-format";
import { FieldLink, FieldLinks } from "./FieldLink";
import { useFormControl } from "./form-api";
import { ScoresPanel } from "./ScoresPanel";
import { TrialCard, type ConfirmHandler } from "./TrialCard";

const noSubscription = () => () => {};

/** Today's date on the client; undefined while rendering on the server (no stale build date). */
function useToday(): string | undefined {
  return useSyncExternalStore(noSubscription, todayIso, () => undefined);
}

const MATRIX_ROWS = matrixRows(TRIALS);
const TRIAL_BY_ID = new Map(TRIALS.map((t) => [t.id, t]));

const InvalidNotice = memo(function InvalidNotice({ invalid }: { invalid: InvalidField[] }) {
  const t = useTranslations("results");
  const { value } = useFormat();
  return (
    <div aria-live="polite">
      {invalid.length > 0 ? (
        <div className="mt-3 rounded-lg border border-red-800 bg-red-50 p-3 text-sm text-red-900">
          <p className="font-semibold">
            <span aria-hidden="true">⚠ </span>
            {t("invalidNotice", { count: invalid.length })}
          </p>
          <ul className="mt-1 list-disc pl-5">
            {invalid.map((f) => (
              <li key={f.path}>
                <FieldLink path={f.path}>{f.message.startsWith(f.label) ? f.message : t("invalidField", { label: value(f.labelMessage), message: f.message })}</FieldLink>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
});

/** Answers that contradict each other: both fields count as unknown until one is corrected. */
const ContradictionNotice = memo(function ContradictionNotice({ contradictions }: { contradictions: Contradiction[] }) {
  const t = useTranslations("results");
  const { format } = useFormat();
  return (
    <div aria-live="polite">
      {contradictions.length > 0 ? (
        <div className="mt-3 rounded-lg border border-amber-700 bg-amber-50 p-3 text-sm text-amber-950" data-testid="contradictions">
          <p className="font-semibold">
            <span aria-hidden="true">⚠ </span>
            {t("contradictionNotice", { count: contradictions.length })}
          </p>
          <ul className="mt-1 list-disc pl-5">
            {contradictions.map((c) => (
              <li key={c.id}>
                {format(c.text)} <FieldLinks paths={c.fields} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
});

export function Results({
  confirmations,
  onConfirm,
}: {
  confirmations: ScreeningConfirmations;
  onConfirm: ConfirmHandler;
}) {
  const control = useFormControl();
  // Re-renders only when the usable profile or the list of invalid fields changes.
  const latest = useWatch({ control, compute: screeningInput });
  // Typing never waits for the results: the keystroke's own render sees the previous input (every
  // part below is memoised on it, so that render is cheap), and the results follow in a
  // transition that React interrupts for the next keystroke (issue 15).
  // The confirmations are not deferred: their radio buttons and notes are controlled inputs,
  // which must show what was chosen or typed in the same commit.
  const input = useDeferredValue(latest);
  const results = useMemo(() => screen(input.profile, TRIALS, confirmations), [input.profile, confirmations]);
  const scores = useMemo(() => computeScores(input.profile), [input.profile]);
  const contradictions = useMemo(() => findContradictions(input.profile), [input.profile]);
  const questions = useMemo(() => nextQuestions(results, 5), [results]);
  const today = useToday();
  const ordered = useMemo(() => orderedResults(results, TRIALS, today ?? todayIso()), [results, today]);
  const t = useTranslations("results");

  return (
    <section id="results" tabIndex={-1} aria-labelledby="results-heading" className="grid gap-4 focus:outline-none">
      <div>
        <h2 id="results-heading" className="text-lg font-semibold text-slate-900">
          {t("heading")}
        </h2>
        <InvalidNotice invalid={input.invalid} />
        <ContradictionNotice contradictions={contradictions} />
      </div>
      <ScoresPanel scores={scores} />

      <section aria-labelledby="trials-heading" className="grid gap-3">
        <h3 id="trials-heading" className="text-base font-semibold text-slate-900">
          {t("trials", { count: results.length })}
        </h3>
        {results.length === 0 ? <p className="text-sm text-slate-700">{t("noTrials")}</p> : null}
        <ul className="grid gap-3">
          {ordered.map((result) => {
            const trial = TRIAL_BY_ID.get(result.id);
            return trial ? (
              <li key={result.id}>
                <TrialCard trial={trial} result={result} today={today} onConfirm={onConfirm} />
              </li>
            ) : null;
          })}
        </ul>
      </section>

      <section aria-labelledby="next-heading" className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
        <h3 id="next-heading" className="text-base font-semibold text-slate-900">
          {t("askNext")}
        </h3>
        {questions.length === 0 ? (
          <p className="mt-1 text-sm text-slate-700">{t("askNextNone")}</p>
        ) : (
          <ol className="mt-2 grid list-decimal gap-1 pl-5 text-sm">
            {questions.map((q) => (
              <li key={q.field}>
                <FieldLinks paths={[q.field]} />
                <span className="text-slate-700">{t("neededBy", { criteria: q.criteria, trials: q.trials.length })}</span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <CriteriaMatrix rows={MATRIX_ROWS} trials={TRIALS} profile={input.profile} />
    </section>
  );
}
