/**
 * Compiles the rule data to PostgreSQL: one query that computes, for every row of the profiles
 * table, every criterion's status and every trial's verdict, exactly as lib/core/engine.ts does.
 * Pure: it returns text and imports no database (OHDSI circe-be compiles cohort definitions the
 * same way, with golden files of the generated SQL: tests/sql/golden/).
 *
 * Kleene logic without losing "unknown". SQL's own three-valued logic is a trap here: WHERE, HAVING
 * and JOIN … ON treat unknown as false, bool_and/bool_or skip NULLs and NOT IN over a NULL poisons
 * every row. So every rule compiles to an integer that is never NULL, with the truth values in
 * order (false 0 < unknown 1 < true 2), and then
 *     all = LEAST(…)    any = GREATEST(…)    not = 2 − x
 * which are exactly strong Kleene and/or/not (lib/core/logic.ts). Nothing is filtered on: every
 * criterion of every trial is computed for every row, and the verdict from all of them.
 *
 * Portability: the query is one SELECT over one table, nested derived tables and immutable
 * built-in functions only (no CTEs, functions to install, window functions or volatile functions),
 * so it runs unchanged on PostgreSQL 15+, PGlite and Citus (where each row is screened on its shard).
 */
import { CONCEPTS } from "../concepts";
import { CONSISTENCY_CHECKS } from "../consistency";
import { fieldsOfRule } from "../coverage";
import type { FieldPath } from "../fields";
import { FACTS, type FactId } from "../facts";
import type { ConceptId, Rule } from "../rules";
import { daysRange, type TimeWindow } from "../time";
import type { Criterion, CriterionStatus, TrialDefinition } from "../trial";
import { ALBUMIN_G_L_PER_G_DL, BILIRUBIN_UMOL_PER_MG_DL, CREATININE_UMOL_PER_MG_DL } from "../units";
import { DEFAULT_PROFILES_TABLE, PROFILE_COLUMNS, columnOf, profilesTableDdl, sqlString } from "./columns";

export const FALSE = 0;
export const UNKNOWN = 1;
export const TRUE = 2;

// ---------------------------------------------------------------------------------------------
// Literals

/**
 * A JavaScript number as a float8 literal. String(n) is the shortest text that reads back as the
 * same double, and PostgreSQL's float8 input rounds correctly, so the literal is the very number
 * the engine compares with.
 */
export function float8(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  const text = String(value);
  return value < 0 || Object.is(value, -0) ? `(${text})::float8` : `${text}::float8`;
}

// ---------------------------------------------------------------------------------------------
// Kleene connectives on the ordered encoding

export function kleeneAll(parts: readonly string[]): string {
  return parts.length === 1 ? (parts[0] as string) : `LEAST(${parts.join(", ")})`;
}
export function kleeneAny(parts: readonly string[]): string {
  return parts.length === 1 ? (parts[0] as string) : `GREATEST(${parts.join(", ")})`;
}
export function kleeneNot(part: string): string {
  return `(2 - ${part})`;
}
/** A truth value from a boolean test of a value that may be NULL: NULL is unknown, never false. */
function truth(nullable: string, test: string): string {
  return `CASE WHEN ${nullable} IS NULL THEN ${UNKNOWN} WHEN ${test} THEN ${TRUE} ELSE ${FALSE} END`;
}

// ---------------------------------------------------------------------------------------------
// Derived facts

/**
 * units.ts's clean(x) = Number(x.toPrecision(12)): the double rounded, from its exact binary value,
 * to 12 significant digits, ties away from zero. float8 → numeric in PostgreSQL keeps only 15
 * digits (and float8 → text depends on extra_float_digits), either of which could round a tie
 * differently, so the exact value is rebuilt: with k = 53 − ⌊log₂ x⌋ (an error of one either
 * way still leaves an integer), x·2^k is an integer below 2^55, exact in float8 and in bigint,
 * and x = (x·2^k)·5^k / 10^k exactly in numeric. Rounding that integer to 12 digits and dividing
 * by 10^k gives a decimal of at most 12 digits, which float8 input rounds correctly, as
 * JavaScript's Number() does. Only non-negative x occur (lab values are at least 0); subnormal
 * ones (which the schema allows, however absurd) are exact too.
 */
export function cleanSql(x: string): string {
  const { k, y } = cleanScaleSql(x);
  return cleanScaledSql(x, k, y);
}

/**
 * clean(x) from x and its scale (cleanScaleSql), which the screening query computes once per row
 * in a layer of its own: written out in place, the scale's expression would be repeated a dozen
 * times in this one.
 */
