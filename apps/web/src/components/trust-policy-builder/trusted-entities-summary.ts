// The "Trusted entities" column of the roles list: who may assume the role, read from the
// Allow statements of its trust policy, in the IAM console's words ("AWS Service: ec2",
// "Account: 111122223333").

const ROOT_ARN = /^arn:aws:iam::(\d{12}):root$/;
const SERVICE_SUFFIX = /\.amazonaws\.com(\.cn)?$/;

export function trustedEntitiesSummary(trustPolicy: string | null | undefined): string[] {
  if (!trustPolicy) return [];
  let document: unknown;
  try {
    document = JSON.parse(trustPolicy);
  } catch {
    return [];
  }
  const statements = asArray((document as { Statement?: unknown } | null)?.Statement);
  const entries: string[] = [];
  for (const statement of statements) {
    if (!isObject(statement) || statement.Effect !== 'Allow') continue;
    for (const entry of principalEntries(statement.Principal)) {
      if (!entries.includes(entry)) entries.push(entry);
    }
  }
  return entries;
}

function principalEntries(principal: unknown): string[] {
  if (principal === '*') return ['Anyone (*)'];
  if (!isObject(principal)) return [];
  const entries: string[] = [];
  for (const value of asArray(principal.Service)) {
    if (typeof value === 'string') entries.push(`AWS Service: ${value.replace(SERVICE_SUFFIX, '')}`);
  }
  for (const value of asArray(principal.AWS)) {
    if (typeof value !== 'string') continue;
    if (value === '*') entries.push('Anyone (*)');
    else if (/^\d{12}$/.test(value)) entries.push(`Account: ${value}`);
    else entries.push(ROOT_ARN.test(value) ? `Account: ${ROOT_ARN.exec(value)![1]}` : value);
  }
  for (const value of asArray(principal.Federated)) {
    if (typeof value === 'string') entries.push(`Identity Provider: ${value}`);
  }
  return entries;
}

const asArray = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
