/**
 * A saved version keeps each criterion's explanation twice: the English sentence (the log's copy
 * of record) and the structured message (key and values), so that the entry and its saved
 * checklist read in the reader's language. Versions saved before the message was kept show the
 * English sentence, marked as English.
 */
import { describe, expect, it } from "vitest";
import { TRIALS } from "@/criteria";
import { screen } from "@/lib/core/engine";
import type { ScreeningTrialRecord } from "@/lib/core/screening-log";
import { sayIn } from "@/lib/i18n/format";
import { screeningRecords } from "@/lib/server/log/service";
import { savedChecklist, type SavedVersion } from "@/lib/view/saved-checklist";
import { CHECKLIST_CONFIRMATIONS, checklistProfile } from "../fixtures/checklist-screening";

const zh = sayIn("zh-CN");
const en = sayIn("en");
const HAN = /\p{Script=Han}/u;

/** As the log's jsonb column returns it: plain JSON. */
function stored(): ScreeningTrialRecord[] {
  return JSON.parse(JSON.stringify(screeningRecords(checklistProfile(), CHECKLIST_CONFIRMATIONS, "coord"))) as ScreeningTrialRecord[];
}

function version(trials: ScreeningTrialRecord[]): SavedVersion {
  return { screeningId: "S-TEST", version: 1, savedAt: "2026-11-29T08:00:00.000Z", savedBy: "coord", label: undefined, trials };
}

describe("the reasons a saved version keeps", () => {
  it("keeps every criterion's structured explanation beside its English sentence, through JSON", () => {
    const live = screen(checklistProfile(), TRIALS, CHECKLIST_CONFIRMATIONS);
    const records = stored();
    for (const [i, record] of records.entries()) {
      for (const [j, c] of record.criteria.entries()) {
        expect(c.explanation, `${record.trialId} ${c.id}`).toBeDefined();
        // The stored message says in English exactly the stored sentence, and in Chinese what the live page says.
        expect(en.format(c.explanation!)).toBe(c.reason);
        expect(zh.format(c.explanation!)).toBe(zh.format(live[i]!.criteria[j]!.explanation));
      }
    }
  });

  it("prints a saved checklist's reasons in Chinese on a Chinese page, not marked as English", () => {
    const checklist = savedChecklist(TRIALS, version(stored()), zh);
    const rows = checklist.sections.flatMap((s) => s.rows);
    expect(rows.some((r) => HAN.test(r.values))).toBe(true);
    expect(rows.filter((r) => r.valuesLanguage === "en")).toEqual([]);
  });

  it("prints the English sentence, marked as English, for a version saved before explanations were kept", () => {
    const old = stored().map((t) => ({
      ...t,
      criteria: t.criteria.map((c) => {
        const copy = { ...c };
        delete copy.explanation;
        return copy;
      }),
    }));
    const checklist = savedChecklist(TRIALS, version(old), zh);
    const rows = checklist.sections.flatMap((s) => s.rows);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.valuesLanguage === "en")).toBe(true);
    const reasons = new Set(old.flatMap((t) => t.criteria.map((c) => c.reason)));
    expect(rows.filter((r) => !r.manual).every((r) => reasons.has(r.values))).toBe(true);
  });
});
