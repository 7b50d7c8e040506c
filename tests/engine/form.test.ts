import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FIELD_LABELS } from "@/lib/core/english-core";
import {
  FORM_FIELDS,
  FORM_SECTIONS,
  coerceFormValues,
  convertedLabText,
  defaultFormValues,
  dependentFields,
  fieldDomId,
  fieldFallback,
  formValuesToProfileInput,
  isFieldShown,
  numberText,
  issueField,
  parseNumberInput,
  profileToFormValues,
  sectionOf,
  type FormValues,
  withDefaultUnits,
} from "@/lib/view/form";
import { formSchema } from "@/lib/view/form-schema";
import { parseProfile, profileSchema, type Profile } from "@/lib/core/profile";
import { toEnglish } from "@/lib/core/english";
import { issueText } from "@/lib/core/profile";

const values = (edit: (v: FormValues) => void): FormValues => {
  const v = defaultFormValues();
  edit(v);
  return v;
};

const issuesOf = (v: FormValues) => {
  const r = formSchema.safeParse(v);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join("."), message: toEnglish(issueText(i.message)) }));
};

describe("the form spec", () => {
  it("has one field for every profile field, each once, in five sections", () => {
    const paths = FORM_FIELDS.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect([...paths].sort()).toEqual(Object.keys(FIELD_LABELS).sort());
    expect(FORM_SECTIONS.map((s) => toEnglish(s.title))).toEqual([
      "Demographics",
      "Liver disease",
      "Labs",
      "Medications and events",
      "Conditions",
    ]);
  });

  it("has no field for names, record numbers or dates", () => {
    for (const f of FORM_FIELDS) {
      for (const segment of f.path.split(".")) {
        expect(segment).not.toMatch(/^(.*[nN]ame|mrn|record.*|phone|email|address|dob|birth.*|date|.*Date)$/);
      }
    }
  });

  it("shows pregnancy items only for a female patient, and HBV years only when HBV is yes", () => {
    expect(dependentFields("demographics.sex").map((f) => f.path)).toEqual(["demographics.pregnant", "demographics.breastfeeding"]);
    const female = values((v) => (v.demographics.sex = "female"));
    const male = values((v) => (v.demographics.sex = "male"));
    expect(isFieldShown("demographics.pregnant", female)).toBe(true);
    expect(isFieldShown("demographics.pregnant", male)).toBe(false);
    expect(isFieldShown("demographics.pregnant", defaultFormValues())).toBe(false);
    expect(isFieldShown("liver.hbvYearsSinceDiagnosis", values((v) => (v.liver.etiology.hbv = "yes")))).toBe(true);
  });

  it("knows each field's section", () => {
    expect(sectionOf("labs.bilirubin")).toBe("labs");
    expect(sectionOf("exposures.interferon")).toBe("exposures");
    expect(sectionOf("treatment.transplantCandidate")).toBe("exposures");
  });
});

