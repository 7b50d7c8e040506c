"use client";
/**
 * The results: every trial side by side, updated as the coordinator types. This subtree watches
 * the form (the form itself does not re-render for it), and only when the usable profile changes
 * does it screen again.
 */
import { memo, useMemo, useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { TRIALS } from "@/criteria";
import { findContradictions, type Contradiction } from "@/lib/core/consistency";
import { nextQuestions, type ScreeningConfirmations } from "@/lib/core/engine";
import { incrementalResults } from "@/lib/view/incremental-results";
import { incrementalScreeningInput, isAnswered, matrixRows, orderedResults, todayIso, type InvalidField } from "@/lib/view/results-view";
import { computeScores } from "@/lib/core/scores";
import { sharingWithPrevious } from "@/lib/view/structural-sharing";
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
  const { format } = useFormat();
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
                <FieldLink path={f.path}>{format(f.problem)}</FieldLink>
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

/** What to ask next: the missing facts that would settle the most criteria. */
const NextQuestions = memo(function NextQuestions({ questions }: { questions: ReturnType<typeof nextQuestions> }) {
  const t = useTranslations("results");
  return (
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
              <FieldLink path={q.field} />
              <span className="text-slate-700">{t("neededBy", { criteria: q.criteria, trials: q.trials.length })}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
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
  // Checks again only the parts of the profile that changed (lib/view/form-schema.ts).
  const [toInput] = useState(() => incrementalScreeningInput());
  // Re-renders only when the usable profile or the list of invalid fields changes.
  const latest = useWatch({ control, compute: toInput });
  // Rendered in the keystroke's own commit, not deferred (useDeferredValue): now that only the
  // changed cards, rows and score lines re-render, one commit is cheaper than two. Measured at 4×
  // CPU with old and new builds alternated, deferring made the results later (median 47–82 ms
  // against 20–28 ms) without echoing the typed character sooner (README, issue 15).
  const input = latest;
  // Each view model keeps the identity of every part that did not change since the previous
  // keystroke (lib/view/structural-sharing.ts), so the memoised cards, criterion rows and score
  // lines below re-render only where their result changed.
  const [share] = useState(() => ({
    // Rebuilds only the criteria whose inputs changed, and shares the rest (lib/view/incremental-results.ts).
    results: incrementalResults(TRIALS),
    scores: sharingWithPrevious<ReturnType<typeof computeScores>>(),
    contradictions: sharingWithPrevious<Contradiction[]>(),
    invalid: sharingWithPrevious<InvalidField[]>(),
    questions: sharingWithPrevious<ReturnType<typeof nextQuestions>>(),
    answered: sharingWithPrevious<boolean[]>(),
  }));
  // As data without the English renderings, which the page never shows (lib/core/engine.ts, CriterionData).
  const results = useMemo(() => share.results(input.profile, confirmations), [share, input.profile, confirmations]);
  const scores = useMemo(() => share.scores(computeScores(input.profile)), [share, input.profile]);
  const contradictions = useMemo(() => share.contradictions(findContradictions(input.profile)), [share, input.profile]);
  const invalid = useMemo(() => share.invalid(input.invalid), [share, input.invalid]);
  const questions = useMemo(() => share.questions(nextQuestions(results, 5)), [share, results]);
  const answered = useMemo(() => share.answered(MATRIX_ROWS.map((row) => isAnswered(input.profile, row.field))), [share, input.profile]);
  const today = useToday();
  const ordered = useMemo(() => orderedResults(results, TRIALS, today ?? todayIso()), [results, today]);
  const t = useTranslations("results");

  return (
    <section id="results" tabIndex={-1} aria-labelledby="results-heading" className="grid gap-4 focus:outline-none">
      <div>
        <h2 id="results-heading" className="text-lg font-semibold text-slate-900">
          {t("heading")}
        </h2>
        <InvalidNotice invalid={invalid} />
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

      <NextQuestions questions={questions} />

      <CriteriaMatrix rows={MATRIX_ROWS} trials={TRIALS} answered={answered} />
    </section>
  );
}
