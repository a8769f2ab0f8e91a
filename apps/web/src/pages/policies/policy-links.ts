// Where a managed policy's pages live: its ARN is one URL segment, encoded (docs/API.md).

export const policyHref = (arn: string, page = ''): string =>
  `/policies/${encodeURIComponent(arn)}${page ? `/${page}` : ''}`;

/** The policy's name, the last segment of its ARN (`arn:aws:iam::123:policy/ops/deploy` → `deploy`). */
export function policyNameFromArn(arn: string): string {
  const resource = arn.split(':').slice(5).join(':');
  return resource.split('/').pop() || arn;
}
