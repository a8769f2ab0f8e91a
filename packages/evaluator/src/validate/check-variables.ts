// Policy variables (`${aws:username}`) are replaced only in policies that declare
// `"Version": "2012-10-17"`; elsewhere they are matched as literal text, which is never what
// the author meant.
import type { PolicyDocument } from '../types.js';
import { quote } from '../diagnostics.js';
import type { Reporter } from './reporter.js';

const VARIABLE = /\$\{[^}]*\}/;

export function checkVariables(reporter: Reporter, document: PolicyDocument): void {
  if (document.version === '2012-10-17') return;
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