describe("DOM ids", () => {
  it("derives a stable id from the profile path", () => {
    expect(fieldDomId("labs.bilirubin")).toBe("field-labs-bilirubin");
    expect(fieldDomId("labs.bilirubin.value")).toBe("field-labs-bilirubin-value");
    expect(fieldDomId("demographics.ageYears")).toBe("field-demographics-ageYears");
  });

  it("gives unique ids to every field", () => {
    const ids = FORM_FIELDS.map((f) => fieldDomId(f.path));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("falls back to the field that shows a hidden one", () => {
    expect(fieldFallback("liver.hbvYearsSinceDiagnosis")).toBe("liver.etiology.hbv");
    expect(fieldFallback("demographics.pregnant")).toBe("demographics.sex");
    expect(fieldFallback("labs.inr")).toBeUndefined();
  });

  it("maps an issue path to its field", () => {
    expect(issueField("labs.bilirubin.value")).toBe("labs.bilirubin");
    expect(issueField("exposures.interferon.amount")).toBe("exposures.interferon");
    expect(issueField("demographics.ageYears")).toBe("demographics.ageYears");
    expect(issueField("demographics.name")).toBe("demographics.name");
  });
});

describe("parseNumberInput", () => {
  it.each([
    ["", undefined],
    ["  ", undefined],
    ["56", 56],
    [" 3.2 ", 3.2],
    ["2,5", 2.5],
    [".5", 0.5],
    ["１２", 12],
    ["0", 0],
  ])("reads %j as %j", (text, expected) => {
    expect(parseNumberInput(text)).toBe(expected);
  });

  it.each(["abc", "1e3", "0x10", "1,200", "12 mg", "1.2.3", "--1", "Infinity", "NaN"])("reads %j as not a number", (text) => {
    expect(parseNumberInput(text)).toBeNaN();
  });
});

describe("form values → profile", () => {
  it("an empty form is an empty, valid profile", () => {
    expect(formValuesToProfileInput(defaultFormValues())).toEqual({});
    expect(issuesOf(defaultFormValues())).toEqual([]);
  });

  it("maps yes/no/unknown, numbers, choices, labs and times", () => {
    const v = values((v) => {
      v.screeningLabel = "  Bed 12  ";
      v.demographics.ageYears = "56";
      v.demographics.sex = "female";
      v.demographics.pregnant = "no";
      v.liver.cirrhosis = "yes";
      v.liver.etiology.hbv = "yes";
      v.liver.hbvYearsSinceDiagnosis = "10";
      v.liver.westHavenGrade = "2";
      v.liver.ascitesGrade = "mild";
      v.labs.bilirubin = { value: "51.3", unit: "µmol/L" };
      v.labs.albumin = { value: "", unit: "g/L" };
      v.exposures.interferon = { status: "never", amount: "5", unit: "days" };
      v.exposures.albuminInfusion = { status: "ago", amount: "3", unit: "weeks" };
      v.exposures.upperGiBleeding = { status: "", amount: "2", unit: "months" };
    });
    expect(formValuesToProfileInput(v)).toEqual({
      screeningLabel: "Bed 12",
      demographics: { ageYears: 56, sex: "female", pregnant: false },
      liver: { cirrhosis: true, etiology: { hbv: true }, hbvYearsSinceDiagnosis: 10, westHavenGrade: 2, ascitesGrade: "mild" },
      labs: { bilirubin: { value: 51.3, unit: "µmol/L" } },
      exposures: { interferon: { status: "never" }, albuminInfusion: { status: "ago", amount: 3, unit: "weeks" } },
    });
    expect(issuesOf(v)).toEqual([]);
  });

  it("leaves out items that don't apply and hold no answer", () => {
    const v = values((v) => {
      v.demographics.sex = "male";
      v.liver.etiology.hbv = "no";
    });
    expect(formValuesToProfileInput(v)).toEqual({ demographics: { sex: "male" }, liver: { etiology: { hbv: false } } });
    expect(issuesOf(v)).toEqual([]);
  });

  it("keeps an answer that does not fit the others (from a file or a draft): screened and checked, never dropped", () => {
    const v = values((v) => {
      v.demographics.sex = "male";
      v.demographics.pregnant = "yes";
      v.liver.etiology.hbv = "no";
      v.liver.hbvYearsSinceDiagnosis = "abc";
    });
    expect(formValuesToProfileInput(v)).toMatchObject({ demographics: { sex: "male", pregnant: true }, liver: { etiology: { hbv: false } } });
    expect(issuesOf(v).map((i) => i.path)).toEqual(["demographics.pregnant", "liver.hbvYearsSinceDiagnosis"]);
  });

  it("reports each schema error at the field's own path", () => {
    const v = values((v) => {
      v.demographics.ageYears = "abc";
      v.labs.bilirubin.value = "x";
      v.labs.inr = "200";
      v.exposures.interferon = { status: "ago", amount: "6", unit: "" };
    });
    expect(issuesOf(v)).toEqual([
      { path: "demographics.ageYears", message: "Age: enter a number" },
      { path: "labs.bilirubin.value", message: "Total bilirubin: enter a number" },
      { path: "labs.inr", message: "INR cannot be above 20" },
      { path: "exposures.interferon.unit", message: "Choose days, weeks, months or years" },
    ]);
    expect(issuesOf(values((v) => (v.demographics.ageYears = "200"))))
      .toEqual([{ path: "demographics.ageYears", message: "Age cannot be above 120 years" }]);
  });
});

describe("profile → form values", () => {
  const full: Profile = profileSchema.parse({
    screeningLabel: "Bed 7",
    demographics: { ageYears: 61, sex: "female", pregnant: false, breastfeeding: false },
    liver: {
      cirrhosis: true,
      etiology: { hbv: true, hcv: false, alcohol: false },
      hbvYearsSinceDiagnosis: 12,
      everAscites: true,
      ascitesGrade: "moderate",
      westHavenGrade: 0,
      liverFailure: "none",
    },
    labs: {
      bilirubin: { value: 51.3, unit: "µmol/L" },
      albumin: { value: 28, unit: "g/L" },
      inr: 1.6,
      ptSeconds: 16.5,
      ptControlSeconds: 12,
      creatinine: { value: 0.9, unit: "mg/dL" },
      dialysis: false,
      sodiumMmolL: 133,
      plateletsE9L: 78,
    },
    exposures: {
      interferon: { status: "never" },
      systemicGlucocorticoids: { status: "ago", amount: 2, unit: "years" },
      otherTrialParticipation: { status: "ago" },
    },
    conditions: { liverTumour: "none", otherMalignancy: "past", heartFailure: "chronic", hiv: false },
    treatment: { transplantCandidate: false, conservativeTreatmentMonths: 6 },
  });

  it("round-trips a profile through the form", () => {
    const back = parseProfile(formValuesToProfileInput(profileToFormValues(full)));
    expect(back).toEqual({ ok: true, profile: full });
  });

  it("round-trips any age, lab value and yes/no answer", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 1_700_000 }).map((n) => n / 1000),
        fc.constantFrom(true, false, undefined),
        (age, bili, hiv) => {
          const profile = profileSchema.parse({
            demographics: { ageYears: age },
            labs: { bilirubin: { value: bili, unit: "µmol/L" } },
            ...(hiv === undefined ? {} : { conditions: { hiv } }),
          });
          const back = parseProfile(formValuesToProfileInput(profileToFormValues(profile)));
          expect(back).toEqual({ ok: true, profile });
        },
      ),
    );
  });
});

