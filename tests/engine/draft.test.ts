import { describe, expect, it } from "vitest";
import { DRAFT_KEY, clearDraft, draftProfile, isEmptyDraft, loadDraft, persistDraft, saveDraft, type Draft } from "@/lib/view/draft";
import { defaultFormValues } from "@/lib/view/form";

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
