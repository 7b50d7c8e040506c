import { getTranslations } from "next-intl/server";
import { TRIALS } from "@/criteria";
import { AccountBar } from "@/components/account/AccountBar";
import { LogList } from "@/components/log/LogList";
import { database } from "@/lib/server/db";
import { logFilterFrom } from "@/lib/server/log/filter";
import { listEntries } from "@/lib/server/log/service";
import { pageTitle } from "@/lib/i18n/page-title";
import { requirePage } from "@/lib/server/pages";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = ({ params }: Props) => pageTitle(params, "log");

export default async function LogPage({ searchParams }: Props) {
  const actor = await requirePage("log:read", "/log");
  const filter = logFilterFrom(await searchParams);
  const { db } = await database();
  const entries = await listEntries(db, actor, filter);
  const t = await getTranslations("layout");
  return (
    <>
      <AccountBar actor={actor} />
      <div className="grid gap-4">
        <h1 className="text-2xl font-bold">{t("log")}</h1>
        <LogList entries={entries} filter={filter} trials={TRIALS} />
      </div>
    </>
  );
}
