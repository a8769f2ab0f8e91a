import { isDatabaseUnavailable } from '../../db/database-unavailable.js';
import { isAppError } from '../../errors/app-error.js';
import { toAppError } from '../../http/error-handler.js';
import type { ErrorCode } from '../../errors/error-codes.js';

/**
 * An error as the AWS door sends it: AWS's code, HTTP status, message and fault type. Services
 * throw AppError; the door maps those here (awsErrorOf) so the console keeps its own wording.
 */
export class AwsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number = 400,
    readonly type: 'Sender' | 'Receiver' = status >= 500 ? 'Receiver' : 'Sender',
  ) {
    super(message);
    this.name = 'AwsError';
  }
}

/** AWS's HTTP status for the IAM error codes services throw (from the IAM service model). */
const STATUS: Partial<Record<ErrorCode, number>> = {
  InvalidInput: 400,
  ValidationError: 400,
  MalformedPolicyDocument: 400,
  PasswordPolicyViolation: 400,
  PolicyNotAttachable: 400,
  AccessDenied: 403,
  NotAuthenticated: 403,
  NoSuchEntity: 404,
  EntityAlreadyExists: 409,
  DeleteConflict: 409,
  LimitExceeded: 409,
  EntityTemporarilyUnmodifiable: 409,
  ConcurrentModification: 409,
  Throttling: 400,
  ServiceFailure: 500,
};

/**
 * AWS's message for a service error: the console's text, first letter raised, backticks dropped.
 * A message that opens with the caller's own input (`` `notarn` is not a role ARN ``) keeps it
 * as sent: raising its first letter would quote back a value the caller never sent.
 */
function awsMessage(message: string): string {
  const plain = message.replace(/`([^`]*)`/g, '$1');
  if (message.startsWith('`')) return plain;
  return plain.charAt(0).toUpperCase() + plain.slice(1);
}

export function awsErrorOf(err: unknown): AwsError {
  if (err instanceof AwsError) return err;
  if (isDatabaseUnavailable(err)) {
    return new AwsError('ServiceUnavailable', 'Service is unable to handle request.', 503);
  }
  // The console door's mapping of what a request can provoke below the services (a NUL the
  // database refuses, a duplicate key): one definition for both doors.
  if (!isAppError(err)) err = toAppError(err) ?? err;
  if (isAppError(err)) {
    if (err.code === 'AccessDenied') return new AwsError('AccessDenied', err.message, 403);
    if (err.code === 'ServiceFailure') return new AwsError('ServiceFailure', awsMessage(err.message), 500);
    const code = err.code === 'NotAuthenticated' ? 'AccessDenied' : err.code;
    return new AwsError(code, awsMessage(err.message), STATUS[err.code] ?? 400);
  }
  return new AwsError(
    'ServiceFailure',
    'The request processing has failed because of an unknown error.',
    500,
  );
}
