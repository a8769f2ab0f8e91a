// What kind of caller a request's `principal` string names. IAM principals (users, roles,
// role sessions, federated-user sessions, the account root) have an account and identity-based
// policies; service, web-identity/SAML and canonical-user principals, and anonymous callers,
// are authorised by resource-based policies alone.

export type PrincipalKind =
  | 'root'
  | 'user'
  | 'role'
  | 'assumed-role'
  | 'federated-user'
  | 'service'
  | 'federated'
  | 'canonical-user'
  | 'anonymous';

export interface RequestPrincipal {
  raw: string;
  kind: PrincipalKind;
  /** The principal's account (IAM principals only). */
  account: string | undefined;
  /** For `role` and `assumed-role`: the role's name (a session ARN carries no role path). */
  roleName: string | undefined;
  /** Users, roles, sessions and root: the principals identity-based policies apply to. */
  isIam: boolean;
}

const ACCOUNT_ID = /^\d{12}$/;

function iamPrincipal(
  raw: string,
  kind: PrincipalKind,
  account: string,
  roleName?: string,
): RequestPrincipal {
  return { raw, kind, account, roleName, isIam: true };
}

function other(raw: string, kind: PrincipalKind): RequestPrincipal {
  return { raw, kind, account: undefined, roleName: undefined, isIam: false };
}

function fromArn(raw: string): RequestPrincipal {
  const parts = raw.split(':');
  const service = parts[2];
  const account = parts[4] ?? '';
  const resource = parts.slice(5).join(':');
  const slash = resource.indexOf('/');
  const type = slash < 0 ? resource : resource.slice(0, slash);
  if (service === 'iam' && resource === 'root') return iamPrincipal(raw, 'root', account);
  if (service === 'iam' && type === 'user') return iamPrincipal(raw, 'user', account);
  if (service === 'iam' && type === 'role') {
    return iamPrincipal(raw, 'role', account, resource.slice(resource.lastIndexOf('/') + 1));
  }
  if (service === 'sts' && type === 'assumed-role') {
    return iamPrincipal(raw, 'assumed-role', account, resource.split('/')[1]);
  }
  if (service === 'sts' && type === 'federated-user') return iamPrincipal(raw, 'federated-user', account);
  if (service === 'iam' && (type === 'saml-provider' || type === 'oidc-provider'))
    return other(raw, 'federated');
  return other(raw, 'anonymous');
}

/** Classifies a request principal string; never throws. */
export function parseRequestPrincipal(raw: string): RequestPrincipal {
  if (raw.startsWith('arn:')) return fromArn(raw);
  if (ACCOUNT_ID.test(raw)) return iamPrincipal(raw, 'root', raw);
  if (raw === '' || raw === '*' || raw.toLowerCase() === 'anonymous') return other(raw, 'anonymous');
  if (raw.includes('.')) return other(raw, 'service');
  return other(raw, 'canonical-user');
}
