import { cookies } from "next/headers";
import { sayIn } from "@/lib/i18n/format";
import { LOCALE_COOKIE, negotiateLocale } from "@/lib/i18n/locale";
import { database } from "@/lib/server/db";
import { guarded } from "@/lib/server/http";
import { exportLog, parseExportQuery } from "@/lib/server/reports/export";

export const dynamic = "force-dynamic";

/**
 * The screening log as CSV (README, "Exports"): signed in, a role allowed to export, audited. The
 * header row is in the reader's language (NEXT_LOCALE cookie, else Accept-Language, as the pages).
 */
export async function GET(request: Request): Promise<Response> {
  return guarded(request, "log:export", async (actor) => {
    const locale = negotiateLocale({ cookie: (await cookies()).get(LOCALE_COOKIE)?.value, acceptLanguage: request.headers.get("accept-language") });
    const query = { ...parseExportQuery(new URL(request.url).searchParams), say: sayIn(locale) };
    const { db } = await database();
    const file = await exportLog(db, actor, query, new Date().toISOString().slice(0, 10));
    return new Response(file.body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${file.fileName}"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  });
}
