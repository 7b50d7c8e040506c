import { message } from "@/lib/core/message";
import type { SignoffJudgement } from "@/lib/core/screening-log";
import { database } from "@/lib/server/db";
import { bodyObject, guarded, json } from "@/lib/server/http";
import { LogError, signOff } from "@/lib/server/log/service";

function judgements(raw: unknown): SignoffJudgement[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const j = bodyObject(item);
    if (typeof j.criterionId !== "string" || (j.outcome !== "met" && j.outcome !== "not-met")) return [];
    return [{ criterionId: j.criterionId, outcome: j.outcome, ...(typeof j.note === "string" && j.note && { note: j.note }) }];
  });
}

/** An investigator signs a trial's eligibility determination: { trialId, version, judgements, note, rowVersion }. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return guarded(request, "log:sign", async (actor, body) => {
    const b = bodyObject(body);
    if (typeof b.trialId !== "string" || typeof b.version !== "number" || typeof b.rowVersion !== "number") {
      throw new LogError(400, message("apiErrors.signoffBody"));
    }
    const { db } = await database();
    const result = await signOff(db, actor, {
      screeningId: id,
      trialId: b.trialId,
      version: b.version,
      judgements: judgements(b.judgements),
      ...(typeof b.note === "string" && { note: b.note }),
      rowVersion: b.rowVersion,
    });
    return json(result);
  });
}
