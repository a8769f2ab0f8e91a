// Which elements a statement has: the required ones present, forbidden ones absent, never an
// element together with its `Not` form, no empty lists. Depends on the kind of policy.
import type { PrincipalBlock, Statement } from '../types.js';
import type { Path } from '../diagnostics.js';
import type { KindRules } from './kind-rules.js';
import type { Reporter } from './reporter.js';

type Pair = {
  element: 'Action' | 'Resource' | 'Principal';
  not: 'NotAction' | 'NotResource' | 'NotPrincipal';
  has: boolean;
  hasNot: boolean;
};

function pairs(statement: Statement): Pair[] {
  return [
    {
      element: 'Action',
      not: 'NotAction',
      has: statement.action !== undefined,
      hasNot: statement.notAction !== undefined,
    },
    {
      element: 'Resource',
      not: 'NotResource',
      has: statement.resource !== undefined,
      hasNot: statement.notResource !== undefined,
    },
    {
      element: 'Principal',
      not: 'NotPrincipal',
      has: statement.principal !== undefined,
      hasNot: statement.notPrincipal !== undefined,
    },
  ];
}

export function checkElements(reporter: Reporter, statement: Statement, rules: KindRules): void {
  const base: Path = ['Statement', statement.index];
  const written = (element: string) => reporter.written([...base, element]);
  if (statement.effect !== 'Allow' && statement.effect !== 'Deny' && !written('Effect')) {
    reporter.report('invalid-effect', '`Effect` must be `Allow` or `Deny`', base, { part: 'open' });
  }
  for (const pair of pairs(statement)) {
    // Where the element is forbidden outright, that is the one thing to say about it.
    if (pair.element === 'Principal' && rules.principal === 'forbidden') continue;
    if (pair.element === 'Resource' && rules.resource === 'forbidden') continue;
    const present = pair.has || written(pair.element);
    const presentNot = pair.hasNot || written(pair.not);
    if (present && presentNot) {
      reporter.report(
        'conflicting-elements',
        `a statement cannot have both \`${pair.element}\` and \`${pair.not}\``,
        [...base, pair.not],
        { part: 'key', help: `keep either \`${pair.element}\` or \`${pair.not}\`` },
      );
    }
  }
  checkAction(reporter, statement, base, written);
  checkResource(reporter, statement, base, rules, written);
  checkPrincipal(reporter, statement, base, rules, written);
  checkEmptyLists(reporter, statement, base);
}

function checkAction(
  reporter: Reporter,
  statement: Statement,
  base: Path,
  written: (e: string) => boolean,
): void {
  if (statement.action || statement.notAction || written('Action') || written('NotAction')) return;
  reporter.report('missing-action', 'statement has no `Action` or `NotAction`', base, {
    part: 'open',
    help: 'add "Action": "service:ActionName" (or a list of them)',
  });
}

function checkResource(
  reporter: Reporter,
  statement: Statement,
  base: Path,
  rules: KindRules,
  written: (e: string) => boolean,
): void {
  const elements = ['Resource', 'NotResource'] as const;
  const present = elements.filter(
    (e) => (e === 'Resource' ? statement.resource : statement.notResource) || written(e),
  );
  if (rules.resource === 'forbidden') {
    for (const element of present) {
      reporter.report(
        'element-not-allowed',
        `\`${element}\` is not allowed in ${rules.label}`,
        [...base, element],
        {
          part: 'key',
          help: 'a trust policy always applies to its own role; remove the element',
        },
      );
    }
    return;
  }
  if (present.length === 0) {
    reporter.report('missing-resource', `statement has no \`Resource\` or \`NotResource\``, base, {
      part: 'open',
      help: `${rules.label} must say which resources it applies to: add "Resource": "*" or an ARN`,
    });
  }
}

function checkPrincipal(
  reporter: Reporter,
  statement: Statement,
  base: Path,
  rules: KindRules,
  written: (e: string) => boolean,
): void {
  const hasPrincipal = statement.principal !== undefined || written('Principal');
  const hasNotPrincipal = statement.notPrincipal !== undefined || written('NotPrincipal');
  if (rules.principal === 'forbidden') {
    for (const [element, present] of [
      ['Principal', hasPrincipal],
      ['NotPrincipal', hasNotPrincipal],
    ] as const) {
      if (!present) continue;
      reporter.report(
        'element-not-allowed',
        `\`${element}\` is not allowed in ${rules.label}`,
        [...base, element],
        {
          part: 'key',
          help: `${rules.label} applies to the identities it is attached to; remove \`${element}\``,
        },
      );
    }
    return;
  }
  if (hasNotPrincipal && rules.notPrincipal === 'forbidden') {
    reporter.report(
      'element-not-allowed',
      `\`NotPrincipal\` is not allowed in ${rules.label}`,
      [...base, 'NotPrincipal'],
      {
        part: 'key',
        help: 'name who may assume the role with `Principal`',
      },
    );
  } else if (hasNotPrincipal && statement.effect === 'Allow') {
    reporter.report(
      'not-principal-with-allow',
      '`NotPrincipal` can only be used with `"Effect": "Deny"`',
      [...base, 'NotPrincipal'],
      { part: 'key', help: 'use `Principal` to allow, or a `Deny` statement with `NotPrincipal`' },
    );
  }
  const satisfied = hasPrincipal || (hasNotPrincipal && rules.notPrincipal === 'allowed');
  if (!satisfied) {
    reporter.report('missing-principal', `statement has no \`Principal\``, base, {
      part: 'open',
      help: `${rules.label} must name who it applies to, e.g. "Principal": {"AWS": "arn:aws:iam::111122223333:root"}`,
    });
  }
}

function checkEmptyLists(reporter: Reporter, statement: Statement, base: Path): void {
  const lists: [string, string[] | undefined][] = [
    ['Action', statement.action],
    ['NotAction', statement.notAction],
    ['Resource', statement.resource],
    ['NotResource', statement.notResource],
  ];
  for (const [element, values] of lists) checkEmpty(reporter, values, [...base, element], `\`${element}\``);
  for (const [element, block] of [
    ['Principal', statement.principal],
    ['NotPrincipal', statement.notPrincipal],
  ] as const) {
    checkPrincipalBlock(reporter, block, [...base, element], element);
  }
  statement.conditions.forEach((clause, c) => {
    checkEmpty(reporter, clause.values, [...base, 'Condition', c], `condition key \`${clause.key}\``);
  });
}

function checkPrincipalBlock(
  reporter: Reporter,
  block: PrincipalBlock | undefined,
  path: Path,
  element: string,
): void {
  if (block?.kind !== 'map') return;
  const types = (['AWS', 'Service', 'Federated', 'CanonicalUser'] as const).filter(
    (t) => block[t] !== undefined,
  );
  if (types.length === 0 && !(reporter.writtenItems(path) ?? 0)) {
    reporter.report('invalid-principal', `\`${element}\` names no principals`, path, {
      help: 'add a principal type, e.g. {"AWS": "arn:aws:iam::111122223333:root"}',
    });
  }
  for (const type of types) checkEmpty(reporter, block[type], [...path, type], `\`${element}.${type}\``);
}

/** An empty list is an error only if it was written empty (wrong-typed items were reported already). */
function checkEmpty(reporter: Reporter, values: string[] | undefined, path: Path, what: string): void {
  if (values === undefined || values.length > 0) return;
  const written = reporter.writtenItems(path);
  if (written !== undefined && written > 0) return;
  reporter.report('empty-array', `${what} has no values`, path, {
    help: 'give at least one value or remove it',
  });
}
