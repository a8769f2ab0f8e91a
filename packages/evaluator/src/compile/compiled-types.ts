// The compiled form of a policy set: every pattern pre-parsed, every CIDR and date converted,
// and statements indexed by action service prefix so that a request only looks at the
// statements that can possibly name its action.

import type { CompiledCondition } from '../condition/compile-condition.js';
import type { ArnPattern } from '../match/arn-pattern.js';
import type { Glob } from '../match/glob.js';
import type { CompiledPrincipal } from '../match/principal.js';
import type { PolicyCategory, PolicyInput, Statement } from '../types.js';

export interface CompiledStatement {
  source: Statement;
  policy: CompiledPolicy;
  isDeny: boolean;
  /** Lower-cased Action (or NotAction) patterns. */
  actions: Glob[];
  actionSources: string[];
  notAction: boolean;
  /** False when the statement has neither Action nor NotAction (it then matches nothing). */
  hasAction: boolean;
  resources: ArnPattern[];
  notResource: boolean;
  /** Resource is `*` or absent where that means "this resource" (trust policies): skip matching. */
  anyResource: boolean;
  /** Neither Resource nor NotResource, outside a resource-based policy: matches nothing. */
  noResource: boolean;
  principal: CompiledPrincipal | undefined;
  notPrincipal: boolean;
  /** A resource-based statement without Principal/NotPrincipal names nobody. */
  principalRequired: boolean;
  /**
   * AWS documents that a Deny with NotPrincipal in a resource-based policy always applies to
   * an IAM principal that has a permissions boundary, whatever NotPrincipal lists.
   */
  notPrincipalHitsBoundary: boolean;
  conditions: CompiledCondition[];
}

export interface CompiledPolicy {
  input: PolicyInput;
  category: PolicyCategory;
  /** Organization level (0 = root) for SCPs and RCPs. */
  level: number;
  /** Policy variables are substituted (Version 2012-10-17). */
  variables: boolean;
  statements: CompiledStatement[];
}

/** A statement as indexed under one service prefix, with only the patterns that can match it. */
export interface IndexEntry {
  statement: CompiledStatement;
  patterns: Glob[];
}

export interface ActionIndex {
  /** Lower-cased service prefix → entries; each list already includes the wildcard entries. */
  byService: Map<string, IndexEntry[]>;
  /** Entries whose patterns have a wildcard service part (or NotAction): used for other services. */
  other: IndexEntry[];
  size: number;
  /**
   * Lower-cased action → the statements whose Action / NotAction covers it, filled the first
   * time a request names the action (requests name few distinct actions; bounded).
   */
  byAction: Map<string, CompiledStatement[]>;
  /** The action looked up last and its statements: consecutive requests often share one. */
  lastAction: string | undefined;
  lastStatements: CompiledStatement[];
}

export interface CompiledCategory {
  category: PolicyCategory;
  policies: CompiledPolicy[];
  allow: ActionIndex;
  deny: ActionIndex;
}
