import { describe, expect, it } from "vitest";
import { CONFIRMATION_NOTE_MAX, parseConfirmations, setConfirmation } from "@/lib/core/confirmations";

describe("confirmations", () => {
  it("sets, annotates and removes a confirmation without changing the input", () => {
    const empty = {};
    const met = setConfirmation(empty, "NCT06242405", "INCL03", "met");
    expect(met).toEqual({ NCT06242405: { INCL03: { outcome: "met" } } });
    expect(empty).toEqual({});
    const noted = setConfirmation(met, "NCT06242405", "INCL03", "met", "seen by PI");
    expect(noted).toEqual({ NCT06242405: { INCL03: { outcome: "met", note: "seen by PI" } } });
    const flipped = setConfirmation(noted, "NCT06242405", "INCL03", "not-met");
    expect(flipped).toEqual({ NCT06242405: { INCL03: { outcome: "not-met", note: "seen by PI" } } });
    expect(setConfirmation(flipped, "NCT06242405", "INCL03", "")).toEqual({});
  });

  it("caps the note", () => {
    const c = setConfirmation({}, "NCT06242405", "EXCL04", "met", "x".repeat(CONFIRMATION_NOTE_MAX + 10));
    expect(c.NCT06242405?.EXCL04?.note).toHaveLength(CONFIRMATION_NOTE_MAX);
  });

  it("accepts only well-formed confirmations from storage", () => {
    const good = { NCT06242405: { INCL03: { outcome: "met" } } };
    expect(parseConfirmations(good)).toEqual(good);
    expect(parseConfirmations({ NCT06242405: { INCL03: { outcome: "perhaps" } } })).toEqual({});
    expect(parseConfirmations({ "not a trial": {} })).toEqual({});
    expect(parseConfirmations("x")).toEqual({});
  });
});
