import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TRIALS } from "@/criteria";
import { TrialDetail } from "@/components/trials/trial-detail";
import { isoDay } from "@/lib/core/freshness";

/** One static page per encoded trial; any other id is a 404. */
export const dynamicParams = false;

export function generateStaticParams(): { id: string }[] {
  return TRIALS.map((trial) => ({ id: trial.id }));
}

/** Build date: the server HTML's "today"; the browser recomputes for the viewer's date. */
const RENDERED_ON = isoDay(new Date());

type Props = { params: Promise<{ id: string }> };

function findTrial(id: string) {
  return TRIALS.find((trial) => trial.id === id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const trial = findTrial((await params).id);
  if (!trial) return {};
  return {
    title: `${trial.id}: ${trial.shortTitle} — UC-MSC trial pre-screener`,
    description: `${trial.briefTitle}: each registry line beside its encoding in plain words.`,
  };
}

export default async function TrialPage({ params }: Props) {
  const trial = findTrial((await params).id);
  if (!trial) notFound();
  return <TrialDetail trial={trial} renderedOn={RENDERED_ON} />;
}
