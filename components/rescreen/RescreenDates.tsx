/**
 * "Re-screen from YYYY-MM-DD" for each trial of a log entry whose pre-screen failed only because of
 * time windows, with the window behind each date (lib/view/rescreen-view.ts). Renders; decides nothing.
 */
import type { RescreenDate } from "@/lib/core/rescreen";
import { RESCREEN_TEXT, windowLines } from "@/lib/view/rescreen-view";

const TEXT = {
  heading: "Re-screen dates",
  intro: "Trials this patient is kept out of only by time windows (washouts), and the day from which every window has passed.",
} as const;

export function RescreenDates({ dates }: { dates: readonly RescreenDate[] }) {
  if (dates.length === 0) return null;
  return (
    <section aria-labelledby="rescreen-dates" className="grid gap-2 rounded border border-gray-400 p-3">
      <h2 id="rescreen-dates" className="text-lg font-bold">
        {TEXT.heading}
      </h2>
      <p className="text-sm">{TEXT.intro}</p>
      <ul className="grid gap-2">
        {dates.map((date) => (
          <li key={date.trialId} data-rescreen={date.trialId}>
            <strong>
              {date.trialId}: {RESCREEN_TEXT.from(date.from)}
            </strong>
            <ul className="ml-5 list-disc text-sm">
              {windowLines(date).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
