import { z } from 'zod';
import { iamNameSchema } from '../iam/fields.js';

/** A six-digit TOTP code. */
export const authenticationCodeSchema = z.string().regex(/^\d{6}$/, 'an MFA code is 6 digits');

/** AWS's name rules for virtual MFA devices: the IAM name alphabet, 1–226 characters. */
export const mfaDeviceNameSchema = iamNameSchema('device');

export const createVirtualMfaDeviceRequestSchema = z.object({ deviceName: mfaDeviceNameSchema });

/** EnableMFADevice and ResyncMFADevice: two consecutive codes from the device. */
export const mfaCodesRequestSchema = z.object({
  authenticationCode1: authenticationCodeSchema,
  authenticationCode2: authenticationCodeSchema,
});

/** The create response: the only time the seed is ever returned. */
export const createdVirtualMfaDeviceSchema = z.object({
  serialNumber: z.string(),
  /** RFC 4648 base32, for manual entry in an authenticator app. */
  base32StringSeed: z.string(),
  /** `otpauth://totp/...` for the QR code the console renders. */
  otpauthUri: z.string(),
});

export const mfaDeviceSchema = z.object({
  serialNumber: z.string(),
  /** The owner's user name; absent for the root user's devices. */
  userName: z.string().optional(),
  /** null while the device awaits EnableMFADevice. */
  enableDate: z.string().nullable(),
  createDate: z.string(),
});

export const mfaDeviceListSchema = z.object({ items: z.array(mfaDeviceSchema) });

export type CreateVirtualMfaDeviceRequest = z.infer<typeof createVirtualMfaDeviceRequestSchema>;
export type MfaCodesRequest = z.infer<typeof mfaCodesRequestSchema>;
export type CreatedVirtualMfaDevice = z.infer<typeof createdVirtualMfaDeviceSchema>;
export type MfaDevice = z.infer<typeof mfaDeviceSchema>;
export type MfaDeviceList = z.infer<typeof mfaDeviceListSchema>;
