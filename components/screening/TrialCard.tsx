"use client";
/** One trial's result: the summary (verdict in words, counts, recruitment) and the detail. */
import { useTranslations } from "next-intl";
import { memo } from "react";
import { useFormat } from "@/components/i18n/use-format";
import { CriterionText } from "@/components/trials/criterion-text";
import type { CriterionData, TrialData } from "@/lib/core/engine";
import { CONFIRMATION_NOTE_MAX, type ConfirmationOutcome } from "@/lib/core/confirmations";
import { VERDICT_TEXT, groupCriteria, noteCountText, recruitment } from "@/lib/view/results-view";
import type { TrialDefinition } from "@/lib/core/trial";
import { FieldLinks } from "./FieldLink";
import { LazyDetails } from "./LazyDetails";

export type ConfirmHandler = (trialId: string, criterionId: string, outcome: ConfirmationOutcome, note?: string) => void;

const VERDICT_STYLE = {
  bad: "border-red-800 bg-red-50 text-red-900",
  open: "border-amber-700 bg-amber-50 text-amber-900",
  good: "border-green-800 bg-green-50 text-green-900",
} as const;

export function VerdictBadge({ verdict }: { verdict: TrialData["verdict"] }) {
  const v = VERDICT_TEXT[verdict];
  const t = useTranslations("verdicts");
  return (
    <span className={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-sm font-semibold ${VERDICT_STYLE[v.tone]}`}>
      <span aria-hidden="true">{v.symbol}</span>
      {t(verdict)}
    </span>
  );
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <div className="flex items-baseline gap-1">
      <dt className="text-slate-700">{label}</dt>
      <dd className="font-semibold tabular-nums text-slate-900">{value}</dd>
    </div>
  );
}

function CriterionHead({ c }: { c: CriterionData }) {
  return (
    <div className="text-sm text-slate-900">
      <span className="mr-1 font-mono text-xs font-semibold text-slate-700">{c.id}</span>
      <CriterionText text={c.text} textZh={c.textZh} />
    </div>
  );
}

/** The engine's explanation of a result, in the page's language. */
function Reason({ c, className }: { c: CriterionData; className: string }) {
  const { format } = useFormat();
  return <p className={className}>{format(c.explanation)}</p>;
}

/** How the encoding reads the registry line, where it had to choose (see the trial's page). */
function Interpretation({ c }: { c: CriterionData }) {
  const t = useTranslations("trialCard");
  const { value } = useFormat();
  if (!c.interpretation) return null;
  return <p className="mt-0.5 text-xs text-slate-700">{t("readAs", { interpretation: value({ en: c.interpretation, zh: c.interpretationZh ?? c.interpretation }) })}</p>;
}

/**
 * The criterion rows are memoised on their CriterionData: the engine's results keep the identity
 * of every criterion whose result did not change (lib/view/structural-sharing.ts, in Results), so
 * a keystroke re-renders only the rows it changed.
 */
const ViolatedItem = memo(function ViolatedItem({ c }: { c: CriterionData }) {
  return (
    <li className="border-l-4 border-red-800 pl-3">
      <CriterionHead c={c} />
      <Reason c={c} className="text-sm text-red-900" />
      <Interpretation c={c} />
    </li>
  );
});

const UnknownItem = memo(function UnknownItem({ c }: { c: CriterionData }) {
  const t = useTranslations("trialCard");
  return (
    <li className="border-l-4 border-dashed border-amber-700 pl-3">
      <CriterionHead c={c} />
      <p className="text-sm text-slate-800">
        {t("settledBy")} <FieldLinks paths={c.missing} />
      </p>
      <Reason c={c} className="text-xs text-slate-700" />
      <Interpretation c={c} />
    </li>
  );
});

const SatisfiedItem = memo(function SatisfiedItem({ c }: { c: CriterionData }) {
  return (
    <li className="border-l-4 border-green-800 pl-3">
      <CriterionHead c={c} />
      <Reason c={c} className="text-sm text-slate-700" />
    </li>
  );
});

const ManualItem = memo(function ManualItem({
  trialId,
  c,
  onConfirm,
}: {
  trialId: string;
  c: CriterionData;
  onConfirm: ConfirmHandler;
}) {
  const name = `confirm-${trialId}-${c.id}`;
  const outcome: ConfirmationOutcome = c.confirmation?.outcome ?? "";
  const t = useTranslations("trialCard");
  const { value, format } = useFormat();
  const options: { value: ConfirmationOutcome; label: string }[] = [
    { value: "", label: t("notConfirmed") },
    { value: "met", label: t("confirmedMet") },
    { value: "not-met", label: t("confirmedNotMet") },
  ];
  return (
    <li className="rounded-md border border-slate-300 p-3">
      <CriterionHead c={c} />
      <p className="mt-1 text-sm text-slate-700">{c.manualReasonText === undefined ? null : value(c.manualReasonText)}</p>
      <fieldset className="mt-2">
        <legend className="text-sm font-medium text-slate-900">{t("confirmationFor", { id: c.id })}</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {options.map((o) => (
            <label key={o.value} className="flex items-center gap-1.5 text-sm text-slate-900">
              <input
                type="radio"
                name={name}
                value={o.value}
                checked={outcome === o.value}
                onChange={() => onConfirm(trialId, c.id, o.value)}
                className="h-4 w-4 accent-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
              />
              {o.label}
            </label>
          ))}
        </div>
      </fieldset>
      {outcome ? (
        <div className="mt-2 grid gap-1">
          <label htmlFor={`${name}-note`} className="text-sm text-slate-900">
            {t("noteFor", { id: c.id })}
          </label>
          <input
            id={`${name}-note`}
            type="text"
            autoComplete="off"
            maxLength={CONFIRMATION_NOTE_MAX}
            aria-describedby={`${name}-note-count`}
            value={c.confirmation?.note ?? ""}
            onChange={(event) => onConfirm(trialId, c.id, outcome, event.target.value)}
            className="rounded-md border border-slate-500 px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-700"
          />
          <p id={`${name}-note-count`} className="text-xs text-slate-700">
            {format(noteCountText((c.confirmation?.note ?? "").length))}
          </p>
        </div>
      ) : null}
    </li>
  );
});

function TrialDetail({
  trial,
  result,
  onConfirm,
}: {
  trial: TrialDefinition;
  result: TrialData;
  onConfirm: ConfirmHandler;
}) {
  const groups = groupCriteria(result);
  const h = "text-sm font-semibold text-slate-900";
  const t = useTranslations("trialCard");
  return (
    <div className="grid gap-4 pt-3">
      <div role="group" aria-labelledby={`${trial.id}-violated`}>
        <h5 id={`${trial.id}-violated`} className={h}>
          {t("violated", { count: groups.violated.length })}
        </h5>
        {groups.violated.length === 0 ? (
          <p className="text-sm text-slate-700">{t("none")}</p>
        ) : (
          <ul className="mt-1 grid gap-2">
            {groups.violated.map((c) => (
              <ViolatedItem key={c.id} c={c} />
            ))}
          </ul>
        )}
      </div>
      <div role="group" aria-labelledby={`${trial.id}-unknown`}>
        <h5 id={`${trial.id}-unknown`} className={h}>
          {t("unknown", { count: groups.unknown.length })}
        </h5>
        {groups.unknown.length === 0 ? (
          <p className="text-sm text-slate-700">{t("none")}</p>
        ) : (
          <ul className="mt-1 grid gap-2">
            {groups.unknown.map((c) => (
              <UnknownItem key={c.id} c={c} />
            ))}
          </ul>
        )}
      </div>
      <div role="group" aria-labelledby={`${trial.id}-manual`}>
        <h5 id={`${trial.id}-manual`} className={h}>
          {t("manual", { count: groups.manual.length })}
        </h5>
        {groups.manual.length === 0 ? (
          <p className="text-sm text-slate-700">{t("none")}</p>
        ) : (
          <ul className="mt-1 grid gap-2">
            {groups.manual.map((c) => (
              <ManualItem key={c.id} trialId={trial.id} c={c} onConfirm={onConfirm} />
            ))}
          </ul>
        )}
      </div>
      <LazyDetails
        className="rounded-md border border-slate-200"
        summaryClassName="cursor-pointer px-3 py-2 text-sm font-semibold text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-700"
        summary={t("satisfied", { count: groups.satisfied.length })}
      >
        {() => (
          <ul className="grid gap-2 px-3 pb-3">
            {groups.satisfied.map((c) => (
              <SatisfiedItem key={c.id} c={c} />
            ))}
          </ul>
        )}
      </LazyDetails>
      <p>
        <a
          href={`/checklist?trial=${trial.id}`}
          className="text-sm font-medium text-blue-800 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-700"
        >
          {t("printTrial")}
        </a>
      </p>
    </div>
  );
}

/**
 * The card's head: title, verdict, counts and recruitment. Memoised on the verdict and the counts
 * (kept identical while unchanged), so a keystroke that changes only a criterion's values skips it.
 */
const TrialSummary = memo(function TrialSummary({
  trial,
  verdict,
  counts,
  today,
}: {
  trial: TrialDefinition;
  verdict: TrialData["verdict"];
  counts: TrialData["counts"];
  today: string | undefined;
}) {
  const status = recruitment(trial, today);
  const headingId = `trial-${trial.id}-heading`;
  const t = useTranslations("trialCard");
  const { format } = useFormat();
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h4 id={headingId} className="text-base font-semibold text-slate-900">
            {trial.shortTitle}
          </h4>
          <p className="font-mono text-xs text-slate-700">{trial.id}</p>
        </div>
        <VerdictBadge verdict={verdict} />
      </div>
      {status.caveatMessage && verdict !== "ineligible" ? (
        <p className="mt-2 rounded border border-red-800 bg-red-50 px-2 py-1 text-sm font-medium text-red-900" data-testid={`caveat-${trial.id}`}>
          <span aria-hidden="true">⚠ </span>
          {format(status.caveatMessage)}
        </p>
      ) : null}
      <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={t("countsFor", { id: trial.id })}>
        <Count label={t("countViolated")} value={counts.violated} />
        <Count label={t("countUnknown")} value={counts.unknown} />
        <Count label={t("countManual")} value={counts.manual} />
      </dl>
      <p className="mt-1 text-sm text-slate-800">
        <span className="text-slate-700">{t("recruitment")}</span>
        <span className="font-medium">{format(status.labelMessage)}</span>
        {status.derivedMessage ? <span className="text-slate-800">{t("shownTodayAs", { status: format(status.derivedMessage) })}</span> : null}
      </p>
      {status.hintMessages.map((hint, i) => (
        <p key={i} className="mt-1 text-sm text-amber-900">
          <span aria-hidden="true">⚠ </span>
          {format(hint)}
        </p>
      ))}
    </>
  );
});

/**
 * A trial's card. Memoised: it re-renders only when its result (or today's date) changes, and its
 * criteria render only while the card is open (LazyDetails).
 */
export const TrialCard = memo(function TrialCard({
  trial,
  result,
  today,
  onConfirm,
}: {
  trial: TrialDefinition;
  result: TrialData;
  today: string | undefined;
  onConfirm: ConfirmHandler;
}) {
  const t = useTranslations("trialCard");
  return (
    <article aria-labelledby={`trial-${trial.id}-heading`} className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm" data-trial={trial.id}>
      <TrialSummary trial={trial} verdict={result.verdict} counts={result.counts} today={today} />
      <LazyDetails
        id={`detail-${trial.id}`}
        className="mt-3 border-t border-slate-200 pt-2"
        summaryClassName="cursor-pointer text-sm font-semibold text-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
        summary={t("criteriaFor", { id: trial.id })}
      >
        {() => <TrialDetail trial={trial} result={result} onConfirm={onConfirm} />}
      </LazyDetails>
    </article>
  );
});
