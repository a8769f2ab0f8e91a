// ARNs of IAM entities, as AWS writes them. `path` is `/` or `/a/b/`.

export function rootArn(accountId: string): string {
  return `arn:aws:iam::${accountId}:root`;
}

export function userArn(accountId: string, path: string, name: string): string {
  return `arn:aws:iam::${accountId}:user${path}${name}`;
}

export function groupArn(accountId: string, path: string, name: string): string {
  return `arn:aws:iam::${accountId}:group${path}${name}`;
}

export function roleArn(accountId: string, path: string, name: string): string {
  return `arn:aws:iam::${accountId}:role${path}${name}`;
}

/** Customer managed policies carry the account id; AWS managed ones carry `aws`. */
export function policyArn(owner: string, path: string, name: string): string {
  return `arn:aws:iam::${owner}:policy${path}${name}`;
}

export function mfaArn(accountId: string, path: string, name: string): string {
  return `arn:aws:iam::${accountId}:mfa${path}${name}`;
}
