// State shared while turning the JSON tree into a PolicyDocument: the text's line index, the
// diagnostics found so far and the source map being filled in. A tree built from an object
// rather than text (parsePolicyJson) has no line index: nothing then has a range.
import type { Diagnostic, Range } from '../types.js';
import type { DiagnosticCode, Path } from '../diagnostics.js';
import { diagnostic } from '../diagnostics.js';
import type { JsonMember, JsonNode, JsonObject, Span } from './json-tree.js';
import { describeJson } from './json-tree.js';
import type { LineIndex } from './line-index.js';
import type { SourceLocation, SourceMap } from './source-map.js';
import { sourceKey } from './source-map.js';

export class BuildContext {
  /** Made on first use: a parse without a source map never needs one. */
  private map: SourceMap | undefined;

  get sourceMap(): SourceMap {
    return (this.map ??= new Map());
  }

  /** record() fills the source map: builders make the AST paths it needs only then. */
  readonly recording: boolean;

  constructor(
    private readonly lines: LineIndex | undefined,
    readonly diagnostics: Diagnostic[],
    /** Whether record() fills the source map (parsePolicy's `sourceMap` option). */
    recording = true,
  ) {
    this.recording = recording && lines !== undefined;
  }

  range(span: Span): Range | undefined {
    return this.lines?.range(span.start, span.end);
  }

  report(code: DiagnosticCode, message: string, path: Path, span: Span, help?: string): void {
    this.diagnostics.push(
      diagnostic(code, message, path, this.range(span), help === undefined ? {} : { help }),
    );
  }

  /** Reports a value of the wrong JSON type; `invalid` nodes were reported by the parser already. */
  wrongType(expected: string, node: JsonNode, path: Path, element: string): void {
    if (node.kind === 'invalid') return;
    this.report(
      'invalid-type',
      `${element} must be ${expected}, found ${describeJson(node)}`,
      path,
      node.span,
    );
  }

  /** Records where the value at `astPath` was written; `valueNode` when the value is not `node` itself. */
  record(astPath: Path, jsonPath: Path, node: JsonNode, keySpan?: Span, valueNode: JsonNode = node): void {
    const lines = this.lines;
    if (!this.recording || lines === undefined) return;
    const location: SourceLocation = { path: jsonPath, range: lines.range(node.span.start, node.span.end) };
    if (keySpan) location.keyRange = lines.range(keySpan.start, keySpan.end);
    if (valueNode.kind === 'array') location.items = valueNode.items.length;
    if (valueNode.kind === 'object') location.items = valueNode.members.length;
    this.sourceMap.set(sourceKey(astPath), location);
  }
}

/** The members of an object with duplicates collapsed to the last one, as AWS reads them. */
export function lastMembers(object: JsonObject): readonly JsonMember[] {
  const members = object.members;
  if (members.length <= 16 && !hasDuplicateKey(members)) return members;
  const byKey = new Map<string, JsonMember>();
  for (const member of object.members) {
    byKey.delete(member.key);
    byKey.set(member.key, member);
  }
  return [...byKey.values()];
}

/** For the few members of a policy object, comparing pairs is cheaper than building a Map. */
function hasDuplicateKey(members: readonly JsonMember[]): boolean {
  for (let i = 1; i < members.length; i++) {
    const key = (members[i] as JsonMember).key;
    for (let j = 0; j < i; j++) if ((members[j] as JsonMember).key === key) return true;
  }
  return false;
}

/** The AST path of nothing: passed down where no source map is being recorded. */
export const UNRECORDED: Path = [];
