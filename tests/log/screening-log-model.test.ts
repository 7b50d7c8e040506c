/** The screening log's pure model: IDs, roles, the status workflow and the coded fail reasons. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import {
  can,
  checkTransition,
  failReasonCode,
  failReasonsOf,
  newScreeningId,
  parseFailReason,
  rescreenReplaces,
  ROLES,
  SCREENING_ID_ALPHABET,
  SCREENING_ID_PATTERN,
  signoffDetermination,
  statusFromVerdict,
  TRIAL_STATUS_TRANSITIONS,
  TRIAL_STATUSES,
  type ScreeningTrialRecord,
} from "@/lib/core/screening-log";

describe("screening IDs", () => {
  it("look like S-7F3K2Q and use no ambiguous characters (0, O, 1, I, L)", () => {
    for (let i = 0; i < 200; i++) expect(newScreeningId((n) => randomBytes(n))).toMatch(SCREENING_ID_PATTERN);
    expect(SCREENING_ID_ALPHABET).not.toMatch(/[0O1IL]/);
    expect(new Set(SCREENING_ID_ALPHABET).size).toBe(31);
  });

  it("are valid for any random bytes, skipping the bytes that would bias the choice", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
        let calls = 0;
        const id = newScreeningId((n) => (calls++ === 0 ? bytes : new Uint8Array(n).fill(3)));
        expect(id).toMatch(SCREENING_ID_PATTERN);
      }),
    );
    // 248..255 are skipped: all-255 first, then zeros, gives the zero symbol six times.
    let calls = 0;
    expect(newScreeningId((n) => new Uint8Array(n).fill(calls++ === 0 ? 255 : 0))).toBe("S-222222");
  });

  it("are spread evenly over the alphabet", () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 3000; i++) for (const ch of newScreeningId((n) => randomBytes(n)).slice(2)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(31);
    for (const n of counts.values()) expect(n).toBeGreaterThan(400); // expected 580 each
  });
});

describe("roles", () => {
  it("let coordinators and investigators write to the log, only investigators sign, only admins manage accounts", () => {
    expect(ROLES.filter((r) => can(r, "log:write"))).toEqual(["coordinator", "investigator"]);
    expect(ROLES.filter((r) => can(r, "log:sign"))).toEqual(["investigator"]);
    expect(ROLES.filter((r) => can(r, "users:manage"))).toEqual(["admin"]);
    expect(ROLES.filter((r) => can(r, "log:read"))).toEqual(["coordinator", "investigator", "admin"]);
    expect(can(undefined, "log:read")).toBe(false);
    expect(can("user", "log:read")).toBe(false);
  });
});

describe("the per-trial status workflow", () => {
  it("starts from the pre-screen verdict", () => {
    expect(statusFromVerdict("passed")).toBe("prescreen-passed");
    expect(statusFromVerdict("needs-info")).toBe("needs-information");
    expect(statusFromVerdict("ineligible")).toBe("not-eligible");
  });

  it("goes approached → consented → enrolled, and needs a reason to decline or not approach", () => {
    expect(checkTransition("prescreen-passed", "approached", "")).toEqual({ ok: true });
    expect(checkTransition("approached", "consented", "")).toEqual({ ok: true });
    expect(checkTransition("consented", "enrolled", "")).toEqual({ ok: true });
    expect(checkTransition("approached", "declined", " ")).toMatchObject({ ok: false, message: expect.stringMatching(/needs a reason/) });
    expect(checkTransition("prescreen-passed", "not-approached", "")).toMatchObject({ ok: false });
    expect(checkTransition("approached", "declined", "Prefers standard care")).toEqual({ ok: true });
  });

  it("never leaves enrolled, declined or not eligible by hand, and never skips to enrolled", () => {
    for (const s of ["enrolled", "declined", "not-eligible"] as const) expect(TRIAL_STATUS_TRANSITIONS[s]).toEqual([]);
    for (const from of TRIAL_STATUSES) if (from !== "consented") expect(checkTransition(from, "enrolled", "x").ok).toBe(false);
  });

  it("lets a re-screen replace only a status the pre-screen set", () => {
    expect(rescreenReplaces({ status: "needs-information", setBy: "prescreen" })).toBe(true);
    expect(rescreenReplaces({ status: "not-eligible", setBy: "person" })).toBe(false);
    expect(rescreenReplaces({ status: "approached", setBy: "prescreen" })).toBe(false);
  });
});

describe("coded screen-fail reasons", () => {
  it("name the trial and the criterion, and who judged a manual item", () => {
    expect(failReasonCode("NCT05106972", "EXCL06")).toBe("NCT05106972 EXCL06");
    expect(failReasonCode("NCT05106972", "INCL07", "investigator")).toBe("NCT05106972 INCL07 (investigator)");
    expect(parseFailReason("NCT05106972 INCL07 (investigator)")).toEqual({ trialId: "NCT05106972", criterionId: "INCL07", source: "investigator" });
    expect(parseFailReason("NCT05106972 EXCL06")).toMatchObject({ source: "rule" });
    expect(parseFailReason("EXCL06")).toBeUndefined();
  });

  it("list a version's violated criteria in registry order", () => {
    expect(
      failReasonsOf("NCT05106972", [
        { id: "INCL01", status: "satisfied" },
        { id: "INCL07", status: "violated", manual: true },
        { id: "EXCL06", status: "violated" },
        { id: "EXCL07", status: "unknown" },
      ]),
    ).toEqual(["NCT05106972 INCL07 (coordinator)", "NCT05106972 EXCL06"]);
  });

  it("make a sign-off not eligible when a manual item is judged not met", () => {
    const record: ScreeningTrialRecord = {
      trialId: "NCT05106972",
      criteriaVersion: "1.0.0",
      verdict: "passed",
      failReasons: [],
      criteria: [
        { id: "INCL01", category: "inclusion", status: "satisfied", reason: "r" },
        { id: "INCL07", category: "inclusion", status: "manual", reason: "r", manual: true },
      ],
    };
    expect(signoffDetermination(record, [{ criterionId: "INCL07", outcome: "met" }])).toEqual({ eligible: true, failReasons: [] });
    expect(signoffDetermination(record, [{ criterionId: "INCL07", outcome: "not-met" }])).toEqual({
      eligible: false,
      failReasons: ["NCT05106972 INCL07 (investigator)"],
    });
  });
});
