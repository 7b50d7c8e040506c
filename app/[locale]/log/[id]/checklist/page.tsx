import { Link } from "@/components/navigation/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TRIALS } from "@/criteria";
import { ChecklistDocument } from "@/components/checklist/checklist-document";
import { PrintButton } from "@/components/log/PrintButton";
import { pageLocale } from "@/lib/i18n/catalogs";
import { sayIn } from "@/lib/i18n/format";
import { pageTitle } from "@/lib/i18n/page-title";
import { database } from "@/lib/server/db";
import { getEntry, NotFoundError } from "@/lib/server/log/service";
import { requirePage } from "@/lib/server/pages";
import { formatLogTime } from "@/lib/view/log-view";
import { savedChecklist, savedRecordLines } from "@/lib/view/saved-checklist";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ version?: string }> };

export const generateMetadata = async ({ params }: Props) => pageTitle(params, "savedChecklist", { id: (await params).id });

/** The printable checklist of a saved entry (latest version, or ?version=N), in the page's language. */
export default async function SavedChecklistPage({ params, searchParams }: Props) {
  const { id, locale: segment } = await params;
  const locale = pageLocale(segment);
  const actor = await requirePage("log:read", `/log/${encodeURIComponent(id)}/checklist`);
  const { db } = await database();
  const entry = await getEntry(db, actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const wanted = Number((await searchParams).version);
  const version = entry.versions.find((v) => v.version === wanted) ?? entry.versions[0]!;
  const saved = {
    screeningId: entry.screeningId,
    version: version.version,
    savedAt: version.savedAt,
    savedBy: version.savedBy,
    label: version.profile.screeningLabel,
    trials: version.trials,
  };
  const say = sayIn(locale);
  const checklist = savedChecklist(TRIALS, saved, say);
  const lines = savedRecordLines(saved, entry.signoffs, formatLogTime, say);
  const t = await getTranslations("log.checklist");
  const meta = await getTranslations("meta");
  return (
    <>
      <div className="no-print mb-4 grid gap-3 border-b border-slate-300 pb-4">
        <h1 className="text-2xl font-bold">
          {t.rich("heading", {
            title: meta("checklistTitle"),
            screeningId: entry.screeningId,
            version: version.version,
            mono: (chunks) => <span className="font-mono">{chunks}</span>,
          })}
        </h1>
        <div className="flex gap-2">
          <PrintButton label={t("print")} />
          <Link href={`/log/${entry.screeningId}`} className="rounded-md border border-slate-500 px-3 py-1.5 text-sm font-medium">
            {t("back")}
          </Link>
        </div>
      </div>
      <section aria-label={t("record")} className="mb-4 grid gap-1 text-sm" data-testid="log-record">
        {lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {entry.voided ? <p className="font-semibold">{t("voided", { reason: entry.voided.reason })}</p> : null}
      </section>
      <ChecklistDocument checklist={checklist} />
    </>
  );
}
