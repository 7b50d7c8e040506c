import { message } from "@/lib/core/message";
import { isTrialStatus } from "@/lib/core/screening-log";
import { database } from "@/lib/server/db";
import { bodyObject, guarded, json } from "@/lib/server/http";
import { changeTrialStatus, LogError } from "@/lib/server/log/service";

/** Changes one trial's status: { trialId, to, reason, rowVersion }. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return guarded(request, "log:write", async (actor, body) => {
    const b = bodyObject(body);
    if (typeof b.trialId !== "string" || !isTrialStatus(b.to) || typeof b.rowVersion !== "number") {
      throw new LogError(400, message("apiErrors.statusBody"));
    }
    const { db } = await database();
    const result = await changeTrialStatus(db, actor, {
      screeningId: id,
      trialId: b.trialId,
      to: b.to,
      reason: typeof b.reason === "string" ? b.reason : "",
      rowVersion: b.rowVersion,
    });
    return json(result);
  });
}
