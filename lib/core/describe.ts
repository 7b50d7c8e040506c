/**
 * Encodings in plain words, for coordinators reading a trial beside its registry text: a rule as
 * a short sentence or a nested list ("Any of: …"), a criterion with what follows when its rule
 * holds (eligible only if / excluded if), and registry codes as words. Pure data in, structured
 * messages out (lib/core/message.ts); the components put them in the reader's language and lay
 * them out. The English helpers (`ruleToText`, `criterionToText`) serve the CLI and the tests.
 */
import { CONCEPTS, conceptLabel } from "./concepts";
import { FACTS, factMessage, type EnumFact, type NumberFact } from "./facts";
import { amountWithUnit, referReasonText, timeAmount } from "./engine";
import { message, type Message, type MessageKey, type MessageValue } from "./message";
import { toEnglish } from "./english-core";
import type { ConceptId, ReferReason, Rule } from "./rules";
import { formatNumber } from "./time";
import type { Criterion, TrialDefinition } from "./trial";

/** A rule in words: one condition, a shared concept (shown with a link), or a group of rules. */
export type RuleText =
  | { kind: "condition"; text: Message }
  | { kind: "concept"; concept: ConceptId; text: Message }
  /** A refer node is a group of one item with its head and the reason the investigator decides. */
  | { kind: "group"; head: GroupHead; items: RuleText[]; reason?: ReferReason };

export type GroupHead = "all" | "any" | "none" | "notAll" | "not" | "refer";

/** What follows when a rule holds, or what introduces it. */
export type Lead = "eligibleOnlyIf" | "excludedIf" | "appliesOnlyWhen" | "encodedAs";

/** The values of a choice, in words: "female", "moderate or severe". */
function enumValues(fact: EnumFact, values: readonly string[]): MessageValue {
  const known = FACTS[fact].values as readonly string[];
  return {
    list: values.map((v) => (known.includes(v) ? message(`enumValues.${fact}.${v}` as MessageKey) : v)),
    join: "or",
  };
}

export function conceptLink(concept: ConceptId): Message {
  return message("describe.conceptLink", { label: conceptLabel(concept) });
}

export function describeRule(rule: Rule): RuleText {
  if ("all" in rule) return { kind: "group", head: "all", items: rule.all.map(describeRule) };
  if ("any" in rule) return { kind: "group", head: "any", items: rule.any.map(describeRule) };
  if ("not" in rule) {
    const inner = rule.not;
    if ("any" in inner) return { kind: "group", head: "none", items: inner.any.map(describeRule) };
    if ("all" in inner) return { kind: "group", head: "notAll", items: inner.all.map(describeRule) };
    return { kind: "group", head: "not", items: [describeRule(inner)] };
  }
  if ("concept" in rule) return { kind: "concept", concept: rule.concept, text: conceptLink(rule.concept) };
  if ("refer" in rule) {
    return { kind: "group", head: "refer", items: [describeRule(rule.refer.when)], reason: rule.refer.reason };
  }
  const label = factMessage(rule.fact);
  switch (rule.op) {
    case "between":
      return {
        kind: "condition",
        text: message("describe.between", { label, min: formatNumber(rule.min), max: amountWithUnit(rule.max, rule.fact) }),
      };
    case "is":
      return { kind: "condition", text: message("describe.is", { label, value: rule.value }) };
    case "in":
      return { kind: "condition", text: message("describe.in", { label, values: enumValues(rule.fact, rule.values) }) };
    case "within":
      return { kind: "condition", text: message("describe.within", { label, amount: timeAmount(rule.amount, rule.unit) }) };
    default:
      return {
        kind: "condition",
        text: message("describe.compare", { label, op: rule.op, value: amountWithUnit(rule.value, rule.fact as NumberFact) }),
      };
  }
}

/**
 * A lead joined with a group rule's head: (excludedIf, any) → "Excluded if any of",
 * (eligibleOnlyIf, none) → "Eligible only if none of". A single condition keeps the lead.
 */
export function leadWithHead(lead: Lead | undefined, rule: RuleText): Message | undefined {
  if (rule.kind !== "group") return lead === undefined ? undefined : message(`describe.lead.${lead}`);
  if (lead === undefined || rule.reason) return message(`describe.head.${rule.head}`);
  return message("describe.leadWithHead", { lead: message(`describe.lead.${lead}`), head: message(`describe.headAfterLead.${rule.head}`) });
}

/**
 * One line: "Any of: Interferon within the last 1 year; Systemic glucocorticoids within the last
 * 1 year". With a lead: "Excluded if any of: …", "Excluded if: HIV infection: yes". Nested groups
 * are put in parentheses.
 */
export function ruleMessage(text: RuleText, lead?: Lead): Message {
  if (text.kind !== "group") {
    return lead === undefined ? text.text : message("describe.led", { lead: message(`describe.lead.${lead}`), rule: text.text });
  }
  const items = text.items.map((item) => (item.kind === "group" ? message("describe.parens", { inner: ruleMessage(item) }) : ruleMessage(item)));
  const led = message("describe.led", { lead: leadWithHead(lead, text) as Message, rule: { list: items, join: "semicolon" } });
  return text.reason ? message("describe.referred", { rule: led, reason: referReasonText(text.reason) }) : led;
}

/** The same line in English. */
export function ruleToText(text: RuleText, lead?: Lead): string {
  return toEnglish(ruleMessage(text, lead));
}

// ---------------------------------------------------------------------------------------------
// Criteria

export type CriterionText = {
  /** What follows when the rule holds: "Eligible only if" (inclusion) or "Excluded if" (exclusion). */
  lead: Lead;
  rule?: RuleText;
  /** "Sex is female": the criterion is not applicable otherwise. */
  appliesIf?: RuleText;
  /** Present for a line left to the investigator, in both languages. */
  manualReason?: { en: string; zh: string };
};

export function describeCriterion(criterion: Criterion): CriterionText {
  return {
    lead: criterion.category === "inclusion" ? "eligibleOnlyIf" : "excludedIf",
    ...(criterion.rule ? { rule: describeRule(criterion.rule) } : {}),
    ...(criterion.appliesIf ? { appliesIf: describeRule(criterion.appliesIf) } : {}),
    ...(criterion.manual ? { manualReason: { en: criterion.manual.reason, zh: criterion.manual.reasonZh ?? criterion.manual.reason } } : {}),
  };
}

/**
 * The criterion's encoding on one line: "Excluded if: PT prolongation is more than 3 s", or
 * "Manual — investigator: <reason>".
 */
export function criterionMessage(criterion: Criterion): Message {
  const text = describeCriterion(criterion);
  const parts: Message[] = [];
  if (text.manualReason !== undefined) parts.push(message("describe.manual", { reason: text.manualReason }));
  if (text.rule) parts.push(ruleMessage(text.rule, text.lead));
  if (text.appliesIf) parts.push(ruleMessage(text.appliesIf, "appliesOnlyWhen"));
  return message("describe.sentences", { items: { list: parts, join: "sentence" } });
}

export function criterionToText(criterion: Criterion): string {
  return toEnglish(criterionMessage(criterion));
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

/**
 * A registry code for the reader: the codes the catalog knows (`registryCodes`) in the reader's
 * language, any other in English words.
 */
export function registryMessage(code: string, isKnown: (part: string) => boolean): MessageValue {
  return {
    list: code.split("/").map((part) => (isKnown(part) ? message(`registryCodes.${part}` as MessageKey) : registryWords(part))),
    join: "slash",
  };
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
