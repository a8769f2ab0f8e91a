// The trust policy behind the "Trusted entity type" tiles of the create-role wizard: a pure
// function of the choices, so what the review step shows is exactly what is sent.

export type TrustedEntityType = 'account' | 'service' | 'custom';

export interface TrustedEntityChoice {
  type: TrustedEntityType;
  /** "AWS account": this account, or another one named by `otherAccountId`. */
  account: 'this' | 'other';
  otherAccountId: string;
  /** Adds `StringEquals sts:ExternalId` (third parties that assume the role pass this value). */
  requireExternalId: boolean;
  externalId: string;
  /** Adds `Bool aws:MultiFactorAuthPresent true`. */
  requireMfa: boolean;
  /** "AWS service": the service principal, e.g. `ec2.amazonaws.com`. */
  service: string;
  /** "Custom trust policy": the text as written. */
  customPolicy: string;
}

export type TrustedEntityField = 'otherAccountId' | 'externalId' | 'service' | 'customPolicy';

/** What a custom trust policy starts from: one statement whose principal the author fills in. */
export const CUSTOM_TRUST_POLICY_TEMPLATE = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "Statement1",
      "Effect": "Allow",
      "Principal": {},
      "Action": "sts:AssumeRole"
    }
  ]
}
`;

export const initialTrustedEntityChoice = (): TrustedEntityChoice => ({
  type: 'account',
  account: 'this',
  otherAccountId: '',
  requireExternalId: false,
  externalId: '',
  requireMfa: false,
  service: '',
  customPolicy: CUSTOM_TRUST_POLICY_TEMPLATE,
});

const ACCOUNT_ID = /^\d{12}$/;
/** AWS's rule for sts:ExternalId values: 2 to 1,224 of letters, digits and `+=,.@:/-_`. */
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;

/**
 * Problems with the tile choices, by field (the custom policy is checked by the policy editor).
 * Empty when the choice can be turned into a trust policy.
 */
export function trustedEntityProblems(
  choice: TrustedEntityChoice,
): Partial<Record<TrustedEntityField, string>> {
  const problems: Partial<Record<TrustedEntityField, string>> = {};
  if (choice.type === 'account') {
    if (choice.account === 'other') {
      const id = choice.otherAccountId.trim();
      if (id === '') problems.otherAccountId = 'Enter the 12-digit ID of the account.';
      else if (!ACCOUNT_ID.test(id)) problems.otherAccountId = 'An account ID has exactly 12 digits.';
    }
    if (choice.requireExternalId) {
      const value = choice.externalId.trim();
      if (value === '') problems.externalId = 'Enter the external ID.';
      else if (!EXTERNAL_ID.test(value)) {
        problems.externalId =
          'The external ID has 2 to 1,224 characters: letters, digits and + = , . @ : / - _ (no spaces).';
      }
    }
  }
  if (choice.type === 'service' && choice.service === '') problems.service = 'Choose a service.';
  if (choice.type === 'custom' && choice.customPolicy.trim() === '') {
    problems.customPolicy = 'Enter a trust policy.';
  }
  return problems;
}

/**
 * The trust policy text for the choice. `thisAccountId` is the signed-in account (for "This
 * account"). A custom policy is returned as written; the others are built and pretty-printed.
 */
export function buildTrustPolicy(choice: TrustedEntityChoice, thisAccountId: string): string {
  if (choice.type === 'custom') return choice.customPolicy;
  const statement: Record<string, unknown> = { Effect: 'Allow' };
  if (choice.type === 'service') {
    statement.Principal = { Service: choice.service };
  } else {
    const accountId = choice.account === 'this' ? thisAccountId : choice.otherAccountId.trim();
    statement.Principal = { AWS: `arn:aws:iam::${accountId}:root` };
  }
  statement.Action = 'sts:AssumeRole';
  const condition = choice.type === 'account' ? accountConditions(choice) : undefined;
  if (condition) statement.Condition = condition;
  return JSON.stringify({ Version: '2012-10-17', Statement: [statement] }, null, 2) + '\n';
}

function accountConditions(choice: TrustedEntityChoice): Record<string, unknown> | undefined {
  const condition: Record<string, Record<string, string>> = {};
  if (choice.requireExternalId) condition.StringEquals = { 'sts:ExternalId': choice.externalId.trim() };
  if (choice.requireMfa) condition.Bool = { 'aws:MultiFactorAuthPresent': 'true' };
  return Object.keys(condition).length > 0 ? condition : undefined;
}
