// KD-NOTPRINCIPAL-LAYERS: with Deny + NotPrincipal, the oracle exempts a caller when any one
// listed value names it (its account alone, or its user ARN alone). AWS checks the caller
// layer by layer (account, then user; or account, role, session) and exempts it only when
// every layer is listed.
import { asList, statementsOf } from '../case-policies.js';
import type { DiffCase } from '../generate/generate-case.js';
import type { PolicyJson, StatementJson } from '../generate/policies.js';
import type { KnownDifference } from './known-difference.js';

/** The values that name each layer of the caller: every layer must be listed to be exempt. */
function layers(c: DiffCase): string[][] {
  const arn = c.request.principal;
  if (!arn.startsWith('arn:')) return [[arn]];
  const account = arn.split(':')[4]!;
  const accountNames = [account, `arn:aws:iam::${account}:root`];
  const session = /^arn:aws:sts::\d{12}:assumed-role\/([^/]+)\//.exec(arn);
  if (!session) return [accountNames, [arn]];
  return [accountNames, [`arn:aws:iam::${account}:role/${session[1]}`], [arn]];
}

function exempts(c: DiffCase, notPrincipal: unknown): boolean {
  if (notPrincipal === '*') return true;
  const map = notPrincipal as Record<string, unknown>;
  const listed = [...asList(map.AWS), ...asList(map.Service)];
  if (listed.includes('*')) return true;
  return layers(c).every((names) => names.some((n) => listed.includes(n)));
}

const isDenyNotPrincipal = (s: StatementJson) => s.Effect === 'Deny' && s.NotPrincipal !== undefined;

export const notPrincipalLayers: KnownDifference = {
  id: 'KD-NOTPRINCIPAL-LAYERS',
  // With a boundary, both engines apply such a statement to everyone, as AWS documents.
  applies: (c) => !c.boundary && !!c.resource && statementsOf(c.resource.json).some(isDenyNotPrincipal),
  rewriteForOracle: (c) => {
    const json = structuredClone(c.resource!.json) as PolicyJson;
    for (const s of statementsOf(json)) {
      if (!isDenyNotPrincipal(s)) continue;
      s.NotPrincipal = exempts(c, s.NotPrincipal) ? { AWS: '*' } : { AWS: 'arn:aws:iam::999999999999:root' };
    }
    return { ...c, resource: { ...c.resource!, json, text: JSON.stringify(json) } };
  },
};
