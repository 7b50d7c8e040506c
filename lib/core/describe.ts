/**
 * Encodings in plain words, for coordinators reading a trial beside its registry text: a rule as
 * a short sentence or a nested list ("Any of: …"), a criterion with what follows when its rule
 * holds (eligible only if / excluded if), and registry codes as words. Pure data in, strings out;
 * the components only lay them out.
 */
import { CONCEPTS } from "./concepts";
import { FACTS, factLabel } from "./facts";
import type { ComparisonOp, ConceptId, ReferReason, Rule } from "./rules";
import { formatAmount, formatNumber } from "./time";
import type { Criterion, TrialDefinition } from "./trial";

/** A rule in words: one condition, a shared concept (shown with a link), or a group of rules. */
export type RuleText =
  | { kind: "condition"; text: string }
  | { kind: "concept"; concept: ConceptId; text: string }
  /** A refer node is a group of one item with its head and the reason the investigator decides. */
  | { kind: "group"; head: GroupHead; items: RuleText[]; reason?: ReferReason };

export const REFER_HEAD = "For the investigator when";
export type GroupHead = "All of" | "Any of" | "None of" | "Not all of" | "Not" | typeof REFER_HEAD;

const COMPARISON_WORDS: Record<ComparisonOp, string> = {
  lt: "is less than",
  le: "is at most",
  gt: "is more than",
  ge: "is at least",
  eq: "is",
};

