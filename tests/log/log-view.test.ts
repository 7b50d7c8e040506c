/**
 * The log pages' words in either language (lib/view/log-view.ts): statuses, verdicts and the audit
 * trail come from the catalogs; codes and what a person typed stay as they are.
 */
import { describe, expect, it } from "vitest";
import { SIGNOFF_STATUS_REASON, TRIAL_STATUS_TRANSITIONS } from "@/lib/core/screening-log";
import { sayIn } from "@/lib/i18n/format";
import { auditRows, formatLogTime, statusChoices, statusLabel, statusReason, verdictLabel } from "@/lib/view/log-view";

const zh = sayIn("zh-CN");
const event = (over: Partial<Parameters<typeof auditRows>[0][number]>) => ({
  id: 1,
  at: "2026-11-29T04:44:00.000Z",
  actorUsername: "coord",
  action: "trial.status",
  trialId: "NCT05106972",
  fromValue: { status: "approached", reason: null },
  toValue: { status: "consented", reason: null },
  reason: "Approached → Consented",
  ...over,
});

describe("the log's words", () => {
  it("says statuses, verdicts and the moves a person may make in the reader's language", () => {
    expect(statusLabel("enrolled")).toBe("Enrolled");
    expect(statusLabel("enrolled", zh)).toBe("已入组");
    expect(statusLabel("some-old-code", zh)).toBe("some-old-code");
    expect(verdictLabel("needs-info", zh)).toBe("需补充信息");
    expect(statusChoices("approached", TRIAL_STATUS_TRANSITIONS, zh)).toEqual([
      { value: "declined", label: "拒绝参加" },
      { value: "consented", label: "已签署知情同意" },
      { value: "not-eligible", label: "不符合入选" },
    ]);
  });

  it("keeps the log's times in ISO 8601 and UTC in every language", () => {
    expect(formatLogTime("2026-11-29T04:44:59.000Z")).toBe("2026-11-29 04:44 UTC");
  });

  it("says an audit event in Chinese: the action, the values, and the move of a change made without a reason", () => {
    const [row] = auditRows([event({})], zh);
    expect(row).toMatchObject({ what: "更改状态", from: "已接触", to: "已签署知情同意", why: "已接触 → 已签署知情同意", trial: "NCT05106972" });
    expect(auditRows([event({})])[0]!.why).toBe("Approached → Consented");
  });

  it("keeps a typed reason as typed, and says the sign-off's own reason in the reader's language", () => {
    const typed = event({ toValue: { status: "declined", reason: "家属不同意" }, reason: "家属不同意" });
    expect(auditRows([typed], zh)[0]!.why).toBe("家属不同意");
    expect(auditRows([typed], zh)[0]!.to).toBe("拒绝参加，“家属不同意”");
    const signoff = event({
      fromValue: { status: "prescreen-passed", failReasons: [] },
      toValue: { status: "not-eligible", failReasons: ["NCT05106972 EXCL06 (investigator)"] },
      reason: SIGNOFF_STATUS_REASON,
    });
    const [row] = auditRows([signoff], zh);
    expect(row!.why).toBe("研究者签署");
    // Coded reasons stay codes.
    expect(row!.to).toBe("不符合入选，原因：NCT05106972 EXCL06 (investigator)");
    expect(statusReason(SIGNOFF_STATUS_REASON, zh)).toBe("研究者签署");
    expect(statusReason("Seen on the ward round", zh)).toBe("Seen on the ward round");
  });
});
