"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";

/** Signs out through Better Auth (POST /api/auth/sign-out) and goes to the sign-in page. */
export function SignOutButton({ label }: { label: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const signOut = async () => {
    setBusy(true);
    await fetch("/api/auth/sign-out", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }).catch(() => undefined);
    router.push("/login");
    router.refresh();
  };
  return (
    <button
      type="button"
      onClick={() => void signOut()}
      disabled={busy}
      className="rounded-md border border-slate-500 bg-white px-2 py-1 text-sm font-medium hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
    >
      {label}
    </button>
  );
}
