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
  textZh:
    "既往治疗过的肝癌（目前未发现）。经治疗的 HCC 约半数在 5 年内复发，而促进肿瘤生长是 MSC 主要的理论安全性顾虑；" +
    "该条未说明治疗过的肿瘤是否计入。由研究者结合治疗后的时间判断。",
};

export const PAST_MALIGNANCY: ReferReason = {
  key: "tumour.pastMalignancyElsewhere",
  text:
    "A malignancy of another organ treated in the past. The line names tumours the patient has; whether a treated " +
    "cancer still counts, and after how long, is for the investigator, with the time since the end of treatment.",
  textZh:
    "既往治疗过的其他器官恶性肿瘤。该条所列为患者现患的肿瘤；治疗过的癌症是否仍计入、治疗结束多久后不再计入，由研究者结合治疗结束后的时间判断。",
};

export const BENIGN_TUMOUR: ReferReason = {
  key: "tumour.benign",
  text:
    "A benign tumour (of the liver, e.g. a haemangioma, or of another organ). The line says 'tumours' without saying " +
    "malignant; whether a benign tumour excludes is for the investigator.",
  textZh: "良性肿瘤（肝脏的，如血管瘤，或其他器官的）。该条写的是“肿瘤”，未限定为恶性；良性肿瘤是否排除，由研究者判断。",
};
