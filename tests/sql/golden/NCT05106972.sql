-- Every criterion's status and every trial's verdict, per profile (lib/core/sql/compile.ts).
-- Truth values: 0 false, 1 not decided, 2 true; all = LEAST, any = GREATEST, not = 2 - x.
-- Statuses: satisfied, violated, unknown, manual, referred (to the investigator), not-applicable.
SELECT line,
  nct05106972_incl01,
  nct05106972_incl02,
  nct05106972_incl03,
  nct05106972_incl04,
  nct05106972_incl05,
  nct05106972_incl06,
  nct05106972_incl07,
  nct05106972_excl01,
  nct05106972_excl02,
  nct05106972_excl03,
  nct05106972_excl04,
  nct05106972_excl05,
  nct05106972_excl06,
  nct05106972_excl07,
  nct05106972_excl08,
  nct05106972_excl09,
  nct05106972_excl10,
  nct05106972_excl11,
  nct05106972_excl12,
  CASE WHEN 'violated' IN (nct05106972_incl01, nct05106972_incl02, nct05106972_incl03, nct05106972_incl04, nct05106972_incl05, nct05106972_incl06, nct05106972_incl07, nct05106972_excl01, nct05106972_excl02, nct05106972_excl03, nct05106972_excl04, nct05106972_excl05, nct05106972_excl06, nct05106972_excl07, nct05106972_excl08, nct05106972_excl09, nct05106972_excl10, nct05106972_excl11, nct05106972_excl12) THEN 'ineligible' WHEN 'unknown' IN (nct05106972_incl01, nct05106972_incl02, nct05106972_incl03, nct05106972_incl04, nct05106972_incl05, nct05106972_incl06, nct05106972_incl07, nct05106972_excl01, nct05106972_excl02, nct05106972_excl03, nct05106972_excl04, nct05106972_excl05, nct05106972_excl06, nct05106972_excl07, nct05106972_excl08, nct05106972_excl09, nct05106972_excl10, nct05106972_excl11, nct05106972_excl12) THEN 'needs-info' ELSE 'passed' END AS nct05106972_verdict
