// Whether a `Resource` entry reaches every IAM resource of one type (every role, every user...)
// in at least one account: `*`, `arn:aws:iam::*:role/*`, `arn:aws:iam::111122223333:*`,
// `arn:aws:iam::*`. Parts are compared one by one, as resources are matched (a wildcard in the
// account never crosses a `:`), so the answer is sound: `arn:aws:iam::*:role/app-*` or
// `arn:aws:iam::*:role/service-role/*` reach only some roles and are not reported.
import { splitSegments } from '../arn.js';
import { covers } from './wildcard-cover.js';

export type IamResourceType = 'role' | 'user' | 'group' | 'policy';

export function reachesEvery(resource: string, type: IamResourceType): boolean {
  if (resource === '*') return true;
  const parts = splitSegments(resource, 5);
  const last = parts.length - 1;
  if (parts[0] !== 'arn' || (last < 5 && !parts[last]?.endsWith('*'))) return false;
  // The pattern's own partition and account stand for "some partition, some account": each
  // covers itself, so one account's `role/*` counts. An empty account is no account at all,
  // and neither is a policy variable there, which AWS does not replace before the fifth colon.
  if (parts.slice(0, 5).some((part) => part.includes('${'))) return false;
  const account = parts[4] || '*';
  const target = ['arn', parts[1] ?? '*', 'iam', '', account, `${type}/*`];
  return parts.every((part, i) =>
    // A shortened pattern's last part ends in `*`, which runs over the parts left out.
    covers(part, i === last ? target.slice(i).join(':') : (target[i] as string), false),
  );
}
