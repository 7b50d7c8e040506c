import { languageRuns } from "@/lib/core/describe";

/** Text in English, with any Chinese runs marked lang="zh" so screen readers switch voice. */
export function LangText({ text }: { text: string }) {
  const runs = languageRuns(text);
  if (runs.length === 1 && runs[0]?.lang === undefined) return <>{text}</>;
  return (
    <>
      {runs.map((run, i) =>
        run.lang ? (
          <span key={i} lang={run.lang}>
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
    </>
  );
}
