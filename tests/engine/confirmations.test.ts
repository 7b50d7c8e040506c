import { describe, expect, it } from "vitest";
import { CONFIRMATION_NOTE_MAX, confirmKeepingNote, parseConfirmations, setConfirmation } from "@/lib/core/confirmations";

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

describe("notes survive un-confirming (issue 10, item 10)", () => {
  it("parks the note of an un-confirmed item and brings it back when it is confirmed again", () => {
    let state = confirmKeepingNote({}, {}, "NCT06242405", "INCL03", "met", "consent planned");
    state = confirmKeepingNote(state.confirmations, state.parked, "NCT06242405", "INCL03", "");
    expect(state.confirmations).toEqual({});
    expect(state.parked).toEqual({ "NCT06242405/INCL03": "consent planned" });
    state = confirmKeepingNote(state.confirmations, state.parked, "NCT06242405", "INCL03", "not-met");
    expect(state.confirmations).toEqual({ NCT06242405: { INCL03: { outcome: "not-met", note: "consent planned" } } });
    expect(state.parked).toEqual({});
  });

  it("takes a new note over a parked one", () => {
    const parked = { "NCT06242405/INCL03": "old" };
    expect(confirmKeepingNote({}, parked, "NCT06242405", "INCL03", "met", "new").confirmations).toEqual({ NCT06242405: { INCL03: { outcome: "met", note: "new" } } });
  });
});