function cleanScaledSql(x: string, k: string, y: string): string {
  const d = `floor(${y} + 0.5::float8)`;
  const fast = `CASE WHEN ${k} BETWEEN 0 AND 22 THEN ${d} / (${POWERS_OF_TEN})[${k} + 1] ELSE (${d}::bigint::text || 'e' || (-${k})::text)::float8 END`;
  const fastApplies = `abs(${y} - floor(${y}) - 0.5::float8) > 0.001::float8 AND ${y} >= 1e11::float8 AND ${y} < 1e12::float8`;
  return `CASE WHEN ${x} = 0 THEN 0::float8 WHEN ${fastApplies} THEN ${fast} ELSE ${exactCleanSql(x)} END`;
}

/** The exact path (see cleanSql): the double's binary value rebuilt in numeric. */
function exactCleanSql(x: string): string {
  const k = `(53 - floor(ln(${x}) / ln(2::float8)))::int`;
  // 2^k in two halves: for a subnormal x, k exceeds 1023 and 2^k alone would overflow float8.
  const scaled = `((${x}) * power(2::float8, ${k} / 2) * power(2::float8, ${k} - ${k} / 2))::bigint::numeric`;
  // x = digits / 10^max(k, 0): for k < 0 (x ≥ 2^54, an integer) the digits are x itself.
  const digits = `(CASE WHEN ${k} >= 0 THEN ${scaled} * power(5::numeric, ${k}) ELSE ${scaled} * power(2::numeric, -${k}) END)`;
  const rounded = `round(${digits}, 12 - length(round(${digits})::text))`;
  return `(${rounded} / power(10::numeric, GREATEST(${k}, 0)))::float8`;
}

/**
 * The fast path's scale, in float8 alone (no numeric), for all but about one value in a thousand.
 * With k = 11 − ⌊log₁₀ x⌋, y = x·10^k is x scaled to 12 integer digits. For 0 ≤ k ≤ 22, 10^k is
 * an exact double (read from a constant array: float8 input rounds correctly), so y is x·10^k
 * correctly rounded, within half an ulp, and as y < 2^40 within 2^-14; for other k up to ±300 it
 * is power(10, k), within an ulp or so, and y within a few ulps (about 2^-12). Where y lies in
 * [10^11, 10^12) (else ⌊log₁₀⌋ was off by one near a power of ten) and its fraction is more than
 * 10^-3 from one half, the exact x·10^k rounds to the same integer d = ⌊y + ½⌋ (exact: y + ½ <
 * 2^40 needs no rounding), and clean(x) is the decimal d·10^-k correctly rounded to a double,
 * which is what JavaScript's Number() reads from toPrecision(12)'s text: for 0 ≤ k ≤ 22 one
 * correctly rounded division of two exact doubles gives it, otherwise float8 input of the text
 * 'de-k' does (strtod rounds correctly). Everything else (a possible tie, x = 0, a subnormal or
 * huge x, where k and y are NULL) takes the exact path; nothing here overflows or underflows.
 */
function cleanScaleSql(x: string): { k: string; y: string } {
  const k = `(11 - floor(log(${x}))::int)`;
  const pow10 = `CASE WHEN ${k} BETWEEN 0 AND 22 THEN (${POWERS_OF_TEN})[${k} + 1] WHEN ${k} BETWEEN -300 AND 300 THEN power(10::float8, ${k}) END`;
  return {
    k: `CASE WHEN ${x} > 0 THEN ${k} END`,
    y: `CASE WHEN ${x} > 0 THEN ${x} * (${pow10}) END`,
  };
}

/** 10^0 … 10^22 as float8, each exact (5^22 < 2^53). */
const POWERS_OF_TEN = `'{${Array.from({ length: 23 }, (_, i) => `1e${i}`).join(",")}}'::float8[]`;

type LabConversion = { path: "labs.bilirubin" | "labs.albumin" | "labs.creatinine"; canonicalUnit: string; factor: number };

/** The facts that convert a lab value to its conventional unit (units.ts). */
const LAB_CONVERSIONS: Partial<Record<FactId, LabConversion>> = {
  bilirubinMgdL: { path: "labs.bilirubin", canonicalUnit: "mg/dL", factor: BILIRUBIN_UMOL_PER_MG_DL },
  albuminGdL: { path: "labs.albumin", canonicalUnit: "g/dL", factor: ALBUMIN_G_L_PER_G_DL },
  creatinineMgdL: { path: "labs.creatinine", canonicalUnit: "mg/dL", factor: CREATININE_UMOL_PER_MG_DL },
};

/**
 * value / factor, where it does not underflow. JavaScript's division quietly underflows to 0 below
 * the smallest double; PostgreSQL's float8 division raises an error instead. value = m·2^-1074,
 * and the quotient rounds to 0 exactly when m ≤ factor/2: those values are left out here, and are
 * 0 in labConversionSql.
 */
