import { describe, expect, it } from "vitest";
import { formatAmount, formatNumber, formatTimeSince, isWithin } from "@/lib/core/time";

describe("time windows", () => {
  it("counts the boundary as within: 3 weeks ago is within 3 weeks", () => {
    expect(isWithin(3, "weeks", { amount: 3, unit: "weeks" })).toBe(true);
    expect(isWithin(21, "days", { amount: 3, unit: "weeks" })).toBe(true);
    expect(isWithin(22, "days", { amount: 3, unit: "weeks" })).toBe(false);
    expect(isWithin(4, "weeks", { amount: 3, unit: "weeks" })).toBe(false);
  });

  it("compares months and years exactly: 12 months is within 1 year, 13 months is not", () => {
    expect(isWithin(12, "months", { amount: 1, unit: "years" })).toBe(true);
    expect(isWithin(13, "months", { amount: 1, unit: "years" })).toBe(false);
    expect(isWithin(1, "years", { amount: 1, unit: "years" })).toBe(true);
  });

  it("is unknown when the calendar decides: 1 month against 30 days", () => {
    expect(isWithin(1, "months", { amount: 30, unit: "days" })).toBeNull();
    expect(isWithin(366, "days", { amount: 1, unit: "years" })).toBeNull();
  });

  it("is decided across units when no calendar can change the answer", () => {
    expect(isWithin(2, "months", { amount: 30, unit: "days" })).toBe(false);
    expect(isWithin(3, "weeks", { amount: 1, unit: "months" })).toBe(true);
    expect(isWithin(365, "days", { amount: 1, unit: "years" })).toBe(true);
    expect(isWithin(367, "days", { amount: 1, unit: "years" })).toBe(false);
    expect(isWithin(52, "weeks", { amount: 1, unit: "years" })).toBe(true);
    expect(isWithin(53, "weeks", { amount: 1, unit: "years" })).toBe(false);
  });

  it("treats 0 as ongoing, which is within any window", () => {
    expect(isWithin(0, "days", { amount: 30, unit: "days" })).toBe(true);
    expect(isWithin(0, "months", { amount: 30, unit: "days" })).toBe(true);
  });

  it("shows times the way a coordinator says them", () => {
    expect(formatTimeSince({ status: "never" })).toBe("never");
    expect(formatTimeSince({ status: "ago", amount: 11, unit: "months" })).toBe("11 months ago");
    expect(formatTimeSince({ status: "ago", amount: 1, unit: "years" })).toBe("1 year ago");
    expect(formatTimeSince({ status: "ago" })).toBe("yes, time not recorded");
    expect(formatTimeSince({ status: "ago", amount: 0, unit: "days" })).toBe("ongoing or today");
  });
});

describe("numbers as the results show them (issue 10, item 13)", () => {
  it.each([
    [0.0000001, "0.0000001"],
    [1.6737748313022562, "1.674"],
    [12.3456, "12.346"],
    [0.00123456, "0.00123"],
    [1e21, "1000000000000000000000"],
    [56, "56"],
    [-0.5, "-0.5"],
  ])("shows %s as %s: never exponent notation, no float noise", (value, shown) => {
    expect(formatNumber(value)).toBe(shown);
  });

  it("says 0.0000001 years, not 1e-7 years", () => {
    expect(formatAmount(0.0000001, "years")).toBe("0.0000001 years");
  });
});
