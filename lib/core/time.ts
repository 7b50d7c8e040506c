/**
 * Time windows for exposures and events ("interferon within 1 year", "albumin within 3 weeks").
 *
 * Times are intervals entered as an amount and a unit. Days and weeks are exact (1 week = 7 days)
 * and so are months and years (1 year = 12 months), so within one family the comparison is
 * exact and inclusive: 12 months ago IS within 1 year; 3 weeks ago IS within 3 weeks.
 *
 * Across families the calendar matters: a month is 28–31 days and a year 365–366 days. When the
 * answer depends on which month or year it was ("1 month ago" against "within 30 days"), the
 * result is unknown rather than a guess; the coordinator can settle it by entering days.
 */
import type { TV } from "./logic";
import type { TimeSince, TimeUnit } from "./profile";

export type TimeWindow = { amount: number; unit: TimeUnit };

const DAYS_PER_UNIT: Partial<Record<TimeUnit, number>> = { days: 1, weeks: 7 };
const MONTHS_PER_UNIT: Partial<Record<TimeUnit, number>> = { months: 1, years: 12 };

/** Mean month of the Julian year, 365.25 / 12 days. */
const MEAN_MONTH_DAYS = 30.4375;

/** The range of days an amount in the given unit can span on a real calendar. */
export function daysRange(amount: number, unit: TimeUnit): [number, number] {
  const perDay = DAYS_PER_UNIT[unit];
  if (perDay !== undefined) return [amount * perDay, amount * perDay];
  if (unit === "years") return [amount * 365, amount * 366];
  // n consecutive calendar months differ from n mean months by at most 3 days, and each month
  // has 28 to 31 days.
  return [Math.max(amount * 28, amount * MEAN_MONTH_DAYS - 3), Math.min(amount * 31, amount * MEAN_MONTH_DAYS + 3)];
}

/** Is `ago` (amount+unit) at most `window` long? Kleene: null when the calendar decides. */
export function isWithin(amount: number, unit: TimeUnit, window: TimeWindow): TV {
  const dEntry = DAYS_PER_UNIT[unit];
  const dWindow = DAYS_PER_UNIT[window.unit];
  if (dEntry !== undefined && dWindow !== undefined) return amount * dEntry <= window.amount * dWindow;
  const mEntry = MONTHS_PER_UNIT[unit];
  const mWindow = MONTHS_PER_UNIT[window.unit];
  if (mEntry !== undefined && mWindow !== undefined) return amount * mEntry <= window.amount * mWindow;
  const [entryMin, entryMax] = daysRange(amount, unit);
  const [windowMin, windowMax] = daysRange(window.amount, window.unit);
  if (entryMax <= windowMin) return true;
  if (entryMin > windowMax) return false;
  return null;
}

export function formatAmount(amount: number, unit: TimeUnit): string {
  const singular = unit.slice(0, -1);
  return `${formatNumber(amount)} ${amount === 1 ? singular : unit}`;
}

export function formatTimeSince(t: TimeSince): string {
  if (t.status === "never") return "never";
  if (t.amount === undefined || t.unit === undefined) return "yes, time not recorded";
  if (t.amount === 0) return "ongoing or today";
  return `${formatAmount(t.amount, t.unit)} ago`;
}

/**
 * A value as the results show it: plain decimal digits, never exponent notation ("1e-7"), and no
 * floating-point noise ("INR 1.6737748313022562" → "1.674"): at most 3 decimals, or for a value
 * under 0.01 as many as its first 3 significant digits need (0.0000001 stays 0.0000001, never
 * "0", which would hide what was typed).
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  const decimals = magnitude > 0 && magnitude < 0.01 ? Math.min(20, 2 - Math.floor(Math.log10(magnitude))) : 3;
  return decimalFormat(decimals).format(value);
}

/**
 * One formatter per number of decimals, made once: `toLocaleString` with options builds a new
 * Intl.NumberFormat on every call, which was the largest single cost of a keystroke's explanations
 * at 4× CPU (issue 15). Same output: toLocaleString(locale, options) is specified as
 * `new Intl.NumberFormat(locale, options).format(value)` (ECMA-402, Number.prototype.toLocaleString).
 */
const DECIMAL_FORMATS = new Map<number, Intl.NumberFormat>();
function decimalFormat(decimals: number): Intl.NumberFormat {
  let format = DECIMAL_FORMATS.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat("en-US", { useGrouping: false, maximumFractionDigits: decimals });
    DECIMAL_FORMATS.set(decimals, format);
  }
  return format;
}
