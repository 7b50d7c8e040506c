/**
 * What the profile's choices can hold, without the schema: the enumerations and limits that the
 * form draws and the schema checks (lib/core/profile.ts builds its zod schema from these and
 * re-exports them). Free of zod and of the English catalog, so the screening form's chunk can
 * import it and be usable before the schema arrives (issue 15).
 */
import { message, messageOfText, type Message } from "./message";

export const SEXES = ["female", "male"] as const;

export const ETIOLOGIES = ["hbv", "hcv", "alcohol", "autoimmune", "masld", "pbc", "psc", "other"] as const;
export type Etiology = (typeof ETIOLOGIES)[number];
/** Current ascites, graded as Child–Pugh grades it (none / mild / moderate or tense). */
export const ASCITES_GRADES = ["none", "mild", "moderate", "severe"] as const;

/**
 * Liver failure, by kind. Only ACLF and chronic liver failure arise from chronic liver disease and
 * so make end-stage liver disease (lib/core/concepts.ts); acute liver failure without chronic
 * liver disease does not. Definitions: APASL ACLF consensus (Sarin SK et al., Hepatol Int
 * 2019;13:353–390) and the Chinese guideline (中华医学会感染病学分会肝衰竭与人工肝学组, 肝衰竭诊治指南(2018年版),
 * 中华肝脏病杂志 2019;27(1):18-26), which names the four kinds: acute, subacute, acute-on-chronic
 * and chronic. Subacute liver failure without chronic liver disease is recorded as "alf".
 */
export const LIVER_FAILURE = ["none", "alf", "aclf", "chronic"] as const;
export type LiverFailure = (typeof LIVER_FAILURE)[number];

/** The units of a time since an event ("11 months ago"). */
export const TIME_UNITS = ["days", "weeks", "months", "years"] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

/** "treated": a malignant liver tumour treated in the past (resection, ablation, TACE…), none found now. */
export const LIVER_TUMOUR = ["none", "benign", "malignant", "treated"] as const;
export const OTHER_MALIGNANCY = ["none", "past", "current"] as const;
export const HEART_FAILURE = ["none", "chronic", "acute"] as const;

export { BILIRUBIN_UNITS, ALBUMIN_UNITS, CREATININE_UNITS } from "./units";

/** The longest screening label the schema accepts. */
export const SCREENING_LABEL_MAX = 80;

/**
 * A schema issue's message, read back from the text zod and react-hook-form carry
 * (lib/core/message.ts `messageText`); a text the schema did not write (none expected) as a
 * generic "not valid".
 */
export function issueText(text: string | undefined): Message {
  return (text !== undefined && messageOfText(text)) || message("validation.invalid");
}