function quotientSql({ path, factor }: LabConversion): string {
  const value = columnOf(`${path}.value`).name;
  return `CASE WHEN ${value} > ${float8(underflowsBelow(factor))} THEN ${value} / ${float8(factor)} END`;
}
function underflowsBelow(factor: number): number {
  return Math.floor(factor / 2) * Number.MIN_VALUE;
}

/** The scale columns of a conversion (computed in the layer below the one converting). */
function scaleColumns(id: FactId): { x: string; k: string; y: string } {
  const base = `scale_${derivedFactColumn(id).replace(/^fact_/, "")}`;
  return { x: `${base}_quotient`, k: `${base}_k`, y: `${base}_y` };
}

/** A lab value in its conventional unit, from the quotient and its scale (expressions or columns). */
function labConversionSql(conversion: LabConversion, scaled: { x: string; k: string; y: string }): string {
  const value = columnOf(`${conversion.path}.value`).name;
  const unit = columnOf(`${conversion.path}.unit`).name;
  return `CASE WHEN ${unit} = ${sqlString(conversion.canonicalUnit)} THEN ${value} WHEN ${value} <= ${float8(underflowsBelow(conversion.factor))} THEN 0::float8 ELSE ${cleanScaledSql(scaled.x, scaled.k, scaled.y)} END`;
}

/** A conversion written out in one expression over the profile columns (for tests and one-off use). */
function inlineLabConversionSql(conversion: LabConversion): string {
  const x = `(${quotientSql(conversion)})`;
  const { k, y } = cleanScaleSql(x);
  return labConversionSql(conversion, { x, k: `(${k})`, y: `(${y})` });
}

/**
 * Math.round(y) rounds half up (towards +∞); PostgreSQL's round(float8) rounds half to even. y −
 * floor(y) is exact in binary floating point, so the tie is decided exactly.
 */
function jsMathRound(y: string): string {
  return `(floor(${y}) + CASE WHEN ${y} - floor(${y}) >= 0.5::float8 THEN 1::float8 ELSE 0::float8 END)`;
}

/** The SQL for every number fact computed from more than one field or converted (facts.ts's DERIVED_NUMBERS). */
const DERIVED_NUMBER_SQL: Partial<Record<FactId, () => string>> = {
  ...Object.fromEntries(Object.entries(LAB_CONVERSIONS).map(([id, c]) => [id, () => inlineLabConversionSql(c)])),
  ptProlongationSeconds: () => {
    const pt = columnOf("labs.ptSeconds").name;
    const control = columnOf("labs.ptControlSeconds").name;
    // facts.ts: Math.round((pt - control) * 1000) / 1000; NULL when either is missing.
    return `(${jsMathRound(`((${pt} - ${control}) * 1000::float8)`)} / 1000::float8)`;
  },
};

/** The SQL computing a derived number fact from the profile columns (undefined for a plain column). */
export function derivedFactSql(id: FactId): string | undefined {
  return DERIVED_NUMBER_SQL[id]?.();
}

export function derivedFactColumn(id: FactId): string {
  return `fact_${id.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase()}`;
}

/** The column (raw or derived) a number, yes/no or enum fact is read from. */
/**
 * Child–Pugh class (facts.ts childPughClass = scores.ts computeChildPugh without the PT pair): the
 * class when the recorded components fix it, even with some missing (every missing component
 * counted at 1 and at 3 points gives the same class), else unknown. Points and cut-offs as in
 * scores.ts (Pugh RNH et al., Br J Surg 1973;60:646–649, with the INR for coagulation).
 */
function childPughClassSql(): string {
  const bilirubin = derivedFactColumn("bilirubinMgdL");
  const albumin = derivedFactColumn("albuminGdL");
  const inr = columnOf("labs.inr").name;
  const ascites = columnOf("liver.ascitesGrade").name;
  const westHaven = columnOf("liver.westHavenGrade").name;
  const points = [
    `CASE WHEN ${bilirubin} < 2::float8 THEN 1 WHEN ${bilirubin} <= 3::float8 THEN 2 WHEN ${bilirubin} IS NOT NULL THEN 3 END`,
    `CASE WHEN ${albumin} > 3.5::float8 THEN 1 WHEN ${albumin} >= 2.8::float8 THEN 2 WHEN ${albumin} IS NOT NULL THEN 3 END`,
    `CASE WHEN ${inr} < 1.7::float8 THEN 1 WHEN ${inr} <= 2.3::float8 THEN 2 WHEN ${inr} IS NOT NULL THEN 3 END`,
    `CASE ${ascites} WHEN 'none' THEN 1 WHEN 'mild' THEN 2 WHEN 'moderate' THEN 3 WHEN 'severe' THEN 3 END`,
    `CASE WHEN ${westHaven} < 1::float8 THEN 1 WHEN ${westHaven} <= 2::float8 THEN 2 WHEN ${westHaven} IS NOT NULL THEN 3 END`,
  ];
  const total = (missingAs: number) => `(${points.map((p) => `COALESCE(${p}, ${missingAs})`).join(" + ")})`;
  // The class is fixed when the lowest and the highest possible totals fall in the same class
  // (A ≤ 6, B 7–9, C ≥ 10). Since lowest ≤ highest, one walk up the cut-offs decides it, and
  // evaluates each total at most twice.
  const [lowest, highest] = [total(1), total(3)];
  return `CASE WHEN ${highest} <= 6 THEN 'A' WHEN ${lowest} <= 6 THEN NULL WHEN ${highest} <= 9 THEN 'B' WHEN ${lowest} <= 9 THEN NULL ELSE 'C' END`;
}

