// The password rules, shown before the user types a new password (forced change, setup), as
// AWS's console lists the account's policy on its change-password page.
import Box from '@cloudscape-design/components/box';
import { useQuery } from '@tanstack/react-query';
import { passwordPolicyQuery } from '../../api/credentials-api.js';

/** AWS's default rules: what the root user's password and an account without a policy follow. */
export const DEFAULT_PASSWORD_RULES = [
  'at least 8 characters',
  'at least three of: uppercase letters, lowercase letters, digits, symbols',
  'not the same as the account name, email address or user name',
];

export function PasswordRulesList({ rules, note }: { rules: string[]; note?: string }) {
  return (
    <div role="note" aria-label="Password requirements">
      <Box variant="p" margin={{ bottom: 'xxs' }}>
        The new password must have:
      </Box>
      <ul style={{ marginTop: 0 }}>
        {rules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
      {note ? (
        <Box variant="small" color="text-body-secondary">
          {note}
        </Box>
      ) : null}
    </div>
  );
}

/**
 * The account's rules in force when the session may read them; otherwise (a session that must
 * change its password first may read nothing else) AWS's default rules, saying that a stricter
 * policy is named if the password misses it.
 */
export function PasswordRulesHint() {
  const policy = useQuery({ ...passwordPolicyQuery(), retry: false });
  if (policy.isPending) return null;
  if (policy.data) return <PasswordRulesList rules={policy.data.rulesInForce} />;
  return (
    <PasswordRulesList
      rules={DEFAULT_PASSWORD_RULES}
      note="Your account's password policy may ask for more; if the new password misses a rule, the rule is named when you confirm."
    />
  );
}
