/**
 * Three-valued (Kleene strong) logic. `null` is "unknown": the data that would decide it is
 * missing. An unknown operand never turns into false. Modelled on cql-execution's
 * src/datatypes/logic.ts (ThreeValuedLogic.and/or/not).
 *
 *   and: false dominates, then unknown    or: true dominates, then unknown    not: unknown stays
 *
 * Rules may also yield "refer": the data is complete but the registry text does not decide, so
 * the investigator does (lib/core/rules.ts's refer node). Refer ranks like unknown, below it:
 *
 *   and: false, then unknown, then refer, then true
 *   or:  true, then unknown, then refer, then false     not: refer stays refer
 *
 * Unknown outranks refer because the missing data could still decide the whole (a false in an
 * `and`), and asking for it is cheaper than asking the investigator. Both are "not decided", so
 * filling in a field can turn refer into true or false only by deciding the whole expression:
 * a false (or true) never turns back into refer or unknown.
 */
export type TV = boolean | null;
export type Outcome = TV | "refer";

export const REFER = "refer" as const;

export function and(...operands: TV[]): TV;
export function and(...operands: Outcome[]): Outcome;
export function and(...operands: Outcome[]): Outcome {
  let unknown = false;
  let refer = false;
  for (const value of operands) {
    if (value === false) return false;
    if (value === null) unknown = true;
    else if (value === REFER) refer = true;
  }
  return unknown ? null : refer ? REFER : true;
}

export function or(...operands: TV[]): TV;
export function or(...operands: Outcome[]): Outcome;
export function or(...operands: Outcome[]): Outcome {
  let unknown = false;
  let refer = false;
  for (const value of operands) {
    if (value === true) return true;
    if (value === null) unknown = true;
    else if (value === REFER) refer = true;
  }
  return unknown ? null : refer ? REFER : false;
}

export function not(operand: TV): TV;
export function not(operand: Outcome): Outcome;
export function not(operand: Outcome): Outcome {
  return operand === null || operand === REFER ? operand : !operand;
}