/** Enum facts computed from other facts (facts.ts's DERIVED_ENUMS); they read the derived numbers. */
const DERIVED_ENUM_SQL: Partial<Record<FactId, () => string>> = {
  childPughClass: childPughClassSql,
};

function factColumn(id: FactId): string {
  if (DERIVED_NUMBER_SQL[id] || DERIVED_ENUM_SQL[id]) return derivedFactColumn(id);
  return columnOf(FACTS[id].fields[0] as FieldPath).name;
}

// ---------------------------------------------------------------------------------------------
// Time windows (lib/core/time.ts isWithin)

const DAYS_PER_UNIT: Record<string, number | undefined> = { days: 1, weeks: 7 };
const MONTHS_PER_UNIT: Record<string, number | undefined> = { months: 1, years: 12 };
const MEAN_MONTH_DAYS = 30.4375;

/** daysRange(amount, unit) in SQL for a column amount and a known unit, with the same float arithmetic. */
function daysRangeSql(amount: string, unit: string): [string, string] {
  const perDay = DAYS_PER_UNIT[unit];
  if (perDay !== undefined) return [`(${amount} * ${float8(perDay)})`, `(${amount} * ${float8(perDay)})`];
  if (unit === "years") return [`(${amount} * 365::float8)`, `(${amount} * 366::float8)`];
  const mean = `(${amount} * ${float8(MEAN_MONTH_DAYS)})`;
  return [`GREATEST(${amount} * 28::float8, ${mean} - 3::float8)`, `LEAST(${amount} * 31::float8, ${mean} + 3::float8)`];
}

/** isWithin(amount, entryUnit, window) for one entry unit: a truth value. */
function withinForUnit(amount: string, entryUnit: string, window: TimeWindow): string {
  const dEntry = DAYS_PER_UNIT[entryUnit];
  const dWindow = DAYS_PER_UNIT[window.unit];
  if (dEntry !== undefined && dWindow !== undefined) {
    return `CASE WHEN ${amount} * ${float8(dEntry)} <= ${float8(window.amount * dWindow)} THEN ${TRUE} ELSE ${FALSE} END`;
  }
  const mEntry = MONTHS_PER_UNIT[entryUnit];
  const mWindow = MONTHS_PER_UNIT[window.unit];
  if (mEntry !== undefined && mWindow !== undefined) {
    return `CASE WHEN ${amount} * ${float8(mEntry)} <= ${float8(window.amount * mWindow)} THEN ${TRUE} ELSE ${FALSE} END`;
  }
  // Across days and months the calendar decides unless the ranges don't overlap: then unknown.
  const [entryMin, entryMax] = daysRangeSql(amount, entryUnit);
  const [windowMin, windowMax] = daysRange(window.amount, window.unit);
  return `CASE WHEN ${entryMax} <= ${float8(windowMin)} THEN ${TRUE} WHEN ${entryMin} > ${float8(windowMax)} THEN ${FALSE} ELSE ${UNKNOWN} END`;
}

function withinSql(path: string, window: TimeWindow): string {
  const status = columnOf(`${path}.status`).name;
  const amount = columnOf(`${path}.amount`).name;
  const unit = columnOf(`${path}.unit`);
  const byUnit = (unit.values ?? []).map((u) => `WHEN ${sqlString(u)} THEN ${withinForUnit(amount, u, window)}`);
  return (
    `CASE WHEN ${status} IS NULL THEN ${UNKNOWN} WHEN ${status} = 'never' THEN ${FALSE} ` +
    `WHEN ${amount} IS NULL OR ${unit.name} IS NULL THEN ${UNKNOWN} ` +
    `ELSE CASE ${unit.name} ${byUnit.join(" ")} ELSE ${UNKNOWN} END END`
  );
}

// ---------------------------------------------------------------------------------------------
// Rules

const COMPARISON_SQL = { lt: "<", le: "<=", gt: ">", ge: ">=", eq: "=" } as const;

