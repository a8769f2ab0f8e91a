/** AWS managed policies live in the `aws` pseudo-account: `arn:aws:iam::aws:policy/...`. */
export const isAwsManaged = (arn: string): boolean => arn.startsWith('arn:aws:iam::aws:policy/');
