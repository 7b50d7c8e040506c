import { message } from "@/lib/core/message";
import { database } from "@/lib/server/db";
import { bodyObject, guarded, json } from "@/lib/server/http";
import { LogError, voidEntry } from "@/lib/server/log/service";

/** Voids a mistaken entry with a reason: { reason, rowVersion }. It stays in the log, marked void. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return guarded(request, "log:write", async (actor, body) => {
    const b = bodyObject(body);
    if (typeof b.rowVersion !== "number") throw new LogError(400, message("apiErrors.voidBody"));
    const { db } = await database();
    return json(await voidEntry(db, actor, { screeningId: id, reason: typeof b.reason === "string" ? b.reason : "", rowVersion: b.rowVersion }));
  });
}
