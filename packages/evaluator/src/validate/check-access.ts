// Security warnings in the spirit of IAM Access Analyzer: statements that grant far more than
// they seem to, or let anyone in.
import type { PolicyKind, Statement } from '../types.js';
import type { Reporter } from './reporter.js';
import { checkIamGrants } from './check-iam-grants.js';

export function checkAccess(reporter: Reporter, statement: Statement, kind: PolicyKind): void {
  // SCPs and boundaries only limit what other policies grant, so broad Allows there are normal
  // (AWS's default SCP is `FullAWSAccess`: Allow `*` on `*`).
  if (statement.effect !== 'Allow' || kind === 'scp' || kind === 'boundary') return;
  const base = ['Statement', statement.index];
  if (statement.notAction) {
    reporter.report(
      'allow-not-action',
      '`Allow` with `NotAction` allows every action not listed',
      [...base, 'NotAction'],
      {
        part: 'key',
        help: 'list the allowed actions in `Action` instead; use `NotAction` with `Deny`',
      },
    );
  }
  if (statement.notResource) {
    reporter.report(
      'allow-not-resource',
      '`Allow` with `NotResource` allows every resource not listed',
      [...base, 'NotResource'],
      {
        part: 'key',
        help: 'list the allowed resources in `Resource` instead; use `NotResource` with `Deny`',
      },
    );
  }
  checkWildcardGrants(reporter, statement, kind, base);
  if ((kind === 'trust' || kind === 'resource') && isAnyone(statement) && statement.conditions.length === 0) {
    reporter.report(
      'public-principal',
      kind === 'trust' ? 'anyone can assume this role' : 'this statement allows anyone, in any account',
      [...base, 'Principal'],
      { help: 'name the principals, or add a condition such as `aws:PrincipalOrgID` or `sts:ExternalId`' },
    );
  }
}

function checkWildcardGrants(
  reporter: Reporter,
  statement: Statement,
  kind: PolicyKind,
  base: (string | number)[],
): void {
  const star = (statement.action ?? []).indexOf('*');
  if (star !== -1 && (statement.resource ?? []).includes('*')) {
    reporter.report(
      'allow-all',
      'this statement allows every action on every resource',
      [...base, 'Action', star],
      {
        help: 'grant only the actions and resources needed (least privilege)',
      },
    );
    // Full access says it all: the IAM warnings below would only repeat it.
    return;
  }
  checkIamGrants(reporter, statement, kind, base);
}

function isAnyone(statement: Statement): boolean {
  const principal = statement.principal;
  if (!principal) return false;
  return principal.kind === 'any' || (principal.AWS ?? []).includes('*');
}
