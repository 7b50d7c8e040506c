import type { Metadata } from "next";
import { TRIALS } from "@/criteria";
import { AccountBar } from "@/components/account/AccountBar";
import { ReportsView } from "@/components/reports/ReportsView";
import "@/components/reports/reports.css";
import { can } from "@/lib/core/screening-log";
import { database } from "@/lib/server/db";
import { requirePage } from "@/lib/server/pages";
import { parseRange, readLogRecords } from "@/lib/server/reports/data";
import { buildReport, parseThreshold } from "@/lib/view/reports";

export const metadata: Metadata = { title: "Recruitment report — UC-MSC trial pre-screener" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ReportsPage({ searchParams }: { searchParams: SearchParams }) {
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
      <ReportsView report={buildReport(entries, range, TRIALS)} cells={cells} canExport={can(actor.role, "log:export")} />
    </>
  );
}
