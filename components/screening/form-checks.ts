/**
 * What the screening form checks with: the profile schema (validation), the profile the form
 * describes, the plausibility and contradiction warnings under the fields, and reading and writing
 * profile files. Loaded as its own chunk right after the form is usable (form-checks-loader.ts),
 * so that zod, the schema and the English the core formats are not among the scripts the form
 * waits for (issue 15). Nothing here decides anything: it gathers lib/ for the screening page.
 */
import { zodResolver } from "@hookform/resolvers/zod";
import type { Resolver } from "react-hook-form";
import type { Profile } from "@/lib/core/profile";
import type { FormValues } from "@/lib/view/form";
import { formSchema } from "@/lib/view/form-schema";

export { usableFormProfile } from "@/lib/view/form-schema";
export { invalidFields } from "@/lib/view/results-view";
export { canWarn, plausibilityWarning, warningReads } from "@/lib/view/plausibility";
export {
  decodeProfileBytes,
  listedIssues,
  loadQuestion,
  MAX_PROFILE_FILE_BYTES,
  moreIssuesText,
  profileFileName,
  readProfileFile,
  saveWarning,
  serializeProfile,
  TOO_LARGE,
} from "@/lib/view/profile-file";

export const resolver: Resolver<FormValues, unknown, Profile> = zodResolver(formSchema);
