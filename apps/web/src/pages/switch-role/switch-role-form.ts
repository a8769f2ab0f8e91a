// The Switch Role form's own checks, in AWS's rules (the server checks again): an account id or
// alias, a role name, a display name of up to 64 characters.
import { ApiError } from '../../api/api-error.js';
import { validateAccountIdOrAlias } from '../../components/validation/iam-names.js';
import type { SwitchRoleFields } from '../../components/switch-role/switch-role-url.js';
import { validateRoleName } from '../roles/role-fields.js';

export const DISPLAY_NAME_MAX = 64;

/** The fields the form shows, each with its problem (or undefined). */
export const FORM_FIELDS = ['account', 'roleName', 'displayName', 'color'] as const;
export type FormField = (typeof FORM_FIELDS)[number];

export function switchRoleProblems(fields: SwitchRoleFields): Partial<Record<FormField, string>> {
  const account = fields.account.trim();
  const problems: Partial<Record<FormField, string>> = {
    account: account === '' ? 'Enter the account ID or alias.' : validateAccountIdOrAlias(account),
    roleName: validateRoleName(fields.roleName.trim()),
    displayName:
      fields.displayName.trim().length > DISPLAY_NAME_MAX
        ? `The display name can have up to ${DISPLAY_NAME_MAX} characters.`
        : undefined,
  };
  return Object.fromEntries(Object.entries(problems).filter(([, problem]) => problem !== undefined));
}

/**
 * Whether an error needs its own panel under the form: anything but a validation error whose
 * every field error is already shown under its field.
 */
export function needsErrorPanel(error: unknown): boolean {
  if (!(error instanceof ApiError)) return error != null;
  if (error.fieldErrors.length === 0) return true;
  return error.fieldErrors.some((f) => !(FORM_FIELDS as readonly string[]).includes(f.path));
}
