// The one line a sign-in, setup or password form shows under itself when the server refused:
// the server's own sentence, once, in a form's error slot (not an alert box inside it, and not
// behind a header that says the same thing or the wrong thing, such as "Your session has ended"
// for a mistyped password).
import { ApiError } from '../../api/api-error.js';
import { errorSummary } from '../../components/format-api-error.js';

// Refusals whose message already says everything a person needs.
const SELF_EXPLAINING = new Set([
  'NotAuthenticated',
  'InvalidInput',
  'ValidationError',
  'PasswordPolicyViolation',
  'EntityAlreadyExists',
  'InvalidSetupToken',
]);

function sentence(text: string): string {
  const trimmed = text.trim();
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

export function formErrorText(error: unknown): string {
  if (error instanceof ApiError && SELF_EXPLAINING.has(error.code) && error.message) {
    return sentence(error.message);
  }
  return sentence(errorSummary(error));
}
