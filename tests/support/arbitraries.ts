/**
 * fast-check arbitraries for schema-valid profiles. Values cluster around the thresholds the
 * criteria and scores use, so boundaries get exercised, not just the middle of each range.
 */
import fc from "fast-check";
import { JAUNDICE_BILIRUBIN_MGDL } from "@/lib/core/consistency";
import type { Profile, TimeSince } from "@/lib/core/profile";
import {
  ASCITES_GRADES,
  ETIOLOGIES,
  HEART_FAILURE,
  LIVER_FAILURE,
  LIVER_TUMOUR,
  OTHER_MALIGNANCY,
  TIME_UNITS,
  decompensationSignsNow,
} from "@/lib/core/profile";
import { albuminFromGdL, bilirubinFromMgdL, creatinineFromMgdL } from "@/lib/core/units";

const tenth = (min: number, max: number) => fc.integer({ min: min * 10, max: max * 10 }).map((n) => n / 10);
const near = (points: number[], min: number, max: number) =>
  fc.oneof(fc.constantFrom(...points), tenth(min, max));

const timeSince: fc.Arbitrary<TimeSince> = fc.oneof(
  fc.constant<TimeSince>({ status: "never" }),
  fc.constant<TimeSince>({ status: "ago" }),
  fc.record({
    status: fc.constant("ago" as const),
    amount: fc.oneof(fc.constantFrom(0, 1, 3, 4, 12, 13, 21, 22, 28, 29, 30, 31, 52, 53, 365, 366), fc.integer({ min: 0, max: 400 })),
    unit: fc.constantFrom(...TIME_UNITS),
  }),
);

const bool = fc.boolean();

const ago = (amount: number, unit: (typeof TIME_UNITS)[number]): TimeSince => ({ status: "ago", amount, unit });

/**
 * A last variceal bleed (asked after one): at and around Baveno VII's 12 months in every unit:
 * 11/12/13 months and 1 year (exact); 362 days (surely within), 363–368 days and 52 weeks (the
 * calendar decides: unknown), 369 days and 53 weeks (surely not); a bleed of unknown time; and
 * any time at all.
 */
const lastVaricealBleed: fc.Arbitrary<TimeSince> = fc.oneof(
  fc.constantFrom<TimeSince>(
    { status: "ago" },
    ago(0, "days"),
    ago(11, "months"),
    ago(12, "months"),
    ago(12.5, "months"),
    ago(13, "months"),
    ago(1, "years"),
    ago(2, "years"),
    ago(362, "days"),
    ago(363, "days"),
    ago(365, "days"),
    ago(368, "days"),
    ago(369, "days"),
    ago(51, "weeks"),
    ago(52, "weeks"),
    ago(53, "weeks"),
  ),
  timeSince.filter((t) => t.status === "ago"),
);

