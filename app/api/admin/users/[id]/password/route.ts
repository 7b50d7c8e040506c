import { resetPassword } from "@/lib/server/auth/accounts";
import { database } from "@/lib/server/db";
import { bodyObject, guarded, json } from "@/lib/server/http";

/** Sets a new password for an account (admins only): { password, reason }. Its sessions end at once. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return guarded(request, "users:manage", async (actor, body) => {
    const b = bodyObject(body);
    const { db } = await database();
    return json(await resetPassword(db, { userId: id, password: String(b.password ?? ""), reason: String(b.reason ?? "") }, actor));
  });
}
