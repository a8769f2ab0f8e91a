// Reads one statement object. Element names are case-sensitive, as in AWS. A statement whose
// `Effect` is missing or wrong is still built (with `Deny`, the side that can never grant)
// so that the rest of it is checked in the same pass; its error keeps the policy refused.
import type { Statement } from '../types.js';
import type { Path } from '../diagnostics.js';
import { quote } from '../diagnostics.js';
import type { BuildContext } from './build-context.js';
import { lastMembers, UNRECORDED } from './build-context.js';
import { buildConditions } from './build-condition.js';
import { buildPrincipal } from './build-principal.js';
import { buildStringList } from './build-string-list.js';
import type { JsonMember, JsonObject } from './json-tree.js';
import { didYouMean } from './suggest.js';

export const STATEMENT_ELEMENTS = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
] as const;

export function buildStatement(
  context: BuildContext,
  node: JsonObject,
  index: number,
  jsonPath: Path,
): Statement {
  // AST paths are made only for the source map; JSON paths of members only for a diagnostic
  // or the source map (each reader extends `jsonPath` itself when it needs one).
  const recording = context.recording;
  const astPath: Path = recording ? ['Statement', index] : UNRECORDED;
  context.record(astPath, jsonPath, node);
  const statement: Statement = { index, effect: 'Deny', conditions: [] };
  const range = context.range(node.span);
  if (range !== undefined) statement.range = range;
  let sawEffect = false;
  const members = lastMembers(node);
  for (let i = 0; i < members.length; i++) {
    const member = members[i] as JsonMember;
    const key = member.key;
    const memberAstPath = recording ? [...astPath, key] : UNRECORDED;
    if (recording && (STATEMENT_ELEMENTS as readonly string[]).includes(key)) {
      context.record(memberAstPath, [...jsonPath, key], member.value, member.keySpan);
    }
    switch (key) {
      case 'Sid':
        if (member.value.kind === 'string') statement.sid = member.value.value;
        else context.wrongType('a string', member.value, [...jsonPath, key], '`Sid`');
        break;
      case 'Effect':
        sawEffect = true;
        readEffect(context, member, jsonPath, statement);
        break;
      case 'Action':
      case 'NotAction':
      case 'Resource':
      case 'NotResource': {
        const values = buildStringList(context, member.value, memberAstPath, jsonPath, key, key);
        if (values === undefined) break;
        // Named stores, one per element, keep the statement's few shapes predictable.
        if (key === 'Action') statement.action = values;
        else if (key === 'NotAction') statement.notAction = values;
        else if (key === 'Resource') statement.resource = values;
        else statement.notResource = values;
        break;
      }
      case 'Principal':
      case 'NotPrincipal': {
        const block = buildPrincipal(context, member.value, memberAstPath, [...jsonPath, key], key);
        if (block) {
          if (key === 'Principal') statement.principal = block;
          else statement.notPrincipal = block;
        }
        break;
      }
      case 'Condition': {
        const { clauses, empty } = buildConditions(context, member.value, astPath, jsonPath);
        statement.conditions = clauses;
        if (empty.length > 0) statement.emptyOperators = empty;
        break;
      }
      default:
        reportUnknownElement(context, member, [...jsonPath, key]);
    }
  }
  if (!sawEffect) {
    context.report(
      'missing-element',
      'statement has no `Effect`',
      jsonPath,
      { start: node.span.start, end: node.span.start + 1 },
      'add "Effect": "Allow" or "Effect": "Deny"',
    );
  }
  return statement;
}

function readEffect(
  context: BuildContext,
  member: JsonMember,
  statementPath: Path,
  statement: Statement,
): void {
  const value = member.value;
  if (value.kind !== 'string') {
    context.wrongType('`"Allow"` or `"Deny"`', value, [...statementPath, member.key], '`Effect`');
    return;
  }
  if (value.value === 'Allow' || value.value === 'Deny') {
    statement.effect = value.value;
    return;
  }
  context.report(
    'invalid-effect',
    `\`Effect\` must be \`Allow\` or \`Deny\`, found ${quote(value.value)}`,
    [...statementPath, member.key],
    value.span,
    didYouMean(value.value, ['Allow', 'Deny']),
  );
}

function reportUnknownElement(context: BuildContext, member: JsonMember, path: Path): void {
  const topLevel = ['Version', 'Id', 'Statement'].includes(member.key);
  context.report(
    'unknown-element',
    `unknown statement element ${quote(member.key)}`,
    path,
    member.keySpan,
    topLevel
      ? `\`${member.key}\` belongs at the top level of the policy, not inside a statement`
      : didYouMean(member.key, STATEMENT_ELEMENTS),
  );
}
