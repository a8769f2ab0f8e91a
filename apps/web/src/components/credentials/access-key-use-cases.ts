// Step 1 of "Create access key", as in the IAM console: what the key is for, and the safer
// alternative to a long-term key for that use. Choosing a use case with an alternative asks the
// user to confirm they read it; "Other" has none.

export type AccessKeyUseCase = 'cli' | 'local-code' | 'aws-compute' | 'third-party' | 'outside-aws' | 'other';

export interface AccessKeyUseCaseOption {
  value: AccessKeyUseCase;
  label: string;
  description: string;
  /** The recommended alternatives to an access key, or none ("Other"). */
  alternatives: string[];
}

export const ACCESS_KEY_USE_CASES: readonly AccessKeyUseCaseOption[] = [
  {
    value: 'cli',
    label: 'Command Line Interface (CLI)',
    description:
      'The AWS CLI (or another command line tool) will sign requests to this account with the key.',
    alternatives: [
      'Sign in to the console and assume a role: temporary credentials expire on their own.',
      'Have the CLI assume a role (a role_arn profile), so the long-term key itself needs almost no permissions.',
    ],
  },
  {
    value: 'local-code',
    label: 'Local code',
    description: 'Application code in a local development environment will call this account with the key.',
    alternatives: [
      'Let your IDE or SDK obtain temporary credentials by assuming a role instead of storing a long-term key.',
    ],
  },
  {
    value: 'aws-compute',
    label: 'Application running on an AWS compute service',
    description:
      'Code running on a compute service such as Amazon EC2, Amazon ECS or AWS Lambda will use the key.',
    alternatives: [
      'Give the compute resource an IAM role: the service supplies temporary credentials that rotate automatically.',
    ],
  },
  {
    value: 'third-party',
    label: 'Third-party service',
    description:
      'A third-party application or service that monitors or manages your resources will use the key.',
    alternatives: [
      'Create a role the third party assumes, with an external ID in its trust policy, rather than sharing a long-term key.',
    ],
  },
  {
    value: 'outside-aws',
    label: 'Application running outside AWS',
    description: 'Workloads in your data center or other infrastructure outside AWS will use the key.',
    alternatives: [
      'Exchange the workload\u2019s own identity (for example an X.509 certificate) for temporary credentials of a role.',
    ],
  },
  {
    value: 'other',
    label: 'Other',
    description: 'Your use case is not listed here.',
    alternatives: [],
  },
];

export function findUseCase(value: AccessKeyUseCase | null): AccessKeyUseCaseOption | undefined {
  return ACCESS_KEY_USE_CASES.find((u) => u.value === value);
}

/** Whether step 1 lets the user go on: a use case chosen, and its alternatives acknowledged. */
export function isUseCaseStepComplete(value: AccessKeyUseCase | null, acknowledged: boolean): boolean {
  const option = findUseCase(value);
  if (!option) return false;
  return option.alternatives.length === 0 || acknowledged;
}
