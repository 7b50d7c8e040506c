/**
 * Warnings for a screening label that looks like it carries an identifier. The label is free
 * text ("Bed 12 Tuesday"); it must not hold a phone number, an ID-card number, a record number,
 * an email address or a date. These are heuristics: they warn, they never block or rewrite.
 * What they found is a message (messages/*.json `identifiers`), said in the reader's language.
 */
import { message, type Message } from "./message";

export type IdentifierKind = "id-card" | "phone" | "record-number" | "email" | "date";

export type IdentifierFinding = { kind: IdentifierKind; message: Message };

const MESSAGES: Record<IdentifierKind, Message> = {
  "id-card": message("identifiers.kinds.idCard"),
  phone: message("identifiers.kinds.phone"),
  "record-number": message("identifiers.kinds.recordNumber"),
  email: message("identifiers.kinds.email"),
  date: message("identifiers.kinds.date"),
};

const MONTHS = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";

// Chinese resident identity card: 17 digits and a check digit or X.
const ID_CARD = /(?<![0-9])\d{17}[\dXx](?![0-9])/;
// Mainland mobile numbers, with or without +86 and separators.
const CN_MOBILE = /(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?![0-9])/;
// An international number written with a leading +.
const INTERNATIONAL = /\+\d[\d\s-]{6,}\d/;
// Seven or more digits in a row, allowing single spaces, dots or dashes between groups.
const LONG_NUMBER = /\d(?:[\s.-]?\d){6,}/;
const RECORD_WORDS = /\b(?:mrn|med\.?\s*rec(?:ord)?|record\s*(?:no|number|#)|case\s*(?:no|number|#)|patient\s*id|inpatient\s*(?:no|number))\b|住院号|病案号|病历号|门诊号|登记号|就诊号|ID号/i;
// Letters followed by five or more digits ("AB12345", "ZY-2024001").
const LETTERS_AND_DIGITS = /(?<![a-z0-9])[a-z]{1,6}[-_#]?\d{5,}/i;
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]{2,}/;
const DATES: readonly RegExp[] = [
  /(?<!\d)(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?!\d)/, // 2024-03-05
  /(?<!\d)(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|[12]\d|3[01])[-/.](?:19|20)?\d{2}(?!\d)/, // 05/03/2024
  /(?:19|20)?\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?/, // 2024年3月5日
  /\d{1,2}\s*月\s*\d{1,2}\s*[日号]/, // 3月5日
  new RegExp(`(?<!\\w)\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTHS}\\s*,?\\s*(?:19|20)\\d{2}(?!\\d)`, "i"), // 5 Mar 2024
  new RegExp(`(?<!\\w)${MONTHS}\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*,?\\s*(?:19|20)\\d{2}(?!\\d)`, "i"), // March 5, 2024
  new RegExp(`(?<!\\w)${MONTHS}\\s+(?:19|20)\\d{2}(?!\\d)`, "i"), // Mar 2024
  /(?<!\d)(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)/, // 20240305
];

/**
 * The regular expressions above backtrack: on a long run of letters or digits each is quadratic
 * (50,000 characters took 13–17 s). So they run on windows of at most WINDOW characters that
 * overlap by OVERLAP: every identifier up to OVERLAP characters long lies whole inside one window,
 * and the work grows linearly with the text. A valid label has at most 80 characters (one window).
 */
const WINDOW = 256;
const OVERLAP = 64;

function windows(text: string): string[] {
  if (text.length <= WINDOW) return [text];
  const out: string[] = [];
  for (let start = 0; start < text.length - OVERLAP; start += WINDOW - OVERLAP) out.push(text.slice(start, start + WINDOW));
  return out;
}

function findIn(text: string, found: Set<IdentifierKind>): void {
  if (ID_CARD.test(text)) found.add("id-card");
  if (EMAIL.test(text)) found.add("email");
  const isDate = DATES.some((re) => re.test(text));
  if (isDate) found.add("date");

  // Look for numbers in what is left once ID numbers, emails and dates are taken out, so that a
  // date is reported as a date and not also as a phone number.
  let rest = text;
  for (const re of [ID_CARD, EMAIL, ...DATES]) rest = rest.replace(new RegExp(re.source, `${re.flags}g`), " ");

  if (RECORD_WORDS.test(rest) || LETTERS_AND_DIGITS.test(rest)) found.add("record-number");
  if (CN_MOBILE.test(rest) || INTERNATIONAL.test(rest) || LONG_NUMBER.test(rest)) found.add("phone");
}

/** What in the label looks like an identifier, in a fixed order, each kind once. */
export function identifierFindings(label: string): IdentifierFinding[] {
  const found = new Set<IdentifierKind>();
  for (const window of windows(label.normalize("NFKC"))) findIn(window, found);
  const order: IdentifierKind[] = ["phone", "id-card", "record-number", "email", "date"];
  return order.filter((k) => found.has(k)).map((kind) => ({ kind, message: MESSAGES[kind] }));
}

/** One sentence for the form, or undefined when the label looks fine. */
export function identifierWarning(label: string): Message | undefined {
  const findings = identifierFindings(label);
  if (findings.length === 0) return undefined;
  return message("identifiers.warning", { found: { list: findings.map((f) => f.message), join: "and" } });
}
