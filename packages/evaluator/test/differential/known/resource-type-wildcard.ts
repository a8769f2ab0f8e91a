// KD-RESOURCE-TYPE-WILDCARD: the oracle takes the resource part of a policy ARN up to its
// first `/` or `:` (the resource type, `user/`, `function:`) as a literal prefix, so a `*`
// or `?` there never matches. AWS allows wildcards in every segment but the service.
import { asList, mapPolicies, policiesOf, statementsOf } from '../case-policies.js';
import type { KnownDifference } from './known-difference.js';
import { globMatches, hasVariable, MATCHES_NOTHING, mapResources } from './rewrite-helpers.js';

/** The literal prefix the oracle requires: the resource part up to and including its first `/` or `:`. */
function oracleTypePrefix(arn: string): string {
  const parts = arn.split(':');
  if (parts.length < 6 || (parts[2] === 's3' && parts[3] === '' && parts[4] === '')) return '';
  const resource = parts.slice(5).join(':');
  const cuts = [resource.indexOf('/'), resource.indexOf(':')].filter((i) => i >= 0);
  return cuts.length === 0 ? '' : resource.slice(0, Math.min(...cuts) + 1);
}

const trips = (arn: string) => !hasVariable(arn) && /[*?]/.test(oracleTypePrefix(arn));

export const resourceTypeWildcard: KnownDifference = {
  id: 'KD-RESOURCE-TYPE-WILDCARD',
  applies: (c) =>
    policiesOf(c).some((p) =>
      statementsOf(p.json).some((s) => [...asList(s.Resource), ...asList(s.NotResource)].some(trips)),
    ),
  // Decide the wildcard ourselves: the request's own ARN if the pattern matches it, else nothing.
  rewriteForOracle: (c) =>
    mapPolicies(c, (json) =>
      mapResources(json, (arn) =>
        trips(arn) ? (globMatches(arn, c.request.resource) ? c.request.resource : MATCHES_NOTHING) : arn,
      ),
    ),
};
