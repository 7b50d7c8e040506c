/**
 * Issue 15: the form is drawn from zod-free data (lib/core/profile-values.ts, lib/view/form.ts)
 * before the schema arrives. That data must say exactly what the schema accepts: every choice the
 * form offers is one the schema takes, and no option the schema takes is missing from the form.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as values from "@/lib/core/profile-values";
import { parseProfile, profileSchema, timeSinceSchema } from "@/lib/core/profile";
import { FORM_FIELDS } from "@/lib/view/form";
import { FIELD_PATHS } from "@/lib/core/fields";
import { FIELD_LABELS } from "@/lib/core/english-core";

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  return s;
}

/** The schema at a dotted profile path. */
function schemaAt(path: string): z.ZodType {
  let s: z.ZodType = profileSchema;
  for (const key of path.split(".")) {
    const next = ((unwrap(s) as z.ZodObject).shape as Record<string, z.ZodType>)[key];
    if (!next) throw new Error(`no schema at ${path}`);
    s = next;
  }
  return s;
}

const optionsOf = (schema: z.ZodType): unknown[] => [...(unwrap(schema) as z.ZodEnum).options];

describe("the profile's zod-free values", () => {
  it("are the schema's own options, choice by choice", () => {
    expect(optionsOf(schemaAt("demographics.sex"))).toEqual([...values.SEXES]);
    expect(optionsOf(schemaAt("liver.ascitesGrade"))).toEqual([...values.ASCITES_GRADES]);
    expect(optionsOf(schemaAt("liver.liverFailure"))).toEqual([...values.LIVER_FAILURE]);
    expect(optionsOf(schemaAt("conditions.liverTumour"))).toEqual([...values.LIVER_TUMOUR]);
    expect(optionsOf(schemaAt("conditions.otherMalignancy"))).toEqual([...values.OTHER_MALIGNANCY]);
    expect(optionsOf(schemaAt("conditions.heartFailure"))).toEqual([...values.HEART_FAILURE]);
    expect(Object.keys((unwrap(schemaAt("liver.etiology")) as z.ZodObject).shape)).toEqual([...values.ETIOLOGIES]);
    expect(optionsOf((timeSinceSchema as unknown as z.ZodObject).shape.unit as z.ZodType)).toEqual([...values.TIME_UNITS]);
  });

  it("offer on the form exactly the options and units the schema accepts", () => {
    let checked = 0;
    for (const spec of FORM_FIELDS) {
      if (spec.kind === "choice" && !spec.numeric) {
        expect(spec.options.map((o) => o.value), spec.path).toEqual(optionsOf(schemaAt(spec.path)));
        checked++;
      }
      if (spec.kind === "lab") {
        const lab = unwrap(schemaAt(spec.path)) as z.ZodObject;
        expect([...spec.units], spec.path).toEqual(optionsOf(lab.shape.unit as z.ZodType));
        expect(spec.units).toContain(spec.defaultUnit);
        expect(spec.units).toContain(spec.chineseDefaultUnit);
        checked++;
      }
    }
    expect(checked).toBe(9);
  });

  it("limit the screening label as the schema does", () => {
    const at = (n: number) => parseProfile({ screeningLabel: "x".repeat(n) }).ok;
    expect(at(values.SCREENING_LABEL_MAX)).toBe(true);
    expect(at(values.SCREENING_LABEL_MAX + 1)).toBe(false);
  });

  it("are the ones lib/core/profile.ts exports, so older imports keep working", async () => {
    const profile = await import("@/lib/core/profile");
    for (const [name, value] of Object.entries(values)) expect((profile as Record<string, unknown>)[name], name).toBe(value);
  });

  it("name every field the English catalog labels, in the same order, without the English", () => {
    expect([...FIELD_PATHS]).toEqual(Object.keys(FIELD_LABELS));
  });
});