/**
 * A compiled rule. `value` is the Kleene truth value (0 false, 1 not decided, 2 true), never NULL.
 * The "refer to the investigator" outcome (lib/core/logic.ts) is not decided either, so it is a 1
 * too, and `referred` (0 or 1, meaningful where value = 1) tells a referral from a plain unknown.
 * It is absent where the rule holds no refer node: then a 1 is always unknown, and the rule is the
 * three-valued encoding alone.
 *
 * Why this is exact: logic.ts ranks the undecided outcomes "unknown before refer" in both `and`
 * and `or`. So an all/any is undecided exactly when LEAST/GREATEST of the values is 1, and then it
 * is a referral exactly when every undecided operand is a referral:
 *     referred = LEAST over operands of (CASE WHEN value = 1 THEN referred ELSE 1 END).
 * `not` keeps both (not refer = refer). A refer node turns its condition's true into refer:
 * value = LEAST(v, 1), referred = 1 where v = 2.
 */
export type SqlOutcome = { value: string; referred?: string };

/** Where concepts come from: inlined (for concept definitions) or read from the concepts layer. */
export type ConceptSource = (id: ConceptId) => SqlOutcome;

export function conceptColumn(id: ConceptId): string {
  return `concept_${id.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase()}`;
}
export function conceptReferredColumn(id: ConceptId): string {
  return `${conceptColumn(id)}_referred`;
}

const inlineConcepts: ConceptSource = (id) => {
  const inner = compileRuleSql(CONCEPTS[id].rule, inlineConcepts);
  return { value: `(${inner.value})`, ...(inner.referred && { referred: `(${inner.referred})` }) };
};

function connective(parts: SqlOutcome[], combine: (values: string[]) => string): SqlOutcome {
  const value = combine(parts.map((p) => p.value));
  if (parts.every((p) => p.referred === undefined)) return { value };
  const referred = parts.map((p) => `CASE WHEN ${p.value} = ${UNKNOWN} THEN ${p.referred ?? "0"} ELSE 1 END`);
  return { value, referred: referred.length === 1 ? (referred[0] as string) : `LEAST(${referred.join(", ")})` };
}

/**
 * A rule in SQL. A total switch over the rule's kinds: a new kind of rule node is a type error
 * here until it is compiled.
 */
export function compileRuleSql(rule: Rule, concepts: ConceptSource = inlineConcepts): SqlOutcome {
  if ("all" in rule) return connective(rule.all.map((r) => compileRuleSql(r, concepts)), kleeneAll);
  if ("any" in rule) return connective(rule.any.map((r) => compileRuleSql(r, concepts)), kleeneAny);
  if ("not" in rule) {
    const inner = compileRuleSql(rule.not, concepts);
    return { ...inner, value: kleeneNot(inner.value) };
  }
  if ("refer" in rule) {
    const when = compileRuleSql(rule.refer.when, concepts);
    return {
      value: `LEAST(${when.value}, ${UNKNOWN})`,
      referred: `CASE WHEN ${when.value} = ${TRUE} THEN 1 ELSE ${when.referred ?? "0"} END`,
    };
  }
  if ("concept" in rule) return concepts(rule.concept);
  if ("fact" in rule) return { value: compileFactSql(rule) };
  return unreachable(rule);
}

type FactRule = Extract<Rule, { fact: unknown }>;

function compileFactSql(rule: FactRule): string {
  switch (rule.op) {
    case "is": {
      const column = factColumn(rule.fact);
      return truth(column, rule.value ? column : `NOT ${column}`);
    }
    case "in": {
      const column = factColumn(rule.fact);
      return truth(column, `${column} IN (${rule.values.map(sqlString).join(", ")})`);
    }
    case "within":
      return withinSql(FACTS[rule.fact].fields[0], rule);
    case "between": {
      const column = factColumn(rule.fact);
      return truth(column, `${column} >= ${float8(rule.min)} AND ${column} <= ${float8(rule.max)}`);
    }
    case "lt":
    case "le":
    case "gt":
    case "ge":
    case "eq": {
      const column = factColumn(rule.fact);
      return truth(column, `${column} ${COMPARISON_SQL[rule.op]} ${float8(rule.value)}`);
    }
    default:
      return unreachable(rule);
  }
}

function unreachable(value: never): never {
  throw new Error(`no SQL for rule ${JSON.stringify(value)}`);
}

// ---------------------------------------------------------------------------------------------
// Criteria, trials, the screening query

/**
 * The statuses a criterion can have in a cohort run. engine.ts's statuses, with a referral told
 * apart from a manual line: both are "manual" in the engine (for the investigator, until a
 * coordinator confirms), and the engine marks the referral with `referral`.
 */
