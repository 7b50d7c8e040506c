import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TRIALS } from "@/criteria";
import { ChecklistDocument } from "@/components/checklist/checklist-document";
import { PrintButton } from "@/components/log/PrintButton";
import { database } from "@/lib/server/db";
import { getEntry, NotFoundError } from "@/lib/server/log/service";
import { requirePage } from "@/lib/server/pages";
import { CHECKLIST_TITLE } from "@/lib/view/checklist";
import { formatLogTime } from "@/lib/view/log-view";
import { savedChecklist, savedRecordLines } from "@/lib/view/saved-checklist";

export const metadata: Metadata = { title: "Saved screening checklist — UC-MSC trial pre-screener" };

/** The printable checklist of a saved entry (latest version, or ?version=N). */
export default async function SavedChecklistPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ version?: string }>;
}) {
  const { id } = await params;
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
  const checklist = savedChecklist(TRIALS, saved);
  const lines = savedRecordLines(saved, entry.signoffs, formatLogTime);
  return (
    <>
      <div className="no-print mb-4 grid gap-3 border-b border-slate-300 pb-4">
        <h1 className="text-2xl font-bold">
          {CHECKLIST_TITLE}: <span className="font-mono">{entry.screeningId}</span>, version {version.version}
        </h1>
        <div className="flex gap-2">
          <PrintButton />
          <Link href={`/log/${entry.screeningId}`} className="rounded-md border border-slate-500 px-3 py-1.5 text-sm font-medium">
            Back to the entry
          </Link>
        </div>
      </div>
      <section aria-label="Log record" className="mb-4 grid gap-1 text-sm" data-testid="log-record">
        {lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {entry.voided ? <p className="font-semibold">VOIDED: {entry.voided.reason}</p> : null}
      </section>
      <ChecklistDocument checklist={checklist} />
    </>
  );
}
