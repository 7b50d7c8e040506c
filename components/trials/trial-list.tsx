import Link from "next/link";
import type { ReactNode } from "react";
import { criteriaCounts, registryWords } from "@/lib/core/describe";
import type { TrialDefinition } from "@/lib/core/trial";
import { LangText } from "./lang-text";
import { StatusBadge } from "./status-badge";
import { DatesAgainstToday, FreshnessNote } from "./trial-timing";

export function siteText(site: TrialDefinition["sites"][number]): string {
  return [site.facility, site.city, site.region, site.country].filter(Boolean).join(", ");
}

export function enrollmentText(enrollment: TrialDefinition["enrollment"]): string {
  const type = enrollment.type === "NOT_STATED" ? "type not stated" : registryWords(enrollment.type).toLowerCase();
  return `${enrollment.count} participants (${type})`;
}

function Term({ children }: { children: ReactNode }) {
  return <dt className="text-sm font-semibold text-slate-700">{children}</dt>;
}

function TrialCard({ trial, renderedOn }: { trial: TrialDefinition; renderedOn: string }) {
  const counts = criteriaCounts(trial);
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
            <Term>Recruitment status</Term>
            <dd className="mt-1 space-y-2">
              <StatusBadge status={trial.status.overall} />
              <FreshnessNote status={trial.status} renderedOn={renderedOn} />
            </dd>
          </div>
          <div>
            <Term>Dates</Term>
            <dd className="mt-1">
              <DatesAgainstToday status={trial.status} renderedOn={renderedOn} />
            </dd>
          </div>
          <div>
            <Term>Sponsor</Term>
            <dd>
              <LangText text={trial.sponsor} />
            </dd>
          </div>
          <div>
            <Term>{trial.sites.length === 1 ? "Site" : "Sites"}</Term>
            <dd>
              {trial.sites.map((site) => (
                <span key={siteText(site)} className="block">
                  <LangText text={siteText(site)} />
                </span>
              ))}
            </dd>
          </div>
          <div>
            <Term>Phase</Term>
            <dd>{registryWords(trial.phase)}</dd>
          </div>
          <div>
            <Term>Enrolment</Term>
            <dd>{enrollmentText(trial.enrollment)}</dd>
          </div>
          <div>
            <Term>Criteria</Term>
            <dd>
              {counts.total} criteria ({counts.inclusion} inclusion, {counts.exclusion} exclusion):{" "}
              {counts.rules} encoded as rules, {counts.manual} manual (investigator)
            </dd>
          </div>
          <div>
            <Term>Encoding</Term>
            <dd>
              Version {trial.encoding.version}, from the registry record of{" "}
              <time dateTime={trial.encoding.registryRecordDate}>{trial.encoding.registryRecordDate}</time>
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
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Trials</h1>
      <p className="max-w-3xl text-slate-700">
        The {trials.length} encoded trials. Trials open to patients come first, and among them the freshest records. A
        registry record is <strong>stale</strong> when it was last updated more than 12 months ago or its dates contradict
        its status, and <strong>outdated</strong> after 24 months or when its status is UNKNOWN: check with the site
        before referring a patient.
      </p>
      <ol className="space-y-4" aria-label="Trials">
        {trials.map((trial) => (
          <TrialCard key={trial.id} trial={trial} renderedOn={renderedOn} />
        ))}
      </ol>
    </div>
  );
}
