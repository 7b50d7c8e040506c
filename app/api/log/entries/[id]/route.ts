import { database } from "@/lib/server/db";
import { guarded, json } from "@/lib/server/http";
import { getEntry } from "@/lib/server/log/service";

/** One entry with every version, the statuses, the sign-offs and the audit trail. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return guarded(request, "log:read", async (actor) => {
    const { db } = await database();
    return json(await getEntry(db, actor, id));
  });
}
