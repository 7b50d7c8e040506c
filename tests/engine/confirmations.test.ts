import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CONFIRMATION_NOTE_MAX,
  confirmKeepingNote,
  parseConfirmations,
  readConfirmation,
  salvageConfirmations,
  setConfirmation,
} from "@/lib/core/confirmations";
import { confirmationSchema, confirmationsSchema } from "@/lib/core/confirmations-schema";

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

describe("confirmations read back from the draft, without zod (issue 15)", () => {
  // JSON-like values shaped like stored confirmations, with every kind of damage mixed in.
  const outcome = fc.oneof(fc.constantFrom("met", "not-met", "perhaps", ""), fc.anything());
  const note = fc.oneof(fc.string({ maxLength: 3 }), fc.constant("n".repeat(CONFIRMATION_NOTE_MAX)), fc.constant("n".repeat(CONFIRMATION_NOTE_MAX + 1)), fc.anything());
  const item = fc.oneof(
    fc.record({ outcome, note }, { requiredKeys: [] }),
    fc.record({ outcome, note, extra: fc.anything() }, { requiredKeys: ["outcome", "extra"] }),
    fc.anything(),
  );
  const criterionId = fc.oneof(fc.constantFrom("INCL03", "EXCL12", "INCL3", "incl03", "__proto__"), fc.string({ maxLength: 8 }));
  const trialId = fc.oneof(fc.constantFrom("NCT06242405", "NCT0624240", "nct06242405", "__proto__"), fc.string({ maxLength: 12 }));
  const stored = fc.oneof(fc.dictionary(trialId, fc.oneof(fc.dictionary(criterionId, item), fc.anything())), fc.anything());

  it("accepts one confirmation exactly when the server's schema does", () => {
    fc.assert(
      fc.property(item, (raw) => {
        const parsed = confirmationSchema.safeParse(raw);
        expect(readConfirmation(raw)).toEqual(parsed.success ? parsed.data : undefined);
      }),
      { numRuns: 2000 },
    );
  });

  // What JSON.stringify then JSON.parse make of it, as the draft stores it.
  const throughJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? "null");
  // A trial with no confirmation left says nothing: the draft's reader leaves it out.
  const withoutEmptyTrials = (all: Record<string, object>) => Object.fromEntries(Object.entries(all).filter(([, items]) => Object.keys(items).length > 0));

  it("keeps what the schema accepts whole, and only valid confirmations otherwise", () => {
    fc.assert(
      fc.property(stored, (raw) => {
        const json = throughJson(raw);
        const { confirmations, unreadable } = salvageConfirmations(json);
        const whole = confirmationsSchema.safeParse(json);
        // zod's records skip a "__proto__" key without a word; the draft's reader counts it (below).
        if (whole.success && !JSON.stringify(json).includes('"__proto__"')) {
          expect(confirmations).toEqual(withoutEmptyTrials(whole.data));
          expect(unreadable).toBe(0);
        }
        expect(confirmationsSchema.safeParse(confirmations).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("counts what it could not read, one bad entry never costing the others", () => {
    const good = { outcome: "met", note: "seen by PI" };
    expect(
      salvageConfirmations({
        NCT06242405: { INCL03: good, INCL04: { outcome: "perhaps" }, EXCL01: { outcome: "not-met", by: "x" } },
        "not a trial": { INCL01: good, INCL02: good },
        NCT06984497: "x",
      }),
    ).toEqual({ confirmations: { NCT06242405: { INCL03: good } }, unreadable: 5 });
    expect(salvageConfirmations(undefined)).toEqual({ confirmations: {}, unreadable: 0 });
    // Where zod would drop it silently, the coordinator is told, and no prototype is touched.
    const hostile = JSON.parse('{"__proto__":{"INCL01":{"outcome":"met"}},"NCT06242405":{"__proto__":{"outcome":"met"}}}') as unknown;
    expect(salvageConfirmations(hostile)).toEqual({ confirmations: {}, unreadable: 2 });
    expect(({} as Record<string, unknown>).INCL01).toBeUndefined();
    expect(salvageConfirmations([good])).toEqual({ confirmations: {}, unreadable: 1 });
  });
});
