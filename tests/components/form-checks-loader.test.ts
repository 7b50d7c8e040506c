// @vitest-environment jsdom
/**
 * The form's resolver (components/screening/form-checks-loader.ts) checks a change once the
 * browser is idle after it: the keystroke's results are committed and painted first, and the
 * whole-form parse of the validation comes after them, not before them in the same task (issue 15).
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ResolverOptions } from "react-hook-form";
import { lazyResolver, loadFormChecks } from "@/components/screening/form-checks-loader";
import { defaultFormValues, type FormValues } from "@/lib/view/form";

const OPTIONS: ResolverOptions<FormValues> = { fields: {}, names: [], shouldUseNativeValidation: false };

function withAge(age: string): FormValues {
  const values = defaultFormValues("en");
  return { ...values, demographics: { ...values.demographics, ageYears: age } };
}

/** Lets every pending promise callback run. */
const drainMicrotasks = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the form's resolver", () => {
  it("checks a change only once the browser is idle after it", async () => {
    await loadFormChecks();
    const idle: (() => void)[] = [];
    vi.stubGlobal("requestIdleCallback", (callback: () => void, options: { timeout: number }) => {
      expect(options.timeout, "checked even when the browser is never idle").toBeLessThanOrEqual(100);
      idle.push(callback);
      return idle.length;
    });
    let settled = false;
    const result = Promise.resolve(lazyResolver(withAge("abc"), undefined, OPTIONS)).then((r) => {
      settled = true;
      return r;
    });
    await drainMicrotasks();
    expect(settled, "no verdict before the browser is idle").toBe(false);
    expect(idle).toHaveLength(1);
    idle[0]!();
    const { errors } = await result;
    expect(errors).toHaveProperty(["demographics", "ageYears"]);
  });

  it("checks the values the form holds when it runs, so a later keystroke is not checked stale", async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal("requestIdleCallback", (callback: () => void) => idle.push(callback));
    const values = withAge("abc");
    const result = lazyResolver(values, undefined, OPTIONS);
    await drainMicrotasks();
    // react-hook-form passes its live values object: the coordinator fixed the age meanwhile.
    values.demographics.ageYears = "56";
    idle[0]!();
    expect((await result).errors).toEqual({});
  });

  it("checks on the next task where there is no requestIdleCallback", async () => {
    vi.stubGlobal("requestIdleCallback", undefined);
    const { errors } = await lazyResolver(withAge("-3"), undefined, OPTIONS);
    expect(errors).toHaveProperty(["demographics", "ageYears"]);
  });
});
