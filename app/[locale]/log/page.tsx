import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TRIALS } from "@/criteria";
import { AccountBar } from "@/components/account/AccountBar";
import { LogList } from "@/components/log/LogList";
import { database } from "@/lib/server/db";
import { logFilterFrom } from "@/lib/server/log/filter";
import { listEntries } from "@/lib/server/log/service";
import { requirePage } from "@/lib/server/pages";

export const metadata: Metadata = { title: "Screening log — UC-MSC trial pre-screener" };

export default async function LogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
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
