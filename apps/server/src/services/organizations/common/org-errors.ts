import { AppError } from '../../../errors/app-error.js';
import type { ErrorCode } from '../../../errors/error-codes.js';

// AWS Organizations' errors, worded for the console (the AWS door raises the first letter).

export function orgError(code: ErrorCode, message: string, reason?: string): AppError {
  return new AppError(code, message, reason ? { details: { reason } } : {});
}

export const notInUse = () =>
  orgError(
    'AWSOrganizationsNotInUseException',
    "your account isn't a member of an organization: create one, or accept an invitation to join one",
  );

export const managementOnly = (action: string) =>
  new AppError(
    'AccessDenied',
    `you don't have permissions to access this resource: \`${action}\` can be called only from the organization's management account`,
    { details: { action } },
  );

/** AWS's ConstraintViolationException, with its reason in the message and in the body. */
export const constraintViolation = (reason: string, message: string) =>
  orgError('ConstraintViolationException', `${message} (${reason})`, reason);

export const invalidInput = (reason: string, message: string) =>
  orgError('InvalidInputException', message, reason);

export const ouNotFound = (id: string) =>
  orgError('OrganizationalUnitNotFoundException', `no organizational unit \`${id}\` in your organization`);
export const parentNotFound = (id: string) =>
  orgError('ParentNotFoundException', `no root or organizational unit \`${id}\` in your organization`);
export const accountNotFound = (id: string) =>
  orgError('AccountNotFoundException', `no account \`${id}\` in your organization`);
export const policyNotFound = (id: string) =>
  orgError('PolicyNotFoundException', `no policy \`${id}\` in your organization`);
export const targetNotFound = (id: string) =>
  orgError(
    'TargetNotFoundException',
    `no root, organizational unit or account \`${id}\` in your organization`,
  );
export const rootNotFound = (id: string) =>
  orgError('RootNotFoundException', `no root \`${id}\` in your organization`);
export const handshakeNotFound = (id: string) =>
  orgError('HandshakeNotFoundException', `no handshake \`${id}\` for your account`);
