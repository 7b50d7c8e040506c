/**
 * The printable checklist of a saved log entry's version, built from what was saved (the statuses
 * and reasons of that day, against that criteria version), not re-screened with today's rules.
 * The verbatim registry lines come from the trial definitions; when a trial's encoding changed
 * since, the section says so.
 */
import type { CriterionResult, TrialResult } from "../core/engine";
import type { ScreeningTrialRecord } from "../core/screening-log";
import type { CriterionStatus, TrialDefinition } from "../core/trial";
import { ENGLISH } from "../core/english";
import { message, type Say } from "../core/message";
import { buildChecklist, type Checklist } from "./checklist";

export type SavedVersion = {
  screeningId: string;
  version: number;
  savedAt: Date | string;
  savedBy: string;
  label: string | undefined;
  trials: readonly ScreeningTrialRecord[];
};

export type SavedSignoff = { trialId: string; version: number; signedBy: string; signedAt: Date | string; eligible: boolean; judgements: { criterionId: string; outcome: string }[] };

function storedResult(trial: TrialDefinition, record: ScreeningTrialRecord, say: Say): TrialResult {
  const counts: Record<CriterionStatus, number> = { satisfied: 0, violated: 0, unknown: 0, manual: 0, "not-applicable": 0 };
  const criteria: CriterionResult[] = record.criteria.map((c) => {
    counts[c.status] += 1;
    const def = trial.criteria.find((d) => d.id === c.id);
    return {
      id: c.id,
      category: c.category,
      text: def?.text ?? say.format(message("log.checklist.noLongerEncoded")),
      status: c.status,
      reason: c.reason,
      // The explanation as it was saved, in the reader's language; a version saved before the
      // structured explanation was kept shows its English sentence as is.
      explanation: c.explanation ?? message("engine.saved", { text: c.reason }),
      missing: [],
      ...(c.manual && { manualReason: def?.manual?.reason ?? c.reason }),
      ...(c.confirmation && { confirmation: { outcome: c.confirmation.outcome, ...(c.confirmation.note && { note: c.confirmation.note }) } }),
    };
  });
  return { id: record.trialId, verdict: record.verdict, criteria, counts, pendingManual: counts.manual, missing: [], contradictions: [] };
}

/** The checklist of a saved version, with who confirmed each manual item, in the language of `say`. */
export function savedChecklist(trials: readonly TrialDefinition[], saved: SavedVersion, say: Say = ENGLISH): Checklist {
  const date = (typeof saved.savedAt === "string" ? saved.savedAt : saved.savedAt.toISOString()).slice(0, 10);
  const chosen = trials.filter((t) => saved.trials.some((r) => r.trialId === t.id));
  const results = chosen.map((t) => storedResult(t, saved.trials.find((r) => r.trialId === t.id)!, say));
  const checklist = buildChecklist({ trials: chosen, results, label: saved.label, date, say });
  for (const section of checklist.sections) {
    const record = saved.trials.find((r) => r.trialId === section.header.trialId)!;
    if (record.criteriaVersion !== section.header.encodingVersion) {
      section.header.recruitmentHints.push(
        say.format(message("log.checklist.screenedAgainst", { then: record.criteriaVersion, now: section.header.encodingVersion })),
      );
      section.header.encodingVersion = record.criteriaVersion;
    }
    for (const row of section.rows) {
      // A saved reason kept only in English is marked as English on a Chinese page.
      const stored = record.criteria.find((c) => c.id === row.id);
      if (say.language !== "en" && stored && !stored.explanation) row.valuesLanguage = "en";
      const by = record.criteria.find((c) => c.id === row.id)?.confirmation?.by;
      if (by && row.confirmation) row.confirmation = say.format(message("log.checklist.confirmedBy", { confirmation: row.confirmation, by }));
    }
  }
  return checklist;
}

/** The lines the saved checklist prints above the sheets: the log record's identity and signatures. */
export function savedRecordLines(
  saved: SavedVersion,
  signoffs: readonly SavedSignoff[],
  formatTime: (at: Date | string) => string,
  say: Say = ENGLISH,
): string[] {
  const lines = [say.format(message("log.checklist.recordLine", { id: saved.screeningId, version: saved.version, at: formatTime(saved.savedAt), by: saved.savedBy }))];
  for (const s of signoffs.filter((x) => x.version === saved.version)) {
    const items = s.judgements
      .map((j) => say.format(message(j.outcome === "met" ? "log.entry.itemMet" : "log.entry.itemNotMet", { id: j.criterionId })))
      .join(say.language === "zh" ? "、" : ", ");
    const determination = say.format(message(s.eligible ? "log.entry.eligible" : "log.entry.notEligible"));
    const line = say.format(message("log.checklist.signoffLine", { trialId: s.trialId, by: s.signedBy, at: formatTime(s.signedAt), determination }));
    lines.push(items ? line + say.format(message("log.checklist.signoffItems", { items })) : line);
  }
  return lines;
}
