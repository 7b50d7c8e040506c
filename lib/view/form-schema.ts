/**
 * The form's side of the profile schema: form values checked by the one zod schema, and the
 * profile they describe with every invalid field left out. Apart from lib/view/form.ts so that the
 * screening form is usable without zod, the schema or the English catalog: this module arrives in
 * a chunk loaded right after (issue 15), and validation starts when it does.
 */
import "../core/zod-config";
import { z } from "zod";
import { profileSchema, usableProfile, type FieldIssue, type Profile } from "../core/profile";
import { formValuesToProfileInput, partToProfileInput, type FormValues } from "./form";
import { shareUnchanged } from "./structural-sharing";

function withoutEmptyObjects<T>(value: T): T {
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const pruned = withoutEmptyObjects(child);
    if (pruned !== null && typeof pruned === "object" && Object.keys(pruned).length === 0) continue;
    out[key] = pruned;
  }
  return out as T;
}

/**
 * The profile the form describes, as the results and a saved file use it: every invalid field
 * left out (it counts as unknown), with the issues that were left out.
 */
export function usableFormProfile(values: FormValues): { profile: Profile; issues: FieldIssue[] } {
  const { profile, issues } = usableProfile(formValuesToProfileInput(values));
  return { profile: withoutEmptyObjects(profile), issues };
}

/** The parts of a profile (profilePartOf), in the schema's order, which is the order of its issues. */
const PROFILE_PARTS = Object.keys(profileSchema.shape);

/**
 * usableFormProfile for successive form values, checking again only the parts of the profile
 * (sections, the screening label) whose values changed since the previous call: a keystroke
 * changes one. The schema has no rule across sections (profileSchema is a strict object of them,
 * each with its own refinements), so each part checked alone gives what the whole gives; a
 * property test holds the two equal. One per consumer, e.g. the results' watch of the form.
 */
export function incrementalFormProfile(): (values: FormValues) => { profile: Profile; issues: FieldIssue[] } {
  const checked = new Map<string, { values: unknown; profile: Profile; issues: FieldIssue[] }>();
  return (values) => {
    const profile: Record<string, unknown> = {};
    const issues: FieldIssue[] = [];
    for (const part of PROFILE_PARTS) {
      const own = (values as Record<string, unknown>)[part];
      let done = checked.get(part);
      // shareUnchanged returns its first argument exactly when both are equal in content.
      if (!done || shareUnchanged(done.values, own) !== done.values) {
        const usable = usableProfile(partToProfileInput(values, part));
        // A copy: react-hook-form may hand over its live values, which later keystrokes change in place.
        done = { values: structuredClone(own), profile: withoutEmptyObjects(usable.profile), issues: usable.issues };
        checked.set(part, done);
      }
      Object.assign(profile, done.profile);
      issues.push(...done.issues);
    }
    return { profile: profile as Profile, issues };
  };
}

/** The profile a stored draft describes, with invalid fields left out (as the live results see it). */
export function draftProfile(draft: { values: FormValues }): Profile {
  return usableFormProfile(draft.values).profile;
}

/**
 * The schema the form validates with: form values, mapped to a profile input, checked by the
 * one profile schema. Issue paths are profile paths, which are also the form's field names.
 */
export const formSchema = z
  .custom<FormValues>((v) => typeof v === "object" && v !== null)
  .transform((values) => formValuesToProfileInput(values))
  .pipe(profileSchema);
