// Patterns for the Action, Resource and Principal elements, derived from the request so that a
// good share of them match (exactly, by wildcard, by policy variable) and the rest narrowly miss.
import type { Random } from './random.js';
import {
  FOREIGN_ACTIONS,
  HOME,
  OTHER,
  OTHER_PRINCIPAL_ARNS,
  type ActionSpec,
  type PrincipalSpec,
} from './vocabulary.js';

function swapCase(text: string): string {
  return [...text].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
}

function withQuestionMark(r: Random, text: string): string {
  if (text.length === 0) return '?';
  const at = r.int(0, text.length - 1);
  return text.slice(0, at) + '?' + text.slice(at + 1);
}

export function actionPattern(r: Random, spec: ActionSpec, requested: string): string {
  const [service, name] = requested.split(':') as [string, string];
  return r.weighted<() => string>([
    [20, () => requested],
    [6, () => `${service.toUpperCase()}:${name.toLowerCase()}`],
    [4, () => swapCase(requested)],
    [12, () => `${service}:*`],
    [4, () => '*'],
    [8, () => `${service}:${name.slice(0, r.int(1, name.length - 1))}*`],
    [6, () => `${service}:*${name.slice(r.int(1, name.length - 1))}`],
    [6, () => `${service}:${withQuestionMark(r, name)}`],
    [3, () => `${service}:${name}?`],
    [15, () => r.pick(spec.siblings)],
    [6, () => r.pick(FOREIGN_ACTIONS)],
    [4, () => `${service}:${name.slice(0, 3)}*X`],
  ])();
}

/** Splits an ARN into its first five segments and the resource part (which may contain colons). */
function arnParts(arn: string): [string[], string] {
  const parts = arn.split(':');
  return [parts.slice(0, 5), parts.slice(5).join(':')];
}

function replaceTail(resource: string, replacement: string): string {
  const cut = Math.max(resource.lastIndexOf('/'), resource.lastIndexOf(':'));
  return cut === -1 ? replacement : resource.slice(0, cut + 1) + replacement;
}

export function resourcePattern(r: Random, requested: string, principal: PrincipalSpec): string {
  if (requested === '*') {
    return r.weighted<() => string>([
      [60, () => '*'],
      [20, () => `arn:aws:iam::${HOME}:user/*`],
      [20, () => `arn:aws:ec2:*:${HOME}:instance/*`],
    ])();
  }
  const [head, resource] = arnParts(requested);
  const tail = resource.slice(Math.max(resource.lastIndexOf('/'), resource.lastIndexOf(':')) + 1);
  const join = (h: string[], res: string) => [...h, res].join(':');
  const withSegment = (index: number, value: string) =>
    join(
      head.map((s, i) => (i === index ? value : s)),
      resource,
    );
  const variableTail = (): string => {
    const name = principal.name ?? 'alice';
    if (tail === name || resource.includes(`/${name}/`)) {
      return join(head, resource.replace(name, r.pick(['${aws:username}', "${aws:username, 'nobody'}"])));
    }
    return join(
      head,
      replaceTail(resource, r.pick(['${aws:username}', '${aws:PrincipalTag/team}', '${aws:userid}'])),
    );
  };
  return r.weighted<() => string>([
    [22, () => requested],
    [10, () => '*'],
    [12, () => join(head, replaceTail(resource, '*'))],
    [6, () => join(head, resource.slice(0, r.int(1, resource.length)) + '*')],
    [6, () => join(head, withQuestionMark(r, resource))],
    [5, () => withSegment(4, '*')],
    [3, () => withSegment(3, head[3] === '' ? '' : '*')],
    [3, () => withSegment(4, head[4] === HOME ? OTHER : HOME)],
    // Not replaced before the fifth colon: matches nothing (KD-VARIABLE-COLON's rewrite).
    [2, () => withSegment(4, head[4] === '' ? '' : '${aws:PrincipalAccount}')],
    [10, variableTail],
    [3, () => join(head, replaceTail(resource, "${aws:PrincipalTag/missing, 'alice'}"))],
    [2, () => join(head, replaceTail(resource, '${*}'))],
    [6, () => join(head, replaceTail(resource, swapCase(tail)))],
    [6, () => join(head, replaceTail(resource, tail + 'x'))],
    [3, () => `${head.slice(0, 5).join(':')}:*`],
  ])();
}

export type PrincipalValue = '*' | Record<string, string | string[]>;

/** A Principal (or NotPrincipal) element for a resource-based policy. */
export function principalElement(r: Random, principal: PrincipalSpec): PrincipalValue {
  const account = principal.account ?? HOME;
  const aws = (v: string | string[]) => ({ AWS: v });
  const choice = r.weighted<() => PrincipalValue>([
    [8, () => '*'],
    [5, () => aws('*')],
    [14, () => aws(principal.kind === 'service' ? `arn:aws:iam::${HOME}:root` : principal.arn)],
    [10, () => aws(`arn:aws:iam::${account}:root`)],
    [6, () => aws(account)],
    [8, () => aws(principal.roleArn ?? `arn:aws:iam::${account}:role/Deployer`)],
    [8, () => ({ Service: principal.kind === 'service' ? principal.arn : 'lambda.amazonaws.com' })],
    [10, () => aws(r.pick(OTHER_PRINCIPAL_ARNS))],
    [5, () => aws(`arn:aws:iam::${account === HOME ? OTHER : HOME}:root`)],
    [6, () => aws([r.pick(OTHER_PRINCIPAL_ARNS), principal.kind === 'service' ? `${HOME}` : principal.arn])],
  ]);
  return choice();
}
