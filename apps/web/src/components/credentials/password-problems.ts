// The server refuses a password that breaks the account's password policy with
// PasswordPolicyViolation and one field error per unmet rule; forms show them all inline.
import { ApiError } from '../../api/api-error.js';

/** Every message the server gave for `path`, in order; empty when the error is about something else. */
export function passwordProblems(error: unknown, path: string): string[] {
  if (!(error instanceof ApiError)) return [];
  const messages = error.fieldErrors.filter((f) => f.path === path).map((f) => f.message);
  if (messages.length === 0 && error.code === 'PasswordPolicyViolation') return [error.message];
  return messages;
}

/** One line for a form field's `errorText`. */
export function passwordProblemText(error: unknown, path: string): string | undefined {
  const problems = passwordProblems(error, path);
  return problems.length > 0 ? problems.join('; ') : undefined;
}