FROM (
  -- criteria
  SELECT line,
  -- NCT05106972 INCL01 (inclusion): Aged between 20 and 60 (male or female)
  CASE CASE WHEN demographics_age_years IS NULL THEN 1 WHEN demographics_age_years >= 20::float8 AND demographics_age_years <= 60::float8 THEN 2 ELSE 0 END WHEN 2 THEN 'satisfied' WHEN 0 THEN 'violated' ELSE 'unknown' END AS nct05106972_incl01,
  -- NCT05106972 INCL02 (inclusion): Diagnosed chronic decompensated hepatitis B cirrhosis with a course of more than 5 years
  CASE LEAST(concept_decompensated_cirrhosis, CASE WHEN liver_etiology_hbv IS NULL THEN 1 WHEN liver_etiology_hbv THEN 2 ELSE 0 END, CASE WHEN liver_hbv_years_since_diagnosis IS NULL THEN 1 WHEN liver_hbv_years_since_diagnosis > 5::float8 THEN 2 ELSE 0 END) WHEN 2 THEN 'satisfied' WHEN 0 THEN 'violated' ELSE 'unknown' END AS nct05106972_incl02,
  -- NCT05106972 INCL03 (inclusion): Not suitable for liver transplantation or there is no donor liver source
  CASE GREATEST(CASE WHEN treatment_transplant_candidate IS NULL THEN 1 WHEN NOT treatment_transplant_candidate THEN 2 ELSE 0 END, CASE WHEN treatment_donor_liver_available IS NULL THEN 1 WHEN NOT treatment_donor_liver_available THEN 2 ELSE 0 END) WHEN 2 THEN 'satisfied' WHEN 0 THEN 'violated' ELSE 'unknown' END AS nct05106972_incl03,
  -- NCT05106972 INCL04 (inclusion): No serious bleeding tendency or active bleeding
  CASE (2 - GREATEST(concept_serious_bleeding_tendency, CASE WHEN conditions_active_bleeding IS NULL THEN 1 WHEN conditions_active_bleeding THEN 2 ELSE 0 END)) WHEN 2 THEN 'satisfied' WHEN 0 THEN 'violated' ELSE 'unknown' END AS nct05106972_incl04,
  -- NCT05106972 INCL05 (inclusion): No hepatic encephalopathy
  CASE CASE WHEN liver_west_haven_grade IS NULL THEN 1 WHEN liver_west_haven_grade = 0::float8 THEN 2 ELSE 0 END WHEN 2 THEN 'satisfied' WHEN 0 THEN 'violated' ELSE 'unknown' END AS nct05106972_incl05,
  -- NCT05106972 INCL06 (inclusion): After strict medical conservative treatment for more than 6 months, there was no relief of symptoms or significant improvement of quality of life score
  CASE LEAST(CASE WHEN treatment_conservative_treatment_months IS NULL THEN 1 WHEN treatment_conservative_treatment_months > 6::float8 THEN 2 ELSE 0 END, CASE WHEN treatment_conservative_treatment_relief IS NULL THEN 1 WHEN NOT treatment_conservative_treatment_relief THEN 2 ELSE 0 END) WHEN 2 THEN 'satisfied' WHEN 0 THEN 'violated' ELSE 'unknown' END AS nct05106972_incl06,
  -- NCT05106972 INCL07 (inclusion): Subjects voluntarily participate in this study and sign informed consent
  'manual' AS nct05106972_incl07,
  -- NCT05106972 EXCL01 (exclusion): Be less than 20 years old or more than 60 years old
  CASE GREATEST(CASE WHEN demographics_age_years IS NULL THEN 1 WHEN demographics_age_years < 20::float8 THEN 2 ELSE 0 END, CASE WHEN demographics_age_years IS NULL THEN 1 WHEN demographics_age_years > 60::float8 THEN 2 ELSE 0 END) WHEN 2 THEN 'violated' WHEN 0 THEN 'satisfied' ELSE 'unknown' END AS nct05106972_excl01,
  -- NCT05106972 EXCL02 (exclusion): Cirrhosis caused by other causes such as alcoholic hepatitis, hepatitis C virus and autoimmune hepatitis
  CASE GREATEST(CASE WHEN liver_etiology_hcv IS NULL THEN 1 WHEN liver_etiology_hcv THEN 2 ELSE 0 END, CASE WHEN liver_etiology_alcohol IS NULL THEN 1 WHEN liver_etiology_alcohol THEN 2 ELSE 0 END, CASE WHEN liver_etiology_autoimmune IS NULL THEN 1 WHEN liver_etiology_autoimmune THEN 2 ELSE 0 END, CASE WHEN liver_etiology_masld IS NULL THEN 1 WHEN liver_etiology_masld THEN 2 ELSE 0 END, CASE WHEN liver_etiology_pbc IS NULL THEN 1 WHEN liver_etiology_pbc THEN 2 ELSE 0 END, CASE WHEN liver_etiology_psc IS NULL THEN 1 WHEN liver_etiology_psc THEN 2 ELSE 0 END, CASE WHEN liver_etiology_other IS NULL THEN 1 WHEN liver_etiology_other THEN 2 ELSE 0 END) WHEN 2 THEN 'violated' WHEN 0 THEN 'satisfied' ELSE 'unknown' END AS nct05106972_excl02,
  -- NCT05106972 EXCL03 (exclusion): Found liver malignant tumor or the family history of liver malignant tumor in the third generation of their direct relatives
  CASE GREATEST(CASE WHEN conditions_liver_tumour IS NULL THEN 1 WHEN conditions_liver_tumour IN ('malignant') THEN 2 ELSE 0 END, CASE WHEN conditions_family_history_liver_malignancy IS NULL THEN 1 WHEN conditions_family_history_liver_malignancy THEN 2 ELSE 0 END) WHEN 2 THEN 'violated' WHEN 0 THEN 'satisfied' ELSE 'unknown' END AS nct05106972_excl03,
  -- NCT05106972 EXCL04 (exclusion): Patients with hypersplenism who need splenectomy
  CASE CASE WHEN conditions_hypersplenism_needing_splenectomy IS NULL THEN 1 WHEN conditions_hypersplenism_needing_splenectomy THEN 2 ELSE 0 END WHEN 2 THEN 'violated' WHEN 0 THEN 'satisfied' ELSE 'unknown' END AS nct05106972_excl04,
  -- NCT05106972 EXCL05 (exclusion): History of tumors in other organs
  CASE CASE WHEN conditions_other_malignancy IS NULL THEN 1 WHEN conditions_other_malignancy IN ('past', 'current') THEN 2 ELSE 0 END WHEN 2 THEN 'violated' WHEN 0 THEN 'satisfied' ELSE 'unknown' END AS nct05106972_excl05,
  -- NCT05106972 EXCL06 (exclusion): PT prolongation is greater than 3 seconds
  CASE CASE WHEN fact_pt_prolongation_seconds IS NULL THEN 1 WHEN fact_pt_prolongation_seconds > 3::float8 THEN 2 ELSE 0 END WHEN 2 THEN 'violated' WHEN 0 THEN 'satisfied' ELSE 'unknown' END AS nct05106972_excl06,
  -- NCT05106972 EXCL07 (exclusion): Use of human serum albumin within 3 weeks prior to clinical registration
  CASE CASE WHEN exposures_albumin_infusion_status IS NULL THEN 1 WHEN exposures_albumin_infusion_status = 'never' THEN 0 WHEN exposures_albumin_infusion_amount IS NULL OR exposures_albumin_infusion_unit IS NULL THEN 1 ELSE CASE exposures_albumin_infusion_unit WHEN 'days' THEN CASE WHEN exposures_albumin_infusion_amount * 1::float8 <= 21::float8 THEN 2 ELSE 0 END WHEN 'weeks' THEN CASE WHEN exposures_albumin_infusion_amount * 7::float8 <= 21::float8 THEN 2 ELSE 0 END WHEN 'months' THEN CASE WHEN LEAST(exposures_albumin_infusion_amount * 31::float8, (exposures_albumin_infusion_amount * 30.4375::float8) + 3::float8) <= 21::float8 THEN 2 WHEN GREATEST(exposures_albumin_infusion_amount * 28::float8, (exposures_albumin_infusion_amount * 30.4375::float8) - 3::float8) > 21::float8 THEN 0 ELSE 1 END WHEN 'years' THEN CASE WHEN (exposures_albumin_infusion_amount * 366::float8) <= 21::float8 THEN 2 WHEN (exposures_albumin_infusion_amount * 365::float8) > 21::float8 THEN 0 ELSE 1 END ELSE 1 END END WHEN 2 THEN 'violated' WHEN 0 THEN 'satisfied' ELSE 'unknown' END AS nct05106972_excl07,
  -- NCT05106972 EXCL08 (exclusion): Clinically significant upper gastrointestinal bleeding events occurred within 4 weeks before clinical registration
  CASE CASE WHEN exposures_upper_gi_bleeding_status IS NULL THEN 1 WHEN exposures_upper_gi_bleeding_status = 'never' THEN 0 WHEN exposures_upper_gi_bleeding_amount IS NULL OR exposures_upper_gi_bleeding_unit IS NULL THEN 1 ELSE CASE exposures_upper_gi_bleeding_unit WHEN 'days' THEN CASE WHEN exposures_upper_gi_bleeding_amount * 1::float8 <= 28::float8 THEN 2 ELSE 0 END WHEN 'weeks' THEN CASE WHEN exposures_upper_gi_bleeding_amount * 7::float8 <= 28::float8 THEN 2 ELSE 0 END WHEN 'months' THEN CASE WHEN LEAST(exposures_upper_gi_bleeding_amount * 31::float8, (exposures_upper_gi_bleeding_amount * 30.4375::float8) + 3::float8) <= 28::float8 THEN 2 WHEN GREATEST(exposures_upper_gi_bleeding_amount * 28::float8, (exposures_upper_gi_bleeding_amount * 30.4375::float8) - 3::float8) > 28::float8 THEN 0 ELSE 1 END WHEN 'years' THEN CASE WHEN (exposures_upper_gi_bleeding_amount * 366::float8) <= 28::float8 THEN 2 WHEN (exposures_upper_gi_bleeding_amount * 365::float8) > 28::float8 THEN 0 ELSE 1 END ELSE 1 END END WHEN 2 THEN 'violated' WHEN 0 THEN 'satisfied' ELSE 'unknown' END AS nct05106972_excl08,
  -- NCT05106972 EXCL09 (exclusion): Spontaneous peritonitis
  CASE CASE WHEN conditions_spontaneous_bacterial_peritonitis IS NULL THEN 1 WHEN conditions_spontaneous_bacterial_peritonitis THEN 2 ELSE 0 END WHEN 2 THEN 'violated' WHEN 0 THEN 'satisfied' ELSE 'unknown' END AS nct05106972_excl09,
  -- NCT05106972 EXCL10 (exclusion): Active infection (viral or bacterial)
  CASE GREATEST(CASE WHEN conditions_active_infection IS NULL THEN 1 WHEN conditions_active_infection THEN 2 ELSE 0 END, CASE WHEN conditions_sepsis IS NULL THEN 1 WHEN conditions_sepsis THEN 2 ELSE 0 END, CASE WHEN conditions_spontaneous_bacterial_peritonitis IS NULL THEN 1 WHEN conditions_spontaneous_bacterial_peritonitis THEN 2 ELSE 0 END) WHEN 2 THEN 'violated' WHEN 0 THEN 'satisfied' ELSE 'unknown' END AS nct05106972_excl10,
  -- NCT05106972 EXCL11 (exclusion): Pregnant or lactating women
  CASE WHEN CASE WHEN demographics_sex IS NULL THEN 1 WHEN demographics_sex IN ('female') THEN 2 ELSE 0 END = 0 THEN 'not-applicable' ELSE CASE GREATEST(CASE WHEN demographics_pregnant IS NULL THEN 1 WHEN demographics_pregnant THEN 2 ELSE 0 END, CASE WHEN demographics_breastfeeding IS NULL THEN 1 WHEN demographics_breastfeeding THEN 2 ELSE 0 END) WHEN 2 THEN 'violated' WHEN 0 THEN 'satisfied' ELSE 'unknown' END END AS nct05106972_excl11,
  -- NCT05106972 EXCL12 (exclusion): The researcher considers it inappropriate to participate in this study
  'manual' AS nct05106972_excl12
  FROM (
    -- shared concepts (lib/core/concepts.ts)
    SELECT facts.*,
    LEAST(CASE WHEN liver_cirrhosis IS NULL THEN 1 WHEN liver_cirrhosis THEN 2 ELSE 0 END, GREATEST(CASE WHEN liver_ever_ascites IS NULL THEN 1 WHEN liver_ever_ascites THEN 2 ELSE 0 END, CASE WHEN liver_ascites_grade IS NULL THEN 1 WHEN liver_ascites_grade IN ('mild', 'moderate', 'severe') THEN 2 ELSE 0 END, CASE WHEN liver_ever_variceal_bleeding IS NULL THEN 1 WHEN liver_ever_variceal_bleeding THEN 2 ELSE 0 END, CASE WHEN liver_ever_overt_encephalopathy IS NULL THEN 1 WHEN liver_ever_overt_encephalopathy THEN 2 ELSE 0 END, CASE WHEN liver_west_haven_grade IS NULL THEN 1 WHEN liver_west_haven_grade >= 2::float8 THEN 2 ELSE 0 END, CASE WHEN liver_ever_jaundice IS NULL THEN 1 WHEN liver_ever_jaundice THEN 2 ELSE 0 END)) AS concept_decompensated_cirrhosis,
    GREATEST(CASE WHEN conditions_serious_bleeding_tendency IS NULL THEN 1 WHEN conditions_serious_bleeding_tendency THEN 2 ELSE 0 END, CASE WHEN labs_platelets_e9_l IS NULL THEN 1 WHEN labs_platelets_e9_l < 50::float8 THEN 2 ELSE 0 END) AS concept_serious_bleeding_tendency
    FROM (
      -- fields that contradict each other count as unknown (lib/core/consistency.ts)
      SELECT line,
        screening_label,
        demographics_age_years,
        demographics_sex,
        demographics_pregnant,
        demographics_breastfeeding,
        liver_cirrhosis,
        liver_etiology_hbv,
        liver_etiology_hcv,
        liver_etiology_alcohol,
        liver_etiology_autoimmune,
        liver_etiology_masld,
        liver_etiology_pbc,
        liver_etiology_psc,
        liver_etiology_other,
        liver_hbv_years_since_diagnosis,
        liver_ever_ascites,
        liver_ever_variceal_bleeding,
        liver_ever_overt_encephalopathy,
        CASE WHEN unknown_by_contradiction_liver_ever_jaundice THEN NULL ELSE liver_ever_jaundice END AS liver_ever_jaundice,
        liver_ascites_grade,
        liver_west_haven_grade,
        liver_liver_failure,
        liver_recompensated,
        CASE WHEN unknown_by_contradiction_labs_bilirubin THEN NULL ELSE labs_bilirubin_value END AS labs_bilirubin_value,
        CASE WHEN unknown_by_contradiction_labs_bilirubin THEN NULL ELSE labs_bilirubin_unit END AS labs_bilirubin_unit,
        labs_albumin_value,
        labs_albumin_unit,
        labs_inr,
        labs_pt_seconds,
        labs_pt_control_seconds,
        CASE WHEN unknown_by_contradiction_labs_creatinine THEN NULL ELSE labs_creatinine_value END AS labs_creatinine_value,
        CASE WHEN unknown_by_contradiction_labs_creatinine THEN NULL ELSE labs_creatinine_unit END AS labs_creatinine_unit,
        CASE WHEN unknown_by_contradiction_labs_dialysis THEN NULL ELSE labs_dialysis END AS labs_dialysis,
        labs_sodium_mmol_l,
        labs_platelets_e9_l,
        exposures_interferon_status,
        exposures_interferon_amount,
        exposures_interferon_unit,
        exposures_systemic_glucocorticoids_status,
        exposures_systemic_glucocorticoids_amount,
        exposures_systemic_glucocorticoids_unit,
        exposures_albumin_infusion_status,
        exposures_albumin_infusion_amount,
        exposures_albumin_infusion_unit,
        exposures_upper_gi_bleeding_status,
        exposures_upper_gi_bleeding_amount,
        exposures_upper_gi_bleeding_unit,
        exposures_other_trial_participation_status,
        exposures_other_trial_participation_amount,
        exposures_other_trial_participation_unit,
        conditions_liver_tumour,
        conditions_liver_tumour_years_since_treatment,
        conditions_other_malignancy,
        conditions_other_malignancy_years_since_treatment,
        conditions_benign_tumour_elsewhere,
        conditions_family_history_liver_malignancy,
        conditions_liver_transplant_recipient,
        conditions_acute_myocardial_infarction,
        conditions_heart_failure,
        conditions_respiratory_failure,
        conditions_pulmonary_embolism,
        conditions_acute_cerebral_infarction,
        conditions_acute_cerebral_haemorrhage,
        conditions_other_serious_cardiopulmonary_disease,
        CASE WHEN unknown_by_contradiction_conditions_renal_failure THEN NULL ELSE conditions_renal_failure END AS conditions_renal_failure,
        conditions_severe_other_organ_disease,
        conditions_hiv,
        conditions_treated_mental_illness,
        conditions_allergic_asthma,
        conditions_allergic_urticaria,
        conditions_eczema,
        conditions_multiple_drug_or_food_allergies,
        conditions_hypersplenism_needing_splenectomy,
        CASE WHEN unknown_by_contradiction_conditions_spontaneous_bacterial_peritonitis THEN NULL ELSE conditions_spontaneous_bacterial_peritonitis END AS conditions_spontaneous_bacterial_peritonitis,
        CASE WHEN unknown_by_contradiction_conditions_active_infection THEN NULL ELSE conditions_active_infection END AS conditions_active_infection,
        CASE WHEN unknown_by_contradiction_conditions_sepsis THEN NULL ELSE conditions_sepsis END AS conditions_sepsis,
        conditions_extrahepatic_biliary_disease,
        conditions_portal_or_hepatic_vein_thrombosis,
        conditions_active_bleeding,
        conditions_serious_bleeding_tendency,
        treatment_transplant_candidate,
        treatment_donor_liver_available,
        treatment_conservative_treatment_months,
        treatment_conservative_treatment_relief,
        CASE WHEN unknown_by_contradiction_labs_bilirubin THEN NULL ELSE fact_bilirubin_mgd_l END AS fact_bilirubin_mgd_l,
        fact_albumin_gd_l,
        CASE WHEN unknown_by_contradiction_labs_creatinine THEN NULL ELSE fact_creatinine_mgd_l END AS fact_creatinine_mgd_l,
        fact_pt_prolongation_seconds
      FROM (
        SELECT facts.*,
          (CASE WHEN liver_ever_jaundice IS NULL THEN 1 WHEN NOT liver_ever_jaundice THEN 2 ELSE 0 END = 2 AND (CASE WHEN fact_bilirubin_mgd_l IS NULL THEN 1 WHEN fact_bilirubin_mgd_l >= 2.98245614035::float8 THEN 2 ELSE 0 END = 2)) AS unknown_by_contradiction_liver_ever_jaundice,
          (CASE WHEN liver_ever_jaundice IS NULL THEN 1 WHEN NOT liver_ever_jaundice THEN 2 ELSE 0 END = 2 AND CASE WHEN fact_bilirubin_mgd_l IS NULL THEN 1 WHEN fact_bilirubin_mgd_l >= 2.98245614035::float8 THEN 2 ELSE 0 END = 2) AS unknown_by_contradiction_labs_bilirubin,
          (CASE WHEN conditions_renal_failure IS NULL THEN 1 WHEN NOT conditions_renal_failure THEN 2 ELSE 0 END = 2 AND (CASE WHEN fact_creatinine_mgd_l IS NULL THEN 1 WHEN fact_creatinine_mgd_l >= 2::float8 THEN 2 ELSE 0 END = 2 OR CASE WHEN labs_dialysis IS NULL THEN 1 WHEN labs_dialysis THEN 2 ELSE 0 END = 2)) AS unknown_by_contradiction_conditions_renal_failure,
          (CASE WHEN conditions_renal_failure IS NULL THEN 1 WHEN NOT conditions_renal_failure THEN 2 ELSE 0 END = 2 AND CASE WHEN fact_creatinine_mgd_l IS NULL THEN 1 WHEN fact_creatinine_mgd_l >= 2::float8 THEN 2 ELSE 0 END = 2) AS unknown_by_contradiction_labs_creatinine,
          (CASE WHEN conditions_renal_failure IS NULL THEN 1 WHEN NOT conditions_renal_failure THEN 2 ELSE 0 END = 2 AND CASE WHEN labs_dialysis IS NULL THEN 1 WHEN labs_dialysis THEN 2 ELSE 0 END = 2) AS unknown_by_contradiction_labs_dialysis,
          (CASE WHEN conditions_active_infection IS NULL THEN 1 WHEN NOT conditions_active_infection THEN 2 ELSE 0 END = 2 AND (CASE WHEN conditions_sepsis IS NULL THEN 1 WHEN conditions_sepsis THEN 2 ELSE 0 END = 2 OR CASE WHEN conditions_spontaneous_bacterial_peritonitis IS NULL THEN 1 WHEN conditions_spontaneous_bacterial_peritonitis THEN 2 ELSE 0 END = 2)) AS unknown_by_contradiction_conditions_active_infection,
          (CASE WHEN conditions_active_infection IS NULL THEN 1 WHEN NOT conditions_active_infection THEN 2 ELSE 0 END = 2 AND CASE WHEN conditions_sepsis IS NULL THEN 1 WHEN conditions_sepsis THEN 2 ELSE 0 END = 2) AS unknown_by_contradiction_conditions_sepsis,
          (CASE WHEN conditions_active_infection IS NULL THEN 1 WHEN NOT conditions_active_infection THEN 2 ELSE 0 END = 2 AND CASE WHEN conditions_spontaneous_bacterial_peritonitis IS NULL THEN 1 WHEN conditions_spontaneous_bacterial_peritonitis THEN 2 ELSE 0 END = 2) AS unknown_by_contradiction_conditions_spontaneous_bacterial_peritonitis
        FROM (
          -- profile columns and derived facts (lib/core/facts.ts)
          SELECT profile.*,
          CASE WHEN labs_bilirubin_unit = 'mg/dL' THEN labs_bilirubin_value WHEN labs_bilirubin_value <= 4e-323::float8 THEN 0::float8 ELSE CASE WHEN (labs_bilirubin_value / 17.1::float8) = 0 THEN 0::float8 ELSE CASE WHEN (((labs_bilirubin_value / 17.1::float8))::numeric * power(10::numeric, 11 - (floor(log((labs_bilirubin_value / 17.1::float8)))::int + CASE WHEN ((labs_bilirubin_value / 17.1::float8))::numeric >= ('1e' || (floor(log((labs_bilirubin_value / 17.1::float8)))::int + 1)::text)::numeric THEN 1 WHEN ((labs_bilirubin_value / 17.1::float8))::numeric < ('1e' || (floor(log((labs_bilirubin_value / 17.1::float8)))::int)::text)::numeric THEN -1 ELSE 0 END))) - trunc((((labs_bilirubin_value / 17.1::float8))::numeric * power(10::numeric, 11 - (floor(log((labs_bilirubin_value / 17.1::float8)))::int + CASE WHEN ((labs_bilirubin_value / 17.1::float8))::numeric >= ('1e' || (floor(log((labs_bilirubin_value / 17.1::float8)))::int + 1)::text)::numeric THEN 1 WHEN ((labs_bilirubin_value / 17.1::float8))::numeric < ('1e' || (floor(log((labs_bilirubin_value / 17.1::float8)))::int)::text)::numeric THEN -1 ELSE 0 END)))) = 0.5 THEN (round((CASE WHEN (53 - floor(ln((labs_bilirubin_value / 17.1::float8)) / ln(2::float8)))::int >= 0 THEN (((labs_bilirubin_value / 17.1::float8)) * power(2::float8, (53 - floor(ln((labs_bilirubin_value / 17.1::float8)) / ln(2::float8)))::int / 2) * power(2::float8, (53 - floor(ln((labs_bilirubin_value / 17.1::float8)) / ln(2::float8)))::int - (53 - floor(ln((labs_bilirubin_value / 17.1::float8)) / ln(2::float8)))::int / 2))::bigint::numeric * power(5::numeric, (53 - floor(ln((labs_bilirubin_value / 17.1::float8)) / ln(2::float8)))::int) ELSE (((labs_bilirubin_value / 17.1::float8)) * power(2::float8, (53 - floor(ln((labs_bilirubin_value / 17.1::float8)) / ln(2::float8)))::int / 2) * power(2::float8, (53 - floor(ln((labs_bilirubin_value / 17.1::float8)) / ln(2::float8)))::int - (53 - floor(ln((labs_bilirubin_value / 17.1::float8)) / ln(2::float8)))::int / 2))::bigint::numeric * power(2::numeric, -(53 - floor(ln((labs_bilirubin_value / 17.1::float8)) / ln(2::float8)))::int) END), 12 - length(round((CASE WHEN (53 - floor(ln((labs_bilirubin_value / 17.1::float8)) / ln(2::float8)))::int >= 0 THEN (((labs_bilirubin_value / 17.1::float8)) * power(2::float8, (53 - floor(ln((labs_bilirubin_value / 17.1::float8)) / ln(2::float8)))::int / 2) * power(2::float8, (53 - floor(ln((labs_bilirubin_value / 17.1::float8)) / ln(2::float8)))::int - (53 - floor(ln((labs_bilirubin_value / 17.1::float8)) / ln(2::float8)))::int / 2))::bigint::numeric * power(5::numeric, (53 - floor(ln((labs_bilirubin_value / 17.1::float8)) / ln(2::float8)))::int) ELSE (((labs_bilirubin_value / 17.1::float8)) * power(2::float8, (53 - floor(ln((labs_bilirubin_value / 17.1::float8)) / ln(2::float8)))::int / 2) * power(2::float8, (53 - floor(ln((labs_bilirubin_value / 17.1::float8)) / ln(2::float8)))::int - (53 - floor(ln((labs_bilirubin_value / 17.1::float8)) / ln(2::float8)))::int / 2))::bigint::numeric * power(2::numeric, -(53 - floor(ln((labs_bilirubin_value / 17.1::float8)) / ln(2::float8)))::int) END))::text)) / power(10::numeric, GREATEST((53 - floor(ln((labs_bilirubin_value / 17.1::float8)) / ln(2::float8)))::int, 0)))::float8 ELSE round(((labs_bilirubin_value / 17.1::float8))::numeric, 11 - (floor(log((labs_bilirubin_value / 17.1::float8)))::int + CASE WHEN ((labs_bilirubin_value / 17.1::float8))::numeric >= ('1e' || (floor(log((labs_bilirubin_value / 17.1::float8)))::int + 1)::text)::numeric THEN 1 WHEN ((labs_bilirubin_value / 17.1::float8))::numeric < ('1e' || (floor(log((labs_bilirubin_value / 17.1::float8)))::int)::text)::numeric THEN -1 ELSE 0 END))::float8 END END END AS fact_bilirubin_mgd_l,
          CASE WHEN labs_albumin_unit = 'g/dL' THEN labs_albumin_value WHEN labs_albumin_value <= 2.5e-323::float8 THEN 0::float8 ELSE CASE WHEN (labs_albumin_value / 10::float8) = 0 THEN 0::float8 ELSE CASE WHEN (((labs_albumin_value / 10::float8))::numeric * power(10::numeric, 11 - (floor(log((labs_albumin_value / 10::float8)))::int + CASE WHEN ((labs_albumin_value / 10::float8))::numeric >= ('1e' || (floor(log((labs_albumin_value / 10::float8)))::int + 1)::text)::numeric THEN 1 WHEN ((labs_albumin_value / 10::float8))::numeric < ('1e' || (floor(log((labs_albumin_value / 10::float8)))::int)::text)::numeric THEN -1 ELSE 0 END))) - trunc((((labs_albumin_value / 10::float8))::numeric * power(10::numeric, 11 - (floor(log((labs_albumin_value / 10::float8)))::int + CASE WHEN ((labs_albumin_value / 10::float8))::numeric >= ('1e' || (floor(log((labs_albumin_value / 10::float8)))::int + 1)::text)::numeric THEN 1 WHEN ((labs_albumin_value / 10::float8))::numeric < ('1e' || (floor(log((labs_albumin_value / 10::float8)))::int)::text)::numeric THEN -1 ELSE 0 END)))) = 0.5 THEN (round((CASE WHEN (53 - floor(ln((labs_albumin_value / 10::float8)) / ln(2::float8)))::int >= 0 THEN (((labs_albumin_value / 10::float8)) * power(2::float8, (53 - floor(ln((labs_albumin_value / 10::float8)) / ln(2::float8)))::int / 2) * power(2::float8, (53 - floor(ln((labs_albumin_value / 10::float8)) / ln(2::float8)))::int - (53 - floor(ln((labs_albumin_value / 10::float8)) / ln(2::float8)))::int / 2))::bigint::numeric * power(5::numeric, (53 - floor(ln((labs_albumin_value / 10::float8)) / ln(2::float8)))::int) ELSE (((labs_albumin_value / 10::float8)) * power(2::float8, (53 - floor(ln((labs_albumin_value / 10::float8)) / ln(2::float8)))::int / 2) * power(2::float8, (53 - floor(ln((labs_albumin_value / 10::float8)) / ln(2::float8)))::int - (53 - floor(ln((labs_albumin_value / 10::float8)) / ln(2::float8)))::int / 2))::bigint::numeric * power(2::numeric, -(53 - floor(ln((labs_albumin_value / 10::float8)) / ln(2::float8)))::int) END), 12 - length(round((CASE WHEN (53 - floor(ln((labs_albumin_value / 10::float8)) / ln(2::float8)))::int >= 0 THEN (((labs_albumin_value / 10::float8)) * power(2::float8, (53 - floor(ln((labs_albumin_value / 10::float8)) / ln(2::float8)))::int / 2) * power(2::float8, (53 - floor(ln((labs_albumin_value / 10::float8)) / ln(2::float8)))::int - (53 - floor(ln((labs_albumin_value / 10::float8)) / ln(2::float8)))::int / 2))::bigint::numeric * power(5::numeric, (53 - floor(ln((labs_albumin_value / 10::float8)) / ln(2::float8)))::int) ELSE (((labs_albumin_value / 10::float8)) * power(2::float8, (53 - floor(ln((labs_albumin_value / 10::float8)) / ln(2::float8)))::int / 2) * power(2::float8, (53 - floor(ln((labs_albumin_value / 10::float8)) / ln(2::float8)))::int - (53 - floor(ln((labs_albumin_value / 10::float8)) / ln(2::float8)))::int / 2))::bigint::numeric * power(2::numeric, -(53 - floor(ln((labs_albumin_value / 10::float8)) / ln(2::float8)))::int) END))::text)) / power(10::numeric, GREATEST((53 - floor(ln((labs_albumin_value / 10::float8)) / ln(2::float8)))::int, 0)))::float8 ELSE round(((labs_albumin_value / 10::float8))::numeric, 11 - (floor(log((labs_albumin_value / 10::float8)))::int + CASE WHEN ((labs_albumin_value / 10::float8))::numeric >= ('1e' || (floor(log((labs_albumin_value / 10::float8)))::int + 1)::text)::numeric THEN 1 WHEN ((labs_albumin_value / 10::float8))::numeric < ('1e' || (floor(log((labs_albumin_value / 10::float8)))::int)::text)::numeric THEN -1 ELSE 0 END))::float8 END END END AS fact_albumin_gd_l,
          CASE WHEN labs_creatinine_unit = 'mg/dL' THEN labs_creatinine_value WHEN labs_creatinine_value <= 2.17e-322::float8 THEN 0::float8 ELSE CASE WHEN (labs_creatinine_value / 88.4::float8) = 0 THEN 0::float8 ELSE CASE WHEN (((labs_creatinine_value / 88.4::float8))::numeric * power(10::numeric, 11 - (floor(log((labs_creatinine_value / 88.4::float8)))::int + CASE WHEN ((labs_creatinine_value / 88.4::float8))::numeric >= ('1e' || (floor(log((labs_creatinine_value / 88.4::float8)))::int + 1)::text)::numeric THEN 1 WHEN ((labs_creatinine_value / 88.4::float8))::numeric < ('1e' || (floor(log((labs_creatinine_value / 88.4::float8)))::int)::text)::numeric THEN -1 ELSE 0 END))) - trunc((((labs_creatinine_value / 88.4::float8))::numeric * power(10::numeric, 11 - (floor(log((labs_creatinine_value / 88.4::float8)))::int + CASE WHEN ((labs_creatinine_value / 88.4::float8))::numeric >= ('1e' || (floor(log((labs_creatinine_value / 88.4::float8)))::int + 1)::text)::numeric THEN 1 WHEN ((labs_creatinine_value / 88.4::float8))::numeric < ('1e' || (floor(log((labs_creatinine_value / 88.4::float8)))::int)::text)::numeric THEN -1 ELSE 0 END)))) = 0.5 THEN (round((CASE WHEN (53 - floor(ln((labs_creatinine_value / 88.4::float8)) / ln(2::float8)))::int >= 0 THEN (((labs_creatinine_value / 88.4::float8)) * power(2::float8, (53 - floor(ln((labs_creatinine_value / 88.4::float8)) / ln(2::float8)))::int / 2) * power(2::float8, (53 - floor(ln((labs_creatinine_value / 88.4::float8)) / ln(2::float8)))::int - (53 - floor(ln((labs_creatinine_value / 88.4::float8)) / ln(2::float8)))::int / 2))::bigint::numeric * power(5::numeric, (53 - floor(ln((labs_creatinine_value / 88.4::float8)) / ln(2::float8)))::int) ELSE (((labs_creatinine_value / 88.4::float8)) * power(2::float8, (53 - floor(ln((labs_creatinine_value / 88.4::float8)) / ln(2::float8)))::int / 2) * power(2::float8, (53 - floor(ln((labs_creatinine_value / 88.4::float8)) / ln(2::float8)))::int - (53 - floor(ln((labs_creatinine_value / 88.4::float8)) / ln(2::float8)))::int / 2))::bigint::numeric * power(2::numeric, -(53 - floor(ln((labs_creatinine_value / 88.4::float8)) / ln(2::float8)))::int) END), 12 - length(round((CASE WHEN (53 - floor(ln((labs_creatinine_value / 88.4::float8)) / ln(2::float8)))::int >= 0 THEN (((labs_creatinine_value / 88.4::float8)) * power(2::float8, (53 - floor(ln((labs_creatinine_value / 88.4::float8)) / ln(2::float8)))::int / 2) * power(2::float8, (53 - floor(ln((labs_creatinine_value / 88.4::float8)) / ln(2::float8)))::int - (53 - floor(ln((labs_creatinine_value / 88.4::float8)) / ln(2::float8)))::int / 2))::bigint::numeric * power(5::numeric, (53 - floor(ln((labs_creatinine_value / 88.4::float8)) / ln(2::float8)))::int) ELSE (((labs_creatinine_value / 88.4::float8)) * power(2::float8, (53 - floor(ln((labs_creatinine_value / 88.4::float8)) / ln(2::float8)))::int / 2) * power(2::float8, (53 - floor(ln((labs_creatinine_value / 88.4::float8)) / ln(2::float8)))::int - (53 - floor(ln((labs_creatinine_value / 88.4::float8)) / ln(2::float8)))::int / 2))::bigint::numeric * power(2::numeric, -(53 - floor(ln((labs_creatinine_value / 88.4::float8)) / ln(2::float8)))::int) END))::text)) / power(10::numeric, GREATEST((53 - floor(ln((labs_creatinine_value / 88.4::float8)) / ln(2::float8)))::int, 0)))::float8 ELSE round(((labs_creatinine_value / 88.4::float8))::numeric, 11 - (floor(log((labs_creatinine_value / 88.4::float8)))::int + CASE WHEN ((labs_creatinine_value / 88.4::float8))::numeric >= ('1e' || (floor(log((labs_creatinine_value / 88.4::float8)))::int + 1)::text)::numeric THEN 1 WHEN ((labs_creatinine_value / 88.4::float8))::numeric < ('1e' || (floor(log((labs_creatinine_value / 88.4::float8)))::int)::text)::numeric THEN -1 ELSE 0 END))::float8 END END END AS fact_creatinine_mgd_l,
          ((floor(((labs_pt_seconds - labs_pt_control_seconds) * 1000::float8)) + CASE WHEN ((labs_pt_seconds - labs_pt_control_seconds) * 1000::float8) - floor(((labs_pt_seconds - labs_pt_control_seconds) * 1000::float8)) >= 0.5::float8 THEN 1::float8 ELSE 0::float8 END) / 1000::float8) AS fact_pt_prolongation_seconds
          FROM cohort_profiles AS profile
        ) AS facts
      ) AS checked
    ) AS facts
  ) AS concepts
) AS criteria
ORDER BY line;
