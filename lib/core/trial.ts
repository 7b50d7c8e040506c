/**
 * The schema of an encoded trial: registry metadata, its source documents, and every inclusion
 * and exclusion line as a criterion. Criteria files are typed literals checked with
 * `satisfies TrialDefinition`; tests also parse each one with `trialSchema`.
 */
import "./zod-config";
import { z } from "zod";
import { ruleSchema } from "./rules";

const isoDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, "a date as YYYY-MM-DD or YYYY-MM");

export const CRITERION_STATUSES = ["satisfied", "violated", "unknown", "manual", "not-applicable"] as const;

export const criterionSchema = z
  .strictObject({
    /** CDISC-style: INCL01…, EXCL01…, numbered in registry order. */
    id: z.string().regex(/^(INCL|EXCL)\d{2}$/),
    category: z.enum(["inclusion", "exclusion"]),
    /** The registry line, verbatim (list markup and Markdown escapes removed). */
    text: z.string().min(1),
    /**
     * The line in Chinese, as Chinese hepatology writes it (终末期肝病, Child-Pugh 分级; MELD, INR
     * and TBil as they are). A translation for reading: the English `text` stays the source of
     * truth, and every line has one (tests/criteria/translations.test.ts).
     */
    textZh: z.string().min(1).optional(),
    /**
     * For an inclusion: the requirement. For an exclusion: the excluding condition. True means
     * the text holds for the patient.
     */
    rule: ruleSchema.optional(),
    /** When this evaluates false the criterion is not applicable (e.g. pregnancy for males). */
    appliesIf: ruleSchema.optional(),
    /** A line that cannot be encoded honestly: the investigator decides. */
    manual: z.strictObject({ reason: z.string().min(1), reasonZh: z.string().min(1).optional() }).optional(),
    /** Where the encoding had to choose a reading of the text: which, and why. */
    interpretation: z.string().min(1).optional(),
    interpretationZh: z.string().min(1).optional(),
    /** Printed beside the line on the checklist: what to re-check later (e.g. a washout at registration). */
    checklistNote: z.string().min(1).optional(),
  })
  .refine((c) => (c.rule === undefined) !== (c.manual === undefined), {
    message: "a criterion has exactly one of a rule or a manual reason",
  })
  .refine((c) => c.id.startsWith(c.category === "inclusion" ? "INCL" : "EXCL"), {
    message: "an inclusion's ID starts INCL, an exclusion's EXCL",
  });

export const RECRUITMENT_STATUSES = [
  "NOT_YET_RECRUITING",
  "RECRUITING",
  "ENROLLING_BY_INVITATION",
  "ACTIVE_NOT_RECRUITING",
  "SUSPENDED",
  "TERMINATED",
  "COMPLETED",
  "WITHDRAWN",
  "UNKNOWN",
] as const;

export const sourceDocumentSchema = z.strictObject({
  /** The file in ../shared/seeds/ this was read from. */
  file: z.string().min(1),
  /** Where the record comes from, e.g. "ClinicalTrials.gov API v2 (raw JSON)". */
  origin: z.string().min(1),
  /** The record's own "last updated" date. */
  recordDate: isoDate,
  status: z.string().min(1),
  startDate: isoDate.optional(),
  completionDate: isoDate.optional(),
  /** What this record says differently from the record the criteria were encoded from. */
  differences: z.array(z.string()),
});

export const trialSchema = z.strictObject({
  id: z.string().regex(/^NCT\d{8}$/),
  orgStudyId: z.string().min(1),
  shortTitle: z.string().min(1),
  briefTitle: z.string().min(1),
  officialTitle: z.string().min(1).optional(),
  sponsor: z.string().min(1),
  sites: z
    .array(
      z.strictObject({
        facility: z.string(),
        city: z.string(),
        region: z.string().optional(),
        country: z.string(),
        /** The site's own recruitment status, where the record gives one (it can differ from the overall status). */
        status: z.enum(RECRUITMENT_STATUSES).optional(),
      }),
    )
    .min(1),
  studyType: z.string(),
  phase: z.string(),
  design: z.strictObject({
    allocation: z.string(),
    interventionModel: z.string(),
    masking: z.string(),
    whoMasked: z.array(z.string()).optional(),
    primaryPurpose: z.string(),
  }),
  enrollment: z.strictObject({ count: z.number().int().positive(), type: z.string() }),
  conditions: z.array(z.string()).min(1),
  arms: z.array(z.strictObject({ label: z.string(), type: z.string(), description: z.string() })).min(1),
  interventions: z
    .array(
      z.strictObject({
        name: z.string(),
        type: z.string(),
        description: z.string(),
        route: z.string().optional(),
        frequency: z.string().optional(),
        dose: z.string().optional(),
        arms: z.array(z.string()).optional(),
      }),
    )
    .min(1),
  status: z.strictObject({
    overall: z.enum(RECRUITMENT_STATUSES),
    startDate: isoDate,
    primaryCompletionDate: isoDate.optional(),
    completionDate: isoDate,
    lastUpdatePosted: isoDate,
    /** The record's "status verified" date (statusVerifiedDate), where the source gives it. */
    verifiedDate: isoDate.optional(),
  }),
  eligibility: z.strictObject({
    sex: z.enum(["ALL", "FEMALE", "MALE"]),
    minimumAgeYears: z.number().int().nonnegative(),
    maximumAgeYears: z.number().int().positive(),
    healthyVolunteers: z.boolean(),
  }),
  sources: z.array(sourceDocumentSchema).min(1),
  encoding: z.strictObject({
    /** Bump when any criterion's encoding changes. */
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    /** The source document (file) the criteria text was taken from. */
    encodedFrom: z.string().min(1),
    /** That record's date. */
    registryRecordDate: isoDate,
  }),
  criteria: z.array(criterionSchema).min(1),
});

export type Criterion = z.infer<typeof criterionSchema>;
export type TrialDefinition = z.infer<typeof trialSchema>;
export type CriterionStatus = (typeof CRITERION_STATUSES)[number];
