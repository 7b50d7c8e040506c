/**
 * How far a trial's registry record can be trusted today: its recruitment status, how long ago
 * the record was updated, and whether its own dates contradict its status. Also the trial's
 * dates against today in words ("started 2 years 8 months ago", "passed 5 months ago").
 *
 * Pure: every function takes `today` (YYYY-MM-DD) as an argument and never reads the clock, so the
 * same record gives the same answer in a test, at build time and in the viewer's browser.
 *
 * Dates come as YYYY-MM-DD or, in registry records, YYYY-MM (month precision). A month-precision
 * date counts as passed only once its whole month is over: "2026-06" has not passed on
 * 2026-06-30, and has on 2026-07-01. Against today it is measured in whole calendar months.
 */
import { message, type Message, type MessageKey } from "./message";
import { toEnglish } from "./english-core";
import type { TrialDefinition } from "./trial";

export type TrialStatus = TrialDefinition["status"];
export type RecruitmentStatus = TrialStatus["overall"];

export type FreshnessLevel = "current" | "stale" | "outdated";

export type Freshness = {
  level: FreshnessLevel;
  /**
   * Whether the trial is open to patients as far as the record can tell: its registry status says
   * it takes (or will take) patients, ClinicalTrials.gov's rule would not show it as Unknown, and
   * neither its primary completion nor its completion date has passed.
   */
  recruiting: boolean;
  /** The status ClinicalTrials.gov would show today (UNKNOWN by its rule, see derivedStatus), or the registry's. */
  derivedStatus: RecruitmentStatus;
  /** Why the trial is almost certainly closed to patients, when it is (empty when open). */
  closedBecause: string[];
  /** The same, structured, for the reader's language. */
  closedBecauseMessages: Message[];
  /** One line: the level and what decided it ("Stale: last updated 1 year 8 months ago"). */
  headline: string;
  /** The headline without the level ("last updated 1 year 8 months ago"). */
  summary: string;
  /** Each finding as a full sentence, most serious first. */
  reasons: string[];
  /** The same three, structured, for the reader's language. */
  headlineMessage: Message;
  summaryMessage: Message;
  reasonMessages: Message[];
};

/** ClinicalTrials.gov's overall status values in words. */
export const STATUS_LABELS: Record<RecruitmentStatus, string> = {
  NOT_YET_RECRUITING: "Not yet recruiting",
  RECRUITING: "Recruiting",
  ENROLLING_BY_INVITATION: "Enrolling by invitation",
  ACTIVE_NOT_RECRUITING: "Active, not recruiting",
  SUSPENDED: "Suspended",
  TERMINATED: "Terminated",
  COMPLETED: "Completed",
  WITHDRAWN: "Withdrawn",
  UNKNOWN: "Unknown status",
};

/** The status in the reader's language (catalog `status.<CODE>`). */
export function statusMessage(status: RecruitmentStatus): Message {
  return message(`status.${status}` as MessageKey);
}

/** Statuses under which a patient could be referred, most open first. */
const OPEN_STATUSES: readonly RecruitmentStatus[] = ["RECRUITING", "ENROLLING_BY_INVITATION", "NOT_YET_RECRUITING"];

