/**
 * Reasons for referring to the investigator that several trials' lines share, so that the same
 * case carries the same key (for the log, reports and translations) in every trial.
 */
import type { ReferReason } from "@/lib/core/rules";

/** A liver cancer treated in the past: not "found now", but the main safety concern with MSCs. */
export const TREATED_LIVER_CANCER: ReferReason = {
  key: "tumour.liverTreated",
  text:
    "A liver cancer treated in the past (none found now). HCC recurs in about half of treated patients within 5 " +
    "years, and tumour promotion is the main theoretical safety concern with MSCs; the line does not say whether a " +
    "treated tumour counts. The investigator decides, with the time since treatment.",
};

export const PAST_MALIGNANCY: ReferReason = {
  key: "tumour.pastMalignancyElsewhere",
  text:
    "A malignancy of another organ treated in the past. The line names tumours the patient has; whether a treated " +
    "cancer still counts, and after how long, is for the investigator, with the time since the end of treatment.",
};

export const BENIGN_TUMOUR: ReferReason = {
  key: "tumour.benign",
  text:
    "A benign tumour (of the liver, e.g. a haemangioma, or of another organ). The line says 'tumours' without saying " +
    "malignant; whether a benign tumour excludes is for the investigator.",
};
