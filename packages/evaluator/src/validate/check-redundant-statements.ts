// Statements that repeat an earlier one exactly (apart from `Sid`) add nothing.
import type { PolicyDocument, PrincipalBlock, Statement } from '../types.js';
import type { Reporter } from './reporter.js';

function sorted(values: string[] | undefined): string[] | undefined {
  return values ? [...values].sort() : undefined;
}

function principalKey(block: PrincipalBlock | undefined): unknown {
  if (!block || block.kind === 'any') return block?.kind;
  return [sorted(block.AWS), sorted(block.Service), sorted(block.Federated), sorted(block.CanonicalUser)];
}

/** A text equal for two statements exactly when they grant or deny the same thing. */
function meaning(statement: Statement): string {
  const conditions = statement.conditions
    .map((c) => JSON.stringify([c.operator, c.key.toLowerCase(), [...c.values].sort()]))
    .sort();
  return JSON.stringify([
    statement.effect,
    sorted(statement.action?.map((a) => a.toLowerCase())),
    sorted(statement.notAction?.map((a) => a.toLowerCase())),
    sorted(statement.resource),
    sorted(statement.notResource),
    principalKey(statement.principal),
    principalKey(statement.notPrincipal),
    conditions,
  ]);
}

export function checkRedundantStatements(reporter: Reporter, document: PolicyDocument): void {
  const seen = new Map<string, Statement>();
  for (const statement of document.statements) {
    const key = meaning(statement);
    const earlier = seen.get(key);
    if (earlier) {
      const name = earlier.sid ? `statement \`${earlier.sid}\`` : `statement ${earlier.index + 1}`;
      reporter.report(
        'redundant-statement',
        `this statement repeats ${name}`,
        ['Statement', statement.index],
        {
          part: 'open',
          help: 'remove one of the two',
        },
      );
    } else {
      seen.set(key, statement);
    }
  }
}