/** A profile with every field filled in. */
export const fullProfile: fc.Arbitrary<Profile> = fc
  .record({
    sex: fc.constantFrom("female" as const, "male" as const),
    ageYears: fc.oneof(fc.constantFrom(17, 18, 19, 20, 60, 61, 70, 71, 80, 81), fc.integer({ min: 0, max: 120 })),
    pregnant: bool,
    breastfeeding: bool,
    liver: fc.record({
      cirrhosis: bool,
      etiology: fc.record(Object.fromEntries(ETIOLOGIES.map((e) => [e, bool])) as Record<(typeof ETIOLOGIES)[number], fc.Arbitrary<boolean>>),
      hbvYearsSinceDiagnosis: near([5, 5.1, 6], 0, 40),
      everAscites: bool,
      everVaricealBleeding: bool,
      lastVaricealBleed,
      everOvertEncephalopathy: bool,
      everJaundice: bool,
      ascitesGrade: fc.constantFrom(...ASCITES_GRADES),
      onDiureticsForAscites: bool,
      westHavenGrade: fc.integer({ min: 0, max: 4 }),
      onLactuloseOrRifaximin: bool,
      liverFailure: fc.constantFrom(...LIVER_FAILURE),
      recompensated: bool,
    }),
    labs: fc.record({
      bilirubin: fc.record({ value: near([1.9, 2, 3, 3.1], 0.1, 40), unit: fc.constant("mg/dL" as const) }),
      albumin: fc.record({ value: near([2.7, 2.8, 3.5, 3.6], 1, 6), unit: fc.constant("g/dL" as const) }),
      inr: near([1.69, 1.7, 2.3, 2.31], 0.8, 6),
      ptSeconds: near([15.5, 15.6], 9, 40),
      ptControlSeconds: near([12.5], 10, 14),
      creatinine: fc.record({ value: near([1, 4], 0.2, 12), unit: fc.constant("mg/dL" as const) }),
      dialysis: bool,
      sodiumMmolL: near([125, 137], 110, 160),
      plateletsE9L: near([49, 50], 5, 500),
    }),
    exposures: fc.record({
      interferon: timeSince,
      systemicGlucocorticoids: timeSince,
      albuminInfusion: timeSince,
      upperGiBleeding: timeSince,
      otherTrialParticipation: timeSince,
    }),
    conditions: fc.record({
      liverTumour: fc.constantFrom(...LIVER_TUMOUR),
      liverTumourYearsSinceTreatment: near([0, 2, 5], 0, 30),
      otherMalignancy: fc.constantFrom(...OTHER_MALIGNANCY),
      otherMalignancyYearsSinceTreatment: near([0, 5], 0, 30),
      benignTumourElsewhere: bool,
      familyHistoryLiverMalignancy: bool,
      liverTransplantRecipient: bool,
      acuteMyocardialInfarction: bool,
      heartFailure: fc.constantFrom(...HEART_FAILURE),
      respiratoryFailure: bool,
      pulmonaryEmbolism: bool,
      acuteCerebralInfarction: bool,
      acuteCerebralHaemorrhage: bool,
      otherSeriousCardiopulmonaryDisease: bool,
      renalFailure: bool,
      severeOtherOrganDisease: bool,
      hiv: bool,
      treatedMentalIllness: bool,
      treatedAlcoholUseDisorder: bool,
      allergicAsthma: bool,
      allergicUrticaria: bool,
      eczema: bool,
      multipleDrugOrFoodAllergies: bool,
      hypersplenismNeedingSplenectomy: bool,
      spontaneousBacterialPeritonitis: bool,
      pastSbpOnProphylaxis: bool,
      activeInfection: bool,
      sepsis: bool,
      extrahepaticBiliaryDisease: bool,
      portalOrHepaticVeinThrombosis: bool,
      activeBleeding: bool,
      seriousBleedingTendency: bool,
    }),
    treatment: fc.record({
      transplantCandidate: bool,
      donorLiverAvailable: bool,
      conservativeTreatmentMonths: near([6, 7], 0, 60),
      conservativeTreatmentRelief: bool,
    }),
  })
  .map(({ sex, ageYears, pregnant, breastfeeding, liver, ...rest }) => ({
    demographics:
      sex === "female" ? { sex, ageYears, pregnant, breastfeeding } : { sex, ageYears, pregnant: false, breastfeeding: false },
    liver: withAgreeingVaricealBleed(liver),
    ...rest,
  }));

/**
 * The liver answers as the schema accepts them: the last variceal bleed agrees with "variceal
 * bleeding ever" (a time after a bleed, "never" otherwise), and recompensation is "yes" only with
 * no sign of decompensation now (ascites or diuretics for it, overt HE or lactulose/rifaximin, a
 * bleed within 12 months).
 */
function withAgreeingVaricealBleed<L extends NonNullable<Profile["liver"]>>(liver: L): L {
  const agreeing = {
    ...liver,
    lastVaricealBleed: liver.everVaricealBleeding ? liver.lastVaricealBleed : ({ status: "never" } as const),
  };
  return { ...agreeing, recompensated: agreeing.recompensated === true && decompensationSignsNow(agreeing).length === 0 };
}

