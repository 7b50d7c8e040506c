/**
 * One log entry: its ID, versions, each trial's status and sign-offs, and the full history. The
 * writes are small client forms (EntryActions); what a role may do is decided on the server and
 * passed in as `may`.
 */
import Link from "next/link";
import { TRIAL_STATUS_TRANSITIONS } from "@/lib/core/screening-log";
import type { TrialDefinition } from "@/lib/core/trial";
import { auditRows, formatLogTime, statusChoices, statusLabel, VERDICT_LABELS } from "@/lib/view/log-view";
import type { LogEntry } from "@/lib/server/log/service";
import { RescreenButton, SignoffForm, StatusForm, VoidForm } from "./EntryActions";

export type EntryPermissions = { write: boolean; sign: boolean };

const STATUS_WORDS: Record<string, string> = {
  satisfied: "✓ Met / not excluded",
  violated: "× Not met / excluded",
  unknown: "? Unknown",
  manual: "◆ Manual",
  "not-applicable": "– Not applicable",
};

export function EntryView({ entry, trials, may }: { entry: LogEntry; trials: readonly TrialDefinition[]; may: EntryPermissions }) {
  const latest = entry.versions[0]!;
  const title = (id: string) => trials.find((t) => t.id === id)?.shortTitle ?? "";
  const criterionText = (trialId: string, criterionId: string) =>
    trials.find((t) => t.id === trialId)?.criteria.find((c) => c.id === criterionId)?.text ?? "";
  const writable = may.write && !entry.voided;
  return (
    <div className="grid gap-6">
      <div className="grid gap-2">
        <h1 className="text-2xl font-bold">
          Screening <span className="font-mono">{entry.screeningId}</span>
        </h1>
        <p className="text-sm text-slate-700">
          Saved {formatLogTime(entry.createdAt)} by {entry.createdBy} · latest version {entry.latestVersion} (
          {formatLogTime(latest.savedAt)}, {latest.savedBy})
        </p>
        {entry.voided ? (
          <p role="note" className="rounded-md border border-slate-600 bg-slate-100 px-3 py-2 font-medium">
            Voided {formatLogTime(entry.voided.at)} by {entry.voided.by}: {entry.voided.reason}
          </p>
        ) : null}
        <div className="no-print flex flex-wrap gap-2">
          {writable ? (
            <RescreenButton screeningId={entry.screeningId} rowVersion={entry.rowVersion} profile={latest.profile} confirmations={latest.confirmations} />
          ) : null}
          <Link
            href={`/log/${entry.screeningId}/checklist`}
            className="rounded-md border border-slate-500 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50"
          >
            Print checklist
          </Link>
        </div>
      </div>

      <section aria-labelledby="statuses" className="grid gap-3">
        <h2 id="statuses" className="text-xl font-semibold">
          Status per trial
        </h2>
        {entry.statuses.map((s) => {
          const record = latest.trials.find((t) => t.trialId === s.trialId);
          const signed = entry.signoffs.filter((x) => x.trialId === s.trialId);
          const manual = (record?.criteria ?? []).filter((c) => c.manual);
          return (
            <article key={s.trialId} className="grid gap-2 rounded-lg border border-slate-300 p-3" aria-label={s.trialId}>
              <h3 className="font-semibold">
                <span className="font-mono">{s.trialId}</span> {title(s.trialId)}
              </h3>
              <p>
                <strong data-testid={`status-${s.trialId}`}>{statusLabel(s.status)}</strong>
                {s.reason ? <> — {s.reason}</> : null}
                <span className="text-sm text-slate-700">
                  {" "}
                  ({s.setBy === "prescreen" ? "from the pre-screen" : "set"} by {s.changedBy}, {formatLogTime(s.changedAt)})
                </span>
              </p>
              {s.failReasons.length ? (
                <p className="text-sm">
                  Screen-fail reasons: <span className="font-mono">{s.failReasons.join("; ")}</span>
                </p>
              ) : null}
              {signed.map((x) => (
                <p key={x.id} className="text-sm">
                  Signed by <strong>{x.signedBy}</strong> on {formatLogTime(x.signedAt)} (version {x.version}):{" "}
                  {x.eligible ? "eligible" : "not eligible"}
                  {x.judgements.length ? ` · manual items: ${x.judgements.map((j) => `${j.criterionId} ${j.outcome === "met" ? "met" : "not met"}`).join(", ")}` : ""}
                  {x.note ? ` · “${x.note}”` : ""}
                </p>
              ))}
              {writable ? (
                <StatusForm
                  screeningId={entry.screeningId}
                  trialId={s.trialId}
                  rowVersion={entry.rowVersion}
                  choices={statusChoices(s.status, TRIAL_STATUS_TRANSITIONS)}
                />
              ) : null}
              {may.sign && !entry.voided && record && record.verdict !== "needs-info" ? (
                <details className="no-print">
                  <summary className="cursor-pointer text-sm font-medium text-blue-800">Investigator sign-off (version {latest.version})</summary>
                  <SignoffForm
                    screeningId={entry.screeningId}
                    trialId={s.trialId}
                    version={latest.version}
                    rowVersion={entry.rowVersion}
                    manual={manual.map((c) => ({
                      id: c.id,
                      text: criterionText(s.trialId, c.id),
                      ...(c.confirmation && { coordinator: c.confirmation.outcome }),
                    }))}
                  />
                </details>
              ) : null}
            </article>
          );
        })}
      </section>

      <section aria-labelledby="versions" className="grid gap-3">
        <h2 id="versions" className="text-xl font-semibold">
          Versions
        </h2>
        {entry.versions.map((v) => (
          <details key={v.version} open={v.version === latest.version} className="rounded-lg border border-slate-300 p-3">
            <summary className="cursor-pointer font-semibold" data-testid="version-summary">
              Version {v.version} — {formatLogTime(v.savedAt)} by {v.savedBy}
              {v.profile.screeningLabel ? ` · label “${v.profile.screeningLabel}”` : ""}
            </summary>
            <div className="mt-2 grid gap-3">
              {v.trials.map((t) => (
                <div key={t.trialId} className="grid gap-1">
                  <h3 className="font-medium">
                    <span className="font-mono">{t.trialId}</span> (criteria version {t.criteriaVersion}): {VERDICT_LABELS[t.verdict]}
                  </h3>
                  <table className="w-full border-collapse text-sm">
                    <caption className="sr-only">
                      Criteria of {t.trialId} in version {v.version}
                    </caption>
                    <thead>
                      <tr className="border-b border-slate-300 text-left">
                        <th scope="col" className="pr-2">Criterion</th>
                        <th scope="col" className="pr-2">Result</th>
                        <th scope="col">Reason</th>
                      </tr>
                    </thead>
                    <tbody>
                      {t.criteria.map((c) => (
                        <tr key={c.id} className="border-b border-slate-100 align-top">
                          <td className="pr-2 font-mono">{c.id}</td>
                          <td className="pr-2 whitespace-nowrap">{STATUS_WORDS[c.status]}</td>
                          <td>
                            {c.reason}
                            {c.confirmation ? ` (confirmed by ${c.confirmation.by})` : ""}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ))}
            </div>
          </details>
        ))}
      </section>

      <section aria-labelledby="history" className="grid gap-2">
        <h2 id="history" className="text-xl font-semibold">
          History
        </h2>
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">Audit trail of {entry.screeningId}</caption>
          <thead>
            <tr className="border-b border-slate-400 text-left">
              <th scope="col" className="pr-2">When</th>
              <th scope="col" className="pr-2">Who</th>
              <th scope="col" className="pr-2">What</th>
              <th scope="col" className="pr-2">Trial</th>
              <th scope="col" className="pr-2">From</th>
              <th scope="col" className="pr-2">To</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {auditRows(entry.events).map((row) => (
              <tr key={row.id} className="border-b border-slate-100 align-top">
                <td className="pr-2 whitespace-nowrap">{row.at}</td>
                <td className="pr-2">{row.who}</td>
                <td className="pr-2">{row.what}</td>
                <td className="pr-2 font-mono">{row.trial}</td>
                <td className="pr-2">{row.from}</td>
                <td className="pr-2">{row.to}</td>
                <td>{row.why}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {writable ? (
        <section aria-labelledby="void" className="no-print grid gap-2">
          <h2 id="void" className="text-xl font-semibold">
            Void this entry
          </h2>
          <p className="text-sm text-slate-700">For a mistaken entry. Nothing is deleted: the entry stays, marked void, with your reason.</p>
          <VoidForm screeningId={entry.screeningId} rowVersion={entry.rowVersion} />
        </section>
      ) : null}
    </div>
  );
}
