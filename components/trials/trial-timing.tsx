"use client";
/**
 * The only client code on the trials pages: the record's freshness and its dates measured
 * against the viewer's today. The pages are generated at build time, so the server HTML carries
 * the assessment as of the build date (`renderedOn`, stated on the page); once the page is
 * running in the browser it is recomputed for the viewer's own date. useSyncExternalStore gives
 * the build date while hydrating (no mismatch) and the viewer's date right after.
 */
import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { useFormat } from "@/components/i18n/use-format";
import { assessFreshness, dateLines, isoDay, type FreshnessLevel, type TrialStatus } from "@/lib/core/freshness";

const noSubscription = () => () => {};

export function useViewerToday(renderedOn: string): string {
  return useSyncExternalStore(
    noSubscription,
    () => isoDay(new Date()),
    () => renderedOn,
  );
}

const LEVEL_TONE: Record<FreshnessLevel, string> = {
  current: "border-emerald-700 bg-emerald-50 text-emerald-900",
  stale: "border-amber-700 bg-amber-50 text-amber-900",
  outdated: "border-red-700 bg-red-50 text-red-900",
};

type Props = { status: TrialStatus; renderedOn: string };

/** The freshness level in words and its headline; `compact` leaves out the reasons. */
export function FreshnessNote({ status, renderedOn, compact = false }: Props & { compact?: boolean }) {
  const today = useViewerToday(renderedOn);
  const freshness = assessFreshness({ status }, today);
  const t = useTranslations("trialTiming");
  const { format } = useFormat();
  const level = t(`levels.${freshness.level}`);
  if (compact) {
    return (
      <span className="text-sm">
        <span className={`mr-2 inline-block rounded border px-2 py-0.5 font-semibold ${LEVEL_TONE[freshness.level]}`}>
          {level}
          <span className="sr-only">{t("colon")}</span>
        </span>
        {format(freshness.summaryMessage)}
      </span>
    );
  }
  return (
    <div className="space-y-1">
      <p className="text-sm">
        <span className={`mr-2 inline-block rounded border px-2 py-0.5 font-semibold ${LEVEL_TONE[freshness.level]}`}>
          {level}
          <span className="sr-only">{t("colon")}</span>
        </span>
        <span className="font-medium">{format(freshness.summaryMessage)}</span>
      </p>
      <ul className="list-disc space-y-0.5 pl-5 text-sm text-slate-700">
        {freshness.reasonMessages.map((reason, i) => (
          <li key={i}>{format(reason)}</li>
        ))}
      </ul>
      <p className="text-xs text-slate-600">
        {t.rich("assessedAgainst", { date: () => <time dateTime={today}>{today}</time> })}
      </p>
    </div>
  );
}

/** Start, completion and last update, each against today. */
export function DatesAgainstToday({ status, renderedOn }: Props) {
  const today = useViewerToday(renderedOn);
  const t = useTranslations("trialTiming");
  const { format } = useFormat();
  return (
    <ul className="space-y-0.5 text-sm">
      {dateLines(status, today).map((line) => (
        <li key={line.key}>
          <span className="font-medium">{t(`dates.${line.key}`)}</span> <time dateTime={line.date}>{line.date}</time>
          {t("colon")}
          <span className={line.passed && line.key !== "start" && line.key !== "lastUpdate" ? "font-medium" : undefined}>
            {format(line.textMessage)}
          </span>
        </li>
      ))}
    </ul>
  );
}
