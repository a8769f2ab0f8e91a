// The evaluator's public shapes. Every stage of the pipeline (parse → validate → compile →
// evaluate → explain) speaks in these types; the server and the console import them too.

// ---------------------------------------------------------------- diagnostics

export type Severity = 'error' | 'warning' | 'info';

/** A place in the policy text. `line` and `column` are 1-based (Monaco's convention); `offset` is 0-based. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

/** A half-open span of the policy text: `end` is the position just after the last character. */
export interface Range {
  start: Position;
  end: Position;
}

/**
 * One finding about a policy. `code` is stable (tests and the console key on it); `message`
 * follows Cedar's style (lowercase, no trailing period, user input in backticks); `help`
 * is an optional hint; `path` locates the element in the JSON (`['Statement', 0, 'Action']`).
 */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  help?: string;
  path: (string | number)[];
  range?: Range;
}

// ---------------------------------------------------------------- the policy AST

export type PolicyVersion = '2012-10-17' | '2008-10-17';

/** What a policy is used as; validation rules and size quotas depend on it. */
export type PolicyKind =
  | 'identity' // inline or managed policy on a user, group or role
  | 'resource' // resource-based policy (S3 bucket policy, KMS key policy...)
  | 'trust' // a role's trust policy (a resource-based policy on sts:AssumeRole*)
  | 'boundary' // permissions boundary
  | 'scp'; // service control policy

export type Effect = 'Allow' | 'Deny';

/** Principal or NotPrincipal: `"*"` or a map of principal type to values. */
export type PrincipalBlock =
  | { kind: 'any' }
  | {
      kind: 'map';
      AWS?: string[];
      Service?: string[];
      Federated?: string[];
      CanonicalUser?: string[];
    };

/** One `operator → key → values` entry of a Condition block. Values are kept as strings, as AWS does. */
export interface ConditionClause {
  /** As written, e.g. `ForAnyValue:StringLikeIfExists`. */
  operator: string;
  /** As written; matched against request keys case-insensitively. */
  key: string;
  values: string[];
  range?: Range;
}

/** A condition operator written with no usable `key → values` under it, e.g. `"Foo": {}`. */
export interface EmptyConditionOperator {
  /** As written. */
  operator: string;
  /** Span of the operator's key in the source text, when parsed from text. */
  range?: Range;
}

export interface Statement {
  /** Position in the Statement array (0 for a single statement object). */
  index: number;
  sid?: string;
  effect: Effect;
  action?: string[];
  notAction?: string[];
  resource?: string[];
  notResource?: string[];
  principal?: PrincipalBlock;
  notPrincipal?: PrincipalBlock;
  conditions: ConditionClause[];
  /**
   * Condition operators that contributed no clause (an empty or malformed block). They test
   * nothing, but they are still operators the policy names: the validator checks them, and
   * one AWS does not define keeps the statement from ever applying. Absent when there are none.
   */
  emptyOperators?: EmptyConditionOperator[];
  /** Span of the whole statement object in the source text, when parsed from text. */
  range?: Range;
}

export interface PolicyDocument {
  /** Absent Version means 2008-10-17 semantics (no policy variables), as in AWS. */
  version?: PolicyVersion;
  id?: string;
  statements: Statement[];
}

export interface ParseOptions {
  /**
   * Record where each element was written (default true), so that validatePolicy can point
   * its diagnostics at the exact token. A caller that only compiles the document (a server
   * filling its cache with stored, already validated policies) can turn it off: parsing then
   * computes no positions unless it reports a problem.
   */
  sourceMap?: boolean;
}

export interface ParseResult {
  /** Present whenever the text was JSON shaped enough to build one; may be partial if there are errors. */
  document?: PolicyDocument;
  diagnostics: Diagnostic[];
}

// ---------------------------------------------------------------- requests and policy sets

/**
 * A value of a request context key. Multi-valued keys (aws:TagKeys) are arrays; binary keys
 * (compared by `BinaryEquals`) are `Uint8Array`s.
 */
export type ContextValue = string | number | boolean | readonly string[] | Uint8Array;

export interface EvaluationRequest {
  /**
   * The calling principal: an ARN (`arn:aws:iam::111122223333:user/jeff`,
   * `arn:aws:sts::111122223333:assumed-role/r/s`, `arn:aws:iam::111122223333:root`),
   * or a service principal (`ec2.amazonaws.com`).
   */
  principal: string;
  /** `service:Action`, matched case-insensitively. */
  action: string;
  /** The resource ARN (or `*` for actions that take no resource). */
  resource: string;
  /** Request context keys (case-insensitive names). */
  context?: Readonly<Record<string, ContextValue>>;
  /**
   * Account owning the resource; defaults to the account in the resource ARN, else the
   * principal's. Pass it for ARNs that name no account (S3 buckets and objects): evaluate()
   * otherwise takes the caller's account, explain() says so in its `diagnostics`, and
   * evaluateRequest() refuses to decide.
   */
  resourceAccount?: string;
}

