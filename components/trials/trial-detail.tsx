import Link from "next/link";
import type { ReactNode } from "react";
import { CONCEPTS, ZONE_LABELS } from "@/lib/core/concepts";
import { conceptsUsed, criteriaCounts, describeRule, registryWords } from "@/lib/core/describe";
import type { Criterion, TrialDefinition } from "@/lib/core/trial";
import { LangText } from "./lang-text";
import { CriterionEncoding, RuleView, conceptAnchor } from "./rule-text";
import { StatusBadge } from "./status-badge";
import { enrollmentText, siteText } from "./trial-list";
import { DatesAgainstToday, FreshnessNote } from "./trial-timing";

const SEX_WORDS: Record<TrialDefinition["eligibility"]["sex"], string> = {
  ALL: "All",
  FEMALE: "Female only",
  MALE: "Male only",
};

function Field({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-sm font-semibold text-slate-700">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function designText(design: TrialDefinition["design"]): string {
  const masking =
    design.masking === "NONE"
      ? "none (open label)"
      : `${registryWords(design.masking).toLowerCase()}${design.whoMasked ? ` (${design.whoMasked.map((w) => registryWords(w).toLowerCase()).join(", ")})` : ""}`;
  return [
    `Allocation: ${registryWords(design.allocation).toLowerCase()}`,
    `model: ${registryWords(design.interventionModel).toLowerCase()}`,
    `masking: ${masking}`,
    `purpose: ${registryWords(design.primaryPurpose).toLowerCase()}`,
  ].join("; ");
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="border-b border-slate-200 pb-1 text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * A table that may scroll sideways on a narrow screen: a labelled region that takes keyboard
 * focus, so keyboard users can scroll it too.
 */
function ScrollRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-labelledby={labelledBy}
      tabIndex={0}
      className="overflow-x-auto focus-visible:outline-2 focus-visible:outline-blue-700"
    >
      {children}
    </div>
  );
}

