/**
 * The schema the server checks a saved screening's confirmations with (lib/server/log/service.ts),
 * built from lib/core/confirmations.ts's definitions. The draft reads confirmations without zod
 * (`salvageConfirmations`); tests/engine/confirmations.test.ts checks that both accept the same.
 */
import "./zod-config";
import { z } from "zod";
import { CONFIRMATION_NOTE_MAX, CONFIRMATION_OUTCOMES, CRITERION_ID, TRIAL_ID } from "./confirmations";

export const confirmationSchema = z.strictObject({
  outcome: z.enum(CONFIRMATION_OUTCOMES),
  note: z.string().max(CONFIRMATION_NOTE_MAX).optional(),
});

export const confirmationsSchema = z.record(z.string().regex(TRIAL_ID), z.record(z.string().regex(CRITERION_ID), confirmationSchema));
