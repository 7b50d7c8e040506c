import { TRIALS } from "@/criteria";
import { AccountBar } from "@/components/account/AccountBar";
import { DueList } from "@/components/rescreen/DueList";
import { pageTitle } from "@/lib/i18n/page-title";
import { database } from "@/lib/server/db";
import { requirePage } from "@/lib/server/pages";
import { readLogRecords } from "@/lib/server/reports/data";
import { dueForRescreen } from "@/lib/view/rescreen-view";

export const generateMetadata = ({ params }: { params: Promise<{ locale: string }> }) => pageTitle(params, "due");

export default async function DuePage() {
  const actor = await requirePage("log:read", "/log/due");
  const { db } = await database();
  const { candidates } = await readLogRecords(db, {}, TRIALS);
  // UTC days, as the log's dates.
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <AccountBar actor={actor} />
      <DueList rows={dueForRescreen(candidates, TRIALS, today)} />
    </>
  );
}
