// Turns the JSON tree into a PolicyDocument: top-level elements, then each statement.
import type { PolicyDocument, Statement } from '../types.js';
import { quote } from '../diagnostics.js';
import type { BuildContext } from './build-context.js';
import { lastMembers } from './build-context.js';
import { buildStatement, STATEMENT_ELEMENTS } from './build-statement.js';
import type { JsonMember, JsonNode } from './json-tree.js';
import { didYouMean } from './suggest.js';

export const POLICY_ELEMENTS = ['Version', 'Id', 'Statement'] as const;
export const POLICY_VERSIONS = ['2012-10-17', '2008-10-17'] as const;

export function buildDocument(context: BuildContext, root: JsonNode): PolicyDocument | undefined {
  if (root.kind !== 'object') {
    context.wrongType('a JSON object', root, [], 'a policy');
    return undefined;
  }
  const document: PolicyDocument = { statements: [] };
  context.record([], [], root);
  let sawStatement = false;
  for (const member of lastMembers(root)) {
    const path = [member.key];
    if ((POLICY_ELEMENTS as readonly string[]).includes(member.key)) {
      context.record(path, path, member.value, member.keySpan);
    }
    switch (member.key) {
      case 'Version':
        readVersion(context, member, document);
        break;
      case 'Id':
        if (member.value.kind === 'string') document.id = member.value.value;
        else context.wrongType('a string', member.value, path, '`Id`');
        break;
      case 'Statement':
        sawStatement = true;
        document.statements = readStatements(context, member.value);
        break;
      default:
        reportUnknownElement(context, member);
    }
  }
  if (!sawStatement) {
    context.report(
      'missing-element',
      'policy has no `Statement`',
      [],
      { start: root.span.start, end: root.span.start + 1 },
      'add "Statement": [ ... ] with at least one statement',
    );
  }
  return document;
}

function readVersion(context: BuildContext, member: JsonMember, document: PolicyDocument): void {
  const value = member.value;
  if (value.kind !== 'string') {
    context.wrongType('the string `"2012-10-17"`', value, ['Version'], '`Version`');
    return;
  }
  if (value.value === '2012-10-17' || value.value === '2008-10-17') {
    document.version = value.value;
    return;
  }
  context.report(
    'invalid-version',
    `unsupported policy version ${quote(value.value)}`,
    ['Version'],
    value.span,
    'use "2012-10-17", the current version of the policy language',
  );
}

function readStatements(context: BuildContext, node: JsonNode): Statement[] {
  if (node.kind === 'object') return [buildStatement(context, node, 0, ['Statement'])];
  if (node.kind !== 'array') {
    context.wrongType('an object or an array of objects', node, ['Statement'], '`Statement`');
    return [];
  }
  const statements: Statement[] = [];
  const items = node.items;
  for (let j = 0; j < items.length; j++) {
    const item = items[j] as JsonNode;
    if (item.kind === 'object')
      statements.push(buildStatement(context, item, statements.length, ['Statement', j]));
    else context.wrongType('an object', item, ['Statement', j], 'each statement');
  }
  return statements;
}

function reportUnknownElement(context: BuildContext, member: JsonMember): void {
  const inStatement = (STATEMENT_ELEMENTS as readonly string[]).includes(member.key);
  context.report(
    'unknown-element',
    `unknown policy element ${quote(member.key)}`,
    [member.key],
    member.keySpan,
    inStatement
      ? `\`${member.key}\` belongs inside a statement: "Statement": [{ "${member.key}": ... }]`
      : didYouMean(member.key, POLICY_ELEMENTS),
  );
}
