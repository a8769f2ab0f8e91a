// Every documented disagreement with the oracle, in the order of KNOWN-DIFFERENCES.md.
import { dateEpoch } from './known/date-epoch.js';
import { ipAddress } from './known/ip-address.js';
import type { KnownDifference } from './known/known-difference.js';
import { notPrincipalLayers } from './known/notprincipal-layers.js';
import { nullVariable } from './known/null-variable.js';
import { resourceTypeWildcard } from './known/resource-type-wildcard.js';
import { sessionArnGrant } from './known/session-arn-grant.js';
import { setIfExists } from './known/set-ifexists.js';
import { variableColon } from './known/variable-colon.js';
import { versionlessVariables } from './known/versionless-variables.js';

export type { KnownDifference };

export const KNOWN_DIFFERENCES: KnownDifference[] = [
  dateEpoch,
  versionlessVariables,
  variableColon,
  nullVariable,
  resourceTypeWildcard,
  ipAddress,
  setIfExists,
  notPrincipalLayers,
  sessionArnGrant,
];
