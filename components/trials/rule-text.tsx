import { useTranslations } from "next-intl";
import { useFormat } from "@/components/i18n/use-format";
import { describeCriterion, leadWithHead, type Lead, type RuleText } from "@/lib/core/describe";
import { referReasonText } from "@/lib/core/engine";
import type { Criterion } from "@/lib/core/trial";
import { LangText } from "./lang-text";

export function conceptAnchor(concept: string): string {
  return `concept-${concept}`;
}

/** One condition or concept: text, or a link to the concept's definition on the same page. */
function Leaf({ rule }: { rule: Exclude<RuleText, { kind: "group" }> }) {
  const { format } = useFormat();
  if (rule.kind === "concept") {
    return (
      <a href={`#${conceptAnchor(rule.concept)}`} className="text-blue-800 underline underline-offset-2">
        {format(rule.text)}
      </a>
    );
  }
  return <>{format(rule.text)}</>;
}

/** A group's items as a list; nested groups as nested lists with their own head. */
function Items({ items }: { items: RuleText[] }) {
  return (
    <ul className="mt-0.5 list-disc space-y-0.5 pl-5">
      {items.map((item, i) => (
        <li key={i}>
          <RuleView rule={item} />
        </li>
      ))}
    </ul>
  );
}

/** A rule in plain words: "Any of:" followed by a list, or a single condition. */
export function RuleView({ rule, lead }: { rule: RuleText; lead?: Lead }) {
  const { format, value } = useFormat();
  const t = useTranslations("trialDetail");
  const head = leadWithHead(lead, rule);
  if (rule.kind === "group") {
    return (
      <>
        <span className="font-medium">{head ? t("heading", { text: format(head) }) : null}</span>
        <Items items={rule.items} />
        {rule.reason !== undefined && (
          <p className="mt-0.5 text-sm text-violet-900">
            <span className="font-medium">{t("why")}</span>
            <LangText text={value(referReasonText(rule.reason))} />
          </p>
        )}
      </>
    );
  }
  return (
    <>
      {head !== undefined && <span className="font-medium">{t("leadIn", { text: format(head) })}</span>}
      <Leaf rule={rule} />
    </>
  );
}

/**
 * A criterion's encoding in plain words: what its rule says and what follows (eligible only if /
 * excluded if), when it applies, or that the investigator decides and why; then the
 * interpretation note.
 */
export function CriterionEncoding({ criterion }: { criterion: Criterion }) {
  const text = describeCriterion(criterion);
  const t = useTranslations("trialDetail");
  const { value, language } = useFormat();
  const interpretation =
    criterion.interpretation === undefined ? undefined : language === "zh" ? (criterion.interpretationZh ?? criterion.interpretation) : criterion.interpretation;
  return (
    <div className="space-y-2">
      {text.manualReason !== undefined && (
        <div>
          <p>
            <span className="inline-block rounded border border-violet-700 bg-violet-50 px-2 py-0.5 text-sm font-semibold text-violet-900">
              {t("manualLabel")}
            </span>
          </p>
          <p className="mt-1">
            <span className="font-medium">{t("reason")}</span>
            <LangText text={value(text.manualReason)} />
          </p>
        </div>
      )}
      {text.rule && (
        <div>
          <RuleView rule={text.rule} lead={text.lead} />
        </div>
      )}
      {text.appliesIf && (
        <div className="text-sm">
          <RuleView rule={text.appliesIf} lead="appliesOnlyWhen" />
        </div>
      )}
      {interpretation !== undefined && (
        <p className="border-l-4 border-slate-300 pl-2 text-sm text-slate-700">
          <span className="font-medium text-slate-900">{t("interpretation")}</span>
          <LangText text={interpretation} />
        </p>
      )}
    </div>
  );
}
