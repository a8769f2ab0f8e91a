// The commands and code that point the aws CLI and the AWS SDK for JavaScript at this Gatehouse
// with a new access key. Gatehouse answers the AWS API on the console's own origin, in one region.

export const GATEHOUSE_REGION = 'us-east-1';

/**
 * Stands in for the secret while it is hidden. Pasted into a shell, `<…>` is a redirection from a
 * file that does not exist, so the command fails before the aws CLI writes anything.
 */
export const SECRET_PLACEHOLDER = '<secret-access-key>';

export interface SnippetInput {
  accessKeyId: string;
  /** The secret, or null while the dialog hides it (the snippet then shows the placeholder). */
  secretAccessKey: string | null;
  /** The key's user; absent for the root user's keys. */
  userName?: string;
  /** Where Gatehouse answers the AWS API: the console's origin. */
  endpoint: string;
}

const DEFAULT_PROFILE = 'gatehouse';

/**
 * The profile is named for the user. IAM names may start with `-`, `+`, `=`, `,`, `.` or `@`; a
 * leading `-` would be read as an option, so such names fall back to `gatehouse`.
 */
export function profileName(userName: string | undefined): string {
  return userName && /^[A-Za-z0-9_][\w+=,.@-]*$/.test(userName) ? userName : DEFAULT_PROFILE;
}

export function awsCliSnippet(input: SnippetInput): string {
  const profile = profileName(input.userName);
  const secret = input.secretAccessKey ?? SECRET_PLACEHOLDER;
  return [
    `# A profile named ${profile} with this access key`,
    `aws configure set aws_access_key_id ${input.accessKeyId} --profile ${profile}`,
    `aws configure set aws_secret_access_key ${secret} --profile ${profile}`,
    `aws configure set region ${GATEHOUSE_REGION} --profile ${profile}`,
    '',
    '# Name the Gatehouse endpoint on each command (every CLI version)',
    `aws --profile ${profile} --endpoint-url ${input.endpoint} sts get-caller-identity`,
    '',
    '# Or, with AWS CLI 2.13 or later, once for the shell',
    `export AWS_ENDPOINT_URL=${input.endpoint}`,
    `aws --profile ${profile} sts get-caller-identity`,
    '',
  ].join('\n');
}

export function sdkJavaScriptSnippet(input: SnippetInput): string {
  const profile = profileName(input.userName);
  const secret = input.secretAccessKey ?? SECRET_PLACEHOLDER;
  return [
    '// npm install @aws-sdk/client-iam',
    "import { IAMClient, ListUsersCommand } from '@aws-sdk/client-iam';",
    '',
    'const iam = new IAMClient({',
    `  endpoint: ${quote(input.endpoint)},`,
    `  region: ${quote(GATEHOUSE_REGION)},`,
    '  credentials: {',
    `    accessKeyId: ${quote(input.accessKeyId)},`,
    `    secretAccessKey: ${quote(secret)},`,
    '  },',
    '});',
    `// To keep the secret out of your code, leave out credentials and run with AWS_PROFILE=${profile}`,
    '// (the profile the AWS CLI commands write).',
    '',
    '// Any call the key is allowed, for example (needs iam:ListUsers):',
    'const { Users } = await iam.send(new ListUsersCommand({}));',
    'console.log(Users);',
    '',
  ].join('\n');
}

function quote(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
