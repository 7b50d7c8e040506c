"use client";
/**
 * Loads the form's checks (form-checks.ts: the schema, the warnings, profile files) as their own
 * chunk, once the form is usable: the form is drawn from zod-free data (lib/view/form.ts) and
 * takes typing at once; validation, warnings and saving start when the chunk arrives (issue 15).
 * Nothing typed meanwhile is missed: each change asks the resolver, which waits for the chunk,
 * and react-hook-form then sets the error of every field whose value is still the one it checked.
 */
import { createContext, useContext } from "react";
import type { Resolver } from "react-hook-form";
import type { Profile } from "@/lib/core/profile";
import type { FormValues } from "@/lib/view/form";

export type FormChecks = typeof import("./form-checks");

let loading: Promise<FormChecks> | undefined;

/** The checks' chunk, fetched once; a failed fetch is tried again at the next call. */
export function loadFormChecks(): Promise<FormChecks> {
  loading ??= import("./form-checks").catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/**
 * Resolves once the browser is idle after the frame in hand, or within 100 ms if it never is; on
 * the next task where there is no requestIdleCallback (jsdom).
 */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(() => resolve(), { timeout: 100 });
    else window.setTimeout(resolve, 0);
  });
}

/**
 * The profile schema's resolver, once its chunk is there. Until then a change waits for it.
 * It checks the values once the keystroke's results are on screen: a resolver called in the change
 * ran its whole-form parse before them, in the same task (issue 15). It reads the form's values as
 * they are then; react-hook-form keeps a field's error only if the field still holds the value
 * that changed, and a later change asks again.
 */
export const lazyResolver: Resolver<FormValues, unknown, Profile> = async (values, context, options) => {
  let checks: FormChecks;
  try {
    checks = await loadFormChecks();
  } catch {
    // The chunk could not be fetched (the network dropped): no verdict on these values, and the
    // next change asks again. What was typed stays in the form and in the draft.
    return { values: {}, errors: {} };
  }
  await whenIdle();
  return checks.resolver(values, context, options);
};

/** The loaded checks for the fields' warnings; null until the chunk has arrived. */
export const FormChecksContext = createContext<FormChecks | null>(null);

export function useFormChecks(): FormChecks | null {
  return useContext(FormChecksContext);
}
