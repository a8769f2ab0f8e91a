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

const LIST_ELEMENTS = {
  Action: 'action',
  NotAction: 'notAction',
  Resource: 'resource',
  NotResource: 'notResource',
} as const;

export function buildStatement(
  context: BuildContext,
  node: JsonObject,
  index: number,
  jsonPath: Path,
): Statement {
  const astPath: Path = ['Statement', index];
  context.record(astPath, jsonPath, node);
  const statement: Statement = { index, effect: 'Deny', conditions: [] };
  const range = context.range(node.span);
  if (range !== undefined) statement.range = range;
  let sawEffect = false;
  for (const member of lastMembers(node)) {
    const memberPath = [...jsonPath, member.key];
    const memberAstPath = context.recording ? [...astPath, member.key] : UNRECORDED;
    if (context.recording && (STATEMENT_ELEMENTS as readonly string[]).includes(member.key)) {
      context.record(memberAstPath, memberPath, member.value, member.keySpan);
    }
    switch (member.key) {
      case 'Sid':
        if (member.value.kind === 'string') statement.sid = member.value.value;
        else context.wrongType('a string', member.value, memberPath, '`Sid`');
        break;
      case 'Effect':
        sawEffect = true;
        readEffect(context, member, memberPath, statement);
        break;
      case 'Action':
      case 'NotAction':
      case 'Resource':
      case 'NotResource': {
        const values = buildStringList(context, member.value, memberAstPath, memberPath, member.key);
        if (values) statement[LIST_ELEMENTS[member.key]] = values;
        break;
      }
      case 'Principal':
      case 'NotPrincipal': {
        const block = buildPrincipal(context, member.value, memberAstPath, memberPath, member.key);
        if (block) statement[member.key === 'Principal' ? 'principal' : 'notPrincipal'] = block;
        break;
      }
      case 'Condition': {
        const { clauses, empty } = buildConditions(context, member.value, astPath, memberPath);
        statement.conditions = clauses;
        if (empty.length > 0) statement.emptyOperators = empty;
        break;
      }
      default:
        reportUnknownElement(context, member, memberPath);
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

function readEffect(context: BuildContext, member: JsonMember, path: Path, statement: Statement): void {
  const value = member.value;
  if (value.kind !== 'string') {
    context.wrongType('`"Allow"` or `"Deny"`', value, path, '`Effect`');
    return;
  }
  if (value.value === 'Allow' || value.value === 'Deny') {
    statement.effect = value.value;
    return;
  }
  context.report(
    'invalid-effect',
    `\`Effect\` must be \`Allow\` or \`Deny\`, found ${quote(value.value)}`,
    path,
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
