// Where each Action / NotAction / Resource / NotResource string of a statement was written, and
// where each condition key was. The evaluator's AST gives the statement's range and each
// condition clause's range (which starts at the key); list items are found by re-reading the
// statement's own text. Every located string lines up with the AST's list of the same element.
import type { ConditionClause, Range, Statement } from '@gatehouse/evaluator';
import { memberValue, readJsonSpans, readStringAt, type JsonSpanNode } from './read-json-spans.js';
import { scanMemberStrings } from './scan-member-strings.js';
import type { TextPositions } from './text-positions.js';

export type Path = (string | number)[];

/** A string of the policy: its value, its span (quotes included, as the evaluator's), its JSON path. */
export interface LocatedString {
  value: string;
  range?: Range;
  path: Path;
}

export type ListElement = 'Action' | 'NotAction' | 'Resource' | 'NotResource';

/** A string as written: its span and, for an array item, its index in the array. */
interface Written {
  value: string;
  start: number;
  end: number;
  index: number | undefined;
}

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
    let next = 0;
    return values.map((value, i) => {
      // The AST leaves out items that are not strings; match the rest in order, by value.
      const found = written.findIndex((w, j) => j >= next && w.value === value);
      if (found < 0) return { value, path: [...this.basePath, element, i], ...this.fallback() };
      next = found + 1;
      const match = written[found] as Written;
      return {
        value,
        range: this.positions.range(match.start, match.end),
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

  /** Strict JSON when the statement parses; else a forgiving token scan (the user is mid-edit). */
  private writtenStrings(element: ListElement): Written[] {
    const range = this.statement.range;
    if (!this.node) {
      if (!range) return [];
      const scanned = scanMemberStrings(this.text, range.start.offset, range.end.offset, element);
      return scanned.map((string, index) => ({ ...string, index: scanned.length === 1 ? undefined : index }));
    }
    const value = memberValue(this.node, element);
    if (value?.kind === 'string')
      return [{ value: value.value, start: value.start, end: value.end, index: undefined }];
    if (value?.kind !== 'array') return [];
    return value.items.flatMap((node, index): Written[] =>
      node.kind === 'string' ? [{ value: node.value, start: node.start, end: node.end, index }] : [],
    );
  }

  /**
   * Where a finding goes when its string cannot be found: the statement's opening brace when
   * there is text (a squiggle over a whole statement would hide the user's edit), else the
   * statement (a document built in code).
   */
  private fallback(): { range?: Range } {
    const range = this.statement.range;
    if (!range) return {};
    if (this.text === '') return { range };
    return { range: this.positions.range(range.start.offset, range.start.offset + 1) };
  }
}

/** True when the statement is `"Statement": { ... }` rather than an item of an array. */
function isLoneStatement(text: string, statement: Statement): boolean {
  if (!statement.range) return false;
  let at = statement.range.start.offset - 1;
  while (at >= 0 && ' \t\r\n'.includes(text.charAt(at))) at--;
  return text.charAt(at) === ':';
}
