import { database } from "@/lib/server/db";
import { bodyObject, guarded, json } from "@/lib/server/http";
import { listEntries, saveScreening } from "@/lib/server/log/service";
import { logFilterFrom } from "@/lib/server/log/filter";

/** The log's entries (newest first; ?trial=&status=&from=&to=). */
export async function GET(request: Request) {
  return guarded(request, "log:read", async (actor) => {
    const { db } = await database();
    const filter = logFilterFrom(new URL(request.url).searchParams);
    return json({ entries: await listEntries(db, actor, filter) });
  });
}

/** Saves a screening: a new entry, or with `rescreenOf` a new version of one. */
export async function POST(request: Request) {
  return guarded(request, "log:write", async (actor, body) => {
    const { db } = await database();
    const b = bodyObject(body);
    const of = bodyObject(b.rescreenOf);
    const rescreenOf =
      typeof of.screeningId === "string" && typeof of.rowVersion === "number"
        ? { screeningId: of.screeningId, rowVersion: of.rowVersion }
        : undefined;
    const saved = await saveScreening(db, actor, { profile: b.profile, confirmations: b.confirmations, ...(rescreenOf && { rescreenOf }) });
    return json(saved, 201);
  });
}
