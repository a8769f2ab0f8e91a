import { z } from 'zod';
import { authenticationCodeSchema } from './mfa-devices.js';

/**
 * The first sign-in step's answer when the principal has an MFA device: no session yet, a
 * short-lived token (5 minutes) to send with the code to POST /api/auth/signin/mfa.
 */
export const mfaChallengeSchema = z.object({
  mfaRequired: z.literal(true),
  mfaToken: z.string(),
});

export const mfaSignInRequestSchema = z.object({
  mfaToken: z.string().min(1, 'sign in again').max(2048),
  code: authenticationCodeSchema,
});

export type MfaChallenge = z.infer<typeof mfaChallengeSchema>;
export type MfaSignInRequest = z.infer<typeof mfaSignInRequestSchema>;
