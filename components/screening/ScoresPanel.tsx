"use client";
import { useTranslations } from "next-intl";
import { memo, useMemo, useState } from "react";
import { useFormat } from "@/components/i18n/use-format";
import { scoreLines, type ScoreLine as ScoreLineModel } from "@/lib/view/results-view";
import { sharingWithPrevious } from "@/lib/view/structural-sharing";
import type { Scores } from "@/lib/core/scores";
import { FieldLinks } from "./FieldLink";

/** One score. Memoised on its line, which keeps its identity while unchanged (see ScoresPanel). */
const ScoreLine = memo(function ScoreLine({ line }: { line: ScoreLineModel }) {
  const t = useTranslations("scores");
  const { value: text, format } = useFormat();
  return (
    <div className="min-w-0">
      <dt className="text-sm text-slate-700">{text(line.nameMessage)}</dt>
      <dd>
        <span className={`text-lg font-semibold ${!line.known ? "text-slate-700 italic" : "text-slate-900"}`}>
          {text(line.value)}
        </span>
        {line.detail ? <span className="ml-1.5 text-sm text-slate-700">{text(line.detail)}</span> : null}
        {line.missing.length > 0 ? (
          <p className="text-sm text-slate-800">
            {t("needs")} <FieldLinks paths={line.missing} />
          </p>
        ) : null}
        {line.known ? (
          <p className="text-xs text-slate-700" data-score-explanation>
            {format(line.explanation)}
          </p>
        ) : null}
        {line.assumptions.map((a) => (
          <p key={a.key} className="text-xs text-slate-700">
            {t("assumed", { assumption: text(a) })}
          </p>
        ))}
      </dd>
    </div>
  );
});

/**
 * Child–Pugh, MELD, MELD-Na and MELD 3.0, live, or which inputs they still lack. A keystroke
 * re-renders only the score lines it changed: each line keeps its identity while its content is
 * unchanged (lib/view/structural-sharing.ts).
 */
export const ScoresPanel = memo(function ScoresPanel({ scores }: { scores: Scores }) {
  const [share] = useState(() => sharingWithPrevious<ScoreLineModel[]>());
  const lines = useMemo(() => share(scoreLines(scores)), [share, scores]);
  const t = useTranslations("scores");
  return (
    <section aria-labelledby="scores-heading" className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
      <h3 id="scores-heading" className="text-base font-semibold text-slate-900">
        {t("heading")}
      </h3>
      <dl className="mt-2 grid gap-3 sm:grid-cols-2">
        {lines.map((line) => (
          <ScoreLine key={line.name} line={line} />
        ))}
      </dl>
    </section>
  );
});
