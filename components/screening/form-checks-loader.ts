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

/** The profile schema's resolver, once its chunk is there. Until then a change waits for it. */
export const lazyResolver: Resolver<FormValues, unknown, Profile> = async (values, context, options) => {
  let checks: FormChecks;
  try {
    checks = await loadFormChecks();
  } catch {
    // The chunk could not be fetched (the network dropped): no verdict on these values, and the
    // next change asks again. What was typed stays in the form and in the draft.
    return { values: {}, errors: {} };
  }
  return checks.resolver(values, context, options);
};

/** The loaded checks for the fields' warnings; null until the chunk has arrived. */
export const FormChecksContext = createContext<FormChecks | null>(null);

export function useFormChecks(): FormChecks | null {
  return useContext(FormChecksContext);
}
