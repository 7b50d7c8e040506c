import { Link } from "@/components/navigation/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useFormat } from "@/components/i18n/use-format";
import { criteriaCounts, registryMessage } from "@/lib/core/describe";
import type { TrialDefinition } from "@/lib/core/trial";
import { LangText } from "./lang-text";
import { StatusBadge } from "./status-badge";
import { DatesAgainstToday, FreshnessNote } from "./trial-timing";

export function siteText(site: TrialDefinition["sites"][number]): string {
  return [site.facility, site.city, site.region, site.country].filter(Boolean).join(", ");
}

/**
 * Registry codes in words, from the catalog where it has them. `inline` for words inside a
 * sentence ("92 participants (estimated)"): lower case in English; Chinese has no case.
 */
export function useRegistryWords(): (code: string, inline?: boolean) => string {
  const t = useTranslations("registryCodes");
  const { value } = useFormat();
  return (code, inline = false) => {
    const words = value(registryMessage(code, (part) => t.has(part as never)));
    return inline ? words.toLowerCase() : words;
  };
}

export function useEnrollmentText(): (enrollment: TrialDefinition["enrollment"]) => string {
  const t = useTranslations("trialList");
  const words = useRegistryWords();
  return (enrollment) =>
    t("enrollment", { count: enrollment.count, type: enrollment.type === "NOT_STATED" ? t("typeNotStated") : words(enrollment.type, true) });
}

function Term({ children }: { children: ReactNode }) {
  return <dt className="text-sm font-semibold text-slate-700">{children}</dt>;
}

function TrialCard({ trial, renderedOn }: { trial: TrialDefinition; renderedOn: string }) {
  const counts = criteriaCounts(trial);
  const t = useTranslations("trialList");
  const words = useRegistryWords();
  const enrollmentText = useEnrollmentText();
  const headingId = `trial-${trial.id}`;
  return (
    <li>
      <article aria-labelledby={headingId} className="rounded-lg border border-slate-300 p-4">
        <h2 id={headingId} className="text-lg font-semibold">
          <Link href={`/trials/${trial.id}`} className="text-blue-800 underline underline-offset-4 hover:no-underline">
            <span className="font-mono">{trial.id}</span>: {trial.shortTitle}
          </Link>
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          <LangText text={trial.briefTitle} />
        </p>
        <dl className="mt-3 grid gap-x-6 gap-y-3 md:grid-cols-2">
          <div>
            <Term>{t("recruitmentStatus")}</Term>
            <dd className="mt-1 space-y-2">
              <StatusBadge status={trial.status.overall} />
              <FreshnessNote status={trial.status} renderedOn={renderedOn} />
            </dd>
          </div>
          <div>
            <Term>{t("dates")}</Term>
            <dd className="mt-1">
              <DatesAgainstToday status={trial.status} renderedOn={renderedOn} />
            </dd>
          </div>
          <div>
            <Term>{t("sponsor")}</Term>
            <dd>
              <LangText text={trial.sponsor} />
            </dd>
          </div>
          <div>
            <Term>{t("sites", { count: trial.sites.length })}</Term>
            <dd>
              {trial.sites.map((site) => (
                <span key={siteText(site)} className="block">
                  <LangText text={siteText(site)} />
                </span>
              ))}
            </dd>
          </div>
          <div>
            <Term>{t("phase")}</Term>
            <dd>{words(trial.phase)}</dd>
          </div>
          <div>
            <Term>{t("enrolment")}</Term>
            <dd>{enrollmentText(trial.enrollment)}</dd>
          </div>
          <div>
            <Term>{t("criteria")}</Term>
            <dd>{t("criteriaCounts", { ...counts })}</dd>
          </div>
          <div>
            <Term>{t("encoding")}</Term>
            <dd>
              {t.rich("encodingVersion", {
                version: trial.encoding.version,
                date: () => <time dateTime={trial.encoding.registryRecordDate}>{trial.encoding.registryRecordDate}</time>,
              })}
            </dd>
          </div>
        </dl>
      </article>
    </li>
  );
}

/**
 * The trials, in the order given (the page sorts them: open to patients first, freshest record
 * first). `renderedOn` is the build date the server HTML is assessed against.
 */
export function TrialList({ trials, renderedOn }: { trials: readonly TrialDefinition[]; renderedOn: string }) {
  const t = useTranslations("trialList");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="max-w-3xl text-slate-700">{t.rich("intro", { count: trials.length, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <ol className="space-y-4" aria-label={t("heading")}>
        {trials.map((trial) => (
          <TrialCard key={trial.id} trial={trial} renderedOn={renderedOn} />
        ))}
      </ol>
    </div>
  );
}
