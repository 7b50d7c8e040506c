import { message } from "@/lib/core/message";
import { accountCount, createFirstAdmin } from "@/lib/server/auth/accounts";
import { database } from "@/lib/server/db";
import { bodyObject, errorResponse, json, problemResponse, sameOrigin } from "@/lib/server/http";

/** First run only: creates the first admin while no account exists; afterwards it is gone (404). */
export async function POST(request: Request) {
  if (!sameOrigin(request)) return problemResponse(message("apiErrors.crossSite"), 403);
  const { db } = await database();
  if ((await accountCount(db)) > 0) return problemResponse(message("apiErrors.gone"), 404);
  try {
    const b = bodyObject(await request.json().catch(() => ({})));
    const created = await createFirstAdmin(db, { username: String(b.username ?? ""), password: String(b.password ?? "") });
    return json({ username: created.username, role: created.role }, 201);
  } catch (error) {
    return errorResponse(error);
  }
}
