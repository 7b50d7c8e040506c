/**
 * NCT06242405: single vs double peripheral-vein infusion of UC-MSCs in end-stage liver disease.
 *
 * Two seed documents describe this study: 000 (ClinicalTrials.gov API v2 raw JSON, last update
 * posted 2025-03-13) and 002 (an older aggregator snapshot, updated 2024-02-06). The criteria text
 * is identical in both; it is encoded from 000, the newer and authoritative record. Staff contact
 * details in the records are deliberately not copied here.
 */
import type { TrialDefinition } from "@/lib/core/trial";
import { northernTheaterEsldCriteria } from "./shared/northern-theater-esld-criteria";

export const trial = {
  id: "NCT06242405",
  orgStudyId: "XHNKKY-DFSC",
  shortTitle: "UC-MSC single vs double infusion in ESLD",
  briefTitle:
    "Effect of Different Frequencies of Umbilical Cord-mesenchymal Stem Cells Through Peripheral Vein in Patients with ESLD",
  officialTitle:
    "Efficacy and Safety of Different Frequencies of Human Umbilical Cord-mesenchymal Stem Cells Through Peripheral Vein in Patients with End-stage Liver Disease",
  sponsor: "General Hospital of Shenyang Military Region",
  sites: [
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
  design: {
    allocation: "RANDOMIZED",
    interventionModel: "PARALLEL",
    masking: "SINGLE",
    whoMasked: ["PARTICIPANT"],
    primaryPurpose: "TREATMENT",
  },
  enrollment: { count: 92, type: "ESTIMATED" },
  // Verbatim from the registry, including its capitalisation.
  conditions: ["End-Stage Liver DIsease"],
  arms: [
    { label: "Single-infusion group", type: "EXPERIMENTAL", description: "Single peripheral venous infusion of stem cells" },
    {
      label: "Double-infusion group",
      type: "EXPERIMENTAL",
      description: "Repeated peripheral venous infusion of stem cells within one month",
    },
  ],
  interventions: [
    {
      name: "umbilical cord-mesenchymal stem cells",
      type: "BIOLOGICAL",
      description: "Umbilical cord mesenchymal stem cells injected through peripheral veins (other name: UC-MSCs)",
      route: "peripheral vein",
      frequency: "Single-infusion group: one infusion; Double-infusion group: two infusions within one month",
      arms: ["Double-infusion group", "Single-infusion group"],
    },
  ],
  status: {
    overall: "RECRUITING",
    startDate: "2024-03-05",
    primaryCompletionDate: "2026-01",
    completionDate: "2026-06",
    lastUpdatePosted: "2025-03-13",
    verifiedDate: "2025-02",
  },
  eligibility: { sex: "ALL", minimumAgeYears: 18, maximumAgeYears: 80, healthyVolunteers: false },
  sources: [
    {
      file: "000_373f40e646c93228.txt",
      origin: "ClinicalTrials.gov API v2 (raw JSON study record)",
      recordDate: "2025-03-13",
      status: "RECRUITING",
      startDate: "2024-03-05",
      completionDate: "2026-06",
      differences: [],
    },
    {
      file: "002_77fdb2fbe1532900.txt",
      origin: "Trial aggregator snapshot (older copy of the registry record)",
      recordDate: "2024-02-06",
      status: "Not yet recruiting",
      startDate: "2024-02-01",
      completionDate: "2025-03-01",
      differences: [
        'Status "Not yet recruiting" (000: RECRUITING)',
        "Trial start 2024-02-01 (000: 2024-03-05, actual)",
        "Trial end 2025-03-01 (000: study completion 2026-06, estimated)",
        "Estimated primary completion 2025-01-01 (000: 2026-01, estimated)",
        "Updated at 2024-02-06 (000: last update posted 2025-03-13)",
        "No structured sex, age limits or healthy-volunteer fields",
        "Eligibility criteria text identical to 000",
      ],
    },
  ],
  encoding: { version: "1.2.0", encodedFrom: "000_373f40e646c93228.txt", registryRecordDate: "2025-03-13" },
  criteria: northernTheaterEsldCriteria,
} satisfies TrialDefinition;
