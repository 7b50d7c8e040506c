/**
 * "Re-screen from YYYY-MM-DD" for each trial of a log entry whose pre-screen failed only because of
 * time windows, with the window behind each date (lib/view/rescreen-view.ts). Renders; decides nothing.
 */
import { useTranslations } from "next-intl";
import { useFormat } from "@/components/i18n/use-format";
import type { RescreenDate } from "@/lib/core/rescreen";
import { windowLines } from "@/lib/view/rescreen-view";

export function RescreenDates({ dates }: { dates: readonly RescreenDate[] }) {
  const t = useTranslations("rescreen");
  const say = useFormat();
  if (dates.length === 0) return null;
  return (
    <section aria-labelledby="rescreen-dates" className="grid gap-2 rounded border border-gray-400 p-3">
      <h2 id="rescreen-dates" className="text-lg font-bold">
        {t("heading")}
      </h2>
      <p className="text-sm">{t("intro")}</p>
      <ul className="grid gap-2">
        {dates.map((date) => (
          <li key={date.trialId} data-rescreen={date.trialId}>
            <strong>
              {date.trialId}: {t("from", { date: date.from })}
            </strong>
            <ul className="ml-5 list-disc text-sm">
              {windowLines(date, say).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