export const STATUS = {
  satisfied: "satisfied",
  violated: "violated",
  unknown: "unknown",
  manual: "manual",
  referred: "referred",
  notApplicable: "not-applicable",
} as const;
export type SqlStatus = (typeof STATUS)[keyof typeof STATUS];

/** The engine's result of a criterion as a cohort status (what the SQL computes for it). */
export function cohortStatus(result: { status: CriterionStatus; referral?: unknown }): SqlStatus {
  if (result.status === "manual" && result.referral !== undefined) return STATUS.referred;
  return result.status === "not-applicable" ? STATUS.notApplicable : result.status;
}

/** engine.ts's status, without confirmations (a cohort run has none: manual items stay manual). */
export function criterionStatusSql(criterion: Criterion, concepts: ConceptSource = inlineConcepts): string {
  if (!criterion.rule) return sqlString(STATUS.manual);
  const rule = compileRuleSql(criterion.rule, concepts);
  const [whenTrue, whenFalse] =
    criterion.category === "inclusion" ? [STATUS.satisfied, STATUS.violated] : [STATUS.violated, STATUS.satisfied];
  const undecided = rule.referred
    ? `CASE WHEN ${rule.referred} = 1 THEN ${sqlString(STATUS.referred)} ELSE ${sqlString(STATUS.unknown)} END`
    : sqlString(STATUS.unknown);
  const decided = `CASE ${rule.value} WHEN ${TRUE} THEN ${sqlString(whenTrue)} WHEN ${FALSE} THEN ${sqlString(whenFalse)} ELSE ${undecided} END`;
  if (!criterion.appliesIf) return decided;
  // Not applicable only when the condition is known false; unknown (or referred) applicability
  // still screens, as engine.ts does.
  return `CASE WHEN ${compileRuleSql(criterion.appliesIf, concepts).value} = ${FALSE} THEN ${sqlString(STATUS.notApplicable)} ELSE ${decided} END`;
}

/** The result column of a criterion: nct01224327_incl01. */
export function criterionColumn(trialId: string, criterionId: string): string {
  return `${trialId}_${criterionId}`.toLowerCase();
}
export function verdictColumn(trialId: string): string {
  return `${trialId.toLowerCase()}_verdict`;
}

/** engine.ts: any violated → ineligible; else any unknown → needs-info; else passed. */
function verdictSql(trial: TrialDefinition): string {
  const columns = trial.criteria.map((c) => criterionColumn(trial.id, c.id)).join(", ");
  return `CASE WHEN ${sqlString(STATUS.violated)} IN (${columns}) THEN 'ineligible' WHEN ${sqlString(STATUS.unknown)} IN (${columns}) THEN 'needs-info' ELSE 'passed' END`;
}

function conceptsUsed(trials: readonly TrialDefinition[]): ConceptId[] {
  const used = new Set<ConceptId>();
  const visit = (rule: Rule | undefined): void => {
    if (!rule) return;
    if ("all" in rule) rule.all.forEach(visit);
    else if ("any" in rule) rule.any.forEach(visit);
    else if ("not" in rule) visit(rule.not);
    else if ("refer" in rule) visit(rule.refer.when);
    else if ("concept" in rule) used.add(rule.concept);
  };
  for (const trial of trials) {
    for (const c of trial.criteria) {
      visit(c.rule);
      visit(c.appliesIf);
    }
  }
  return (Object.keys(CONCEPTS) as ConceptId[]).filter((id) => used.has(id));
}

/**
 * The profile columns plus the derived facts, as a derived table named `facts`: what compiled
 * rules read from (`SELECT <compileRuleSql(rule).value> FROM <factsSource(table)>`).
 */
export function factsSource(table: string = DEFAULT_PROFILES_TABLE, indent = ""): string {
  const conversions = Object.entries(LAB_CONVERSIONS) as [FactId, LabConversion][];
  const derived = (Object.keys(DERIVED_NUMBER_SQL) as FactId[]).map((id) => {
    const conversion = LAB_CONVERSIONS[id];
    const sql = conversion ? labConversionSql(conversion, scaleColumns(id)) : (DERIVED_NUMBER_SQL[id] as () => string)();
    return `${indent}    ${sql} AS ${derivedFactColumn(id)}`;
  });
  const scales = conversions.flatMap(([id, conversion]) => {
    const columns = scaleColumns(id);
    const { k, y } = cleanScaleSql(columns.x);
    return [
      `${indent}      ${quotientSql(conversion)} AS ${columns.x}`,
      // k and y read the quotient, so they are computed from it here, once.
      `${indent}      ${k.replaceAll(columns.x, `(${quotientSql(conversion)})`)} AS ${columns.k}`,
      `${indent}      ${y.replaceAll(columns.x, `(${quotientSql(conversion)})`)} AS ${columns.y}`,
    ];
  });
  return derivedEnumsOver(
    [
      "(",
      `${indent}    -- profile columns and derived facts (lib/core/facts.ts)`,
      `${indent}    SELECT profile.*,`,
      derived.join(",\n"),
      `${indent}    FROM (`,
      `${indent}      -- unit conversions scaled to 12 integer digits, once per row (cleanSql)`,
      `${indent}      SELECT profile.*,`,
      scales.join(",\n"),
      `${indent}      FROM ${table} AS profile`,
      `${indent}      ${FENCE}`,
      `${indent}    ) AS profile`,
      `${indent}    ${FENCE}`,
      `${indent}  ) AS numbers`,
    ].join("\n"),
    "numbers",
    indent,
  );
}