/** evaluateRequest(): a decision, or why the request cannot be decided without a guess. */
export type EvaluationResult = { ok: true; decision: Decision } | { ok: false; diagnostics: Diagnostic[] };

/** A policy as the evaluator receives it: parsed document plus where it came from. */
export interface PolicyInput {
  /** Stable identity used in explanations, e.g. a policy ARN or `user/jeff:inline/s3`. */
  id: string;
  /** Human label: policy name, with its attachment source, e.g. `AdminAccess (via group admins)`. */
  name?: string;
  document: PolicyDocument;
}

/** Everything that bears on one principal's requests. */
export interface PolicySetInput {
  /** Identity-based policies: user inline + managed, and every group's inline + managed (or a role's). */
  identity: PolicyInput[];
  /** Resource-based policy on the target resource, if any (trust policy for sts:AssumeRole). */
  resource?: PolicyInput[];
  /** Permissions boundary; when present, identity allows must also be allowed here. */
  boundary?: PolicyInput[];
  /** Session policies; when present, they also must allow. */
  session?: PolicyInput[];
  /**
   * Service control policies, one array per level of the organization (root, OU..., account):
   * every level must allow.
   */
  scp?: PolicyInput[][];
  /**
   * Resource control policies of the resource's account, one array per level of the
   * organization (root, OU..., account): every level must allow, and an explicit deny in any
   * of them denies, whoever calls (IAM principal, service, anonymous). Absent, RCPs are not
   * applied: leave them out for resources in the management account, calls by service-linked
   * roles and services RCPs do not cover, as AWS does.
   */
  rcp?: PolicyInput[][];
}

// ---------------------------------------------------------------- decisions and explanations

export type Decision = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';

export type PolicyCategory = 'identity' | 'resource' | 'boundary' | 'session' | 'scp' | 'rcp';

/** Why an element of a statement did or did not match. */
export interface ElementMatch {
  element: 'Action' | 'NotAction' | 'Resource' | 'NotResource' | 'Principal' | 'NotPrincipal';
  matched: boolean;
  /** The pattern that matched (if any). */
  pattern?: string;
  /** A sentence saying why, e.g. "`iam:CreateUser` matches `iam:*`". */
  reason: string;
}

export interface ConditionMatch {
  operator: string;
  key: string;
  values: string[];
  /** The request's value(s) for the key, or undefined when missing. */
  requestValue?: ContextValue;
  matched: boolean;
  reason: string;
  range?: Range;
}

export interface StatementExplanation {
  index: number;
  sid?: string;
  effect: Effect;
  /** True when every element and condition matched, i.e. the statement applies to the request. */
  applies: boolean;
  elements: ElementMatch[];
  conditions: ConditionMatch[];
  range?: Range;
}

export interface PolicyExplanation {
  id: string;
  name?: string;
  category: PolicyCategory;
  /** For SCPs and RCPs: the organization level (0 = root), as in `PolicySetInput.scp` / `rcp`. */
  level?: number;
  /** This policy's own verdict: Allow, ExplicitDeny, or ImplicitDeny (no statement applied). */
  decision: Decision;
  statements: StatementExplanation[];
}

/** Points at one statement of one policy in an explanation. */
export interface StatementRef {
  policyId: string;
  policyName?: string;
  category: PolicyCategory;
  /** The statement's `index` (position in the Statement array). */
  index: number;
  sid?: string;
}

export interface Explanation {
  decision: Decision;
  /**
   * The statements that decided: the Deny that applied, or the Allow(s) that granted access
   * (identity and resource statement for a cross-account allow). Empty for implicit denies.
   */
  decidedBy?: StatementRef[];
  /** One short sentence that names the deciding factor, for a summary line in the UI. */
  summary: string;
  /** Whether principal and resource are in different accounts (both sides must allow). */
  crossAccount: boolean;
  policies: PolicyExplanation[];
  /**
   * What the request left unsaid and the decision assumed (checkRequest), e.g. the account of
   * an S3 resource without `resourceAccount`. Absent when there is nothing to say.
   */
  diagnostics?: Diagnostic[];
}
