// Reads `Principal` / `NotPrincipal`: `"*"` or a map from principal type to names.
import type { PrincipalBlock } from '../types.js';
import type { Path } from '../diagnostics.js';
import { quote } from '../diagnostics.js';
import type { BuildContext } from './build-context.js';
import { lastMembers } from './build-context.js';
import { buildStringList } from './build-string-list.js';
import type { JsonNode } from './json-tree.js';
import { didYouMean } from './suggest.js';

export const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'] as const;
type PrincipalType = (typeof PRINCIPAL_TYPES)[number];

function isPrincipalType(key: string): key is PrincipalType {
  return (PRINCIPAL_TYPES as readonly string[]).includes(key);
}

export function buildPrincipal(
  context: BuildContext,
  node: JsonNode,
  astPath: Path,
  jsonPath: Path,
  element: 'Principal' | 'NotPrincipal',
): PrincipalBlock | undefined {
  if (node.kind === 'string') {
    if (node.value === '*') return { kind: 'any' };
    context.report(
      'invalid-principal',
      `\`${element}\` must be \`*\` or an object of principal types, found ${quote(node.value)}`,
      jsonPath,
      node.span,
      `write {"AWS": "${node.value.replace(/["\\]/g, '')}"} for an account or ARN, {"Service": ...} for a service`,
    );
    return undefined;
  }
  if (node.kind !== 'object') {
    context.wrongType('`"*"` or an object', node, jsonPath, `\`${element}\``);
    return undefined;
  }
  const block: Extract<PrincipalBlock, { kind: 'map' }> = { kind: 'map' };
  for (const member of lastMembers(node)) {
    const memberPath = [...jsonPath, member.key];
    if (!isPrincipalType(member.key)) {
      context.report(
        'unknown-principal-type',
        `unknown principal type ${quote(member.key)}`,
        memberPath,
        member.keySpan,
        didYouMean(member.key, PRINCIPAL_TYPES) ??
          'principal types are `AWS`, `Service`, `Federated` and `CanonicalUser`',
      );
      continue;
    }
    context.record([...astPath, member.key], memberPath, member.value, member.keySpan);
    const values = buildStringList(
      context,
      member.value,
      [...astPath, member.key],
      jsonPath,
      member.key,
      `${element}.${member.key}`,
    );
    if (values) block[member.key] = values;
  }
  return block;
}