/** Adds the derived enum facts (which read the derived numbers) over a derived table; named `facts`. */
function derivedEnumsOver(source: string, name: string, indent: string): string {
  const enums = (Object.keys(DERIVED_ENUM_SQL) as FactId[]).map(
    (id) => `${indent}    ${(DERIVED_ENUM_SQL[id] as () => string)()} AS ${derivedFactColumn(id)}`,
  );
  return [
    "(",
    `${indent}  SELECT ${name}.*${enums.length ? "," : ""}`,
    enums.join(",\n"),
    `${indent}  FROM ${source}`,
    `${indent}  ${FENCE}`,
    `${indent}) AS facts`,
  ]
    .filter((line) => line !== "")
    .join("\n");
}

/**
 * `OFFSET 0` keeps PostgreSQL from merging a layer into the one above (subquery pull-up), which
 * would paste each derived fact's expression (a unit conversion, the Child–Pugh class) into every
 * place that reads it: the query would grow with every shared concept that reads a derived fact,
 * and each row would compute the same conversion many times. With the fence each layer is computed
 * once per row. (On Citus a subquery with OFFSET is planned on the coordinator: correct, but not
 * pushed down to the shards; see the README.)
 */
const FENCE = "OFFSET 0";

// ---------------------------------------------------------------------------------------------
// Contradictions (lib/core/consistency.ts): fields that contradict each other count as unknown

/**
 * resolveContradictions removes, for each contradiction found in the profile as entered, every
 * field involved (the findings that hold and the contradicted answer) before screening. Here: for
 * each such field a flag computed from the facts as entered, then the field's columns (and the
 * derived facts that read it) set to NULL where the flag holds. consistency.ts removes a field by
 * its first two path segments (section.key), and so does this.
 */
function contradictionFlags(): Map<string, string[]> {
  const flags = new Map<string, string[]>();
  const add = (field: FieldPath, condition: string) => {
    const key = field.split(".").slice(0, 2).join(".");
    flags.set(key, [...(flags.get(key) ?? []), condition]);
  };
  for (const check of CONSISTENCY_CHECKS) {
    const answer = `${compileRuleSql(check.answer).value} = ${TRUE}`;
    const findings = check.findings.map((f) => `${compileRuleSql(f).value} = ${TRUE}`);
    for (const field of fieldsOfRule(check.answer)) add(field, `(${answer} AND (${findings.join(" OR ")}))`);
    check.findings.forEach((finding, i) => {
      for (const field of fieldsOfRule(finding)) add(field, `(${answer} AND ${findings[i]})`);
    });
  }
  return flags;
}

function flagColumn(key: string): string {
  return identifier(`contradicted_${key.split(".").map((k) => k.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase()).join("_")}`);
}

/**
 * PostgreSQL cuts identifiers at 63 bytes (NAMEDATALEN − 1), with a NOTICE for every cut name in
 * the hospital's psql: a longer name is shortened here, kept unique by a hash of the full name.
 */
function identifier(name: string): string {
  if (name.length <= 63) return name;
  let hash = 0x811c9dc5; // FNV-1a, 32 bits
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return `${name.slice(0, 54)}_${hash.toString(16).padStart(8, "0")}`;
}

/**
 * The facts screening reads (factsSource), with the fields involved in a contradiction set to
 * unknown, as engine.ts's resolveContradictions does. Also named `facts`.
 */
