/**
 * NCT06984497: UC-MSCs by peripheral vein vs hepatic artery in end-stage liver disease.
 *
 * One seed document: 001 (a registry page rendering of the ClinicalTrials.gov record, last updated
 * 2025-08-24). Same sponsor, site and eligibility criteria as NCT06242405; each line is encoded
 * exactly as there, so the two trials decide the same patient the same way. Staff contact details
 * in the record are deliberately not copied here.
 */
import type { TrialDefinition } from "@/lib/core/trial";
import { northernTheaterEsldCriteria } from "./shared/northern-theater-esld-criteria";

export const trial = {
  id: "NCT06984497",
  orgStudyId: "XHNKKY-DRSC",
  shortTitle: "UC-MSC peripheral vein vs hepatic artery in ESLD",
  briefTitle: "Human Umbilical Cord-mesenchymal Stem Cells Via Different Transplantation Routes in ESLD",
  sponsor: "General Hospital of Shenyang Military Region",
  sites: [
    // The page's site list says "Recruiting" while the overall status is Not yet recruiting.
    {
      facility: "General Hospital of Northern Theater Command",
      city: "Shenyang",
      region: "Liaoning",
      country: "China",
      status: "RECRUITING",
    },
  ],
  studyType: "INTERVENTIONAL",
  phase: "NA",
  // The page gives the blinding as SINGLE without saying who is masked.
  design: { allocation: "RANDOMIZED", interventionModel: "PARALLEL", masking: "SINGLE", primaryPurpose: "TREATMENT" },
  // The page gives the count only ("32 participants"), not whether it is estimated or actual.
  enrollment: { count: 32, type: "NOT_STATED" },
  conditions: ["End-Stage Liver Diseases"],
  arms: [
    { label: "Peripheral veins infusion group", type: "EXPERIMENTAL", description: "Peripheral veins infusion of stem cells" },
    { label: "Hepatic arterial infusion group", type: "EXPERIMENTAL", description: "Hepatic arterial infusion of stem cells" },
  ],
  interventions: [
    {
      name: "Infusion of umbilical cord-mesenchymal stem cells through peripheral veins",
      type: "OTHER",
      description: "Umbilical cord-mesenchymal stem cells injected through peripheral veins",
      route: "peripheral vein",
      arms: ["Peripheral veins infusion group"],
    },
    {
      name: "Infusion of umbilical cord-mesenchymal stem cells through hepatic artery",
      type: "OTHER",
      description: "Umbilical cord-mesenchymal stem cells injected through hepatic artery",
      route: "hepatic artery",
      arms: ["Hepatic arterial infusion group"],
    },
  ],
  // The page gives no primary completion date.
  status: {
    overall: "NOT_YET_RECRUITING",
    startDate: "2025-09-30",
    completionDate: "2027-12-31",
    lastUpdatePosted: "2025-08-24",
  },
  eligibility: { sex: "ALL", minimumAgeYears: 18, maximumAgeYears: 80, healthyVolunteers: false },
  sources: [
    {
      file: "001_df83b7300fe424f4.txt",
      origin: "Registry page (ClinicalTrials.gov record as rendered by a trial listing site)",
      recordDate: "2025-08-24",
      status: "NOT_YET_RECRUITING",
      startDate: "2025-09-30",
      completionDate: "2027-12-31",
      differences: [
        'Within this record: the overall status is NOT_YET_RECRUITING but its only site, General Hospital of Northern Theater Command, says Recruiting',
      ],
    },
  ],
  encoding: { version: "1.2.0", encodedFrom: "001_df83b7300fe424f4.txt", registryRecordDate: "2025-08-24" },
  criteria: northernTheaterEsldCriteria,
} satisfies TrialDefinition;
