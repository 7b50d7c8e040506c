/** Who is signed in, with their role and "Sign out"; on every signed-in page. */
import Link from "next/link";
import { can, ROLE_LABELS } from "@/lib/core/screening-log";
import type { Actor } from "@/lib/server/log/service";
import { SignOutButton } from "./SignOutButton";

export function AccountBar({ actor }: { actor: Actor }) {
  return (
    <div className="no-print mb-4 flex flex-wrap items-center justify-end gap-3 border-b border-slate-200 pb-3 text-sm">
      <nav aria-label="Screening log" className="mr-auto flex gap-4">
        <Link href="/log" className="font-medium text-blue-800 underline underline-offset-4">
          Screening log
        </Link>
        <Link href="/log/due" className="font-medium text-blue-800 underline underline-offset-4">
          Due for re-screen
        </Link>
        {can(actor.role, "reports:read") ? (
          <Link href="/reports" className="font-medium text-blue-800 underline underline-offset-4">
            Reports
          </Link>
        ) : null}
        {can(actor.role, "users:manage") ? (
          <Link href="/admin/users" className="font-medium text-blue-800 underline underline-offset-4">
            Accounts
          </Link>
        ) : null}
      </nav>
      <p>
        Signed in as <strong data-testid="signed-in-user">{actor.username}</strong> ({ROLE_LABELS[actor.role]})
      </p>
      <SignOutButton />
    </div>
  );
}