export function resolvedFactsSource(table: string = DEFAULT_PROFILES_TABLE, indent = ""): string {
  const flags = contradictionFlags();
  const flagOf = (path: string) => {
    const key = path.split(".").slice(0, 2).join(".");
    return flags.has(key) ? flagColumn(key) : undefined;
  };
  const resolve = (column: string, paths: readonly string[]) => {
    const involved = [...new Set(paths.map(flagOf).filter((f): f is string => f !== undefined))];
    return involved.length ? `CASE WHEN ${involved.join(" OR ")} THEN NULL ELSE ${column} END AS ${column}` : column;
  };
  const columns = [
    "line",
    ...PROFILE_COLUMNS.map((c) => resolve(c.name, [c.path.join(".")])),
    ...(Object.keys(DERIVED_NUMBER_SQL) as FactId[]).map((id) => resolve(derivedFactColumn(id), FACTS[id].fields)),
  ];
  const flagList = [...flags.entries()].map(([key, conditions]) => `${indent}          ${conditions.join(" OR ")} AS ${flagColumn(key)}`);
  const resolved = [
    "(",
    `${indent}    -- fields that contradict each other count as unknown (lib/core/consistency.ts)`,
    `${indent}    SELECT ${columns.join(`,\n${indent}      `)}`,
    `${indent}    FROM (`,
    `${indent}      SELECT facts.*,`,
    flagList.join(",\n"),
    `${indent}      FROM ${factsSource(table, `${indent}      `)}`,
    `${indent}      ${FENCE}`,
    `${indent}    ) AS checked`,
    `${indent}    ${FENCE}`,
    `${indent}  ) AS resolved`,
  ].join("\n");
  // The derived enums (Child–Pugh) are computed again from the resolved fields, as the engine
  // computes them from the resolved profile: a missing component is not an unknown class.
  return derivedEnumsOver(resolved, "resolved", indent);
}

export type ScreeningQueryOptions = {
  table?: string;
  /** Sort the rows by input line (the standalone query does; a batch runner may not need to). */
  orderByLine?: boolean;
};

/**
 * The screening query: one row per profile with its line, every criterion's status (text, one
 * column per criterion) and every trial's verdict. Layers, innermost first: the profile columns
 * plus the derived facts; the shared concepts; the criteria; the verdicts.
 */
export function screeningQuery(trials: readonly TrialDefinition[], options: ScreeningQueryOptions = {}): string {
  const table = options.table ?? DEFAULT_PROFILES_TABLE;
  const used = conceptsUsed(trials);
  const compiledConcepts = new Map(used.map((id) => [id, compileRuleSql(CONCEPTS[id].rule)]));
  const concepts = used.flatMap((id) => {
    const { value, referred } = compiledConcepts.get(id) as SqlOutcome;
    return [`    ${value} AS ${conceptColumn(id)}`, ...(referred ? [`    ${referred} AS ${conceptReferredColumn(id)}`] : [])];
  });
  const fromConcepts: ConceptSource = (id) => ({
    value: conceptColumn(id),
    ...(compiledConcepts.get(id)?.referred && { referred: conceptReferredColumn(id) }),
  });
  const criteria = trials.flatMap((trial) =>
    trial.criteria.map(
      (c) =>
        `  -- ${trial.id} ${c.id} (${c.category}): ${sqlComment(c.text)}\n  ${criterionStatusSql(c, fromConcepts)} AS ${criterionColumn(trial.id, c.id)}`,
    ),
  );
  const verdicts = trials.map((trial) => `${verdictSql(trial)} AS ${verdictColumn(trial.id)}`);
  const resultColumns = trials.flatMap((trial) => [
    ...trial.criteria.map((c) => criterionColumn(trial.id, c.id)),
  ]);
  return [
    "-- Every criterion's status and every trial's verdict, per profile (lib/core/sql/compile.ts).",
    "-- Truth values: 0 false, 1 not decided, 2 true; all = LEAST, any = GREATEST, not = 2 - x.",
    "-- Statuses: satisfied, violated, unknown, manual, referred (to the investigator), not-applicable.",
    `SELECT line,`,
    ...resultColumns.map((c) => `  ${c},`),
    ...verdicts.map((v, i) => `  ${v}${i === verdicts.length - 1 ? "" : ","}`),
    "FROM (",
    "  -- criteria",
    "  SELECT line,",
    criteria.join(",\n"),
    "  FROM (",
    "    -- shared concepts (lib/core/concepts.ts)",
    concepts.length ? `    SELECT facts.*,\n${concepts.join(",\n")}` : "    SELECT facts.*",
    `    FROM ${resolvedFactsSource(table, "    ")}`,
    `    ${FENCE}`,
    "  ) AS concepts",
    ") AS criteria",
    options.orderByLine === false ? "" : "ORDER BY line",
  ]
    .filter((line) => line !== "")
    .join("\n")
    .concat(";\n");
}

/** Registry text on one comment line: no line breaks, nothing that could end the comment. */
function sqlComment(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/** What a hospital's IT runs: the table, then the query. */
export function cohortSql(trials: readonly TrialDefinition[]): string {
  return [
    "-- Profiles table: one column per profile field (lib/core/profile.ts), flattened.",
    profilesTableDdl(),
    screeningQuery(trials),
  ].join("\n");
}

