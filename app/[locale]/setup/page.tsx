import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CredentialsForm } from "@/components/account/CredentialsForm";
import { accountCount } from "@/lib/server/auth/accounts";
import { database } from "@/lib/server/db";

export const metadata: Metadata = { title: "First-run setup — UC-MSC trial pre-screener" };
export const dynamic = "force-dynamic";

/** First run only: while no account exists, create the first administrator. Afterwards: 404. */
export default async function SetupPage() {
  const { db } = await database();
  if ((await accountCount(db)) > 0) notFound();
  const t = await getTranslations("account.setup");
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-xl text-slate-700">{t("intro")}</p>
      <CredentialsForm mode="setup" />
    </div>
  );
}
