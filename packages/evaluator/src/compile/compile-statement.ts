// Compiling one statement: actions lower-cased into globs (actions are case-insensitive),
// resources into ARN patterns (case-sensitive, variables substituted in 2012-10-17 policies,
// in the resource part only),
// the principal block, and every condition clause.

import { compileCondition, compileEmptyOperator } from '../condition/compile-condition.js';
import { compileArnPattern, type ArnPattern } from '../match/arn-pattern.js';
import { compileGlob, type Glob } from '../match/glob.js';
import { compilePrincipal } from '../match/principal.js';
import type { PolicyCategory, Statement } from '../types.js';
import type { CompiledPolicy, CompiledStatement } from './compiled-types.js';

/**
 * Compiled action globs and resource patterns by their text: pure functions of it (a pattern's
 * scratch is used only inside one synchronous match, so sets may share one). A principal's set
 * is recompiled after any change to the account's policies, and most of its patterns (and every
 * AWS managed policy's) were compiled before: a cache miss then mostly costs parsing. Bounded;
 * the oldest entries go first.
 */
const MAX_MEMO = 20_000;
const actionGlobs = new Map<string, Glob>();
const resourcePatterns = new Map<string, ArnPattern>();

function remember<T>(memo: Map<string, T>, key: string, value: T): T {
  if (memo.size >= MAX_MEMO) memo.delete(memo.keys().next().value as string);
  memo.set(key, value);
  return value;
}

function actionGlob(action: string): Glob {
  const lower = action.toLowerCase();
  return actionGlobs.get(lower) ?? remember(actionGlobs, lower, compileGlob([{ kind: 'text', text: lower }], true));
}

function resourcePattern(resource: string, variables: boolean): ArnPattern {
  const key = variables ? `v${resource}` : `l${resource}`;
  return (
    resourcePatterns.get(key) ??
    remember(resourcePatterns, key, compileArnPattern(resource, variables, true))
  );
}

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
    actions: actionSources.map(actionGlob),
    actionSources,
    notAction: source.action === undefined && source.notAction !== undefined,
    hasAction: source.action !== undefined || source.notAction !== undefined,
    resources: (resourceSources ?? []).map((r) => resourcePattern(r, policy.variables)),
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
