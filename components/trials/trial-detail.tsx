import { Link } from "@/components/navigation/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useFormat } from "@/components/i18n/use-format";
import { CONCEPTS, type ConceptDefinition } from "@/lib/core/concepts";
import { conceptsUsed, criteriaCounts, describeRule } from "@/lib/core/describe";
import { CriterionText } from "./criterion-text";
import type { Criterion, TrialDefinition } from "@/lib/core/trial";
import { LangText } from "./lang-text";
import { CriterionEncoding, RuleView, conceptAnchor } from "./rule-text";
import { StatusBadge } from "./status-badge";
import { siteText, useEnrollmentText, useRegistryWords } from "./trial-list";
import { DatesAgainstToday, FreshnessNote } from "./trial-timing";

function Field({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-sm font-semibold text-slate-700">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function useDesignText(): (design: TrialDefinition["design"]) => string {
  const t = useTranslations("trialDetail");
  const words = useRegistryWords();
  return (design) => {
    const masking = design.whoMasked
      ? t("maskingWho", { masking: words(design.masking, true), who: design.whoMasked.map((w) => words(w, true)).join(t("listComma")) })
      : words(design.masking, true);
    return t("design", {
      allocation: words(design.allocation, true),
      model: words(design.interventionModel, true),
      masking,
      purpose: words(design.primaryPurpose, true),
    });
  };
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

function CriteriaTable({ category, criteria }: { category: Criterion["category"]; criteria: Criterion[] }) {
  const id = `criteria-${category}-criteria`;
  const t = useTranslations("trialDetail");
  return (
    <div className="space-y-2">
      <h3 id={id} className="text-lg font-semibold">
        {t(category === "inclusion" ? "inclusionCriteria" : "exclusionCriteria", { count: criteria.length })}
      </h3>
      <ScrollRegion labelledBy={id}>
        <table aria-labelledby={id} className="w-full border-collapse text-left align-top">
          <thead>
            <tr className="border-b-2 border-slate-300 text-sm">
              <th scope="col" className="w-24 py-2 pr-3">
                {t("id")}
              </th>
              <th scope="col" className="w-2/5 py-2 pr-3">
                {t("registryLine")}
              </th>
              <th scope="col" className="py-2">
                {t("encodingInWords")}
              </th>
            </tr>
          </thead>
          <tbody>
            {criteria.map((c) => (
              <tr key={c.id} id={c.id} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-3 pr-3 font-mono text-sm font-semibold">
                  {c.id}
                  <span className="block font-sans text-xs font-normal text-slate-600">
                    {t(c.category)}
                  </span>
                </th>
                <td className="py-3 pr-3">
                  <blockquote className="border-l-4 border-slate-400 pl-2">
                    <CriterionText text={c.text} textZh={c.textZh} />
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
  const t = useTranslations("trialDetail");
  return (
    <article aria-labelledby={headingId} className="space-y-2 rounded-lg border border-slate-300 p-4">
      <h3 id={headingId} className="font-mono text-base font-semibold">
        {source.file}
      </h3>
      {encoded && <p className="text-sm font-semibold text-emerald-900">{t("encodedFromThis")}</p>}
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
        <Field term={t("origin")}>
          <LangText text={source.origin} />
        </Field>
        <Field term={t("recordDate")}>
          <time dateTime={source.recordDate}>{source.recordDate}</time>
        </Field>
        <Field term={t("statusInDocument")}>
          <LangText text={source.status} />
        </Field>
        <Field term={t("startCompletion")}>
          {source.startDate ?? t("notGiven")} / {source.completionDate ?? t("notGiven")}
        </Field>
      </dl>
      <h4 className="text-sm font-semibold text-slate-700">
        {t("differences", { record: encoded ? t("thisRecord") : trial.encoding.encodedFrom })}
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
        <p>{t("noneRecorded")}</p>
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
  const t = useTranslations("trialDetail");
  const words = useRegistryWords();
  const enrollmentText = useEnrollmentText();
  const designText = useDesignText();
  const { language } = useFormat();
  const conceptText = (concept: ConceptDefinition) =>
    language === "zh" ? concept.zh : { label: concept.label, definition: concept.definition, rationale: concept.rationale };
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="no-print">
          <Link href="/trials" className="text-blue-800 underline underline-offset-4">
            {t("allTrials")}
          </Link>
        </p>
        <p className="font-mono text-sm font-semibold text-slate-700">{trial.id}</p>
        <h1 className="text-2xl font-bold">
          <LangText text={trial.briefTitle} />
        </h1>
        {trial.officialTitle && (
          <p className="text-slate-700">
            <span className="font-medium">{t("officialTitle")}</span>
            <LangText text={trial.officialTitle} />
          </p>
        )}
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <StatusBadge status={trial.status.overall} />
          <FreshnessNote status={trial.status} renderedOn={renderedOn} compact />
          <span className="text-sm text-slate-700">{t("countsShort", { ...counts })}</span>
        </div>
      </header>

      <Section id="record" title={t("registryRecord")}>
        <dl className="grid gap-x-6 gap-y-3 md:grid-cols-2">
          <Field term={t("registryId")}>
            <a
              href={`https://clinicaltrials.gov/study/${trial.id}`}
              className="font-mono text-blue-800 underline underline-offset-2"
            >
              {trial.id}
            </a>{" "}
            <span className="text-sm text-slate-600">{t("registryName")}</span>
          </Field>
          <Field term={t("sponsorStudyId")}>
            <span className="font-mono">{trial.orgStudyId}</span>
          </Field>
          <Field term={t("shortTitle")}>{trial.shortTitle}</Field>
          <Field term={t("sponsor")}>
            <LangText text={trial.sponsor} />
          </Field>
          <Field term={t("sites", { count: trial.sites.length })}>
            {trial.sites.map((site) => (
              <span key={siteText(site)} className="block">
                <LangText text={siteText(site)} />
              </span>
            ))}
          </Field>
          <Field term={t("conditions")}>
            <LangText text={trial.conditions.join("; ")} />
          </Field>
          <Field term={t("studyTypePhase")}>{t("typeAndPhase", { type: words(trial.studyType), phase: words(trial.phase, true) })}</Field>
          <Field term={t("designTerm")}>{designText(trial.design)}</Field>
          <Field term={t("enrolment")}>{enrollmentText(trial.enrollment)}</Field>
          <Field term={t("eligibleSex")}>{t(`sex.${eligibility.sex}`)}</Field>
          <Field term={t("eligibleAges")}>{t("ages", { min: eligibility.minimumAgeYears, max: eligibility.maximumAgeYears })}</Field>
          <Field term={t("healthyVolunteers")}>{t(eligibility.healthyVolunteers ? "accepted" : "notAccepted")}</Field>
        </dl>
      </Section>

      <Section id="status" title={t("statusAndDates")}>
        <div className="grid gap-6 md:grid-cols-2">
          <div className="space-y-2">
            <h3 className="font-semibold">{t("recruitmentStatus")}</h3>
            <StatusBadge status={trial.status.overall} />
            <FreshnessNote status={trial.status} renderedOn={renderedOn} />
          </div>
          <div className="space-y-2">
            <h3 className="font-semibold">{t("datesAgainstToday")}</h3>
            <DatesAgainstToday status={trial.status} renderedOn={renderedOn} />
          </div>
        </div>
      </Section>

      <Section id="arms" title={t("armsAndInterventions")}>
        <h3 id="arms-list" className="text-lg font-semibold">
          {t("arms")}
        </h3>
        <ul aria-labelledby="arms-list" className="space-y-2">
          {trial.arms.map((arm) => (
            <li key={arm.label}>
              <span className="font-semibold">
                <LangText text={arm.label} />
              </span>{" "}
              <span className="text-sm text-slate-700">{t("parens", { text: words(arm.type, true) })}</span>
              {t("colon")}
              <LangText text={arm.description} />
            </li>
          ))}
        </ul>
        <h3 id="interventions" className="text-lg font-semibold">
          {t("interventions")}
        </h3>
        <ScrollRegion labelledBy="interventions">
          <table aria-labelledby="interventions" className="w-full border-collapse text-left align-top text-sm">
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-3">
                  {t("intervention")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("route")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("frequency")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("dose")}
                </th>
                <th scope="col" className="py-2">
                  {t("arms")}
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
                    {t("parens", { text: words(iv.type, true) })}
                    <span className="block text-slate-700">
                      <LangText text={iv.description} />
                    </span>
                  </th>
                  <td className="py-2 pr-3">{iv.route ?? t("notStated")}</td>
                  <td className="py-2 pr-3">{iv.frequency ?? t("notStated")}</td>
                  <td className="py-2 pr-3">{iv.dose ?? t("notStated")}</td>
                  <td className="py-2">{iv.arms?.join("; ") ?? t("notStated")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </Section>

      <Section id="criteria" title={t("eligibilityCriteria")}>
        <p className="text-slate-700">
          {t.rich("criteriaIntro", {
            ...counts,
            version: trial.encoding.version,
            file: () => <span className="font-mono">{trial.encoding.encodedFrom}</span>,
            date: () => <time dateTime={trial.encoding.registryRecordDate}>{trial.encoding.registryRecordDate}</time>,
          })}
        </p>
        <CriteriaTable category="inclusion" criteria={inclusion} />
        <CriteriaTable category="exclusion" criteria={exclusion} />
      </Section>

      {concepts.length > 0 && (
        <Section id="concepts" title={t("sharedDefinitions")}>
          <p className="text-slate-700">{t("sharedDefinitionsIntro")}</p>
          {concepts.map((id) => {
            const definition = CONCEPTS[id];
            const concept = conceptText(definition);
            return (
              <section key={id} aria-labelledby={conceptAnchor(id)} className="space-y-1">
                <h3 id={conceptAnchor(id)} className="text-lg font-semibold">
                  {concept.label}
                </h3>
                <p>
                  <LangText text={concept.definition} />
                </p>
                <dl className="grid gap-1 text-sm" aria-label={t("zonesOf", { concept: concept.label })}>
                  {definition.zones.map((z, i) => (
                    <div key={z.zone} className="flex flex-wrap gap-x-2">
                      <dt className="font-medium text-slate-900">{t(`zones.${z.zone}`)}</dt>
                      <dd>{language === "zh" ? (definition.zh.zones[i] ?? z.text) : z.text}</dd>
                    </div>
                  ))}
                </dl>
                <div className="text-sm">
                  <RuleView rule={describeRule(CONCEPTS[id].rule)} lead="encodedAs" />
                </div>
                <p className="text-sm text-slate-700">
                  <span className="font-medium text-slate-900">{t("rationale")}</span>
                  <LangText text={concept.rationale} />
                </p>
                <div className="text-sm text-slate-700">
                  <p className="font-medium text-slate-900">{t("sources")}</p>
                  <ul className="list-disc pl-5">
                    {definition.sources.map((source) => (
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

      <Section id="sources" title={t("sourceDocuments")}>
        {trial.sources.map((source) => (
          <SourceDocument key={source.file} source={source} trial={trial} />
        ))}
      </Section>
    </article>
  );
}
