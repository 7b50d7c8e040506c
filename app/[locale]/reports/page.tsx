import { TRIALS } from "@/criteria";
import { AccountBar } from "@/components/account/AccountBar";
import { ReportsView } from "@/components/reports/ReportsView";
import "@/components/reports/reports.css";
import { can } from "@/lib/core/screening-log";
import { pageLocale } from "@/lib/i18n/catalogs";
import { sayIn } from "@/lib/i18n/format";
import { pageTitle } from "@/lib/i18n/page-title";
import { database } from "@/lib/server/db";
import { requirePage } from "@/lib/server/pages";
import { parseRange, readLogRecords } from "@/lib/server/reports/data";
import { buildReport, parseThreshold } from "@/lib/view/reports";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = ({ params }: Props) => pageTitle(params, "reports");

export default async function ReportsPage({ params: segments, searchParams }: Props) {
  const locale = pageLocale((await segments).locale);
  const actor = await requirePage("reports:read", "/reports");
  const params = await searchParams;
  const one = (key: string) => {
    const value = params[key];
    return Array.isArray(value) ? value[0] : value;
  };
  const range = parseRange(one("from"), one("to"));
  // Small-cell masking is off on screen unless asked for.
  const cells = { mask: one("mask") === "1", threshold: parseThreshold(one("threshold")) };
  const { db } = await database();
  const { entries } = await readLogRecords(db, range, TRIALS);
  return (
    <>
      <AccountBar actor={actor} />
      <ReportsView report={buildReport(entries, range, TRIALS, sayIn(locale))} cells={cells} canExport={can(actor.role, "log:export")} />
    </>
  );
}