describe("coerceFormValues", () => {
  it("keeps what an input could hold and resets the rest to unknown", () => {
    const v = coerceFormValues({
      demographics: { ageYears: "abc", sex: "other", pregnant: "yes" },
      labs: { bilirubin: { value: "3", unit: "mmol" }, albumin: { value: "30", unit: "g/L" }, inr: 3 },
      exposures: { interferon: { status: "ago", amount: "2", unit: "fortnights" } },
      extra: "ignored",
    });
    const expected = defaultFormValues();
    expected.demographics.ageYears = "abc";
    expected.demographics.pregnant = "yes";
    expected.labs.albumin = { value: "30", unit: "g/L" };
    expect(v).toEqual(expected);
  });

  it("never throws", () => {
    fc.assert(fc.property(fc.anything(), (raw) => void coerceFormValues(raw)));
  });
});

describe("numberText", () => {
  it("writes numbers without exponent notation", () => {
    expect(numberText(56)).toBe("56");
    expect(numberText(0.0000001)).toBe("0.0000001");
    expect(numberText(1e21)).toBe("1000000000000000000000");
  });
});

describe("convertedLabText", () => {
  it("shows the value in the other unit", () => {
    expect(convertedLabText("labs.bilirubin", "34.2", "µmol/L")).toBe("= 2 mg/dL");
    expect(convertedLabText("labs.bilirubin", "3", "mg/dL")).toBe("= 51.3 µmol/L");
    expect(convertedLabText("labs.albumin", "2,9", "g/dL")).toBe("= 29 g/L");
    expect(convertedLabText("labs.creatinine", "1", "mg/dL")).toBe("= 88.4 µmol/L");
  });

  it("shows nothing for an empty box or text", () => {
    expect(convertedLabText("labs.bilirubin", "", "mg/dL")).toBeUndefined();
    expect(convertedLabText("labs.bilirubin", "abc", "mg/dL")).toBeUndefined();
    expect(convertedLabText("labs.inr", "2", "")).toBeUndefined();
  });
});

describe("lab units by language", () => {
  it("starts labs in mg/dL and g/dL in English, in µmol/L and g/L in Chinese", () => {
    expect(defaultFormValues("en").labs).toMatchObject({ bilirubin: { unit: "mg/dL" }, creatinine: { unit: "mg/dL" }, albumin: { unit: "g/dL" } });
    expect(defaultFormValues("zh").labs).toMatchObject({ bilirubin: { unit: "µmol/L" }, creatinine: { unit: "µmol/L" }, albumin: { unit: "g/L" } });
  });

  it("gives an empty lab of a restored draft the page's default unit, and keeps a typed one's unit", () => {
    const draft = defaultFormValues("en");
    draft.labs.bilirubin = { value: "2.1", unit: "mg/dL" };
    const restored = withDefaultUnits(draft, "zh");
    expect(restored.labs.bilirubin).toEqual({ value: "2.1", unit: "mg/dL" });
    expect(restored.labs.creatinine).toEqual({ value: "", unit: "µmol/L" });
    expect(restored.labs.albumin).toEqual({ value: "", unit: "g/L" });
    expect(draft.labs.creatinine.unit).toBe("mg/dL");
  });
});
