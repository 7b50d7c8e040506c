import { message } from "@/lib/core/message";
import { setAccountDisabled } from "@/lib/server/auth/accounts";
import { database } from "@/lib/server/db";
import { bodyObject, guarded, json, problemResponse } from "@/lib/server/http";

/** Disables or re-enables an account (admins only): { disabled: boolean, reason }. Disabling signs it out at once. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return guarded(request, "users:manage", async (actor, body) => {
    const b = bodyObject(body);
    if (typeof b.disabled !== "boolean") return problemResponse(message("apiErrors.disabledBody"), 422, { field: "disabled" });
    const { db } = await database();
    return json(await setAccountDisabled(db, { userId: id, disabled: b.disabled, reason: String(b.reason ?? "") }, actor));
  });
}
