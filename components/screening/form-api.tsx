"use client";
/**
 * The form's `control` and `setValue`, shared with every field without FormProvider (whose value changes with
 * the form state and would re-render every field on each keystroke). Neither member ever changes.
 */
import { createContext, useContext } from "react";
import type { Control, FieldError, Path, UseFormGetValues, UseFormSetValue, UseFormTrigger } from "react-hook-form";
import { get, useFormState } from "react-hook-form";
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

/** The first error message under `path` (the field itself or a part of it), re-rendering only for it. */
export function useFieldError(path: string): string | undefined {
  const control = useFormControl();
  const { errors } = useFormState({ control, name: path as FormPath });
  const own = get(errors, path) as (FieldError & Record<string, FieldError | undefined>) | undefined;
  if (!own) return undefined;
  if (typeof own.message === "string" && own.message) return own.message;
  for (const part of ["value", "unit", "status", "amount"]) {
    const message = own[part]?.message;
    if (typeof message === "string" && message) return message;
  }
  return undefined;
}
