import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CredentialsForm } from "@/components/account/CredentialsForm";
import { safeNextPath } from "@/components/log/post-json";
import { currentActor } from "@/lib/server/auth";

export const metadata: Metadata = { title: "Sign in — UC-MSC trial pre-screener" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const target = safeNextPath(typeof next === "string" ? next : undefined);
  if (await currentActor()) redirect(target);
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-bold">Sign in</h1>
      <p className="max-w-xl text-slate-700">
        The screening log is shared by the study team. Sign in to save screenings and follow patients to enrolment.
        {target === "/" ? " Your screening is kept in this tab and will be there when you come back." : null}
      </p>
      <CredentialsForm mode="sign-in" next={target} />
    </div>
  );
}
