"use client";
import { useTranslations } from "next-intl";
import { memo } from "react";
import { useFormat } from "@/components/i18n/use-format";
import { fieldMessage } from "@/lib/core/fields";
import type { MatrixRow } from "@/lib/view/results-view";
import type { TrialDefinition } from "@/lib/core/trial";
import { FieldLink } from "./FieldLink";
import { LazyDetails } from "./LazyDetails";

const Row = memo(function Row({ row, trials, answered }: { row: MatrixRow; trials: readonly TrialDefinition[]; answered: boolean }) {
  const t = useTranslations("matrix");
  const { value } = useFormat();
  return (
    <tr className={`border-b border-slate-200 ${answered ? "" : "bg-amber-50"}`}>
      <th scope="row" className="py-1 pr-2 text-left font-normal">
        <FieldLink path={row.field}>{value(fieldMessage(row.field))}</FieldLink>
        {answered ? null : <span className="ml-1 text-xs font-semibold text-amber-900">{t("missing")}</span>}
      </th>
      {trials.map((trial) => (
        <td key={trial.id} className="px-2 py-1 font-mono text-xs text-slate-800">
          {row.cells[trial.id]?.join(", ") ?? <span className="sr-only">{t("none")}</span>}
        </td>
      ))}
    </tr>
  );
});

/**
 * Which facts matter to which trials: rows are profile fields, columns trials, cells criterion ids.
 * `answered` (one per row) is kept identical while unchanged, so a keystroke that answers no new
 * fact skips the matrix.
 */
export const CriteriaMatrix = memo(function CriteriaMatrix({
  rows,
  trials,
  answered,
}: {
  rows: readonly MatrixRow[];
  trials: readonly TrialDefinition[];
  answered: readonly boolean[];
}) {
  const missing = answered.filter((a) => !a).length;
  const t = useTranslations("matrix");
  return (
    <LazyDetails
      className="rounded-lg border border-slate-300 bg-white shadow-sm"
      summaryClassName="cursor-pointer rounded-lg px-4 py-3 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
      summary={
        <>
          <h3 id="matrix-heading" className="inline text-base font-semibold text-slate-900">
            {t("heading")}
          </h3>
          <span className="ml-2 text-sm text-slate-700">
            {t("summary", { facts: rows.length, missing })}
          </span>
        </>
      }
    >
      {() => (
        <div className="overflow-x-auto px-4 pb-4">
          <table className="w-full border-collapse text-sm" aria-labelledby="matrix-heading">
            <thead>
              <tr className="border-b border-slate-400 text-left">
                <th scope="col" className="py-1 pr-2 font-semibold text-slate-900">
                  {t("fact")}
                </th>
                {trials.map((t) => (
                  <th key={t.id} scope="col" className="px-2 py-1 font-mono text-xs font-semibold text-slate-900">
                    {t.id}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <Row key={row.field} row={row} trials={trials} answered={answered[i] ?? false} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </LazyDetails>
  );
});
