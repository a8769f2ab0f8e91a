// The policy-language features a case exercises, so the test can prove its corpus covers them.
import { asList, clausesOf, lookupContext, policiesOf, statementsOf } from './case-policies.js';
import type { DiffCase } from './generate/generate-case.js';

/** Every feature the corpus must exercise, at least `MIN_CASES_PER_FEATURE` times. */
export const REQUIRED_FEATURES = [
  'Action',
  'NotAction',
  'action *',
  'action ?',
  'action case differs',
  'Resource',
  'NotResource',
  'resource *',
  'resource ?',
  'Principal *',
  'Principal account',
  'Principal ARN',
  'Principal Service',
  'NotPrincipal',
  'String',
  'Numeric',
  'Date ISO-8601',
  'Date epoch',
  'Bool',
  'BinaryEquals',
  'IpAddress v4',
  'IpAddress v6',
  'Arn',
  'Null',
  'IfExists',
  'IfExists missing key',
  'ForAllValues',
  'ForAnyValue',
  'set operator missing key',
  'set operator empty key',
  'variable',
  'variable default',
  'explicit Deny',
  'boundary',
  'scp',
  'session',
  'cross-account resource policy',
  'service principal',
  'role trust policy',
  'KMS key policy',
  'typed context values',
] as const;

export const MIN_CASES_PER_FEATURE = 20;

function actionFeatures(patterns: string[], requested: string, add: (f: string) => void): void {
  for (const p of patterns) {
    if (p.includes('*')) add('action *');
    if (p.includes('?')) add('action ?');
    if (p !== requested && p.toLowerCase() === requested.toLowerCase()) add('action case differs');
  }
}

function conditionFeatures(
  c: DiffCase,
  operator: string,
  key: string,
  values: string[],
  add: (f: string) => void,
) {
  const present = lookupContext(c, key);
  const family = /(String|Numeric|Date|Bool|Binary|IpAddress|Arn|Null)/.exec(
    operator.replace('NotIp', 'Ip'),
  )?.[1];
  if (family === 'Date') {
    if (values.some((v) => /^\d+$/.test(v))) add('Date epoch');
    if (values.some((v) => !/^\d+$/.test(v))) add('Date ISO-8601');
  } else if (family === 'IpAddress')
    add(values.some((v) => v.includes(':')) ? 'IpAddress v6' : 'IpAddress v4');
  else if (family === 'Binary') add('BinaryEquals');
  else if (family) add(family);
  if (operator.endsWith('IfExists')) add(present === undefined ? 'IfExists missing key' : 'IfExists');
  for (const set of ['ForAllValues', 'ForAnyValue']) {
    if (!operator.startsWith(set)) continue;
    add(set);
    if (present === undefined) add('set operator missing key');
    else if (Array.isArray(present) && present.length === 0) add('set operator empty key');
  }
  if (values.some((v) => v.includes('${'))) add('variable');
}

export function featuresOf(c: DiffCase): Set<string> {
  const features = new Set<string>();
  const add = (f: string) => features.add(f);
  for (const p of policiesOf(c)) {
    for (const s of statementsOf(p.json)) {
      if (s.Effect === 'Deny') add('explicit Deny');
      for (const element of ['Action', 'NotAction', 'Resource', 'NotResource', 'NotPrincipal'] as const) {
        if (s[element] !== undefined) add(element);
      }
      actionFeatures([...asList(s.Action), ...asList(s.NotAction)], c.request.action, add);
      for (const r of [...asList(s.Resource), ...asList(s.NotResource)]) {
        if (r.includes('*')) add('resource *');
        if (r.includes('?')) add('resource ?');
        if (r.includes('${')) add('variable');
      }
      principalFeatures(s.Principal, add);
    }
    for (const { operator, key, values } of clausesOf(p.json))
      conditionFeatures(c, operator, key, values, add);
    if (p.text.includes(", '")) add('variable default');
  }
  if (c.boundary) add('boundary');
  if (c.scp) add('scp');
  if (c.session) add('session');
  if (
    c.resource &&
    c.principalKind !== 'service' &&
    !c.request.principal.includes(`:${c.request.resourceAccount}:`)
  ) {
    add('cross-account resource policy');
  }
  if (c.principalKind === 'service') add('service principal');
  const action = c.request.action.toLowerCase();
  if (c.resource && action === 'sts:assumerole') add('role trust policy');
  if (c.resource && action.startsWith('kms:')) add('KMS key policy');
  if (c.typedContext) add('typed context values');
  return features;
}

function principalFeatures(principal: unknown, add: (f: string) => void): void {
  if (principal === undefined) return;
  if (principal === '*') return add('Principal *');
  const map = principal as Record<string, string | string[]>;
  if (map.Service) add('Principal Service');
  for (const v of asList(map.AWS)) {
    if (v === '*') add('Principal *');
    else if (/^\d{12}$/.test(v) || v.endsWith(':root')) add('Principal account');
    else add('Principal ARN');
  }
}
