// Policy documents of every kind, built as JSON and written out as text in varying layouts
// (so our parser sees what users paste: compact, indented, single statement objects).
import { conditionBlock } from './conditions.js';
import type { KeySpec, RequestContext } from './context-keys.js';
import { actionPattern, principalElement, resourcePattern } from './patterns.js';
import type { Random } from './random.js';
import type { ActionSpec, PrincipalSpec } from './vocabulary.js';

export type GeneratedKind = 'identity' | 'resource' | 'boundary' | 'session' | 'scp';

export interface GeneratedPolicy {
  kind: GeneratedKind;
  name: string;
  /** The document as the oracle receives it. */
  json: PolicyJson;
  /** The same document as text, as our parser receives it. */
  text: string;
}

export type PolicyJson = {
  Version?: string;
  Id?: string;
  Statement: StatementJson | StatementJson[];
};

export type StatementJson = Record<string, unknown> & { Effect: 'Allow' | 'Deny' };

/** Everything a statement generator needs to know about the request it aims at. */
export interface Target {
  action: ActionSpec;
  requestAction: string;
  resource: string;
  principal: PrincipalSpec;
  keys: KeySpec[];
  context: RequestContext;
}

function oneOrMany(r: Random, values: string[]): string | string[] {
  return values.length === 1 && r.chance(0.6) ? values[0]! : values;
}

function patterns(r: Random, make: () => string): string[] {
  const count = r.weighted([
    [65, 1],
    [25, 2],
    [10, 3],
  ]);
  return [...new Set(Array.from({ length: count }, make))];
}

function actionElement(r: Random, t: Target, statement: StatementJson, notChance: number): void {
  const values = oneOrMany(
    r,
    patterns(r, () => actionPattern(r, t.action, t.requestAction)),
  );
  statement[r.chance(notChance) ? 'NotAction' : 'Action'] = values;
}

function resourceElement(r: Random, t: Target, statement: StatementJson, notChance: number): void {
  const values = oneOrMany(
    r,
    patterns(r, () => resourcePattern(r, t.resource, t.principal)),
  );
  statement[r.chance(notChance) ? 'NotResource' : 'Resource'] = values;
}

function maybeConditions(r: Random, t: Target, statement: StatementJson, chance: number): void {
  if (r.chance(chance)) statement.Condition = conditionBlock(r, t.keys, t.context);
}

function statementFor(r: Random, kind: GeneratedKind, t: Target, index: number): StatementJson {
  const denyChance = { identity: 0.22, resource: 0.2, boundary: 0.1, session: 0.1, scp: 0.3 }[kind];
  const statement: StatementJson = { Effect: r.chance(denyChance) ? 'Deny' : 'Allow' };
  if (r.chance(0.3)) statement.Sid = `S${index}`;
  if (kind === 'resource') {
    const element = principalElement(r, t.principal);
    statement[statement.Effect === 'Deny' && r.chance(0.15) ? 'NotPrincipal' : 'Principal'] = element;
  }
  if (kind === 'scp' && statement.Effect === 'Allow') {
    // SCP allow statements: Action and Resource, no conditions (the classic SCP grammar).
    statement.Action = r.chance(0.5)
      ? '*'
      : oneOrMany(
          r,
          patterns(r, () => actionPattern(r, t.action, t.requestAction)),
        );
    statement.Resource = r.chance(0.7)
      ? '*'
      : oneOrMany(
          r,
          patterns(r, () => resourcePattern(r, t.resource, t.principal)),
        );
    return statement;
  }
  actionElement(r, t, statement, 0.12);
  // A role's trust policy has no Resource: it is about the role it is attached to.
  if (!(kind === 'resource' && t.action.trust))
    resourceElement(r, t, statement, kind === 'resource' ? 0.05 : 0.1);
  maybeConditions(r, t, statement, 0.4);
  return statement;
}

function layout(r: Random, json: PolicyJson): string {
  return JSON.stringify(json, null, r.pick([0, 2, 4, '\t']));
}

export function generatePolicy(r: Random, kind: GeneratedKind, t: Target, name: string): GeneratedPolicy {
  const count = r.weighted([
    [50, 1],
    [35, 2],
    [15, 3],
  ]);
  const statements = Array.from({ length: count }, (_, i) => statementFor(r, kind, t, i));
  const json: PolicyJson = {
    Statement: statements.length === 1 && r.chance(0.3) ? statements[0]! : statements,
  };
  const version = r.weighted([
    [88, '2012-10-17'],
    [8, undefined],
    [4, '2008-10-17'],
  ]);
  const ordered: PolicyJson = {
    ...(version ? { Version: version } : {}),
    ...(r.chance(0.1) ? { Id: name } : {}),
    ...json,
  };
  return { kind, name, json: ordered, text: layout(r, ordered) };
}

/** The default SCP every organization starts with. */
export function fullAccessScp(): GeneratedPolicy {
  const json: PolicyJson = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
  };
  return { kind: 'scp', name: 'FullAWSAccess', json, text: JSON.stringify(json) };
}
