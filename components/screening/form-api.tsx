"use client";
/**
 * The form's `control` and `setValue`, shared with every field without FormProvider (whose value changes with
 * the form state and would re-render every field on each keystroke). Neither member ever changes.
 */
import { createContext, useContext } from "react";
import type { Control, FieldError, Path, UseFormGetValues, UseFormSetValue, UseFormTrigger } from "react-hook-form";
import { get, useFormState } from "react-hook-form";
import { useFormat } from "@/components/i18n/use-format";
import { issueText } from "@/lib/core/profile-values";
import type { FormValues } from "@/lib/view/form";
import type { Profile } from "@/lib/core/profile";

export type FormControl = Control<FormValues, unknown, Profile>;
export type FormPath = Path<FormValues>;

/** What fields need from the form; both members are stable for the life of the form. */
export type FormApi = {
  control: FormControl;
  setValue: UseFormSetValue<FormValues>;
  getValues: UseFormGetValues<FormValues>;
  trigger: UseFormTrigger<FormValues>;
};

export const FormApiContext = createContext<FormApi | null>(null);

export function useFormApi(): FormApi {
  const api = useContext(FormApiContext);
  if (!api) throw new Error("useFormApi outside FormApiContext");
  return api;
}

export function useFormControl(): FormControl {
  return useFormApi().control;
}

/**
 * The first error under `path` (the field itself or a part of it), re-rendering only for it, in the
 * page's language: the schema's messages are structured (lib/core/profile.ts `issueText`).
 */
export function useFieldError(path: string): string | undefined {
  const control = useFormControl();
  const { format } = useFormat();
  const { errors } = useFormState({ control, name: path as FormPath });
  const own = get(errors, path) as (FieldError & Record<string, FieldError | undefined>) | undefined;
  if (!own) return undefined;
  for (const error of [own, own.value, own.unit, own.status, own.amount]) {
    const text = error?.message;
    if (typeof text === "string" && text) return format(issueText(text));
  }
  return undefined;
}
