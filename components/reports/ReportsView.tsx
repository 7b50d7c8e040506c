/**
 * The recruitment report page's content: the date range form, the across-trials block, and per
 * trial the funnel, the exclusions with their counts and the flow diagram. It renders the report
 * model (lib/view/reports.ts) and decides nothing. Print CSS: components/reports/reports.css.
 */
import { useTranslations } from "next-intl";
import { useFormat } from "@/components/i18n/use-format";
import { flowDiagram } from "@/lib/view/flow-diagram";
import { formatCount, type CountBy, type RecruitmentReport, type SmallCells, type TrialReport } from "@/lib/view/reports";
import { FlowDiagram } from "./FlowDiagram";
import { PrintButton } from "./PrintButton";

export type ReportsViewProps = {
  report: RecruitmentReport;
  cells: SmallCells;
  /** Whether the viewer may download the exports (checked again on the server). */
  canExport: boolean;
};

function CountTable({ caption, rows, cells, labelHeader, showKey }: { caption: string; rows: readonly CountBy[]; cells: SmallCells; labelHeader: string; showKey?: boolean }) {
  const t = useTranslations("reports");
  if (rows.length === 0) return null;
  return (
    <table className="report-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col" className="num">
            {t("count")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">
              {showKey && <span className="criterion-id">{row.key} </span>}
              {row.label}
            </th>
            <td className="num">{formatCount(row.count, cells)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function exportHref(params: Record<string, string | undefined>): string {
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined));
  const text = query.toString();
  return `/log/export.csv${text ? `?${text}` : ""}`;
}

function TrialSection({ trial, cells, range, canExport }: { trial: TrialReport; cells: SmallCells; range: RecruitmentReport["range"]; canExport: boolean }) {
  const t = useTranslations("reports");
  const say = useFormat();
  const c = (n: number) => formatCount(n, cells);
  const f = trial.funnel;
  const headingId = `trial-${trial.trialId}`;
  return (
    <section className="report-trial" aria-labelledby={headingId} data-trial={trial.trialId}>
      <h2 id={headingId}>
        {trial.trialId} · {trial.shortTitle}
      </h2>
      <p className="report-versions">
        {t("versions", {
          current: trial.versions.current,
          covered: trial.versions.covered.map((v) => `${v.key} (${c(v.count)})`).join(say.language === "zh" ? "、" : ", ") || t("noVersions"),
          older: trial.versions.olderCount,
        })}
      </p>
      <div className="report-columns">
        <table className="report-table report-funnel">
          <caption>{t("funnel")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("stage")}</th>
              <th scope="col" className="num">
                {t("count")}
              </th>
            </tr>
          </thead>
          <tbody>
            {(
              [
                [t("screened"), f.screened],
                [t("prescreenPassed"), f.prescreenPassed],
                [t("approached"), f.approached],
                [t("consented"), f.consented],
                [t("enrolled"), f.enrolled],
              ] as const
            ).map(([label, n]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="num">{c(n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="report-exclusions">
          <h3>{t("exclusions")}</h3>
          <dl className="report-totals">
            <div>
              <dt>{t("notEligible")}</dt>
              <dd>{c(trial.notEligible.total)}</dd>
            </div>
            <div>
              <dt>{t("needsInformation")}</dt>
              <dd>{c(trial.needsInformation)}</dd>
            </div>
            <div>
              <dt>{t("declined")}</dt>
              <dd>{c(trial.declined.total)}</dd>
            </div>
            <div>
              <dt>{t("notApproached")}</dt>
              <dd>{c(trial.notApproached.total)}</dd>
            </div>
          </dl>
          <CountTable caption={t("notEligible")} rows={trial.notEligible.byCriterion} cells={cells} labelHeader={t("criterion")} showKey />
          {trial.notEligible.byCriterion.length > 0 && <p className="report-note">{t("notEligibleNote")}</p>}
          {trial.notEligible.withoutCode > 0 && (
            <p>
              {t("withoutCode")}: {c(trial.notEligible.withoutCode)}
            </p>
          )}
          <CountTable caption={t("declined")} rows={trial.declined.byReason} cells={cells} labelHeader={t("reason")} />
          <CountTable caption={t("notApproached")} rows={trial.notApproached.byReason} cells={cells} labelHeader={t("reason")} />
        </div>
      </div>
      <div className="report-diagram">
        <h3>{t("diagram", { trialId: trial.trialId })}</h3>
        <FlowDiagram model={flowDiagram(trial, cells, say)} />
      </div>
      {canExport && (
        <p className="report-exports no-print">
          <a href={exportHref({ trial: trial.trialId, from: range.from, to: range.to })} download>
            {t("exportTrial", { trialId: trial.trialId })}
          </a>
        </p>
      )}
    </section>
  );
}

export function ReportsView({ report, cells, canExport }: ReportsViewProps) {
  const t = useTranslations("reports");
  const { range, across } = report;
  return (
    <div className="reports" data-report>
      <h1>{t("title")}</h1>
      <p className="no-print">{t("intro")}</p>
      <form method="get" action="/reports" className="report-range no-print">
        <label>
          {t("from")} <input type="date" name="from" defaultValue={range.from ?? ""} />
        </label>
        <label>
          {t("to")} <input type="date" name="to" defaultValue={range.to ?? ""} />
        </label>
        <label>
          <input type="checkbox" name="mask" value="1" defaultChecked={cells.mask} /> {t("mask")}
        </label>
        <label>
          {t("threshold")} <input type="number" name="threshold" min={2} max={100} defaultValue={cells.threshold} />
        </label>
        <button type="submit" className="report-button">
          {t("show")}
        </button>{" "}
        <PrintButton label={t("print")} />
      </form>
      {range.from && range.to && range.from > range.to && (
        <p role="alert" className="report-alert">
          {t("rangeReversed")}
        </p>
      )}
      <p className="report-period">
        {t("period", { from: range.from ?? t("first"), to: range.to ?? t("latest") })}
        {cells.mask && ` ${t("masked", { max: cells.threshold - 1, shown: formatCount(1, cells) })}`}
      </p>
      <section className="report-across" aria-labelledby="across-trials">
        <h2 id="across-trials">{t("across")}</h2>
        <dl className="report-totals">
          <div>
            <dt>{t("screenings")}</dt>
            <dd>{formatCount(across.screenings, cells)}</dd>
          </div>
          <div>
            <dt>{t("screenedForAll")}</dt>
            <dd>{formatCount(across.screenedForAll, cells)}</dd>
          </div>
          <div>
            <dt>{t("passedMoreThanOne")}</dt>
            <dd>{formatCount(across.passedMoreThanOne, cells)}</dd>
          </div>
        </dl>
        <CountTable caption={t("passedMoreThanOne")} rows={across.passedCombinations} cells={cells} labelHeader={t("combination")} />
        {canExport && (
          <p className="report-exports no-print">
            <a href={exportHref({ from: range.from, to: range.to })} download>
              {t("exportAll")}
            </a>{" "}
            ·{" "}
            <a href={exportHref({ deidentified: "1", from: range.from, to: range.to })} download>
              {t("exportDeidentified")}
            </a>
          </p>
        )}
      </section>
      {report.trials.map((trial) => (
        <TrialSection key={trial.trialId} trial={trial} cells={cells} range={range} canExport={canExport} />
      ))}
    </div>
  );
}