function withUnit(value: number, unit: string): string {
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

/** "a", "a or b", "a, b or c". */
export function joinOr(values: readonly string[]): string {
  if (values.length <= 1) return values.join("");
  return `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}`;
}

export function conceptLink(concept: ConceptId): string {
  return `${CONCEPTS[concept].label} (shared definition)`;
}

export function describeRule(rule: Rule): RuleText {
  if ("all" in rule) return { kind: "group", head: "All of", items: rule.all.map(describeRule) };
  if ("any" in rule) return { kind: "group", head: "Any of", items: rule.any.map(describeRule) };
  if ("not" in rule) {
    const inner = rule.not;
    if ("any" in inner) return { kind: "group", head: "None of", items: inner.any.map(describeRule) };
    if ("all" in inner) return { kind: "group", head: "Not all of", items: inner.all.map(describeRule) };
    return { kind: "group", head: "Not", items: [describeRule(inner)] };
  }
  if ("concept" in rule) return { kind: "concept", concept: rule.concept, text: conceptLink(rule.concept) };
  if ("refer" in rule) {
    return { kind: "group", head: REFER_HEAD, items: [describeRule(rule.refer.when)], reason: rule.refer.reason };
  }
  const label = factLabel(rule.fact);
  switch (rule.op) {
    case "between": {
      const unit = FACTS[rule.fact].unit;
      return {
        kind: "condition",
        text: `${label} is between ${formatNumber(rule.min)} and ${withUnit(rule.max, unit)} (inclusive)`,
      };
    }
    case "is":
      return { kind: "condition", text: `${label}: ${rule.value ? "yes" : "no"}` };
    case "in":
      return { kind: "condition", text: `${label} is ${joinOr(rule.values)}` };
    case "within":
      return { kind: "condition", text: `${label} within the last ${formatAmount(rule.amount, rule.unit)}` };
    default:
      return {
        kind: "condition",
        text: `${label} ${COMPARISON_WORDS[rule.op]} ${withUnit(rule.value, FACTS[rule.fact].unit)}`,
      };
  }
}

/**
 * One line: "Any of: Interferon within the last 1 year; Systemic glucocorticoids within the last
 * 1 year". With a lead: "Excluded if any of: …", "Excluded if: HIV infection: yes". Nested groups
 * are put in parentheses.
 */
export function ruleToText(text: RuleText, lead?: string): string {
  if (text.kind !== "group") return lead === undefined ? text.text : `${lead}: ${text.text}`;
  const items = text.items.map((item) => (item.kind === "group" ? `(${ruleToText(item)})` : ruleToText(item)));
  const because = text.reason ? ` [${text.reason.text}]` : "";
  return `${leadWithHead(lead, text)}: ${items.join("; ")}${because}`;
}

// ---------------------------------------------------------------------------------------------
// Criteria

export type CriterionText = {
  /** What follows when the rule holds: "Eligible only if" (inclusion) or "Excluded if" (exclusion). */
  lead: string;
  rule?: RuleText;
  /** "Sex is female": the criterion is not applicable otherwise. */
  appliesIf?: RuleText;
  /** Present for a line left to the investigator. */
  manualReason?: string;
};

export const MANUAL_LABEL = "Manual — investigator";
export const APPLIES_IF_LEAD = "Applies only when";

export function describeCriterion(criterion: Criterion): CriterionText {
  return {
    lead: criterion.category === "inclusion" ? "Eligible only if" : "Excluded if",
    ...(criterion.rule ? { rule: describeRule(criterion.rule) } : {}),
    ...(criterion.appliesIf ? { appliesIf: describeRule(criterion.appliesIf) } : {}),
    ...(criterion.manual ? { manualReason: criterion.manual.reason } : {}),
  };
}

/**
 * A lead joined with a group rule's head: ("Excluded if", any) → "Excluded if any of",
 * ("Eligible only if", not-any) → "Eligible only if none of". A single condition keeps the lead.
 */
export function leadWithHead(lead: string | undefined, rule: RuleText): string | undefined {
  if (rule.kind !== "group") return lead;
  if (rule.reason) return rule.head;
  return lead === undefined ? rule.head : `${lead} ${rule.head.toLowerCase()}`;
}

/**
 * The criterion's encoding on one line: "Excluded if: PT prolongation is more than 3 s", or
 * "Manual — investigator: <reason>".
 */
export function criterionToText(criterion: Criterion): string {
  const text = describeCriterion(criterion);
  const parts: string[] = [];
  if (text.manualReason !== undefined) parts.push(`${MANUAL_LABEL}: ${text.manualReason}`);
  if (text.rule) parts.push(ruleToText(text.rule, text.lead));
  if (text.appliesIf) parts.push(ruleToText(text.appliesIf, APPLIES_IF_LEAD));
  return parts.join(". ");
}

export type CriteriaCounts = { total: number; inclusion: number; exclusion: number; rules: number; manual: number };

export function criteriaCounts(trial: Pick<TrialDefinition, "criteria">): CriteriaCounts {
  const counts: CriteriaCounts = { total: 0, inclusion: 0, exclusion: 0, rules: 0, manual: 0 };
  for (const c of trial.criteria) {
    counts.total += 1;
    counts[c.category] += 1;
    if (c.rule) counts.rules += 1;
    if (c.manual) counts.manual += 1;
  }
  return counts;
}

function conceptsIn(rule: Rule, into: ConceptId[]): void {
  if ("concept" in rule) {
    if (into.includes(rule.concept)) return;
    into.push(rule.concept);
    conceptsIn(CONCEPTS[rule.concept].rule, into);
  } else if ("all" in rule) rule.all.forEach((r) => conceptsIn(r, into));
  else if ("any" in rule) rule.any.forEach((r) => conceptsIn(r, into));
  else if ("not" in rule) conceptsIn(rule.not, into);
  else if ("refer" in rule) conceptsIn(rule.refer.when, into);
}

/** Every shared concept the trial's criteria use, directly or through another concept, in order of first use. */
export function conceptsUsed(trial: Pick<TrialDefinition, "criteria">): ConceptId[] {
  const found: ConceptId[] = [];
  for (const c of trial.criteria) {
    if (c.rule) conceptsIn(c.rule, found);
    if (c.appliesIf) conceptsIn(c.appliesIf, found);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Registry codes and languages

/** "SINGLE_GROUP" → "Single group", "NA" → "Not applicable", "PHASE1/PHASE2" → "Phase 1/Phase 2". */
export function registryWords(code: string): string {
  if (code === "NA") return "Not applicable";
  if (code === "NOT_STATED") return "Not stated";
  return code
    .split("/")
    .map((part) => {
      const phase = /^PHASE(\d)$/.exec(part);
      if (phase) return `Phase ${phase[1]}`;
      const words = part.toLowerCase().replace(/_/g, " ");
      return words.charAt(0).toUpperCase() + words.slice(1);
    })
    .join("/");
}

export type TextRun = { text: string; lang?: "zh" };

/** Han characters and CJK punctuation/full-width forms: Chinese text, for lang="zh". */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/gu;

/** Splits text into runs, marking the Chinese ones so they can be given lang="zh". */
export function languageRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(CJK)) {
    const at = match.index;
    if (at > last) runs.push({ text: text.slice(last, at) });
    runs.push({ text: match[0], lang: "zh" });
    last = at + match[0].length;
  }
  if (last < text.length || runs.length === 0) runs.push({ text: text.slice(last) });
  return runs;
}
