// Where each Action / NotAction / Resource / NotResource string of a statement was written, and
// where each condition key was. The evaluator's AST gives the statement's range and each
// condition clause's range (which starts at the key); list items are found by re-reading the
// statement's own text. Every located string lines up with the AST's list of the same element.
import type { ConditionClause, Range, Statement } from '@gatehouse/evaluator';
import { memberValue, readJsonSpans, readStringAt, type JsonSpanNode } from './read-json-spans.js';
import type { TextPositions } from './text-positions.js';

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
  private readonly node: JsonSpanNode | undefined;
  readonly basePath: Path;

  constructor(
    private readonly text: string,
    private readonly positions: TextPositions,
    private readonly statement: Statement,
  ) {
    const range = statement.range;
    this.node = range ? readJsonSpans(text, range.start.offset, range.end.offset) : undefined;
    this.basePath = isLoneStatement(text, statement) ? ['Statement'] : ['Statement', statement.index];
  }

  /** The element's strings, in the AST's order; each has a range when the text could be re-read. */
  list(element: ListElement): LocatedString[] {
    const values = this.statement[AST_FIELD[element]] ?? [];
    const written = this.writtenStrings(element);
    const aligned = written.length === values.length && written.every((w, i) => w.node.value === values[i]);
    return values.map((value, i) => {
      const match = aligned ? written[i] : undefined;
      if (!match) return { value, path: [...this.basePath, element, i], ...this.fallback() };
      return {
        value,
        range: this.positions.range(match.node.start, match.node.end),
        path:
          match.index === undefined ? [...this.basePath, element] : [...this.basePath, element, match.index],
      };
    });
  }

  /** The condition key of `clause`: its string token, found at the start of the clause's range. */
  conditionKey(clause: ConditionClause): LocatedString {
    const path = [...this.basePath, 'Condition', clause.operator, clause.key];
    const token = clause.range ? readStringAt(this.text, clause.range.start.offset) : undefined;
    if (!token || token.value !== clause.key) return { value: clause.key, path, ...this.fallback() };
    return { value: clause.key, path, range: this.positions.range(token.start, token.end) };
  }

  private writtenStrings(element: ListElement) {
    const value = memberValue(this.node, element);
    type Written = { node: Extract<JsonSpanNode, { kind: 'string' }>; index: number | undefined };
    if (value?.kind === 'string') return [{ node: value, index: undefined }] as Written[];
    if (value?.kind !== 'array') return [] as Written[];
    return value.items.flatMap((node, index): Written[] => (node.kind === 'string' ? [{ node, index }] : []));
  }

  private fallback(): { range?: Range } {
    return this.statement.range ? { range: this.statement.range } : {};
  }
}

/** True when the statement is `"Statement": { ... }` rather than an item of an array. */
function isLoneStatement(text: string, statement: Statement): boolean {
  if (!statement.range) return false;
  let at = statement.range.start.offset - 1;
  while (at >= 0 && ' \t\r\n'.includes(text.charAt(at))) at--;
  return text.charAt(at) === ':';
}
