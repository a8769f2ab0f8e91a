// Turns any thrown value into the words the console shows: a short header and AWS's message.
import { ApiError } from '../api/api-error.js';

export interface FormattedError {
  header: string;
  message: string;
  code?: string;
  /** For AccessDenied: the refused action and resource, as the server reported them. */
  action?: string;
  resource?: string;
}

const HEADERS: Record<string, string> = {
  AccessDenied: 'Access denied',
  NotAuthenticated: 'Your session has ended',
  NoSuchEntity: 'Not found',
  EntityAlreadyExists: 'Already exists',
  DeleteConflict: 'Cannot delete',
  LimitExceeded: 'Quota exceeded',
  MalformedPolicyDocument: 'The policy document is not valid',
  InvalidInput: 'Invalid input',
  ValidationError: 'Invalid input',
  PasswordPolicyViolation: 'The password does not meet the password policy',
  EntityTemporarilyUnmodifiable: 'Temporarily unmodifiable',
  ConcurrentModification: 'Changed by someone else',
  Throttling: 'Too many requests',
  NetworkError: 'Cannot reach the server',
  ServiceFailure: 'Server error',
  PasswordResetRequired: 'You must change your password',
  InvalidCsrfToken: 'Security check failed',
  NotFound: 'Not found',
  UnsupportedMediaType: 'Unsupported request',
};

export function formatApiError(error: unknown): FormattedError {
  if (error instanceof ApiError) {
    return {
      header: HEADERS[error.code] ?? error.code,
      message: error.message,
      code: error.code,
      action: error.action,
      resource: error.resource,
    };
  }
  if (error instanceof Error) return { header: 'Unexpected error', message: error.message };
  return { header: 'Unexpected error', message: String(error) };
}

/** The one-line form for flash messages: `Access denied: User: arn:... is not authorized ...`. */
export function errorSummary(error: unknown): string {
  const { header, message } = formatApiError(error);
  if (!message) return header;
  // A message that already says what the header says ("the password does not meet the password
  // policy: …") is shown once, not after its own header.
  if (message.toLowerCase().startsWith(header.toLowerCase())) {
    return message.charAt(0).toUpperCase() + message.slice(1);
  }
  return `${header}: ${message}`;
}
