// Compiling one statement: actions lower-cased into globs (actions are case-insensitive),
// resources into ARN patterns (case-sensitive, variables substituted in 2012-10-17 policies,
// in the resource part only),
// the principal block, and every condition clause.

import { compileCondition, compileEmptyOperator } from '../condition/compile-condition.js';
import { compileArnPattern } from '../match/arn-pattern.js';
import { compileGlob } from '../match/glob.js';
import { compilePrincipal } from '../match/principal.js';
import type { PolicyCategory, Statement } from '../types.js';
import type { CompiledPolicy, CompiledStatement } from './compiled-types.js';

export function compileStatement(
  source: Statement,
  policy: CompiledPolicy,
  category: PolicyCategory,
  hasBoundary: boolean,
): CompiledStatement {
  const actionSources = source.action ?? source.notAction ?? [];
  const resourceSources = source.resource ?? source.notResource;
  const isDeny = source.effect === 'Deny';
  const principalBlock = source.principal ?? source.notPrincipal;
  const isResourcePolicy = category === 'resource';
  return {
    source,
    policy,
    isDeny,
    actions: actionSources.map((a) => compileGlob([{ kind: 'text', text: a.toLowerCase() }], true)),
    actionSources,
    notAction: source.action === undefined && source.notAction !== undefined,
    hasAction: source.action !== undefined || source.notAction !== undefined,
    resources: (resourceSources ?? []).map((r) => compileArnPattern(r, policy.variables, true)),
    notResource: source.resource === undefined && source.notResource !== undefined,
    anyResource:
      source.resource?.includes('*') === true || (resourceSources === undefined && isResourcePolicy),
    noResource: resourceSources === undefined && !isResourcePolicy,
    principal: principalBlock ? compilePrincipal(principalBlock) : undefined,
    notPrincipal: source.principal === undefined && source.notPrincipal !== undefined,
    principalRequired: isResourcePolicy,
    notPrincipalHitsBoundary: isResourcePolicy && isDeny && hasBoundary && source.notPrincipal !== undefined,
    conditions: [
      ...source.conditions.map((c) => compileCondition(c, policy.variables)),
      ...(source.emptyOperators ?? []).flatMap(compileEmptyOperator),
    ],
  };
}
