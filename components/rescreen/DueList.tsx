/**
 * The "due for re-screen" list: screenings whose time windows have passed, for open trials,
 * earliest date first, each linking to its log entry. Renders lib/view/rescreen-view.ts's rows.
 */
import { Link } from "@/components/navigation/link";
import { useTranslations } from "next-intl";
import { useFormat } from "@/components/i18n/use-format";
import { windowLines, type DueRow } from "@/lib/view/rescreen-view";

export function DueList({ rows }: { rows: readonly DueRow[] }) {
  const t = useTranslations("rescreen");
  const say = useFormat();
  return (
    <div className="grid gap-3">
      <h1 className="text-2xl font-bold">{t("due")}</h1>
      <p>{t("dueIntro")}</p>
      <p>
        <Link href="/log" className="text-blue-800 underline">
          {t("back")}
        </Link>
      </p>
      {rows.length === 0 ? (
        <p role="status">{t("none")}</p>
      ) : (
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="text-left">
              <th scope="col" className="border-b border-gray-500 p-1">{t("screening")}</th>
              <th scope="col" className="border-b border-gray-500 p-1">{t("trial")}</th>
              <th scope="col" className="border-b border-gray-500 p-1">{t("since")}</th>
              <th scope="col" className="border-b border-gray-500 p-1">{t("windows")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.screeningId} ${row.trialId}`} data-due={`${row.screeningId} ${row.trialId}`}>
                <td className="border-b border-gray-300 p-1 align-top">
                  <Link href={`/log/${row.screeningId}`} className="font-mono text-blue-800 underline">
                    {row.screeningId}
                  </Link>{" "}
                  ({t("version", { version: row.version })})
                </td>
                <td className="border-b border-gray-300 p-1 align-top">{row.trialId}</td>
                <td className="border-b border-gray-300 p-1 align-top">{row.from}</td>
                <td className="border-b border-gray-300 p-1 align-top">
                  <ul className="list-disc pl-4">
                    {windowLines(row, say).map((line) => (
                      <li key={line}>{line}</li>
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
