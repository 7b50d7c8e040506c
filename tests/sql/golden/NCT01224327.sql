-- Every criterion's status and every trial's verdict, per profile (lib/core/sql/compile.ts).
-- Truth values: 0 false, 1 not decided, 2 true; all = LEAST, any = GREATEST, not = 2 - x.
-- Statuses: satisfied, violated, unknown, manual, referred (to the investigator), not-applicable.
SELECT line,
  nct01224327_incl01,
  nct01224327_incl02,
  nct01224327_incl03,
  nct01224327_excl01,
  nct01224327_excl02,
  nct01224327_excl03,
  nct01224327_excl04,
  nct01224327_excl05,
  nct01224327_excl06,
  nct01224327_excl07,
  nct01224327_excl08,
  CASE WHEN 'violated' IN (nct01224327_incl01, nct01224327_incl02, nct01224327_incl03, nct01224327_excl01, nct01224327_excl02, nct01224327_excl03, nct01224327_excl04, nct01224327_excl05, nct01224327_excl06, nct01224327_excl07, nct01224327_excl08) THEN 'ineligible' WHEN 'unknown' IN (nct01224327_incl01, nct01224327_incl02, nct01224327_incl03, nct01224327_excl01, nct01224327_excl02, nct01224327_excl03, nct01224327_excl04, nct01224327_excl05, nct01224327_excl06, nct01224327_excl07, nct01224327_excl08) THEN 'needs-info' ELSE 'passed' END AS nct01224327_verdict
