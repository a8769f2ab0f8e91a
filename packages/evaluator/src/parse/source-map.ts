// Where each part of a parsed PolicyDocument came from in its text. The AST stays plain data
// (serialisable, comparable); the map lives beside it in a WeakMap, so the validator can
// point a diagnostic at the exact token when the document came from `parsePolicy`, and
// falls back to statement ranges for documents built in code.
//
// Keys are AST paths: ['Statement', i, 'Action', j] with i and j indexes into the AST's own
// arrays, and for conditions ['Statement', i, 'Condition', c] (clause c of
// `statement.conditions`) and ['Statement', i, 'Condition', c, j] (its value j).
// Each entry also records the JSON path of the same value as written in the text.
import type { PolicyDocument, Range } from '../types.js';
import type { Path } from '../diagnostics.js';

export interface SourceLocation {
  /** Path of the value in the JSON text, e.g. ['Statement', 'Action', 1] for a lone statement object. */
  path: Path;
  /** Span of the value. */
  range: Range;
  /** Span of the key naming the value, when it has one. */
  keyRange?: Range;
  /** For arrays and objects, how many items or members were written (including unusable ones). */
  items?: number;
}

export type SourceMap = Map<string, SourceLocation>;

const maps = new WeakMap<PolicyDocument, SourceMap>();

export function sourceKey(astPath: Path): string {
  return astPath.join('\u0000');
}

export function attachSourceMap(document: PolicyDocument, map: SourceMap): void {
  maps.set(document, map);
}

/** Where the value at `astPath` was written, if the document was parsed from text. */
export function locate(document: PolicyDocument, astPath: Path): SourceLocation | undefined {
  return maps.get(document)?.get(sourceKey(astPath));
}

/** True when the document was parsed from text (so absence from the map means absence from the text). */
export function hasSourceMap(document: PolicyDocument): boolean {
  return maps.has(document);
}
