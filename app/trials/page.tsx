import type { Metadata } from "next";
import { TRIALS } from "@/criteria";
import { TrialList } from "@/components/trials/trial-list";
import { compareForList, isoDay } from "@/lib/core/freshness";

export const metadata: Metadata = {
  title: "Trials — UC-MSC trial pre-screener",
  description: "The encoded trials: recruitment status, how fresh each registry record is, dates and criteria counts.",
};

/**
 * The page is static: generated at build time. The build date orders the list and is the "today"
 * of the server HTML; in the browser, the freshness and dates are recomputed for the viewer's
 * own today (components/trials/trial-timing.tsx).
 */
const RENDERED_ON = isoDay(new Date());

export default function TrialsPage() {
  const trials = [...TRIALS].sort((a, b) => compareForList(a, b, RENDERED_ON));
  return <TrialList trials={trials} renderedOn={RENDERED_ON} />;
}
