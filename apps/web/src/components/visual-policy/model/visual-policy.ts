// The visual policy generator's model: an identity policy as statement cards. The Visual tab
// edits this shape; `policyToVisual` reads JSON into it (or says why it cannot, exactly) and
// `visualToPolicy` writes it back. Pure TypeScript, no React, so the round trip is unit-tested
// against every AWS managed policy.
//
// `policyToVisual(visualToPolicy(v))` gives back `v` (keys aside) whenever `v` keeps these
// invariants, which the editor maintains:
// - `service` undefined ⇒ `actions` empty; `service` `*` ⇒ `actions` is `['*']`; no action name is empty;
// - a card's condition rows with the same operator are adjacent (JSON nests them under it, so they
//   come back grouped, in order of each operator's first row);
// - no two rows of a card share operator and key (JSON keeps only the last; `statementProblems`
//   flags it).
import type { Effect, PolicyVersion } from '@gatehouse/evaluator';

/** A policy the Visual tab can show and edit. */
export interface VisualPolicy {
  /** Written back as read; new policies use `2012-10-17`. */
  version: PolicyVersion;
  /** The document's `Id`, kept if present. */
  id?: string;
  statements: VisualStatement[];
}

/** One statement card. Every card grants or denies actions of one service. */
export interface VisualStatement {
  /** Stable identity for React and for "Duplicate"; never written to JSON. */
  key: string;
  sid?: string;
  effect: Effect;
  /**
   * The action prefix (`s3`), `*` for `"Action": "*"` (every action of every service), or
   * undefined while the user has not chosen one yet.
   */
  service?: string;
  /** `Action`, or `NotAction` for "every action except". */
  actionElement: 'Action' | 'NotAction';
  /**
   * Action names without the prefix, as written (`GetObject`, `Get*`), or `['*']` for every action
   * of the service. Empty while none is chosen.
   */
  actions: string[];
  /** `Resource`, or `NotResource` for "every resource except". */
  resourceElement: 'Resource' | 'NotResource';
  /** ARNs (wildcards allowed) or `['*']`. Empty while none is chosen. */
  resources: string[];
  conditions: VisualCondition[];
}

/** One `operator → key → values` entry of the statement's Condition block. */
export interface VisualCondition {
  /** Stable identity for React; never written to JSON. */
  key: string;
  /** As written, qualifiers included: `IpAddress`, `ForAnyValue:StringLike`, `BoolIfExists`. */
  operator: string;
  /** The condition key as written: `aws:SourceIp`, `s3:prefix`, `aws:ResourceTag/team`. */
  conditionKey: string;
  /** Values as strings, as AWS compares them. */
  values: string[];
}

/** Stable names for the reasons a policy cannot be shown visually (tests and counts key on them). */
export type NotRepresentableCode =
  /** The JSON has an error (syntax, a wrong type, an unknown element, a missing `Effect`). */
  | 'json-error'
  /** A key appears twice in one object: only the last counts and the cards would drop the rest. */
  | 'duplicate-key'
  /** `Principal` or `NotPrincipal`: a resource-based or trust policy. */
  | 'principal'
  /** `Action` with `NotAction`, or `Resource` with `NotResource`, in one statement. */
  | 'conflicting-elements'
  /** Actions of more than one service in one statement. */
  | 'several-services'
  /** `*` listed together with other actions. */
  | 'star-with-others'
  /** An action not written `service:action`, or a service prefix with wildcards. */
  | 'not-service-action'
  /** `service:` with no action name, next to other actions. */
  | 'empty-action-name';

/** Why a JSON policy cannot be shown exactly in the Visual tab. */
export interface NotRepresentable {
  code: NotRepresentableCode;
  /** Cedar-style message: lowercase, no trailing period, user input in backticks. */
  reason: string;
  /** Where in the JSON, e.g. `['Statement', 2, 'Action']`. */
  path: (string | number)[];
}

export type ToVisualResult = { ok: true; policy: VisualPolicy } | { ok: false; problem: NotRepresentable };
