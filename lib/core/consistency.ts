/**
 * Cross-field consistency: a lab value or an answer that contradicts another answer. A
 * contradiction is not resolved by guessing which side is right: both fields count as unknown for
 * screening (every criterion that reads either is unknown) until the coordinator corrects one,
 * and the contradiction is shown on both fields, in the results and in the CLI's output.
 *
 * The checks are data: each is a finding (a rule over facts, lib/core/rules.ts) and the answer it
 * contradicts. Pure: no React, no I/O; the page and the CLI share it.
 */
import { compileRule } from "./compile";
import { fieldsOfRule } from "./coverage";
import { fieldMessage, type FieldPath } from "./fields";
import { message, type Message } from "./message";
import { toEnglish } from "./english-core";
import type { Profile } from "./profile";
import type { Rule } from "./rules";
import { BILIRUBIN_UMOL_PER_MG_DL, clean } from "./units";

export type ConsistencyCheck = {
  id: string;
  /** Findings that each contradict the answer (any one suffices). */
  findings: readonly Rule[];
  /** The answer the findings contradict. */
  answer: Rule;
  /** What the contradiction means, in words, with its source. */
  explanation: string;
  /** The same in Chinese. */
  explanationZh: string;
};

export type Contradiction = {
  id: string;
  /** Every field involved: the findings that hold and the contradicted answer. */
  fields: FieldPath[];
  /** In English; `text` is the same for the reader's language. */
  message: string;
  text: Message;
};

/** Visible jaundice: bilirubin at or above 51 µmol/L (3 mg/dL is 51.3 µmol/L, so both limits in use are caught). */
export const JAUNDICE_BILIRUBIN_MGDL = clean(51 / BILIRUBIN_UMOL_PER_MG_DL);

export const CONSISTENCY_CHECKS: readonly ConsistencyCheck[] = [
  {
    id: "bilirubinVsJaundice",
    findings: [{ fact: "bilirubinMgdL", op: "ge", value: JAUNDICE_BILIRUBIN_MGDL }],
    answer: { fact: "everJaundice", op: "is", value: false },
    explanation:
      "A total bilirubin of 3 mg/dL (51 µmol/L) or more is clinically visible jaundice, yet jaundice is answered no. " +
      "This check cannot tell obstructive jaundice from hepatic jaundice: if it is obstructive (e.g. a bile-duct " +
      "stone), which is not counted, leave the jaundice answer unknown and note it for the investigator.",
    explanationZh:
      "总胆红素达到 3 mg/dL（51 µmol/L）及以上即为临床可见黄疸，但黄疸一项回答为“否”。" +
      "本核对无法区分梗阻性黄疸与肝细胞性黄疸：若为梗阻性黄疸（如胆管结石），不计入，请将黄疸一项保留为未知，并备注供研究者判断。",
  },
  {
    id: "kidneyVsRenalFailure",
    findings: [
      { fact: "creatinineMgdL", op: "ge", value: 2 },
      { fact: "dialysis", op: "is", value: true },
    ],
    answer: { fact: "renalFailure", op: "is", value: false },
    explanation:
      "A creatinine of 2.0 mg/dL (177 µmol/L) or more, or dialysis, is kidney failure by the EASL-CLIF criteria " +
      "(Moreau R et al., Gastroenterology 2013;144:1426–1437), yet renal failure is answered no.",
    explanationZh:
      "按 EASL-CLIF 标准（Moreau R 等，Gastroenterology 2013;144:1426–1437），肌酐 2.0 mg/dL（177 µmol/L）及以上或透析" +
      "即为肾衰竭，但肾衰竭一项回答为“否”。",
  },
  {
    id: "diureticsVsAscites",
    findings: [{ fact: "onDiureticsForAscites", op: "is", value: true }],
    answer: { fact: "everAscites", op: "is", value: false },
    explanation:
      "Diuretics taken for ascites mean the patient has had ascites (controlled by them: Baveno VII, de Franchis R et " +
      "al., J Hepatol 2022;76:959–974), yet ascites ever is answered no.",
    explanationZh:
      "因腹水使用利尿剂，说明患者有过腹水（由利尿剂控制；Baveno VII，de Franchis R 等，J Hepatol 2022;76:959–974），但既往腹水一项回答为“否”。",
  },
  {
    id: "infectionVsActiveInfection",
    findings: [
      { fact: "sepsis", op: "is", value: true },
      { fact: "spontaneousBacterialPeritonitis", op: "is", value: true },
    ],
    answer: { fact: "activeInfection", op: "is", value: false },
    explanation:
      "Sepsis (Sepsis-3: organ dysfunction caused by infection) and spontaneous bacterial peritonitis are active " +
      "infections, yet active infection is answered no.",
    explanationZh:
      "脓毒症（Sepsis-3：感染所致器官功能障碍）和自发性细菌性腹膜炎均属活动性感染，但活动性感染一项回答为“否”。",
  },
];

type CompiledCheck = { check: ConsistencyCheck; findings: ((p: Profile) => unknown)[]; answer: (p: Profile) => unknown };
const COMPILED: readonly CompiledCheck[] = CONSISTENCY_CHECKS.map((check) => ({
  check,
  findings: check.findings.map(compileRule),
  answer: compileRule(check.answer),
}));

/** Every contradiction in a profile, in the order of CONSISTENCY_CHECKS. */
export function findContradictions(profile: Profile): Contradiction[] {
  const out: Contradiction[] = [];
  for (const { check, findings, answer } of COMPILED) {
    if (answer(profile) !== true) continue;
    const holding = check.findings.filter((_, i) => findings[i]?.(profile) === true);
    if (holding.length === 0) continue;
    const fields = new Set<FieldPath>();
    for (const rule of holding) fieldsOfRule(rule, fields);
    fieldsOfRule(check.answer, fields);
    const list = [...fields];
    const text = message("engine.contradiction", {
      fields: { list: list.map(fieldMessage), join: "comma" },
      explanation: { en: check.explanation, zh: check.explanationZh },
    });
    // The English is formatted when read, not here: screening a cohort finds contradictions in
    // every profile and reads none of their words (like a criterion's `reason`).
    out.push({
      id: check.id,
      fields: list,
      text,
      get message() {
        return toEnglish(text);
      },
    });
  }
  return out;
}

export type ResolvedProfile = { profile: Profile; contradictions: Contradiction[] };

const resolved = new WeakMap<Profile, ResolvedProfile>();
const contradictionsOfResolved = new WeakMap<Profile, Contradiction[]>();

function withoutField(profile: Profile, path: FieldPath): Profile {
  const [section, key] = path.split(".") as [keyof Profile, string];
  const node = profile[section];
  if (node === null || typeof node !== "object") return profile;
  const rest = { ...(node as Record<string, unknown>) };
  delete rest[key];
  return { ...profile, [section]: rest };
}

/**
 * The profile screening uses: every field involved in a contradiction left out (so it is
 * unknown), with the contradictions. Cached per profile object; the input is never changed.
 */
export function resolveContradictions(profile: Profile): ResolvedProfile {
  let result = resolved.get(profile);
  if (!result) {
    const contradictions = findContradictions(profile);
    let clean = profile;
    for (const c of contradictions) for (const field of c.fields) clean = withoutField(clean, field);
    result = { profile: clean, contradictions };
    resolved.set(profile, result);
    if (contradictions.length) contradictionsOfResolved.set(clean, contradictions);
  }
  return result;
}

/** The contradictions that made fields of this (resolved) profile unknown. */
export function contradictionsBehind(profile: Profile): readonly Contradiction[] {
  return contradictionsOfResolved.get(profile) ?? [];
}