export function isOpenStatus(status: RecruitmentStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/**
 * ClinicalTrials.gov shows a study's status as "Unknown" when its last known status was
 * Recruiting, Not yet recruiting or Active, not recruiting, it has passed its completion date, and
 * its status has not been verified within the past 2 years (ClinicalTrials.gov glossary,
 * "Unknown status" and "Last verified date": https://clinicaltrials.gov/study-basics/glossary).
 * Records copied from elsewhere may still carry the old word, so the rule is applied here.
 */
const UNKNOWN_AFTER_STATUSES: readonly RecruitmentStatus[] = ["RECRUITING", "NOT_YET_RECRUITING", "ACTIVE_NOT_RECRUITING"];
export const UNVERIFIED_AFTER_MONTHS = 24;

/**
 * The date the status was last verified, or the last update when the source gives no verified
 * date: verifying a record updates it, so the verification is no later than the last update.
 */
export function verifiedOn(status: TrialStatus): string {
  return status.verifiedDate ?? status.lastUpdatePosted;
}

/** The status ClinicalTrials.gov would show on `today`: UNKNOWN by its rule, or the registry's own. */
export function derivedStatus(status: TrialStatus, today: string): RecruitmentStatus {
  if (!UNKNOWN_AFTER_STATUSES.includes(status.overall)) return status.overall;
  if (!hasPassed(status.completionDate, today)) return status.overall;
  const unverified = today > addMonths(lastDayOf(verifiedOn(status)), UNVERIFIED_AFTER_MONTHS);
  return unverified ? "UNKNOWN" : status.overall;
}

/**
 * Sites whose own status contradicts the overall status (a site "Recruiting" in a trial "Not yet
 * recruiting"), in words. Each must be listed among the trial's source differences (tested).
 */
export function siteStatusContradictions(trial: Pick<TrialDefinition, "status" | "sites">): string[] {
  const overall = trial.status.overall;
  return trial.sites
    .filter((site) => site.status !== undefined && site.status !== overall)
    .map((site) => `site ${site.facility} says ${STATUS_LABELS[site.status as RecruitmentStatus]}, the overall status ${STATUS_LABELS[overall]}`);
}

export const LEVEL_LABELS: Record<FreshnessLevel, string> = {
  current: "Current",
  stale: "Stale",
  outdated: "Outdated",
};

const LEVEL_RANK: Record<FreshnessLevel, number> = { current: 0, stale: 1, outdated: 2 };

/** More than this many months since the last update: stale. */
export const STALE_AFTER_MONTHS = 12;
/**
 * More than this many months: outdated. ClinicalTrials.gov itself changes a record's status to
 * UNKNOWN when it has not been verified for 2 years past its expected completion.
 */
export const OUTDATED_AFTER_MONTHS = 24;

// ---------------------------------------------------------------------------------------------
// Dates

export type DateParts = { year: number; month: number; day?: number };

/** YYYY-MM-DD or YYYY-MM → its parts; throws on anything else. */
export function parseIsoDate(date: string): DateParts {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!m) throw new Error(`Not a date as YYYY-MM-DD or YYYY-MM: ${JSON.stringify(date)}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) throw new Error(`No such month: ${date}`);
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) throw new Error(`No such day: ${date}`);
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function format(parts: { year: number; month: number; day: number }): string {
  return `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
}

/** The last day a date covers: itself, or the month's last day for YYYY-MM. */
export function lastDayOf(date: string): string {
  const p = parseIsoDate(date);
  return format({ year: p.year, month: p.month, day: p.day ?? daysInMonth(p.year, p.month) });
}

/** The calendar date `months` after `date` (YYYY-MM-DD), clamped to the month's end (Jan 31 + 1 → Feb 28/29). */
export function addMonths(date: string, months: number): string {
  const p = parseIsoDate(lastDayOf(date));
  const index = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return format({ year, month, day: Math.min(p.day as number, daysInMonth(year, month)) });
}

/** A Date's calendar day in its local time zone, as YYYY-MM-DD. The caller decides which Date. */
export function isoDay(date: Date): string {
  return format({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });
}

/** Has the date passed by `today`? A YYYY-MM date passes when its month is over. */
export function hasPassed(date: string, today: string): boolean {
  return lastDayOf(today) > lastDayOf(date);
}

/** Whole calendar months from `from` to `to` (to ≥ from), and the days left over. */
function monthsAndDays(from: DateParts & { day: number }, to: DateParts & { day: number }): { months: number; days: number } {
  let months = (to.year - from.year) * 12 + (to.month - from.month);
  // The same day-of-month `months` later, clamped to that month's end.
  let anchor = addMonths(format(from), months);
  if (anchor > format(to)) {
    months -= 1;
    anchor = addMonths(format(from), months);
  }
  const days = Math.round((Date.parse(format(to)) - Date.parse(anchor)) / 86_400_000);
  return { months, days };
}

/** "1 year", "2 years 8 months", "5 months", "12 days". */
export function spanMessage(months: number, days = 0): Message {
  if (months === 0) return message("freshness.span", { years: 0, months: 0, days });
  return message("freshness.span", { years: Math.floor(months / 12), months: months % 12, days: 0 });
}

export function formatSpan(months: number, days = 0): string {
  return toEnglish(spanMessage(months, days));
}

export type Relative = {
  /** Where the date lies against today. A YYYY-MM date in today's month is "now". */
  when: "past" | "now" | "future";
  /** "2 years 8 months", "5 months", "3 days"; empty when `when` is "now". */
  span: string;
  spanMessage?: Message;
};

/**
 * A date against today. Full dates are measured in calendar months and days (days only under a
 * month); YYYY-MM dates in whole calendar months.
 */
export function relativeTo(date: string, today: string): Relative {
  const d = parseIsoDate(date);
  const t = parseIsoDate(today);
  if (t.day === undefined) throw new Error(`today must be a full date: ${today}`);
  if (d.day === undefined) {
    const diff = (t.year - d.year) * 12 + (t.month - d.month);
    if (diff === 0) return { when: "now", span: "" };
    const span = spanMessage(Math.abs(diff));
    return { when: diff > 0 ? "past" : "future", span: toEnglish(span), spanMessage: span };
  }
  const a = { ...d, day: d.day };
  const b = { ...t, day: t.day };
  if (date === today) return { when: "now", span: "" };
  const past = date < today;
  const { months, days } = past ? monthsAndDays(a, b) : monthsAndDays(b, a);
  const span = spanMessage(months, months === 0 ? days : 0);
  return { when: past ? "past" : "future", span: toEnglish(span), spanMessage: span };
}

/** "today", "this month", "5 months ago", "in 1 year 2 months". */
export function relativeMessage(date: string, today: string): Message {
  const r = relativeTo(date, today);
  if (r.when === "now") return message(parseIsoDate(date).day === undefined ? "freshness.thisMonth" : "freshness.today");
  return message(r.when === "past" ? "freshness.ago" : "freshness.in", { span: r.spanMessage as Message });
}

export function relativePhrase(date: string, today: string): string {
  return toEnglish(relativeMessage(date, today));
}

// ---------------------------------------------------------------------------------------------
// The trial's dates against today

export type DateLine = {
  key: "start" | "primaryCompletion" | "completion" | "lastUpdate";
  label: string;
  date: string;
  /** The date against today, as a sentence fragment: "started 2 years 8 months ago". */
  text: string;
  /** The same, structured, for the reader's language; the label is `freshness.dates.<key>`. */
  textMessage: Message;
  passed: boolean;
};

const DATE_LABELS: Record<DateLine["key"], string> = {
  start: "Start",
  primaryCompletion: "Primary completion",
  completion: "Completion",
  lastUpdate: "Last update posted",
};

/**
 * Start, primary completion, completion and last update against today. A date still ahead is
 * necessarily an estimate, and is called "expected".
 */
export function dateLines(status: TrialStatus, today: string): DateLine[] {
  const lines: DateLine[] = [];
  const line = (key: DateLine["key"], date: string, textMessage: Message, passed: boolean) =>
    lines.push({ key, label: DATE_LABELS[key], date, text: toEnglish(textMessage), textMessage, passed });
  const start = status.startDate;
  const startWhen = relativeTo(start, today).when;
  line("start", start, message("freshness.startPhrase", { when: startWhen, phrase: relativeMessage(start, today) }), startWhen !== "future");
  const completion = (key: "primaryCompletion" | "completion", date: string) => {
    const passed = hasPassed(date, today);
    line(key, date, message("freshness.completionPhrase", { passed, phrase: relativeMessage(date, today) }), passed);
  };
  if (status.primaryCompletionDate) completion("primaryCompletion", status.primaryCompletionDate);
  completion("completion", status.completionDate);
  line("lastUpdate", status.lastUpdatePosted, relativeMessage(status.lastUpdatePosted, today), true);
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Freshness

/**
 * The record's freshness on `today`:
 * - UNKNOWN status: outdated (ClinicalTrials.gov's own verdict that the record went unverified).
 * - Last update more than 24 months before today: outdated; more than 12 months: stale. Exactly
 *   12 (or 24) calendar months is not more. A YYYY-MM update date counts from the month's end.
 * - A recruiting (or not-yet/by-invitation) trial whose completion date has passed, or a
 *   not-yet-recruiting trial whose start date has passed: stale at least, since its status was
 *   evidently not updated.
 * - Completed, terminated, withdrawn, suspended or active-not-recruiting: not recruiting; the
 *   level then only says how old the record is.
 * - ClinicalTrials.gov's Unknown-status rule (derivedStatus): outdated, and not open to patients.
 * - An open status whose completion (or primary completion) date has passed: not open to patients,
 *   whatever the word says; the primary completion alone makes the record stale.
 */
export function assessFreshness(trial: { status: TrialStatus }, today: string): Freshness {
  const s = trial.status;
  const derived = derivedStatus(s, today);
  const closed: Message[] = [];
  if (!isOpenStatus(s.overall)) closed.push(message("freshness.closed.status", { status: statusMessage(s.overall) }));
  else {
    if (derived === "UNKNOWN") closed.push(message("freshness.closed.unknownRule", { verified: verifiedOn(s) }));
    if (hasPassed(s.completionDate, today)) closed.push(message("freshness.closed.completion", { date: s.completionDate }));
    else if (s.primaryCompletionDate && hasPassed(s.primaryCompletionDate, today)) {
      closed.push(message("freshness.closed.primaryCompletion", { date: s.primaryCompletionDate }));
    }
  }
  const recruiting = closed.length === 0;
  const reasons: Message[] = [];
  const short: Message[] = [];
  let level: FreshnessLevel = "current";
  const raise = (to: FreshnessLevel) => {
    if (LEVEL_RANK[to] > LEVEL_RANK[level]) level = to;
  };
  const status = statusMessage(s.overall);

  if (s.overall === "UNKNOWN") {
    raise("outdated");
    short.push(message("freshness.short.statusUnknown"));
    reasons.push(message("freshness.reasons.statusUnknown"));
  } else if (!isOpenStatus(s.overall)) {
    short.push(message("freshness.short.notRecruiting", { status }));
    reasons.push(message("freshness.reasons.notRecruiting", { status, code: s.overall }));
  } else if (derived === "UNKNOWN") {
    raise("outdated");
    short.push(message("freshness.short.unknownRule", { status }));
    reasons.push(
      message("freshness.reasons.unknownRule", { status, date: s.completionDate, verified: verifiedOn(s) }),
    );
  }

  const updated = lastDayOf(s.lastUpdatePosted);
  // An update "in the future" means the viewer's clock is wrong (or the record is): say so.
  const phrase = relativeMessage(s.lastUpdatePosted, today);
  const ago =
    relativeTo(s.lastUpdatePosted, today).when === "future" ? message("freshness.afterToday", { phrase }) : phrase;
  short.push(message("freshness.short.lastUpdated", { ago }));
  const date = s.lastUpdatePosted;
  if (today > addMonths(updated, OUTDATED_AFTER_MONTHS)) {
    raise("outdated");
    reasons.push(message("freshness.reasons.updatedOver", { date, ago, months: OUTDATED_AFTER_MONTHS }));
  } else if (today > addMonths(updated, STALE_AFTER_MONTHS)) {
    raise("stale");
    reasons.push(message("freshness.reasons.updatedOver", { date, ago, months: STALE_AFTER_MONTHS }));
  } else {
    reasons.push(message("freshness.reasons.updated", { date, ago }));
  }

  if (isOpenStatus(s.overall) && hasPassed(s.completionDate, today)) {
    raise("stale");
    short.push(message("freshness.short.completionPassed"));
    const span = relativeTo(s.completionDate, today).spanMessage as Message;
    reasons.push(message("freshness.reasons.completionPassed", { date: s.completionDate, span, status }));
  }
  if (s.overall === "NOT_YET_RECRUITING" && hasPassed(s.startDate, today)) {
    raise("stale");
    short.push(message("freshness.short.startPassed"));
    const span = relativeTo(s.startDate, today).spanMessage as Message;
    reasons.push(message("freshness.reasons.startPassed", { date: s.startDate, span }));
  }

  if (isOpenStatus(s.overall) && !hasPassed(s.completionDate, today) && s.primaryCompletionDate && hasPassed(s.primaryCompletionDate, today)) {
    raise("stale");
    short.push(message("freshness.short.primaryCompletionPassed"));
    const span = relativeTo(s.primaryCompletionDate, today).spanMessage as Message;
    reasons.push(message("freshness.reasons.primaryCompletionPassed", { date: s.primaryCompletionDate, span }));
  }
  if (!recruiting && isOpenStatus(s.overall)) reasons.push(message("freshness.reasons.notListedOpen"));

  if (level !== "current") reasons.push(message("freshness.reasons.checkWithSite"));
  // The most serious finding first: the status, then the update age, then contradictions.
  const summaryMessage = message("freshness.summary", { items: { list: short, join: "semicolon" } });
  const headlineMessage = message("freshness.headline", { level: levelMessage(level), summary: summaryMessage });
  return {
    level,
    recruiting,
    derivedStatus: derived,
    closedBecause: closed.map(toEnglish),
    closedBecauseMessages: closed,
    headline: toEnglish(headlineMessage),
    summary: toEnglish(summaryMessage),
    reasons: reasons.map(toEnglish),
    headlineMessage,
    summaryMessage,
    reasonMessages: reasons,
  };
}

/** "Current", "Stale", "Outdated" in the reader's language. */
export function levelMessage(level: FreshnessLevel): Message {
  return message(`freshness.levels.${level}`);
}

/**
 * List order: trials open to patients first; among them the freshest record; then the most
 * open status (recruiting before by-invitation before not-yet-recruiting); then the latest update.
 */
export function compareForList(a: { id: string; status: TrialStatus }, b: { id: string; status: TrialStatus }, today: string): number {
  const fa = assessFreshness(a, today);
  const fb = assessFreshness(b, today);
  const openRank = (s: RecruitmentStatus) => {
    const i = OPEN_STATUSES.indexOf(s);
    return i === -1 ? OPEN_STATUSES.length : i;
  };
  return (
    Number(!fa.recruiting) - Number(!fb.recruiting) ||
    LEVEL_RANK[fa.level] - LEVEL_RANK[fb.level] ||
    openRank(a.status.overall) - openRank(b.status.overall) ||
    lastDayOf(b.status.lastUpdatePosted).localeCompare(lastDayOf(a.status.lastUpdatePosted)) ||
    a.id.localeCompare(b.id)
  );
}