function CriteriaTable({ title, criteria }: { title: string; criteria: Criterion[] }) {
  const id = `criteria-${title.toLowerCase().replace(/\s+/g, "-")}`;
  return (
    <div className="space-y-2">
      <h3 id={id} className="text-lg font-semibold">
        {title} ({criteria.length})
      </h3>
      <ScrollRegion labelledBy={id}>
        <table aria-labelledby={id} className="w-full border-collapse text-left align-top">
          <thead>
            <tr className="border-b-2 border-slate-300 text-sm">
              <th scope="col" className="w-24 py-2 pr-3">
                ID
              </th>
              <th scope="col" className="w-2/5 py-2 pr-3">
                Registry line (verbatim)
              </th>
              <th scope="col" className="py-2">
                Encoding in plain words
              </th>
            </tr>
          </thead>
          <tbody>
            {criteria.map((c) => (
              <tr key={c.id} id={c.id} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-3 pr-3 font-mono text-sm font-semibold">
                  {c.id}
                  <span className="block font-sans text-xs font-normal text-slate-600">
                    {c.category === "inclusion" ? "Inclusion" : "Exclusion"}
                  </span>
                </th>
                <td className="py-3 pr-3">
                  <blockquote className="border-l-4 border-slate-400 pl-2">
                    <LangText text={c.text} />
                  </blockquote>
                </td>
                <td className="py-3">
                  <CriterionEncoding criterion={c} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}

function SourceDocument({ source, trial }: { source: TrialDefinition["sources"][number]; trial: TrialDefinition }) {
  const encoded = source.file === trial.encoding.encodedFrom;
  const headingId = `source-${source.file}`;
  return (
    <article aria-labelledby={headingId} className="space-y-2 rounded-lg border border-slate-300 p-4">
      <h3 id={headingId} className="font-mono text-base font-semibold">
        {source.file}
      </h3>
      {encoded && <p className="text-sm font-semibold text-emerald-900">The criteria were encoded from this document.</p>}
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
        <Field term="Origin">
          <LangText text={source.origin} />
        </Field>
        <Field term="Record date">
          <time dateTime={source.recordDate}>{source.recordDate}</time>
        </Field>
        <Field term="Status in this document">
          <LangText text={source.status} />
        </Field>
        <Field term="Start / completion">
          {source.startDate ?? "not given"} / {source.completionDate ?? "not given"}
        </Field>
      </dl>
      <h4 className="text-sm font-semibold text-slate-700">
        Differences from the encoded record ({encoded ? "this is that record" : trial.encoding.encodedFrom})
      </h4>
      {source.differences.length > 0 ? (
        <ul className="list-disc space-y-0.5 pl-5">
          {source.differences.map((d) => (
            <li key={d}>
              <LangText text={d} />
            </li>
          ))}
        </ul>
      ) : (
        <p>None recorded.</p>
      )}
    </article>
  );
}

/** A trial's record, every registry line beside its encoding, the shared concepts and the sources. */
export function TrialDetail({ trial, renderedOn }: { trial: TrialDefinition; renderedOn: string }) {
  const counts = criteriaCounts(trial);
  const concepts = conceptsUsed(trial);
  const inclusion = trial.criteria.filter((c) => c.category === "inclusion");
  const exclusion = trial.criteria.filter((c) => c.category === "exclusion");
  const { eligibility } = trial;
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="no-print">
          <Link href="/trials" className="text-blue-800 underline underline-offset-4">
            ← All trials
          </Link>
        </p>
        <p className="font-mono text-sm font-semibold text-slate-700">{trial.id}</p>
        <h1 className="text-2xl font-bold">
          <LangText text={trial.briefTitle} />
        </h1>
        {trial.officialTitle && (
          <p className="text-slate-700">
            <span className="font-medium">Official title: </span>
            <LangText text={trial.officialTitle} />
          </p>
        )}
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <StatusBadge status={trial.status.overall} />
          <FreshnessNote status={trial.status} renderedOn={renderedOn} compact />
          <span className="text-sm text-slate-700">
            {counts.total} criteria: {counts.rules} encoded as rules, {counts.manual} manual (investigator)
          </span>
        </div>
      </header>

      <Section id="record" title="Registry record">
        <dl className="grid gap-x-6 gap-y-3 md:grid-cols-2">
          <Field term="Registry ID">
            <a
              href={`https://clinicaltrials.gov/study/${trial.id}`}
              className="font-mono text-blue-800 underline underline-offset-2"
            >
              {trial.id}
            </a>{" "}
            <span className="text-sm text-slate-600">(ClinicalTrials.gov)</span>
          </Field>
          <Field term="Sponsor study ID">
            <span className="font-mono">{trial.orgStudyId}</span>
          </Field>
          <Field term="Short title">{trial.shortTitle}</Field>
          <Field term="Sponsor">
            <LangText text={trial.sponsor} />
          </Field>
          <Field term={trial.sites.length === 1 ? "Site" : "Sites"}>
            {trial.sites.map((site) => (
              <span key={siteText(site)} className="block">
                <LangText text={siteText(site)} />
              </span>
            ))}
          </Field>
          <Field term="Conditions">
            <LangText text={trial.conditions.join("; ")} />
          </Field>
          <Field term="Study type and phase">
            {registryWords(trial.studyType)}; phase: {registryWords(trial.phase).toLowerCase()}
          </Field>
          <Field term="Design">{designText(trial.design)}</Field>
          <Field term="Enrolment">{enrollmentText(trial.enrollment)}</Field>
          <Field term="Eligible sex">{SEX_WORDS[eligibility.sex]}</Field>
          <Field term="Eligible ages">
            {eligibility.minimumAgeYears} to {eligibility.maximumAgeYears} years
          </Field>
          <Field term="Healthy volunteers">{eligibility.healthyVolunteers ? "Accepted" : "Not accepted"}</Field>
        </dl>
      </Section>

      <Section id="status" title="Status and dates">
        <div className="grid gap-6 md:grid-cols-2">
          <div className="space-y-2">
            <h3 className="font-semibold">Recruitment status</h3>
            <StatusBadge status={trial.status.overall} />
            <FreshnessNote status={trial.status} renderedOn={renderedOn} />
          </div>
          <div className="space-y-2">
            <h3 className="font-semibold">Dates against today</h3>
            <DatesAgainstToday status={trial.status} renderedOn={renderedOn} />
          </div>
        </div>
      </Section>

      <Section id="arms" title="Arms and interventions">
        <h3 id="arms-list" className="text-lg font-semibold">
          Arms
        </h3>
        <ul aria-labelledby="arms-list" className="space-y-2">
          {trial.arms.map((arm) => (
            <li key={arm.label}>
              <span className="font-semibold">
                <LangText text={arm.label} />
              </span>{" "}
              <span className="text-sm text-slate-700">({registryWords(arm.type).toLowerCase()})</span>:{" "}
              <LangText text={arm.description} />
            </li>
          ))}
        </ul>
        <h3 id="interventions" className="text-lg font-semibold">
          Interventions
        </h3>
        <ScrollRegion labelledBy="interventions">
          <table aria-labelledby="interventions" className="w-full border-collapse text-left align-top text-sm">
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-3">
                  Intervention
                </th>
                <th scope="col" className="py-2 pr-3">
                  Route
                </th>
                <th scope="col" className="py-2 pr-3">
                  Frequency
                </th>
                <th scope="col" className="py-2 pr-3">
                  Dose
                </th>
                <th scope="col" className="py-2">
                  Arms
                </th>
              </tr>
            </thead>
            <tbody>
              {trial.interventions.map((iv) => (
                <tr key={iv.name} className="border-b border-slate-200 align-top">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    <span className="font-semibold">
                      <LangText text={iv.name} />
                    </span>{" "}
                    ({registryWords(iv.type).toLowerCase()})
                    <span className="block text-slate-700">
                      <LangText text={iv.description} />
                    </span>
                  </th>
                  <td className="py-2 pr-3">{iv.route ?? "not stated"}</td>
                  <td className="py-2 pr-3">{iv.frequency ?? "not stated"}</td>
                  <td className="py-2 pr-3">{iv.dose ?? "not stated"}</td>
                  <td className="py-2">{iv.arms?.join("; ") ?? "not stated"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </Section>

      <Section id="criteria" title="Eligibility criteria">
        <p className="text-slate-700">
          Each registry line, verbatim and in registry order, beside its encoding in plain words.{" "}
          {counts.total} criteria: {counts.rules} encoded as rules, {counts.manual} manual (the investigator decides).
          Encoding version {trial.encoding.version}, from <span className="font-mono">{trial.encoding.encodedFrom}</span>{" "}
          (record of <time dateTime={trial.encoding.registryRecordDate}>{trial.encoding.registryRecordDate}</time>).
        </p>
        <CriteriaTable title="Inclusion criteria" criteria={inclusion} />
        <CriteriaTable title="Exclusion criteria" criteria={exclusion} />
      </Section>

      {concepts.length > 0 && (
        <Section id="concepts" title="Shared definitions">
          <p className="text-slate-700">
            Defined once and used by every trial that names them, so two trials never disagree about the same patient.
          </p>
          {concepts.map((id) => {
            const concept = CONCEPTS[id];
            return (
              <section key={id} aria-labelledby={conceptAnchor(id)} className="space-y-1">
                <h3 id={conceptAnchor(id)} className="text-lg font-semibold">
                  {concept.label}
                </h3>
                <p>
                  <LangText text={concept.definition} />
                </p>
                <dl className="grid gap-1 text-sm" aria-label={`${concept.label}: zones`}>
                  {concept.zones.map((z) => (
                    <div key={z.zone} className="flex flex-wrap gap-x-2">
                      <dt className="font-medium text-slate-900">{ZONE_LABELS[z.zone]}:</dt>
                      <dd>{z.text}</dd>
                    </div>
                  ))}
                </dl>
                <div className="text-sm">
                  <RuleView rule={describeRule(concept.rule)} lead="Encoded as" />
                </div>
                <p className="text-sm text-slate-700">
                  <span className="font-medium text-slate-900">Rationale: </span>
                  <LangText text={concept.rationale} />
                </p>
                <div className="text-sm text-slate-700">
                  <p className="font-medium text-slate-900">Sources:</p>
                  <ul className="list-disc pl-5">
                    {concept.sources.map((source) => (
                      <li key={source}>
                        <LangText text={source} />
                      </li>
                    ))}
                  </ul>
                </div>
              </section>
            );
          })}
        </Section>
      )}

      <Section id="sources" title="Source documents">
        {trial.sources.map((source) => (
          <SourceDocument key={source.file} source={source} trial={trial} />
        ))}
      </Section>
    </article>
  );
}
