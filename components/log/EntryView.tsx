/**
 * One log entry: its ID, versions, each trial's status and sign-offs, and the full history. The
 * writes are small client forms (EntryActions); what a role may do is decided on the server and
 * passed in as `may`.
 */
import { Link } from "@/components/navigation/link";
import { useTranslations } from "next-intl";
import { useFormat } from "@/components/i18n/use-format";
import { TRIAL_STATUS_TRANSITIONS } from "@/lib/core/screening-log";
import type { TrialDefinition } from "@/lib/core/trial";
import { auditRows, formatLogTime, statusChoices, statusLabel, statusReason, verdictLabel } from "@/lib/view/log-view";
import type { LogEntry } from "@/lib/server/log/service";
import { RescreenButton, SignoffForm, StatusForm, VoidForm } from "./EntryActions";

export type EntryPermissions = { write: boolean; sign: boolean };

export function EntryView({ entry, trials, may }: { entry: LogEntry; trials: readonly TrialDefinition[]; may: EntryPermissions }) {
  const latest = entry.versions[0]!;
  const title = (id: string) => trials.find((t) => t.id === id)?.shortTitle ?? "";
  const writable = may.write && !entry.voided;
  const t = useTranslations("log.entry");
  const say = useFormat();
  /** In Chinese, the Chinese rendering and then the registry's English (the source the auditor checks). */
  const criterionText = (trialId: string, criterionId: string) => {
    const criterion = trials.find((x) => x.id === trialId)?.criteria.find((c) => c.id === criterionId);
    if (!criterion) return "";
    return say.language === "zh" && criterion.textZh ? `${criterion.textZh} / ${criterion.text}` : criterion.text;
  };
  const at = formatLogTime;
  const items = (judgements: readonly { criterionId: string; outcome: string }[]) =>
    judgements.map((j) => t(j.outcome === "met" ? "itemMet" : "itemNotMet", { id: j.criterionId })).join(say.language === "zh" ? "、" : ", ");
  return (
    <div className="grid gap-6">
      <div className="grid gap-2">
        <h1 className="text-2xl font-bold">{t.rich("heading", { mono: (chunks) => <span className="font-mono">{chunks}</span>, screeningId: entry.screeningId })}</h1>
        <p className="text-sm text-slate-700">
          {t("saved", { at: at(entry.createdAt), by: entry.createdBy, version: entry.latestVersion, latestAt: at(latest.savedAt), latestBy: latest.savedBy })}
        </p>
        {entry.voided ? (
          <p role="note" className="rounded-md border border-slate-600 bg-slate-100 px-3 py-2 font-medium">
            {t("voided", { at: at(entry.voided.at), by: entry.voided.by, reason: entry.voided.reason })}
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
            {t("printChecklist")}
          </Link>
        </div>
      </div>

      <section aria-labelledby="statuses" className="grid gap-3">
        <h2 id="statuses" className="text-xl font-semibold">
          {t("statuses")}
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
                <strong data-testid={`status-${s.trialId}`}>{statusLabel(s.status, say)}</strong>
                {s.reason ? <> — {statusReason(s.reason, say)}</> : null}
                <span className="text-sm text-slate-700">
                  {" "}
                  {t(s.setBy === "prescreen" ? "setByPrescreen" : "setByPerson", { by: s.changedBy, at: at(s.changedAt) })}
                </span>
              </p>
              {s.failReasons.length ? (
                <p className="text-sm">
                  {t("failReasons")} <span className="font-mono">{s.failReasons.join("; ")}</span>
                </p>
              ) : null}
              {signed.map((x) => (
                <p key={x.id} className="text-sm">
                  {t.rich("signed", {
                    by: x.signedBy,
                    at: at(x.signedAt),
                    version: x.version,
                    determination: t(x.eligible ? "eligible" : "notEligible"),
                    who: (chunks) => <strong>{chunks}</strong>,
                  })}
                  {x.judgements.length ? t("manualItems", { items: items(x.judgements) }) : ""}
                  {x.note ? ` · “${x.note}”` : ""}
                </p>
              ))}
              {writable ? (
                <StatusForm
                  screeningId={entry.screeningId}
                  trialId={s.trialId}
                  rowVersion={entry.rowVersion}
                  choices={statusChoices(s.status, TRIAL_STATUS_TRANSITIONS, say)}
                />
              ) : null}
              {may.sign && !entry.voided && record && record.verdict !== "needs-info" ? (
                <details className="no-print">
                  <summary className="cursor-pointer text-sm font-medium text-blue-800">{t("signoffSummary", { version: latest.version })}</summary>
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
          {t("versions")}
        </h2>
        {entry.versions.some((v) => v.trials.some((r) => r.criteria.some((c) => !c.explanation))) ? (
          <p className="text-sm text-slate-700">{t("reasonAsSaved")}</p>
        ) : null}
        {entry.versions.map((v) => (
          <details key={v.version} open={v.version === latest.version} className="rounded-lg border border-slate-300 p-3">
            <summary className="cursor-pointer font-semibold" data-testid="version-summary">
              {t("versionSummary", { version: v.version, at: at(v.savedAt), by: v.savedBy })}
              {v.profile.screeningLabel ? t("versionLabel", { label: v.profile.screeningLabel }) : ""}
            </summary>
            <div className="mt-2 grid gap-3">
              {v.trials.map((r) => (
                <div key={r.trialId} className="grid gap-1">
                  <h3 className="font-medium">
                    {t.rich("trialVersion", {
                      trialId: r.trialId,
                      criteriaVersion: r.criteriaVersion,
                      verdict: verdictLabel(r.verdict, say),
                      mono: (chunks) => <span className="font-mono">{chunks}</span>,
                    })}
                  </h3>
                  <table className="w-full border-collapse text-sm">
                    <caption className="sr-only">
                      {t("criteriaCaption", { trialId: r.trialId, version: v.version })}
                    </caption>
                    <thead>
                      <tr className="border-b border-slate-300 text-left">
                        <th scope="col" className="pr-2">{t("criterion")}</th>
                        <th scope="col" className="pr-2">{t("result")}</th>
                        <th scope="col">{t("reason")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {r.criteria.map((c) => (
                        <tr key={c.id} className="border-b border-slate-100 align-top">
                          <td className="pr-2 font-mono">{c.id}</td>
                          <td className="pr-2 whitespace-nowrap">{t(`results.${c.status}`)}</td>
                          <td>
                            {c.explanation ? say.format(c.explanation) : <span lang="en">{c.reason}</span>}
                            {c.confirmation ? t("confirmedBy", { by: c.confirmation.by }) : ""}
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
          {t("history")}
        </h2>
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t("historyCaption", { id: entry.screeningId })}</caption>
          <thead>
            <tr className="border-b border-slate-400 text-left">
              <th scope="col" className="pr-2">{t("when")}</th>
              <th scope="col" className="pr-2">{t("who")}</th>
              <th scope="col" className="pr-2">{t("what")}</th>
              <th scope="col" className="pr-2">{t("trial")}</th>
              <th scope="col" className="pr-2">{t("from")}</th>
              <th scope="col" className="pr-2">{t("to")}</th>
              <th scope="col">{t("why")}</th>
            </tr>
          </thead>
          <tbody>
            {auditRows(entry.events, say).map((row) => (
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
            {t("voidHeading")}
          </h2>
          <p className="text-sm text-slate-700">{t("voidIntro")}</p>
          <VoidForm screeningId={entry.screeningId} rowVersion={entry.rowVersion} />
        </section>
      ) : null}
    </div>
  );
}
