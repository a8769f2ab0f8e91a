// Compiling one statement: actions lower-cased into globs (actions are case-insensitive),
// resources into ARN patterns (case-sensitive, variables substituted in 2012-10-17 policies,
// in the resource part only),
// the principal block, and every condition clause.

import {
  compileCondition,
  compileEmptyOperator,
  type CompiledCondition,
} from '../condition/compile-condition.js';
import { compileArnPattern, type ArnPattern } from '../match/arn-pattern.js';
import { compileGlob, type Glob } from '../match/glob.js';
import { compilePrincipal } from '../match/principal.js';
import type { ConditionClause, PolicyCategory, Statement } from '../types.js';
import type { CompiledPolicy, CompiledStatement } from './compiled-types.js';

/**
 * Compiled action globs and resource patterns, by their text: pure functions of it. A principal's
 * set is recompiled after any change to the account's policies, and most of its patterns (and
 * every AWS managed policy's) were compiled before: a cache miss then mostly costs parsing.
 * A pattern with variables resolves them into its own scratch slots during a match, and an
 * on-demand context value may evaluate another set in the middle of one, so such a pattern is
 * never shared: each statement gets a copy with slots of its own. Bounded; the oldest go first.
 */
const MAX_MEMO = 20_000;
/** By the action as written (the glob is of its lower-cased text). */
const actionGlobs = new Map<string, Glob>();
/** By the pattern as written, per policy version (variables in 2012-10-17 only). */
const resourcePatterns = { variables: new Map<string, ArnPattern>(), literal: new Map<string, ArnPattern>() };

function remember<T>(memo: Map<string, T>, key: string, value: T): T {
  if (memo.size >= MAX_MEMO) memo.delete(memo.keys().next().value as string);
  memo.set(key, value);
  return value;
}

/** Actions hold no variables: every glob can be shared. */
function actionGlob(action: string): Glob {
  return (
    actionGlobs.get(action) ??
    remember(actionGlobs, action, compileGlob([{ kind: 'text', text: action.toLowerCase() }], true))
  );
}

/** The glob itself when it has no variables, else a copy with its own scratch slots. */
function ownScratch(g: Glob): Glob {
  return g.vars.length === 0 ? g : { ...g, vals: g.vars.map(() => '') };
}

function resourcePattern(resource: string, variables: boolean): ArnPattern {
  // In a 2008-10-17 policy `${…}` is literal text; in a 2012-10-17 one it may be a variable.
  const memo = variables ? resourcePatterns.variables : resourcePatterns.literal;
  const p = memo.get(resource) ?? remember(memo, resource, compileArnPattern(resource, variables, true));
  if (!p.hasVars && p.whole.vars.length === 0) return p;
  return { ...p, parts: p.parts.map(ownScratch), whole: ownScratch(p.whole) };
}

/**
 * Compiled clauses without `${` in any value, by policy version, operator, key and values: their
 * compiled values hold no variables, hence no scratch, and are shared; each statement gets its
 * own clause object around them (explanations read the source clause from it).
 */
const clauseTemplates = new Map<string, CompiledCondition>();

function compileClause(clause: ConditionClause, variables: boolean): CompiledCondition {
  // Each part length-prefixed, so no two clauses share a key whatever characters they hold.
  let key = `${variables ? 'v' : 'l'}${clause.operator.length}:${clause.operator}${clause.key.length}:${clause.key}`;
  for (const value of clause.values) {
    if (value.includes('${')) return compileCondition(clause, variables);
    key += `${value.length}:${value}`;
  }
  const template = clauseTemplates.get(key);
  if (template) return { ...template, clause };
  return remember(clauseTemplates, key, compileCondition(clause, variables));
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
      ...source.conditions.map((c) => compileClause(c, policy.variables)),
      ...(source.emptyOperators ?? []).flatMap(compileEmptyOperator),
    ],
  };
}