FROM (
  -- criteria
  SELECT line,
  -- NCT01224327 INCL01 (inclusion): Aged 18~70 years.
  CASE CASE WHEN demographics_age_years IS NULL THEN 1 WHEN demographics_age_years >= 18::float8 AND demographics_age_years <= 70::float8 THEN 2 ELSE 0 END WHEN 2 THEN 'satisfied' WHEN 0 THEN 'violated' ELSE 'unknown' END AS nct01224327_incl01,
  -- NCT01224327 INCL02 (inclusion): Liver cirrhosis
  CASE CASE WHEN liver_cirrhosis IS NULL THEN 1 WHEN liver_cirrhosis THEN 2 ELSE 0 END WHEN 2 THEN 'satisfied' WHEN 0 THEN 'violated' ELSE 'unknown' END AS nct01224327_incl02,
  -- NCT01224327 INCL03 (inclusion): written consent
  'manual' AS nct01224327_incl03,
  -- NCT01224327 EXCL01 (exclusion): The end-stage of liver cirrhosis.
  CASE concept_end_stage_liver_disease WHEN 2 THEN 'violated' WHEN 0 THEN 'satisfied' ELSE 'unknown' END AS nct01224327_excl01,
  -- NCT01224327 EXCL02 (exclusion): Severe problems in other vital organs(e.g.the heart,renal or lungs).
  CASE GREATEST(CASE WHEN conditions_severe_other_organ_disease IS NULL THEN 1 WHEN conditions_severe_other_organ_disease THEN 2 ELSE 0 END, CASE WHEN conditions_heart_failure IS NULL THEN 1 WHEN conditions_heart_failure IN ('chronic', 'acute') THEN 2 ELSE 0 END, CASE WHEN conditions_renal_failure IS NULL THEN 1 WHEN conditions_renal_failure THEN 2 ELSE 0 END, CASE WHEN labs_dialysis IS NULL THEN 1 WHEN labs_dialysis THEN 2 ELSE 0 END, CASE WHEN conditions_respiratory_failure IS NULL THEN 1 WHEN conditions_respiratory_failure THEN 2 ELSE 0 END) WHEN 2 THEN 'violated' WHEN 0 THEN 'satisfied' ELSE 'unknown' END AS nct01224327_excl02,
  -- NCT01224327 EXCL03 (exclusion): Hepatocellular carcinoma or other malignancies
  CASE GREATEST(CASE WHEN conditions_liver_tumour IS NULL THEN 1 WHEN conditions_liver_tumour IN ('malignant') THEN 2 ELSE 0 END, CASE WHEN conditions_other_malignancy IS NULL THEN 1 WHEN conditions_other_malignancy IN ('current') THEN 2 ELSE 0 END) WHEN 2 THEN 'violated' WHEN 0 THEN 'satisfied' ELSE 'unknown' END AS nct01224327_excl03,
  -- NCT01224327 EXCL04 (exclusion): Pregnancy
  CASE WHEN CASE WHEN demographics_sex IS NULL THEN 1 WHEN demographics_sex IN ('female') THEN 2 ELSE 0 END = 0 THEN 'not-applicable' ELSE CASE CASE WHEN demographics_pregnant IS NULL THEN 1 WHEN demographics_pregnant THEN 2 ELSE 0 END WHEN 2 THEN 'violated' WHEN 0 THEN 'satisfied' ELSE 'unknown' END END AS nct01224327_excl04,
  -- NCT01224327 EXCL05 (exclusion): sepsis
  CASE CASE WHEN conditions_sepsis IS NULL THEN 1 WHEN conditions_sepsis THEN 2 ELSE 0 END WHEN 2 THEN 'violated' WHEN 0 THEN 'satisfied' ELSE 'unknown' END AS nct01224327_excl05,
  -- NCT01224327 EXCL06 (exclusion): Presence of significant extrahepatic biliary disease (e.g. CBD stone, PSC, etc.)
  CASE GREATEST(CASE WHEN conditions_extrahepatic_biliary_disease IS NULL THEN 1 WHEN conditions_extrahepatic_biliary_disease THEN 2 ELSE 0 END, CASE WHEN liver_etiology_psc IS NULL THEN 1 WHEN liver_etiology_psc THEN 2 ELSE 0 END) WHEN 2 THEN 'violated' WHEN 0 THEN 'satisfied' ELSE 'unknown' END AS nct01224327_excl06,
  -- NCT01224327 EXCL07 (exclusion): Cardiac, renal or respiratory failure
  CASE GREATEST(CASE WHEN conditions_heart_failure IS NULL THEN 1 WHEN conditions_heart_failure IN ('chronic', 'acute') THEN 2 ELSE 0 END, CASE WHEN conditions_renal_failure IS NULL THEN 1 WHEN conditions_renal_failure THEN 2 ELSE 0 END, CASE WHEN labs_dialysis IS NULL THEN 1 WHEN labs_dialysis THEN 2 ELSE 0 END, CASE WHEN conditions_respiratory_failure IS NULL THEN 1 WHEN conditions_respiratory_failure THEN 2 ELSE 0 END) WHEN 2 THEN 'violated' WHEN 0 THEN 'satisfied' ELSE 'unknown' END AS nct01224327_excl07,
  -- NCT01224327 EXCL08 (exclusion): Active thrombosis of the portal or hepatic veins
  CASE CASE WHEN conditions_portal_or_hepatic_vein_thrombosis IS NULL THEN 1 WHEN conditions_portal_or_hepatic_vein_thrombosis THEN 2 ELSE 0 END WHEN 2 THEN 'violated' WHEN 0 THEN 'satisfied' ELSE 'unknown' END AS nct01224327_excl08
  FROM (
    -- shared concepts (lib/core/concepts.ts)
    SELECT facts.*,
    GREATEST((LEAST(CASE WHEN liver_cirrhosis IS NULL THEN 1 WHEN liver_cirrhosis THEN 2 ELSE 0 END, GREATEST(CASE WHEN liver_ever_ascites IS NULL THEN 1 WHEN liver_ever_ascites THEN 2 ELSE 0 END, CASE WHEN liver_ascites_grade IS NULL THEN 1 WHEN liver_ascites_grade IN ('mild', 'moderate', 'severe') THEN 2 ELSE 0 END, CASE WHEN liver_ever_variceal_bleeding IS NULL THEN 1 WHEN liver_ever_variceal_bleeding THEN 2 ELSE 0 END, CASE WHEN liver_ever_overt_encephalopathy IS NULL THEN 1 WHEN liver_ever_overt_encephalopathy THEN 2 ELSE 0 END, CASE WHEN liver_west_haven_grade IS NULL THEN 1 WHEN liver_west_haven_grade >= 2::float8 THEN 2 ELSE 0 END, CASE WHEN liver_ever_jaundice IS NULL THEN 1 WHEN liver_ever_jaundice THEN 2 ELSE 0 END))), CASE WHEN liver_liver_failure IS NULL THEN 1 WHEN liver_liver_failure IN ('aclf', 'chronic') THEN 2 ELSE 0 END) AS concept_end_stage_liver_disease
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
