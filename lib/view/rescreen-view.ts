/**
 * Re-screen dates on the screening log: for each saved entry and trial whose pre-screen failed
 * only because of time windows, the date from which it passes (lib/core/rescreen.ts), in words;
 * and the "due for re-screen" list: those dates that have come, for trials still open to patients
 * on the registry (lib/core/freshness.ts), newest screening version only, voided entries left out.
 */
import type { ScreeningConfirmations } from "../core/engine";
import { ENGLISH } from "../core/english";
import { factMessage } from "../core/facts";
import { assessFreshness } from "../core/freshness";
import type { Profile } from "../core/profile";
import { rescreenDate, type RescreenDate, type WindowPass } from "../core/rescreen";
import { message, type Message, type Say } from "../core/message";
import type { TimeUnit } from "../core/profile";
import type { TrialDefinition } from "../core/trial";
import type { LogTrialStatus } from "./reports";

/** "3 weeks" / "3 周", with the language's plural. */
function amountMessage(amount: number, unit: TimeUnit): Message {
  return message("common.amount", { amount, unit, count: amount });
}

/** One window behind a re-screen date, as a message (namespace `rescreen`). */
export function windowMessage(w: WindowPass): Message {
  return message("rescreen.window", {
    criterionId: w.criterionId,
    fact: factMessage(w.fact),
    since: amountMessage(w.since.amount, w.since.unit),
    window: amountMessage(w.window.amount, w.window.unit),
    date: w.passesOn,
  });
}

/** A log entry at its latest version, with what re-screen dates need. */
export type RescreenCandidate = {
  screeningId: string;
  version: number;
  /** The day the latest version was saved (YYYY-MM-DD): the times since events count from it. */
  versionOn: string;
  voided: boolean;
  profile: Profile;
  confirmations: ScreeningConfirmations;
  statuses: readonly { trialId: string; status: LogTrialStatus; failReasons: readonly string[] }[];
};

/**
 * Only a pre-screen outcome can be waited out: not eligible or needs information, with no manual
 * item judged not met by a person (such a code carries "(coordinator)" or "(investigator)").
 */
function waitable(status: RescreenCandidate["statuses"][number]): boolean {
  if (status.status !== "not-eligible" && status.status !== "needs-information") return false;
  return status.failReasons.every((code) => !code.includes("("));
}

/** The re-screen date of each trial of an entry that has one, against the current criteria. */
export function rescreenDates(candidate: RescreenCandidate, trials: readonly TrialDefinition[]): RescreenDate[] {
  if (candidate.voided) return [];
  return candidate.statuses.flatMap((status) => {
    const trial = trials.find((t) => t.id === status.trialId);
    if (!trial || !waitable(status)) return [];
    const date = rescreenDate(trial, candidate.profile, candidate.versionOn, candidate.confirmations[trial.id] ?? {});
    return date ? [date] : [];
  });
}

export type DueRow = RescreenDate & { screeningId: string; version: number };

/** Entries whose re-screen date has come by `today` (YYYY-MM-DD), for open trials, earliest first. */
export function dueForRescreen(candidates: readonly RescreenCandidate[], trials: readonly TrialDefinition[], today: string): DueRow[] {
  const open = new Set(trials.filter((t) => assessFreshness(t, today).recruiting).map((t) => t.id));
  return candidates
    .flatMap((c) =>
      rescreenDates(c, trials)
        .filter((d) => open.has(d.trialId) && d.from <= today)
        .map((d) => ({ ...d, screeningId: c.screeningId, version: c.version })),
    )
    .sort((a, b) => a.from.localeCompare(b.from) || a.screeningId.localeCompare(b.screeningId) || a.trialId.localeCompare(b.trialId));
}

/** The lines that explain a re-screen date, one per window, in the language of `say`. */
export function windowLines(date: RescreenDate, say: Say = ENGLISH): string[] {
  return date.windows.map((w) => {
    const line = windowMessage(w);
    return say.format(w.calendarRange ? message("rescreen.calendar", { line }) : line);
  });
}
