// Compiling one statement: actions lower-cased into globs (actions are case-insensitive),
// resources into ARN patterns (case-sensitive, variables substituted in 2012-10-17 policies,
// in the resource part only),
// the principal block, and every condition clause.

import {
  compileCondition,
  compileEmptyOperator,
  type CompiledCondition,
} from '../condition/compile-condition.js';
import { arnPatternWithOwnScratch, compileArnPattern, type ArnPattern } from '../match/arn-pattern.js';
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

function resourcePattern(resource: string, variables: boolean): ArnPattern {
  // In a 2008-10-17 policy `${…}` is literal text; in a 2012-10-17 one it may be a variable.
  const memo = variables ? resourcePatterns.variables : resourcePatterns.literal;
  const p = memo.get(resource) ?? remember(memo, resource, compileArnPattern(resource, variables, true));
  return arnPatternWithOwnScratch(p);
}

/**
 * Compiled clauses by policy version, operator, key and values. Values without variables hold
 * no scratch and are shared; values with variables are copied with scratch of their own (the
 * family's withOwnScratch; a family without one compiles such clauses afresh). Each statement
 * gets its own clause object around them (explanations read the source clause from it). Looked up by
 * operator, then key (two short strings to hash, no key built), then values compared in order.
 * Bounded: at most MAX_TEMPLATES_PER_KEY per operator and key (the oldest go first), and all
 * are dropped once MAX_MEMO are held.
 */
interface ClauseTemplate {
  values: readonly string[];
  compiled: CompiledCondition;
  /** Its compiled values hold no variable (none was substituted, or no value has `${`). */
  shared: boolean;
}
const clauseTemplates = {
  variables: new Map<string, Map<string, ClauseTemplate[]>>(),
  literal: new Map<string, Map<string, ClauseTemplate[]>>(),
};
let clauseTemplateCount = 0;
const MAX_TEMPLATES_PER_KEY = 32;

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A statement's own clause around a template: shared values, or copies where they hold scratch. */
function reuse(template: ClauseTemplate, clause: ConditionClause, variables: boolean): CompiledCondition {
  const compiled = template.compiled;
  if (template.shared) return { ...compiled, clause };
  const copy = compiled.family.withOwnScratch;
  if (copy === undefined) return compileCondition(clause, variables);
  return { ...compiled, clause, values: compiled.values.map(copy) };
}

function compileClause(clause: ConditionClause, variables: boolean): CompiledCondition {
  const values = clause.values;
  const byOperator = variables ? clauseTemplates.variables : clauseTemplates.literal;
  let byKey = byOperator.get(clause.operator);
  const templates = byKey?.get(clause.key);
  if (templates !== undefined) {
    for (let i = 0; i < templates.length; i++) {
      const template = templates[i] as ClauseTemplate;
      if (sameValues(template.values, values)) return reuse(template, clause, variables);
    }
  }
  const compiled = compileCondition(clause, variables);
  if (clauseTemplateCount >= MAX_MEMO) {
    clauseTemplates.variables.clear();
    clauseTemplates.literal.clear();
    clauseTemplateCount = 0;
  }
  if (byKey === undefined) {
    byKey = new Map();
    byOperator.set(clause.operator, byKey);
  }
  const shared = !compiled.variables || !values.some((v) => v.includes('${'));
  const entry: ClauseTemplate = { values: values.slice(), compiled, shared };
  const list = byKey.get(clause.key);
  if (list === undefined) byKey.set(clause.key, [entry]);
  else {
    if (list.length >= MAX_TEMPLATES_PER_KEY) list.shift();
    list.push(entry);
  }
  clauseTemplateCount++;
  return compiled;
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
  // Plain loops rather than map/flatMap: this runs for every statement on every cache miss.
  const actions: Glob[] = new Array(actionSources.length);
  for (let i = 0; i < actionSources.length; i++) actions[i] = actionGlob(actionSources[i] as string);
  const resources: ArnPattern[] = [];
  if (resourceSources !== undefined) {
    for (const r of resourceSources) resources.push(resourcePattern(r, policy.variables));
  }
  const conditions: CompiledCondition[] = [];
  for (const c of source.conditions) conditions.push(compileClause(c, policy.variables));
  if (source.emptyOperators !== undefined) {
    for (const empty of source.emptyOperators) conditions.push(...compileEmptyOperator(empty));
  }
  return {
    source,
    policy,
    isDeny,
    actions,
    actionSources,
    notAction: source.action === undefined && source.notAction !== undefined,
    hasAction: source.action !== undefined || source.notAction !== undefined,
    resources,
    notResource: source.resource === undefined && source.notResource !== undefined,
    anyResource:
      source.resource?.includes('*') === true || (resourceSources === undefined && isResourcePolicy),
    noResource: resourceSources === undefined && !isResourcePolicy,
    principal: principalBlock ? compilePrincipal(principalBlock) : undefined,
    notPrincipal: source.principal === undefined && source.notPrincipal !== undefined,
    principalRequired: isResourcePolicy,
    notPrincipalHitsBoundary: isResourcePolicy && isDeny && hasBoundary && source.notPrincipal !== undefined,
    conditions,
  };
}
