// Values inside `Principal` / `NotPrincipal`. AWS accepts `*` alone but no partial wildcard;
// `AWS` takes account ids and IAM/STS ARNs, `CanonicalUser` a 64-digit hex id.
import type { PrincipalBlock, Statement } from '../types.js';
import type { Path } from '../diagnostics.js';
import { quote } from '../diagnostics.js';
import { parseArn } from '../arn.js';
import type { Reporter } from './reporter.js';

type PrincipalType = 'AWS' | 'Service' | 'Federated' | 'CanonicalUser';

const NO_PARTIAL_WILDCARD =
  'use `*` alone, or name the principals exactly and narrow with a condition on `aws:PrincipalArn`';

function awsProblem(value: string): string | undefined {
  if (value === '*' || /^\d{12}$/.test(value)) return undefined;
  const arn = parseArn(value);
  if (!arn || !['iam', 'sts'].includes(arn.service)) {
    return `${quote(value)} is not an AWS account id or an IAM or STS principal ARN`;
  }
  if (!/^\d{12}$/.test(arn.account)) return `principal ARN ${quote(value)} needs a 12-digit account id`;
  return undefined;
}

function problem(type: PrincipalType, value: string): string | undefined {
  switch (type) {
    case 'AWS':
      return awsProblem(value);
    case 'Service':
      return /^[a-z0-9][a-z0-9.-]*$/i.test(value) ? undefined : `${quote(value)} is not a service principal`;
    case 'Federated':
      return value !== '' && !/\s/.test(value) ? undefined : `${quote(value)} is not an identity provider`;
    case 'CanonicalUser':
      return /^[0-9a-f]{64}$/i.test(value)
        ? undefined
        : `${quote(value)} is not a 64-digit canonical user id`;
  }
}

function checkBlock(reporter: Reporter, block: PrincipalBlock | undefined, path: Path): void {
  if (block?.kind !== 'map') return;
  for (const type of ['AWS', 'Service', 'Federated', 'CanonicalUser'] as const) {
    block[type]?.forEach((value, j) => {
      if (value !== '*' && /[*?]/.test(value)) {
        reporter.report(
          'principal-wildcard',
          `wildcards are not allowed inside principal ${quote(value)}`,
          [...path, type, j],
          { help: NO_PARTIAL_WILDCARD },
        );
        return;
      }
      const found = problem(type, value);
      if (found) reporter.report('invalid-principal', found, [...path, type, j]);
    });
  }
}

export function checkPrincipals(reporter: Reporter, statement: Statement): void {
  checkBlock(reporter, statement.principal, ['Statement', statement.index, 'Principal']);
  checkBlock(reporter, statement.notPrincipal, ['Statement', statement.index, 'NotPrincipal']);
}
