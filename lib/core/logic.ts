/**
 * Three-valued (Kleene strong) logic. `null` is "unknown": the data that would decide it is
 * missing. An unknown operand never turns into false. Modelled on cql-execution's
 * src/datatypes/logic.ts (ThreeValuedLogic.and/or/not).
 *
 *   and: false dominates, then unknown    or: true dominates, then unknown    not: unknown stays
 */
export type TV = boolean | null;

export function and(...operands: TV[]): TV {
  let unknown = false;
  for (const value of operands) {
    if (value === false) return false;
    if (value === null) unknown = true;
  }
  return unknown ? null : true;
}

export function or(...operands: TV[]): TV {
  let unknown = false;
  for (const value of operands) {
    if (value === true) return true;
    if (value === null) unknown = true;
  }
  return unknown ? null : false;
}

export function not(operand: TV): TV {
  return operand === null ? null : !operand;
}
