// parsePolicyJson: a policy already parsed from JSON (JSON.parse, a JSONB column, a request
// body) → PolicyDocument + diagnostics, through the same builder as parsePolicy, so the
// document and the findings are the ones the text would give — without positions: each
// diagnostic has its `path` and no `range`. Never throws, whatever the value (cycles,
// functions, NaN, bigint, class instances are reported, not followed).
import type { Diagnostic, ParseResult } from '../types.js';
import type { Path } from '../diagnostics.js';
import { diagnostic, sortDiagnostics } from '../diagnostics.js';
import { BuildContext } from './build-context.js';
import { buildDocument } from './build-document.js';
import { MAX_DEPTH } from './json-parser.js';
import type { JsonMember, JsonNode, Span } from './json-tree.js';

const NOWHERE: Span = { start: 0, end: 0 };

function describe(value: unknown): string {
  if (typeof value === 'number') return `the number \`${String(value)}\``;
  if (typeof value === 'object' && value !== null)
    return `an object of type \`${value.constructor?.name ?? 'unknown'}\``;
  return `a ${typeof value}`;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

class Converter {
  constructor(readonly diagnostics: Diagnostic[]) {}

  private invalid(
    path: Path,
    message: string,
    code: 'invalid-type' | 'nesting-too-deep' = 'invalid-type',
  ): JsonNode {
    this.diagnostics.push(diagnostic(code, message, path));
    return { kind: 'invalid', span: NOWHERE };
  }

  node(value: unknown, path: Path, depth: number): JsonNode {
    if (value === null) return { kind: 'null', span: NOWHERE };
    switch (typeof value) {
      case 'string':
        return { kind: 'string', span: NOWHERE, value };
      case 'boolean':
        return { kind: 'boolean', span: NOWHERE, value };
      case 'number':
        if (Number.isFinite(value)) return { kind: 'number', span: NOWHERE, raw: String(value) };
        return this.invalid(path, `${describe(value)} is not a JSON value`);
      case 'object':
        break;
      default:
        return this.invalid(path, `${describe(value)} is not a JSON value`);
    }
    if (depth >= MAX_DEPTH) {
      return this.invalid(
        path,
        `the policy nests deeper than ${MAX_DEPTH} levels (or contains itself)`,
        'nesting-too-deep',
      );
    }
    if (Array.isArray(value)) {
      const items = value.map((item, i) => this.node(item, [...path, i], depth + 1));
      return { kind: 'array', span: NOWHERE, items };
    }
    if (!isPlainObject(value)) return this.invalid(path, `${describe(value)} is not a JSON value`);
    const members: JsonMember[] = [];
    for (const [key, member] of Object.entries(value)) {
      // JSON.stringify leaves out members whose value is undefined; so does this.
      if (member === undefined) continue;
      members.push({ key, keySpan: NOWHERE, value: this.node(member, [...path, key], depth + 1) });
    }
    return { kind: 'object', span: NOWHERE, members };
  }
}

export function parsePolicyJson(value: unknown): ParseResult {
  const diagnostics: Diagnostic[] = [];
  if (value === undefined) {
    diagnostics.push(
      diagnostic('empty-document', 'the policy is empty', [], undefined, {
        help: 'a policy is a JSON object such as `{"Version": ...}`',
      }),
    );
    return { diagnostics };
  }
  const root = new Converter(diagnostics).node(value, [], 0);
  const context = new BuildContext(undefined, diagnostics, false);
  const document = buildDocument(context, root);
  const sorted = sortDiagnostics(diagnostics);
  return document === undefined ? { diagnostics: sorted } : { document, diagnostics: sorted };
}