/** Removes each leaf with probability ~1/2, keyed by a seed array; the result is a sub-profile. */
export function dropLeaves(profile: Profile, keep: (path: string) => boolean): Profile {
  const walk = (node: unknown, path: string): unknown => {
    if (node === null || typeof node !== "object") return keep(path) ? node : undefined;
    // Labs with units and time-since objects are single facts: keep or drop whole.
    if ("unit" in (node as object)) return keep(path) ? node : undefined;
    if ("status" in (node as object)) return keep(path) ? node : undefined;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      const child = walk(v, path ? `${path}.${k}` : k);
      if (child !== undefined) out[k] = child;
    }
    return out;
  };
  return walk(profile, "") as Profile;
}

/** A full profile and a random sub-profile of it. */
export const profileAndSubset: fc.Arbitrary<{ full: Profile; partial: Profile }> = fc
  .tuple(fullProfile, fc.func(fc.boolean()))
  .map(([full, keep]) => ({ full, partial: dropLeaves(full, (path) => keep(path)) }));

/**
 * A full profile whose answers agree with each other (lib/core/consistency.ts): jaundice yes with
 * a high bilirubin, renal failure yes with a high creatinine or dialysis, active infection yes
 * with sepsis or SBP, ascites ever with diuretics for ascites. Every subset of it is consistent too.
 */
export const consistentProfile: fc.Arbitrary<Profile> = fullProfile.map((p) => {
  const bilirubin = p.labs?.bilirubin?.value ?? 0;
  const creatinine = p.labs?.creatinine?.value ?? 0;
  const c = p.conditions ?? {};
  return {
    ...p,
    liver: {
      ...p.liver,
      everJaundice: bilirubin >= JAUNDICE_BILIRUBIN_MGDL ? true : p.liver?.everJaundice,
      everAscites: p.liver?.onDiureticsForAscites ? true : p.liver?.everAscites,
    },
    conditions: {
      ...c,
      renalFailure: creatinine >= 2 || p.labs?.dialysis ? true : c.renalFailure,
      activeInfection: c.sepsis || c.spontaneousBacterialPeritonitis ? true : c.activeInfection,
    },
  } as Profile;
});

export const consistentProfileAndSubset: fc.Arbitrary<{ full: Profile; partial: Profile }> = fc
  .tuple(consistentProfile, fc.func(fc.boolean()))
  .map(([full, keep]) => ({ full, partial: dropLeaves(full, (path) => keep(path)) }));

/** Any schema-valid profile: a random subset of a full one. */
export const anyProfile: fc.Arbitrary<Profile> = profileAndSubset.map(({ partial }) => partial);

/** A valid profile with one value somewhere replaced by anything at all. */
export const corruptedProfile = fc
  .tuple(fullProfile, fc.nat(), fc.anything({ withNullPrototype: false, maxDepth: 2 }))
  .map(([profile, pick, junk]) => {
    const leaves: [Record<string, unknown>, string][] = [];
    const walk = (node: Record<string, unknown>) => {
      for (const [key, value] of Object.entries(node)) {
        leaves.push([node, key]);
        if (value && typeof value === "object") walk(value as Record<string, unknown>);
      }
    };
    const copy = structuredClone(profile) as Record<string, unknown>;
    walk(copy);
    const [parent, key] = leaves[pick % leaves.length] as [Record<string, unknown>, string];
    parent[key] = junk;
    return copy;
  });

// ---------------------------------------------------------------------------------------------
// Cohort profiles (tests/sql): both units for every lab, SI values at the thresholds, times with
// a unit but no amount, and fractional amounts, on top of the random sub-profiles above.

