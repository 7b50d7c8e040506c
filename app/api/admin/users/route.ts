import { createAccount, listAccounts } from "@/lib/server/auth/accounts";
import { database } from "@/lib/server/db";
import { bodyObject, guarded, json } from "@/lib/server/http";

/** The accounts (admins only). */
export async function GET(request: Request) {
  return guarded(request, "users:manage", async () => {
    const { db } = await database();
    return json({ users: await listAccounts(db) });
  });
}

/** Creates an account (admins only): { username, password, role }. */
export async function POST(request: Request) {
  return guarded(request, "users:manage", async (actor, body) => {
    const b = bodyObject(body);
    const { db } = await database();
    const created = await createAccount(
      db,
      { username: String(b.username ?? ""), password: String(b.password ?? ""), role: String(b.role ?? "") },
      actor,
    );
    return json(created, 201);
  });
}
