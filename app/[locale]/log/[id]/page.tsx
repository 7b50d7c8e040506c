import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { TRIALS } from "@/criteria";
import { AccountBar } from "@/components/account/AccountBar";
import { EntryView } from "@/components/log/EntryView";
import { RescreenDates } from "@/components/rescreen/RescreenDates";
import { can } from "@/lib/core/screening-log";
import { pageLocale, pickMessages, TIME_ZONE } from "@/lib/i18n/catalogs";
import { pageTitle } from "@/lib/i18n/page-title";
import { database } from "@/lib/server/db";
import { getEntry, NotFoundError } from "@/lib/server/log/service";
import { requirePage } from "@/lib/server/pages";
import { candidateOfEntry } from "@/lib/server/reports/data";
import { rescreenDates } from "@/lib/view/rescreen-view";

type Props = { params: Promise<{ locale: string; id: string }> };

export const generateMetadata = async ({ params }: Props) => pageTitle(params, "entry", { id: (await params).id });

export default async function EntryPage({ params }: Props) {
  const { id, locale: segment } = await params;
  const locale = pageLocale(segment);
  const actor = await requirePage("log:read", `/log/${encodeURIComponent(id)}`);
  const { db } = await database();
  const entry = await getEntry(db, actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const candidate = candidateOfEntry(entry);
  return (
    <>
      <AccountBar actor={actor} />
      {/* The entry's forms (EntryActions) are client components: they get the log's words and the server's refusals. */}
      <NextIntlClientProvider locale={locale} timeZone={TIME_ZONE} messages={pickMessages(locale, ["log", "apiErrors"])}>
        <EntryView entry={entry} trials={TRIALS} may={{ write: can(actor.role, "log:write"), sign: can(actor.role, "log:sign") }} />
      </NextIntlClientProvider>
      {candidate && <RescreenDates dates={rescreenDates(candidate, TRIALS)} />}
    </>
  );
}
