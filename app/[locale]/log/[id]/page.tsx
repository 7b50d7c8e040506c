import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TRIALS } from "@/criteria";
import { AccountBar } from "@/components/account/AccountBar";
import { EntryView } from "@/components/log/EntryView";
import { RescreenDates } from "@/components/rescreen/RescreenDates";
import { can } from "@/lib/core/screening-log";
import { database } from "@/lib/server/db";
import { getEntry, NotFoundError } from "@/lib/server/log/service";
import { requirePage } from "@/lib/server/pages";
import { candidateOfEntry } from "@/lib/server/reports/data";
import { rescreenDates } from "@/lib/view/rescreen-view";

export const metadata: Metadata = { title: "Screening log entry — UC-MSC trial pre-screener" };

export default async function EntryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePage("log:read", `/log/${encodeURIComponent(id)}`);
  const { db } = await database();
  const entry = await getEntry(db, actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const candidate = candidateOfEntry(entry);
  return (
    <>
      <AccountBar actor={actor} />
      <EntryView entry={entry} trials={TRIALS} may={{ write: can(actor.role, "log:write"), sign: can(actor.role, "log:sign") }} />
      {candidate && <RescreenDates dates={rescreenDates(candidate, TRIALS)} />}
    </>
  );
}
