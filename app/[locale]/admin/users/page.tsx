import type { Metadata } from "next";
import { AccountBar } from "@/components/account/AccountBar";
import { CreateUserForm } from "@/components/account/CreateUserForm";
import { ManageAccountForm } from "@/components/account/ManageAccountForm";
import { isRole, ROLE_LABELS } from "@/lib/core/screening-log";
import { listAccounts } from "@/lib/server/auth/accounts";
import { database } from "@/lib/server/db";
import { requirePage } from "@/lib/server/pages";
import { formatLogTime } from "@/lib/view/log-view";

export const metadata: Metadata = { title: "Accounts — UC-MSC trial pre-screener" };

export default async function UsersPage() {
  const actor = await requirePage("users:manage", "/admin/users");
  const { db } = await database();
  const users = await listAccounts(db);
  return (
    <>
      <AccountBar actor={actor} />
      <div className="grid gap-4">
        <h1 className="text-2xl font-bold">Accounts</h1>
        <CreateUserForm />
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">Accounts</caption>
          <thead>
            <tr className="border-b border-slate-400 text-left">
              <th scope="col" className="py-1 pr-3">Username</th>
              <th scope="col" className="py-1 pr-3">Role</th>
              <th scope="col" className="py-1 pr-3">Created</th>
              <th scope="col" className="py-1 pr-3">Status</th>
              <th scope="col" className="py-1">Manage</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-b border-slate-200">
                <td className="py-1 pr-3">{u.username}</td>
                <td className="py-1 pr-3">{isRole(u.role) ? ROLE_LABELS[u.role] : u.role}</td>
                <td className="py-1 pr-3">{formatLogTime(u.createdAt)}</td>
                <td className="py-1 pr-3">{u.disabled ? "Disabled" : "Active"}</td>
                <td className="py-1">
                  <ManageAccountForm account={{ id: u.id, username: u.username ?? u.id, disabled: u.disabled }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
