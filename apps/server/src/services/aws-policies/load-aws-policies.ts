// At start (after migrations): make sure the database holds the installed release of the AWS
// managed policies. The common case, a restart with the same release, reads one row and
// returns; only a new release parses the data package (~74 MB) and writes.
import { loadManagedPolicies } from '@gatehouse/catalog/node';
import type { Db } from '../../db/client.js';
import { managedPolicyDataSource } from './managed-policy-data.js';
import {
  loadedRelease,
  markerValue,
  syncAwsPolicies,
  type AwsPolicySyncResult,
} from './sync-aws-policies.js';

export interface AwsPolicyLoad extends AwsPolicySyncResult {
  milliseconds: number;
}

export async function loadAwsPolicies(db: Db): Promise<AwsPolicyLoad> {
  const started = performance.now();
  const source = await managedPolicyDataSource();
  const elapsed = () => Math.round(performance.now() - started);
  if ((await loadedRelease(db)) === markerValue(source.version)) {
    return {
      changed: false,
      release: source.version,
      policiesAdded: 0,
      policiesUpdated: 0,
      policiesDeleted: 0,
      policiesKept: 0,
      versionsWritten: 0,
      versionsRemoved: 0,
      milliseconds: elapsed(),
    };
  }
  const policies = await loadManagedPolicies(source.file);
  const result = await syncAwsPolicies(db, source.version, policies);
  return { ...result, milliseconds: elapsed() };
}
