/** The log's entries, newest first, with the filters (a plain GET form: works without JavaScript). */
import { Link } from "@/components/navigation/link";
import { useTranslations } from "next-intl";
import { useFormat } from "@/components/i18n/use-format";
import { TRIAL_STATUSES } from "@/lib/core/screening-log";
import { formatLogTime, statusLabel } from "@/lib/view/log-view";
import type { LogFilter, LogListItem } from "@/lib/server/log/service";

const FIELD = "rounded-md border border-slate-500 bg-white px-2 py-1.5 text-sm";

export function LogList({ entries, filter, trials }: { entries: LogListItem[]; filter: LogFilter; trials: readonly { id: string; shortTitle: string }[] }) {
  const t = useTranslations("log.list");
  const say = useFormat();
  return (
    <div className="grid gap-4">
      <form method="get" action="/log" className="flex flex-wrap items-end gap-3" aria-label={t("form")}>
        <label className="grid gap-1 text-sm">
          <span className="font-medium">{t("trial")}</span>
          <select name="trial" defaultValue={filter.trialId ?? ""} className={FIELD}>
            <option value="">{t("allTrials")}</option>
            {trials.map((t) => (
              <option key={t.id} value={t.id}>
                {t.id} — {t.shortTitle}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1 text-sm">
          <span className="font-medium">{t("status")}</span>
          <select name="status" defaultValue={filter.status ?? ""} className={FIELD}>
            <option value="">{t("anyStatus")}</option>
            {TRIAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s, say)}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1 text-sm">
          <span className="font-medium">{t("from")}</span>
          <input type="date" name="from" defaultValue={filter.from ?? ""} className={FIELD} />
        </label>
        <label className="grid gap-1 text-sm">
          <span className="font-medium">{t("to")}</span>
          <input type="date" name="to" defaultValue={filter.to ?? ""} className={FIELD} />
        </label>
        <button type="submit" className="rounded-md bg-blue-800 px-3 py-1.5 text-sm font-semibold text-white hover:bg-blue-900">
          {t("filter")}
        </button>
        <Link href="/log" className="text-sm text-blue-800 underline underline-offset-4">
          {t("clear")}
        </Link>
      </form>
      <p role="status" className="text-sm text-slate-700">
        {t("count", { count: entries.length })}
      </p>
      {entries.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr className="border-b border-slate-400 text-left">
              <th scope="col" className="py-2 pr-3">{t("screeningId")}</th>
              <th scope="col" className="py-2 pr-3">{t("screened")}</th>
              <th scope="col" className="py-2 pr-3">{t("by")}</th>
              <th scope="col" className="py-2 pr-3">{t("version")}</th>
              <th scope="col" className="py-2">{t("statuses")}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.screeningId} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-3 font-mono">
                  <Link href={`/log/${e.screeningId}`} className="font-semibold text-blue-800 underline underline-offset-4">
                    {e.screeningId}
                  </Link>
                  {e.voided ? <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 font-sans text-xs font-semibold">{t("voided")}</span> : null}
                </td>
                <td className="py-2 pr-3 whitespace-nowrap">{formatLogTime(e.createdAt)}</td>
                <td className="py-2 pr-3">{e.createdBy}</td>
                <td className="py-2 pr-3">{e.latestVersion}</td>
                <td className="py-2">
                  <ul className="grid gap-0.5">
                    {e.statuses.map((s) => (
                      <li key={s.trialId}>
                        <span className="font-mono">{s.trialId}</span>: {statusLabel(s.status, say)}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
