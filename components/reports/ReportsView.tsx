/**
 * The recruitment report page's content: the date range form, the across-trials block, and per
 * trial the funnel, the exclusions with their counts and the flow diagram. It renders the report
 * model (lib/view/reports.ts) and decides nothing. Print CSS: components/reports/reports.css.
 */
import { flowDiagram } from "@/lib/view/flow-diagram";
import { formatCount, type CountBy, type RecruitmentReport, type SmallCells, type TrialReport } from "@/lib/view/reports";
import { FlowDiagram } from "./FlowDiagram";
import { PrintButton } from "./PrintButton";

/** Every user-visible string of the page, in one place (for translation). */
export const REPORT_TEXT = {
  title: "Recruitment report",
  intro:
    "Counts from the screening log: each screening's latest version, voided entries left out, selected by the day of the first screening. Each patient is counted once per trial, at the current status.",
  from: "From",
  to: "To",
  mask: "Mask small counts",
  threshold: "below",
  show: "Show",
  print: "Print",
  period: (from?: string, to?: string) => `Screenings from ${from ?? "the first"} to ${to ?? "the latest"}`,
  rangeReversed: "The start date is after the end date, so no screening is in the period.",
  masked: (threshold: number) => `Counts from 1 to ${threshold - 1} are shown as “<${threshold}”.`,
  across: "Across trials",
  screenings: "Screenings in the period",
  screenedForAll: "Screened for every trial at once",
  passedMoreThanOne: "Passed more than one trial’s pre-screen (decide which trial to offer)",
  combination: "Trials passed",
  patients: "Patients",
  funnel: "Funnel",
  stage: "Stage",
  count: "Count",
  screened: "Screened",
  prescreenPassed: "Pre-screen passed",
  approached: "Approached",
  consented: "Consented",
  enrolled: "Enrolled",
  exclusions: "Exclusions",
  notEligible: "Not eligible",
  notEligibleNote: "A patient who fails several criteria counts once under each criterion and once in the total.",
  criterion: "Criterion",
  withoutCode: "Not eligible without a coded criterion",
  needsInformation: "Needs information",
  declined: "Declined",
  notApproached: "Not approached",
  reason: "Reason",
  versions: (current: string, covered: string, older: number) =>
    `Criteria version now ${current}; versions covered: ${covered || "none"}; ${older} ${older === 1 ? "entry" : "entries"} screened against an older version.`,
  diagram: (trialId: string) => `Flow diagram · ${trialId}`,
  exports: "Exports",
  exportTrial: (trialId: string) => `Screening log of ${trialId} (CSV)`,
  exportAll: "Screening log, all trials (CSV)",
  exportDeidentified: "De-identified counts, all trials (CSV)",
} as const;

export type ReportsViewProps = {
  report: RecruitmentReport;
  cells: SmallCells;
  /** Whether the viewer may download the exports (checked again on the server). */
  canExport: boolean;
};

