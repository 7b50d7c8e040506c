import { describe, expect, it } from "vitest";
import { DRAFT_KEY, UNREADABLE_DRAFT_KEY, clearDraft, isEmptyDraft, loadDraft, persistDraft, readDraft, saveDraft, type Draft } from "@/lib/view/draft";
import { draftProfile } from "@/lib/view/form-schema";
import { defaultFormValues } from "@/lib/view/form";
import { toEnglish } from "@/lib/core/english";

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

function draft(): Draft {
  const values = defaultFormValues();
  values.screeningLabel = "Bed 12";
  values.demographics.ageYears = "abc";
  values.labs.bilirubin = { value: "51.3", unit: "µmol/L" };
  values.exposures.interferon = { status: "ago", amount: "6", unit: "months" };
  return { version: 1, values, confirmations: { NCT06242405: { INCL03: { outcome: "met", note: "consent planned" } } } };
}

describe("the draft", () => {
  it("round-trips through storage under its key, values exactly as typed", () => {
    const storage = memoryStorage();
    expect(saveDraft(storage, draft())).toBe(true);
    expect([...storage.data.keys()]).toEqual([DRAFT_KEY]);
    expect(DRAFT_KEY).toBe("uc-msc-prescreen:draft:v1");
    expect(loadDraft(storage)).toEqual(draft());
  });

  it("is absent when nothing is stored, and after clearDraft", () => {
    const storage = memoryStorage();
    expect(loadDraft(storage)).toBeUndefined();
    saveDraft(storage, draft());
    clearDraft(storage);
    expect(loadDraft(storage)).toBeUndefined();
    expect(storage.data.size).toBe(0);
  });

  it.each([
    ["not JSON", "{"],
    ["null", "null"],
    ["an array", "[]"],
    ["another version", JSON.stringify({ version: 2, values: {}, confirmations: {} })],
    ["no values", JSON.stringify({ version: 1, confirmations: {} })],
    ["values not an object", JSON.stringify({ version: 1, values: "x", confirmations: {} })],
  ])("ignores a corrupt draft: %s", (_, text) => {
    expect(loadDraft(memoryStorage({ [DRAFT_KEY]: text }))).toBeUndefined();
  });

  it("keeps the valid parts of a damaged draft", () => {
    const text = JSON.stringify({
      version: 1,
      values: { demographics: { ageYears: "56", sex: "unicorn" } },
      confirmations: { NCT06242405: { INCL03: { outcome: "maybe" } } },
    });
    const loaded = loadDraft(memoryStorage({ [DRAFT_KEY]: text }));
    expect(loaded?.values.demographics).toEqual({ ageYears: "56", sex: "", pregnant: "", breastfeeding: "" });
    expect(loaded?.confirmations).toEqual({});
  });

  it("survives a storage that throws", () => {
    const broken = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("quota");
      },
      removeItem: () => {
        throw new Error("denied");
      },
    };
    expect(loadDraft(broken)).toBeUndefined();
    expect(saveDraft(broken, draft())).toBe(false);
    expect(() => clearDraft(broken)).not.toThrow();
  });

  it("clears instead of saving an empty draft", () => {
    const storage = memoryStorage();
    saveDraft(storage, draft());
    const empty: Draft = { version: 1, values: defaultFormValues(), confirmations: {} };
    expect(isEmptyDraft(empty)).toBe(true);
    expect(isEmptyDraft(draft())).toBe(false);
    // The Chinese page starts labs in µmol/L and g/L: a unit alone is not an answer.
    expect(isEmptyDraft({ version: 1, values: defaultFormValues("zh"), confirmations: {} })).toBe(true);
    const zhWithValue = defaultFormValues("zh");
    zhWithValue.labs.bilirubin.value = "30";
    expect(isEmptyDraft({ version: 1, values: zhWithValue, confirmations: {} })).toBe(false);
    persistDraft(storage, empty);
    expect(storage.data.size).toBe(0);
    persistDraft(storage, draft());
    expect(loadDraft(storage)).toEqual(draft());
  });

  it("gives the profile the draft describes, invalid fields left out", () => {
    expect(draftProfile(draft())).toEqual({
      screeningLabel: "Bed 12",
      labs: { bilirubin: { value: 51.3, unit: "µmol/L" } },
      exposures: { interferon: { status: "ago", amount: 6, unit: "months" } },
    });
  });
});

describe("a damaged draft is salvaged, and the coordinator is told (issue 10, item 9)", () => {
  it("sets an unreadable draft aside, and says nothing could be restored", () => {
    const storage = memoryStorage({ [DRAFT_KEY]: '{"version":1,"values":{' });
    const read = readDraft(storage);
    expect(read.draft).toBeUndefined();
    expect(read.notice && toEnglish(read.notice)).toMatch(/could not be read .*set aside/);
    expect(storage.data.get(UNREADABLE_DRAFT_KEY)).toBe('{"version":1,"values":{');
  });

  it("keeps every readable answer and names the ones it could not read", () => {
    const stored = draft() as unknown as { values: Record<string, Record<string, unknown>> };
    stored.values.demographics!.sex = "robot";
    stored.values.labs!.inr = 7;
    const read = readDraft(memoryStorage({ [DRAFT_KEY]: JSON.stringify(stored) }));
    expect(read.draft?.values.labs.bilirubin).toEqual({ value: "51.3", unit: "µmol/L" });
    expect(read.draft?.values.demographics.sex).toBe("");
    expect(read.notice && toEnglish(read.notice)).toMatch(/2 answers \(Sex, INR\), now unknown/);
  });

  it("keeps the valid confirmations when one is invalid", () => {
    const stored = { ...draft(), confirmations: { NCT06242405: { INCL03: { outcome: "met" }, EXCL01: { outcome: "maybe" } }, NCT01224327: { INCL01: { outcome: "not-met", note: "x" } } } };
    const read = readDraft(memoryStorage({ [DRAFT_KEY]: JSON.stringify(stored) }));
    expect(read.draft?.confirmations).toEqual({ NCT06242405: { INCL03: { outcome: "met" } }, NCT01224327: { INCL01: { outcome: "not-met", note: "x" } } });
    expect(read.notice && toEnglish(read.notice)).toMatch(/1 confirmation of manual items/);
  });

  it("says nothing for a sound draft or none", () => {
    expect(readDraft(memoryStorage({ [DRAFT_KEY]: JSON.stringify(draft()) })).notice).toBeUndefined();
    expect(readDraft(memoryStorage())).toEqual({});
  });
});
