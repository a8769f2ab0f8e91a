// Where each Action / NotAction / Resource / NotResource string of a statement was written, and
// where each condition key was: read from the evaluator's own source map (`locate`), which the
// parser fills for every list item and condition clause, also in text that is not valid JSON yet.
import {
  locate,
  type ConditionClause,
  type PolicyDocument,
  type Range,
  type Statement,
} from '@gatehouse/evaluator';

export type Path = (string | number)[];

/** A string of the policy: its value, its span (quotes included, as the evaluator's), its JSON path. */
export interface LocatedString {
  value: string;
  range?: Range;
  path: Path;
}

export type ListElement = 'Action' | 'NotAction' | 'Resource' | 'NotResource';

const AST_FIELD = {
  Action: 'action',
  NotAction: 'notAction',
  Resource: 'resource',
  NotResource: 'notResource',
} as const satisfies Record<ListElement, keyof Statement>;

export class StatementLocator {
  private readonly basePath: Path;

  constructor(
    private readonly document: PolicyDocument,
    private readonly statement: Statement,
  ) {
    const own = locate(document, ['Statement', statement.index]);
    this.basePath = own ? own.path : ['Statement', statement.index];
  }

  /** The element's strings, in the AST's order; each has a range when the document came from text. */
  list(element: ListElement): LocatedString[] {
    const values = this.statement[AST_FIELD[element]] ?? [];
    return values.map((value, i) => {
      const at = locate(this.document, ['Statement', this.statement.index, element, i]);
      if (!at) return { value, path: [...this.basePath, element, i], ...this.fallback() };
      return { value, range: at.range, path: at.path };
    });
  }

  /** The condition key of clause `c` of the statement: the key's own token. */
  conditionKey(clause: ConditionClause, c: number): LocatedString {
    const path = [...this.basePath, 'Condition', clause.operator, clause.key];
    const at = locate(this.document, ['Statement', this.statement.index, 'Condition', c]);
    if (!at?.keyRange) return { value: clause.key, path, ...this.fallback() };
    return { value: clause.key, path: at.path, range: at.keyRange };
  }

  /** A document built in code has no source map: findings then point at the statement. */
  private fallback(): { range?: Range } {
    return this.statement.range ? { range: this.statement.range } : {};
  }
}