function CountTable({ caption, rows, cells, labelHeader, showKey }: { caption: string; rows: readonly CountBy[]; cells: SmallCells; labelHeader: string; showKey?: boolean }) {
  if (rows.length === 0) return null;
  return (
    <table className="report-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col" className="num">
            {REPORT_TEXT.count}
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
  const c = (n: number) => formatCount(n, cells);
  const f = trial.funnel;
  const headingId = `trial-${trial.trialId}`;
  return (
    <section className="report-trial" aria-labelledby={headingId} data-trial={trial.trialId}>
      <h2 id={headingId}>
        {trial.trialId} · {trial.shortTitle}
      </h2>
      <p className="report-versions">
        {REPORT_TEXT.versions(trial.versions.current, trial.versions.covered.map((v) => `${v.key} (${c(v.count)})`).join(", "), trial.versions.olderCount)}
      </p>
      <div className="report-columns">
        <table className="report-table report-funnel">
          <caption>{REPORT_TEXT.funnel}</caption>
          <thead>
            <tr>
              <th scope="col">{REPORT_TEXT.stage}</th>
              <th scope="col" className="num">
                {REPORT_TEXT.count}
              </th>
            </tr>
          </thead>
          <tbody>
            {(
              [
                [REPORT_TEXT.screened, f.screened],
                [REPORT_TEXT.prescreenPassed, f.prescreenPassed],
                [REPORT_TEXT.approached, f.approached],
                [REPORT_TEXT.consented, f.consented],
                [REPORT_TEXT.enrolled, f.enrolled],
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
          <h3>{REPORT_TEXT.exclusions}</h3>
          <dl className="report-totals">
            <div>
              <dt>{REPORT_TEXT.notEligible}</dt>
              <dd>{c(trial.notEligible.total)}</dd>
            </div>
            <div>
              <dt>{REPORT_TEXT.needsInformation}</dt>
              <dd>{c(trial.needsInformation)}</dd>
            </div>
            <div>
              <dt>{REPORT_TEXT.declined}</dt>
              <dd>{c(trial.declined.total)}</dd>
            </div>
            <div>
              <dt>{REPORT_TEXT.notApproached}</dt>
              <dd>{c(trial.notApproached.total)}</dd>
            </div>
          </dl>
          <CountTable caption={REPORT_TEXT.notEligible} rows={trial.notEligible.byCriterion} cells={cells} labelHeader={REPORT_TEXT.criterion} showKey />
          {trial.notEligible.byCriterion.length > 0 && <p className="report-note">{REPORT_TEXT.notEligibleNote}</p>}
          {trial.notEligible.withoutCode > 0 && (
            <p>
              {REPORT_TEXT.withoutCode}: {c(trial.notEligible.withoutCode)}
            </p>
          )}
          <CountTable caption={REPORT_TEXT.declined} rows={trial.declined.byReason} cells={cells} labelHeader={REPORT_TEXT.reason} />
          <CountTable caption={REPORT_TEXT.notApproached} rows={trial.notApproached.byReason} cells={cells} labelHeader={REPORT_TEXT.reason} />
        </div>
      </div>
      <div className="report-diagram">
        <h3>{REPORT_TEXT.diagram(trial.trialId)}</h3>
        <FlowDiagram model={flowDiagram(trial, cells)} />
      </div>
      {canExport && (
        <p className="report-exports no-print">
          <a href={exportHref({ trial: trial.trialId, from: range.from, to: range.to })} download>
            {REPORT_TEXT.exportTrial(trial.trialId)}
          </a>
        </p>
      )}
    </section>
  );
}

export function ReportsView({ report, cells, canExport }: ReportsViewProps) {
  const { range, across } = report;
  return (
    <div className="reports" data-report>
      <h1>{REPORT_TEXT.title}</h1>
      <p className="no-print">{REPORT_TEXT.intro}</p>
      <form method="get" action="/reports" className="report-range no-print">
        <label>
          {REPORT_TEXT.from} <input type="date" name="from" defaultValue={range.from ?? ""} />
        </label>
        <label>
          {REPORT_TEXT.to} <input type="date" name="to" defaultValue={range.to ?? ""} />
        </label>
        <label>
          <input type="checkbox" name="mask" value="1" defaultChecked={cells.mask} /> {REPORT_TEXT.mask}
        </label>
        <label>
          {REPORT_TEXT.threshold} <input type="number" name="threshold" min={2} max={100} defaultValue={cells.threshold} />
        </label>
        <button type="submit" className="report-button">
          {REPORT_TEXT.show}
        </button>{" "}
        <PrintButton label={REPORT_TEXT.print} />
      </form>
      {range.from && range.to && range.from > range.to && (
        <p role="alert" className="report-alert">
          {REPORT_TEXT.rangeReversed}
        </p>
      )}
      <p className="report-period">
        {REPORT_TEXT.period(range.from, range.to)}
        {cells.mask && ` ${REPORT_TEXT.masked(cells.threshold)}`}
      </p>
      <section className="report-across" aria-labelledby="across-trials">
        <h2 id="across-trials">{REPORT_TEXT.across}</h2>
        <dl className="report-totals">
          <div>
            <dt>{REPORT_TEXT.screenings}</dt>
            <dd>{formatCount(across.screenings, cells)}</dd>
          </div>
          <div>
            <dt>{REPORT_TEXT.screenedForAll}</dt>
            <dd>{formatCount(across.screenedForAll, cells)}</dd>
          </div>
          <div>
            <dt>{REPORT_TEXT.passedMoreThanOne}</dt>
            <dd>{formatCount(across.passedMoreThanOne, cells)}</dd>
          </div>
        </dl>
        <CountTable caption={REPORT_TEXT.passedMoreThanOne} rows={across.passedCombinations} cells={cells} labelHeader={REPORT_TEXT.combination} />
        {canExport && (
          <p className="report-exports no-print">
            <a href={exportHref({ from: range.from, to: range.to })} download>
              {REPORT_TEXT.exportAll}
            </a>{" "}
            ·{" "}
            <a href={exportHref({ deidentified: "1", from: range.from, to: range.to })} download>
              {REPORT_TEXT.exportDeidentified}
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
