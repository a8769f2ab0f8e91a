// Policy variables (`${aws:username}`) are replaced only in policies that declare
// `"Version": "2012-10-17"`; elsewhere they are matched as literal text, which is never what
// the author meant. In a Resource ARN they are replaced only in the resource part: "You can
// use a policy variable in the `Resource` element, but only in the resource portion of the
// ARN. This portion of the ARN appears after the fifth colon (:). You can't use a variable to
// replace parts of the ARN before the fifth colon, such as the service or account." (IAM
// policy elements: Variables and tags). AWS accepts such a policy, so this is a warning.
import type { PolicyDocument, Statement } from '../types.js';
import { quote } from '../diagnostics.js';
import { splitSegments } from '../arn.js';
import type { Reporter } from './reporter.js';

const VARIABLE = /\$\{[^}]*\}/;
const SEGMENTS = ['partition', 'service', 'region', 'account'] as const;
const ACCOUNT_HELP =
  'to limit the account, test it in a condition: "StringEquals": {"aws:ResourceAccount": "${aws:PrincipalAccount}"}';

function checkArnPrefixes(reporter: Reporter, statement: Statement): void {
  for (const [element, list] of [
    ['Resource', statement.resource],
    ['NotResource', statement.notResource],
  ] as const) {
    list?.forEach((value, j) => {
      if (!value.startsWith('arn:')) return;
      // Partition, service, region and account (all of a shortened ARN lies before the fifth colon).
      const head = splitSegments(value, 5).slice(1, 5);
      const at = head.findIndex((segment) => VARIABLE.test(segment));
      if (at < 0) return;
      const segment = SEGMENTS[at] as string;
      const variable = VARIABLE.exec(head[at] as string)?.[0] ?? '';
      reporter.report(
        'variable-in-arn-prefix',
        `policy variable ${quote(variable)} in the ${segment} of the ARN is not replaced: AWS replaces variables only in the resource part, after the fifth colon`,
        ['Statement', statement.index, element, j],
        { help: segment === 'account' ? ACCOUNT_HELP : 'write the text itself, or a wildcard' },
      );
    });
  }
}

export function checkVariables(reporter: Reporter, document: PolicyDocument): void {
  if (document.version === '2012-10-17') {
    for (const statement of document.statements) checkArnPrefixes(reporter, statement);
    return;
  }
  const flag = (value: string, path: (string | number)[]) => {
    const variable = VARIABLE.exec(value)?.[0];
    if (variable === undefined) return;
    reporter.report(
      'variable-in-old-version',
      `policy variable ${quote(variable)} is not replaced without \`"Version": "2012-10-17"\``,
      path,
      { help: 'add "Version": "2012-10-17" at the top of the policy' },
    );
  };
  for (const statement of document.statements) {
    const base = ['Statement', statement.index];
    statement.resource?.forEach((value, j) => flag(value, [...base, 'Resource', j]));
    statement.notResource?.forEach((value, j) => flag(value, [...base, 'NotResource', j]));
    statement.conditions.forEach((clause, c) => {
      clause.values.forEach((value, j) => flag(value, [...base, 'Condition', c, j]));
    });
  }
}
