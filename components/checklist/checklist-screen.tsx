/**
 * The checklist page's content for a given draft: a toolbar that is never printed (print, back to
 * the screening, which trials), then the printable checklist. Without a draft it says so and links
 * back to the screening page. Props only, so tests can render it without a router or storage;
 * rendered in the browser by ChecklistPage (a client component), which supplies the callbacks.
 */
import Link from "next/link";
import { useMemo } from "react";
import { buildChecklist, chooseTrials, CHECKLIST_TITLE } from "@/lib/view/checklist";
import type { Draft } from "@/lib/view/draft";
import { usableFormProfile } from "@/lib/view/form";
import { invalidFields } from "@/lib/view/results-view";
import { screen } from "@/lib/core/engine";
import type { TrialDefinition } from "@/lib/core/trial";
import { ChecklistDocument } from "./checklist-document";

export const ALL_TRIALS = "";

const BUTTON =
  "inline-flex items-center rounded-md border border-slate-700 px-3 py-1.5 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700";

export type ChecklistScreenProps = {
  /** The draft of this tab; undefined when there is none. */
  draft: Draft | undefined;
  /** When part or all of the stored draft could not be read: what was lost (lib/view/draft.ts). */
  notice?: string;
  trials: readonly TrialDefinition[];
  /** The `?trial=` parameter: one trial's ID, or null for every trial. */
  trialId: string | null;
  /** The date of the screening, YYYY-MM-DD. */
  date: string;
  onChooseTrial: (trialId: string) => void;
  onPrint: () => void;
};

function DraftNotice({ notice }: { notice: string | undefined }) {
  if (!notice) return null;
  return (
    <p role="alert" className="rounded-md border border-red-800 bg-red-50 px-4 py-3 font-medium text-red-900">
      {notice}
    </p>
  );
}

function NoDraft({ notice }: { notice: string | undefined }) {
  return (
    <div className="grid max-w-2xl gap-3">
      <h1 className="text-2xl font-bold">{CHECKLIST_TITLE}</h1>
      {notice ? (
        <DraftNotice notice={notice} />
      ) : (
        <p role="status" className="rounded-md border border-slate-400 bg-slate-50 px-4 py-3">
          There is no screening in this browser tab to print. The checklist is made from the screening you fill in on
          the screening page, in the same tab; nothing is kept anywhere else.
        </p>
      )}
      <p>
        <Link href="/" className="font-semibold text-blue-800 underline underline-offset-4">
          Go to the screening page
        </Link>
      </p>
    </div>
  );
}

export function ChecklistScreen({ draft, notice, trials, trialId, date, onChooseTrial, onPrint }: ChecklistScreenProps) {
  const chosen = useMemo(() => chooseTrials(trials, trialId), [trials, trialId]);
  const checklist = useMemo(() => {
    if (!draft) return undefined;
    const { profile, issues } = usableFormProfile(draft.values);
    const results = screen(profile, chosen.trials, draft.confirmations);
    const invalid = invalidFields(issues).map((f) => f.text);
    return buildChecklist({ trials: chosen.trials, results, label: profile.screeningLabel, date, invalid });
  }, [draft, chosen.trials, date]);

  if (!draft || !checklist) return <NoDraft notice={notice} />;

  const selected = chosen.id ?? ALL_TRIALS;
  const count = checklist.sections.length;
  return (
    <>
      <div className="no-print mb-6 grid gap-3 border-b border-slate-300 pb-4">
        <h1 className="text-2xl font-bold">{CHECKLIST_TITLE}</h1>
        <DraftNotice notice={notice} />
        <p className="max-w-3xl text-sm text-slate-700">
          For the site&apos;s records: print, tick each criterion once verified against the source documents, and
          sign. Each trial starts on a new page; the sheet fits A4 and US Letter. Page numbers print at the foot of
          each page (in browsers that do not add them, turn on &ldquo;Headers and footers&rdquo; in the print
          dialog).
        </p>
        <div className="flex flex-wrap items-end gap-3">
          <button type="button" onClick={onPrint} className={`${BUTTON} bg-blue-800 text-white hover:bg-blue-900`}>
            Print
          </button>
          <Link href="/" className={`${BUTTON} bg-white text-slate-900 hover:bg-slate-50`}>
            Back to screening
          </Link>
          <label className="grid gap-1 text-sm">
            <span className="font-semibold">Trials to print</span>
            <select
              value={selected}
              onChange={(event) => onChooseTrial(event.target.value)}
              className="rounded-md border border-slate-500 bg-white px-2 py-1.5 text-sm"
            >
              <option value={ALL_TRIALS}>All trials ({trials.length})</option>
              {trials.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.id} — {t.shortTitle}
                </option>
              ))}
            </select>
          </label>
        </div>
        {chosen.unknownTrial ? (
          <p role="status" className="text-sm font-medium text-amber-900">
            The link names a trial that is not in this pre-screener; showing every trial.
          </p>
        ) : null}
        <p className="text-sm text-slate-700">
          {count === 1 ? "1 trial" : `${count} trials`} · screening label {checklist.screeningLabel} · date of screening{" "}
          {checklist.screeningDate}
        </p>
      </div>
      <ChecklistDocument checklist={checklist} />
    </>
  );
}
