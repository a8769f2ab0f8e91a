// Every diagnostic code the parser, the validator and checkRequest can emit, with its severity and a one-line
// summary. The codes are stable: the console, the server and tests key on them, and the
// package README lists them from this table.
import type { Diagnostic, Range, Severity } from './types.js';

interface CodeInfo {
  severity: Severity;
  summary: string;
}

export const DIAGNOSTIC_CODES = {
  // ------------------------------------------------------------ JSON syntax (parse)
  'empty-document': { severity: 'error', summary: 'the text holds no JSON value' },
  'unexpected-character': { severity: 'error', summary: 'a character that cannot start any JSON token' },
  'unexpected-token': { severity: 'error', summary: 'a JSON token where another was expected' },
  'unexpected-end': { severity: 'error', summary: 'the text ends before the JSON value is complete' },
  'unterminated-string': { severity: 'error', summary: 'a string without its closing `"` on the same line' },
  'invalid-escape': { severity: 'error', summary: 'a backslash escape JSON does not define' },
  'control-character': { severity: 'error', summary: 'a raw control character inside a string' },
  'invalid-number': { severity: 'error', summary: 'a number JSON does not accept' },
  'trailing-comma': { severity: 'error', summary: 'a `,` right before `}` or `]`' },
  'trailing-content': { severity: 'error', summary: 'text after the end of the policy object' },
  'nesting-too-deep': { severity: 'error', summary: 'objects or arrays nested deeper than any policy needs' },
  'too-many-errors': { severity: 'info', summary: 'further syntax errors were not reported' },
  'duplicate-key': { severity: 'warning', summary: 'the same key twice in one object; only the last counts' },
  // ------------------------------------------------------------ policy structure (parse)
  'invalid-type': { severity: 'error', summary: 'a value of the wrong JSON type for its element' },
  'unknown-element': { severity: 'error', summary: 'an element the policy grammar does not define' },
  'missing-element': { severity: 'error', summary: 'a required element (`Statement`, `Effect`) is absent' },
  'invalid-version': { severity: 'error', summary: '`Version` is not `2012-10-17` or `2008-10-17`' },
  'invalid-effect': { severity: 'error', summary: '`Effect` is not `Allow` or `Deny`' },
  'unknown-principal-type': {
    severity: 'error',
    summary: 'a principal type other than `AWS`, `Service`, `Federated`, `CanonicalUser`',
  },
  'invalid-principal': { severity: 'error', summary: 'a principal value AWS does not accept' },
  // ------------------------------------------------------------ policy semantics (validate)
  'missing-action': { severity: 'error', summary: 'a statement with neither `Action` nor `NotAction`' },
  'missing-resource': { severity: 'error', summary: 'a statement with neither `Resource` nor `NotResource`' },
  'missing-principal': {
    severity: 'error',
    summary: 'a statement with no `Principal` where one is required',
  },
  'conflicting-elements': { severity: 'error', summary: 'an element together with its `Not` form' },
  'element-not-allowed': { severity: 'error', summary: 'an element this kind of policy cannot contain' },
  'not-principal-with-allow': { severity: 'error', summary: '`NotPrincipal` in an `Allow` statement' },
  'empty-array': { severity: 'error', summary: 'an empty list where at least one value is needed' },
  'invalid-action': { severity: 'error', summary: 'an action not of the form `service:action` or `*`' },
  'action-whitespace': {
    severity: 'warning',
    summary: 'an action with spaces in it, which AWS accepts but no request matches as written',
  },
  'invalid-arn': { severity: 'error', summary: 'a resource that is neither `*` nor a well-formed ARN' },
  'principal-wildcard': { severity: 'error', summary: 'a wildcard inside a principal ARN or name' },
  'unknown-condition-operator': { severity: 'error', summary: 'a condition operator AWS does not define' },
  'null-with-if-exists': { severity: 'error', summary: '`Null` combined with `IfExists`' },
  'null-with-set-operator': {
    severity: 'error',
    summary: '`Null` with a `ForAllValues:` or `ForAnyValue:` prefix',
  },
  'invalid-condition-key': {
    severity: 'warning',
    summary: 'a condition key not of the form `prefix:name`, which no request has',
  },
  'duplicate-condition-key': {
    severity: 'error',
    summary: 'condition keys under one operator that differ only by case',
  },
  'invalid-condition-value': { severity: 'error', summary: 'a condition value its operator cannot compare' },
  'invalid-sid': { severity: 'error', summary: 'a `Sid` with characters IAM does not allow' },
  'duplicate-sid': { severity: 'error', summary: 'two statements with the same `Sid`' },
  'policy-too-large': { severity: 'error', summary: 'the policy is over its size quota' },
  'invalid-character': {
    severity: 'error',
    summary: 'a character outside tab, line feed, carriage return and U+0020–U+00FF',
  },
  'missing-version': { severity: 'warning', summary: 'no `Version`: 2008-10-17 rules apply' },
  'empty-statement': {
    severity: 'warning',
    summary: 'a policy with no statements grants and denies nothing',
  },
  'allow-not-action': { severity: 'warning', summary: '`Allow` with `NotAction` grants every other action' },
  'allow-not-resource': {
    severity: 'warning',
    summary: '`Allow` with `NotResource` grants every other resource',
  },
  'allow-all': { severity: 'warning', summary: '`Allow` of every action on every resource' },
  'pass-role-wildcard': { severity: 'warning', summary: '`iam:PassRole` allowed on every role' },
  'privilege-escalation': {
    severity: 'warning',
    summary:
      'an IAM action that lets the holder grant itself anything, allowed on every user, group, role or policy',
  },
  'assume-any-role': { severity: 'warning', summary: '`sts:AssumeRole` allowed on every role' },
  'redundant-statement': { severity: 'warning', summary: 'a statement identical to an earlier one' },
  'redundant-action': {
    severity: 'warning',
    summary: 'an action already covered by another entry in its list',
  },
  'variable-in-old-version': {
    severity: 'warning',
    summary: 'a policy variable in a policy without `"Version": "2012-10-17"`',
  },
  'variable-in-arn-prefix': {
    severity: 'warning',
    summary:
      'a policy variable in a Resource ARN before the fifth colon (service, region, account), which AWS does not replace',
  },
  'public-principal': {
    severity: 'warning',
    summary: 'a trust or resource policy that lets any principal in without conditions',
  },
  // ------------------------------------------------------------ requests (checkRequest)
  'resource-account-unknown': {
    severity: 'error',
    summary: 'a request whose resource ARN names no account (S3), without `resourceAccount`',
  },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** The codes of text that is not JSON: those JSON.parse refuses too. */
export const JSON_SYNTAX_CODES: ReadonlySet<string> = new Set<DiagnosticCode>([
  'empty-document',
  'unexpected-character',
  'unexpected-token',
  'unexpected-end',
  'unterminated-string',
  'invalid-escape',
  'control-character',
  'invalid-number',
  'trailing-comma',
  'trailing-content',
]);

export type Path = (string | number)[];

/** Builds a diagnostic with the code's catalogued severity unless one is given. */
export function diagnostic(
  code: DiagnosticCode,
  message: string,
  path: Path,
  range?: Range,
  extra: { help?: string; severity?: Severity } = {},
): Diagnostic {
  const result: Diagnostic = {
    code,
    severity: extra.severity ?? DIAGNOSTIC_CODES[code].severity,
    message,
    path,
  };
  if (extra.help !== undefined) result.help = extra.help;
  if (range !== undefined) result.range = range;
  return result;
}

/** Orders diagnostics by where they start; those without a range go last. Stable. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => {
      const ao = a.d.range?.start.offset ?? Number.MAX_SAFE_INTEGER;
      const bo = b.d.range?.start.offset ?? Number.MAX_SAFE_INTEGER;
      return ao - bo || a.i - b.i;
    })
    .map(({ d }) => d);
}

/** True when any diagnostic is an error (the policy would be refused). */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Shows user text inside backticks, escaping what would not print. */
export function quote(text: string, max = 60): string {
  const shown = text.length > max ? `${text.slice(0, max)}…` : text;
  let printable = '';
  for (const c of shown) {
    const code = c.charCodeAt(0);
    printable += code < 0x20 || code === 0x7f ? `\\u${code.toString(16).padStart(4, '0')}` : c;
  }
  return `\`${printable}\``;
}
