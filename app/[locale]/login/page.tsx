import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CredentialsForm } from "@/components/account/CredentialsForm";
import { safeNextPath } from "@/components/log/post-json";
import { currentActor } from "@/lib/server/auth";

export const metadata: Metadata = { title: "Sign in — UC-MSC trial pre-screener" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const target = safeNextPath(typeof next === "string" ? next : undefined);
  if (await currentActor()) redirect(target);
  const t = await getTranslations("account.login");
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-xl text-slate-700">
        {t("intro")}
        {target === "/" ? t("draftKept") : null}
      </p>
      <CredentialsForm mode="sign-in" next={target} />
    </div>
  );
}
