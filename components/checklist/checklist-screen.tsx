/**
 * The checklist page's content for a given draft: a toolbar that is never printed (print, back to
 * the screening, which trials), then the printable checklist. Without a draft it says so and links
 * back to the screening page. Props only, so tests can render it without a router or storage;
 * rendered in the browser by ChecklistPage (a client component), which supplies the callbacks.
 */
import { Link } from "@/components/navigation/link";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useFormat } from "@/components/i18n/use-format";
import type { Message } from "@/lib/core/message";
import { buildChecklist, chooseTrials } from "@/lib/view/checklist";
import type { Draft } from "@/lib/view/draft";
import { usableFormProfile } from "@/lib/view/form-schema";
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
  notice?: Message | undefined;
  trials: readonly TrialDefinition[];
  /** The `?trial=` parameter: one trial's ID, or null for every trial. */
  trialId: string | null;
  /** The date of the screening, YYYY-MM-DD. */
  date: string;
  onChooseTrial: (trialId: string) => void;
  onPrint: () => void;
};

function DraftNotice({ notice }: { notice: Message | undefined }) {
  const { format } = useFormat();
  if (!notice) return null;
  return (
    <p role="alert" className="rounded-md border border-red-800 bg-red-50 px-4 py-3 font-medium text-red-900">
      {format(notice)}
    </p>
  );
}

function NoDraft({ notice }: { notice: Message | undefined }) {
  const t = useTranslations("checklist");
  return (
    <div className="grid max-w-2xl gap-3">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {notice ? (
        <DraftNotice notice={notice} />
      ) : (
        <p role="status" className="rounded-md border border-slate-400 bg-slate-50 px-4 py-3">
          {t("noDraft")}
        </p>
      )}
      <p>
        <Link href="/" className="font-semibold text-blue-800 underline underline-offset-4">
          {t("goToScreening")}
        </Link>
      </p>
    </div>
  );
}

export function ChecklistScreen({ draft, notice, trials, trialId, date, onChooseTrial, onPrint }: ChecklistScreenProps) {
  const chosen = useMemo(() => chooseTrials(trials, trialId), [trials, trialId]);
  const t = useTranslations("checklist");
  const say = useFormat();
  const checklist = useMemo(() => {
    if (!draft) return undefined;
    const { profile, issues } = usableFormProfile(draft.values);
    const results = screen(profile, chosen.trials, draft.confirmations);
    const invalid = invalidFields(issues).map((f) => say.format(f.problem));
    return buildChecklist({ trials: chosen.trials, results, label: profile.screeningLabel, date, say, invalid });
  }, [draft, chosen.trials, date, say]);

  if (!draft || !checklist) return <NoDraft notice={notice} />;

  const selected = chosen.id ?? ALL_TRIALS;
  const count = checklist.sections.length;
  return (
    <>
      <div className="no-print mb-6 grid gap-3 border-b border-slate-300 pb-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <DraftNotice notice={notice} />
        <p className="max-w-3xl text-sm text-slate-700">{t("instructions")}</p>
        <div className="flex flex-wrap items-end gap-3">
          <button type="button" onClick={onPrint} className={`${BUTTON} bg-blue-800 text-white hover:bg-blue-900`}>
            {t("print")}
          </button>
          <Link href="/" className={`${BUTTON} bg-white text-slate-900 hover:bg-slate-50`}>
            {t("back")}
          </Link>
          <label className="grid gap-1 text-sm">
            <span className="font-semibold">{t("trialsToPrint")}</span>
            <select
              value={selected}
              onChange={(event) => onChooseTrial(event.target.value)}
              className="rounded-md border border-slate-500 bg-white px-2 py-1.5 text-sm"
            >
              <option value={ALL_TRIALS}>{t("allTrials", { count: trials.length })}</option>
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
            {t("unknownTrial")}
          </p>
        ) : null}
        <p className="text-sm text-slate-700">
          {t("overview", { count, label: checklist.screeningLabel, date: checklist.screeningDate })}
        </p>
      </div>
      <ChecklistDocument checklist={checklist} />
    </>
  );
}