type LabKey = "bilirubin" | "albumin" | "creatinine";
const SI_UNIT = { bilirubin: "µmol/L", albumin: "g/L", creatinine: "µmol/L" } as const;
const FROM_CANONICAL = { bilirubin: bilirubinFromMgdL, albumin: albuminFromGdL, creatinine: creatinineFromMgdL } as const;
/** SI values at or next to the thresholds the criteria and scores use (2 and 3 mg/dL, 2.8 and 3.5 g/dL, 1 and 4 mg/dL). */
const SI_POINTS = {
  bilirubin: [34.1, 34.2, 34.3, 51.2, 51.3, 51.4, 17.1],
  albumin: [27.9, 28, 28.1, 34.9, 35, 35.1],
  creatinine: [88.3, 88.4, 88.5, 353.5, 353.6, 353.7],
} as const;
const SI_RANGE = { bilirubin: [0, 1710], albumin: [5, 70], creatinine: [4.5, 2652] } as const;

function labInEitherUnit(key: LabKey) {
  const si = SI_UNIT[key];
  const [min, max] = SI_RANGE[key];
  return fc.oneof(
    fc.constant("keep" as const),
    fc.constant("convert" as const),
    fc.constantFrom(...SI_POINTS[key]).map((value) => ({ value, unit: si })),
    tenth(min, Math.min(max, 1000)).map((value) => ({ value, unit: si })),
    fc.double({ min, max: Math.min(max, 1000), noNaN: true }).map((value) => ({ value, unit: si })),
    fc.constant({ unit: si }),
  );
}

const timeWithoutAmount: fc.Arbitrary<TimeSince> = fc.record({
  status: fc.constant("ago" as const),
  unit: fc.constantFrom(...TIME_UNITS),
});
const fractionalTime: fc.Arbitrary<TimeSince> = fc.record({
  status: fc.constant("ago" as const),
  amount: tenth(0, 60),
  unit: fc.constantFrom(...TIME_UNITS),
});

/** PT and control with up to 4 decimals: prolongations that round (to the millisecond) at a tie. */
const ptAtThousandths = fc.oneof(
  // 3.0005 s: rounds up to 3.001 s (> 3) as Math.round does, not down to 3 as half-to-even would.
  fc.constantFrom({ ptSeconds: 15.5005, ptControlSeconds: 12.5 }, { ptSeconds: 15.0005, ptControlSeconds: 12 }),
  fc.record({
    ptSeconds: fc.integer({ min: 90_000, max: 400_000 }).map((n) => n / 10_000),
    ptControlSeconds: fc.oneof(fc.constantFrom(12.5, 12, 13.3), fc.integer({ min: 100_000, max: 140_000 }).map((n) => n / 10_000)),
  }),
);

export const cohortProfile: fc.Arbitrary<Profile> = fc
  .tuple(
    fullProfile,
    fc.record({ bilirubin: labInEitherUnit("bilirubin"), albumin: labInEitherUnit("albumin"), creatinine: labInEitherUnit("creatinine") }),
    fc.array(fc.oneof(timeWithoutAmount, fractionalTime), { minLength: 5, maxLength: 5 }),
    fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    fc.func(fc.boolean()),
    fc.option(ptAtThousandths, { freq: 3 }),
  )
  .map(([full, labs, times, useTimes, keep, pt]) => {
    const profile = structuredClone(full);
    if (pt && profile.labs) Object.assign(profile.labs, pt);
    const profileLabs = profile.labs ?? {};
    for (const key of ["bilirubin", "albumin", "creatinine"] as const) {
      const choice = labs[key];
      const lab = profileLabs[key] as { value?: number; unit: string } | undefined;
      if (choice === "keep" || !lab) continue;
      if (choice === "convert") {
        const convert = FROM_CANONICAL[key] as (value: number, unit: string) => number;
        (profileLabs as Record<string, unknown>)[key] = { value: convert(lab.value ?? 0, SI_UNIT[key]), unit: SI_UNIT[key] };
      } else (profileLabs as Record<string, unknown>)[key] = choice;
    }
    const exposures = (profile.exposures ?? {}) as Record<string, TimeSince>;
    Object.keys(exposures).forEach((name, i) => {
      if (useTimes[i]) exposures[name] = times[i] as TimeSince;
    });
    return dropLeaves(profile, (path) => keep(path));
  });
