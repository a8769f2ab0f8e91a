// Allows of IAM and STS actions that reach every role, user, group or policy: passing any role
// to a service, assuming any role, or changing permissions in a way that lets the holder grant
// itself anything (the privilege escalation paths security reviews look for first).
import type { PolicyKind, Statement } from '../types.js';
import { quote } from '../diagnostics.js';
import type { Reporter } from './reporter.js';
import type { IamResourceType } from './every-iam-resource.js';
import { reachesEvery } from './every-iam-resource.js';
import { matchesWildcard } from './wildcard-cover.js';

/** Each escalation action and the type of resource it is authorised on. */
const ESCALATION_ACTIONS: readonly (readonly [string, IamResourceType])[] = [
  ['iam:CreatePolicyVersion', 'policy'],
  ['iam:SetDefaultPolicyVersion', 'policy'],
  ['iam:AttachUserPolicy', 'user'],
  ['iam:AttachGroupPolicy', 'group'],
  ['iam:AttachRolePolicy', 'role'],
  ['iam:PutUserPolicy', 'user'],
  ['iam:PutGroupPolicy', 'group'],
  ['iam:PutRolePolicy', 'role'],
  ['iam:UpdateAssumeRolePolicy', 'role'],
  ['iam:CreateAccessKey', 'user'],
  ['iam:CreateLoginProfile', 'user'],
  ['iam:UpdateLoginProfile', 'user'],
  ['iam:AddUserToGroup', 'group'],
];

/** How many escalation actions a message names before saying "and N more". */
const NAMED = 3;

export function checkIamGrants(
  reporter: Reporter,
  statement: Statement,
  kind: PolicyKind,
  base: (string | number)[],
): void {
  const resources = statement.resource ?? [];
  const actions = statement.action ?? [];
  const reaches = (type: IamResourceType) => resources.some((r) => reachesEvery(r, type));
  if (!reaches('role') && !reaches('user') && !reaches('group') && !reaches('policy')) return;
  const passRole = actions.findIndex((action) => matchesWildcard(action, 'iam:PassRole'));
  if (passRole !== -1 && reaches('role')) {
    reporter.report(
      'pass-role-wildcard',
      '`iam:PassRole` is allowed on every role',
      [...base, 'Action', passRole],
      { help: 'limit `Resource` to the ARNs of the roles that may be passed' },
    );
  }
  // Roles, users and the rest are things an identity acts on; only identity policies name them.
  if (kind !== 'identity') return;
  const assume = actions.findIndex((action) => matchesWildcard(action, 'sts:AssumeRole'));
  if (assume !== -1 && reaches('role')) {
    reporter.report(
      'assume-any-role',
      '`sts:AssumeRole` is allowed on every role, so any role that trusts this account can be assumed',
      [...base, 'Action', assume],
      { help: 'limit `Resource` to the ARNs of the roles that may be assumed' },
    );
  }
  actions.forEach((action, j) => {
    // Every escalation action is IAM's: an entry of another service (no wildcard in its
    // service part) can't grant one, and is not compared 15 times over.
    const colon = action.indexOf(':');
    const service = colon < 0 ? action : action.slice(0, colon);
    if (!/[*?]/.test(service) && service.toLowerCase() !== 'iam') return;
    const granted = ESCALATION_ACTIONS.filter(
      ([name, type]) => matchesWildcard(action, name) && reaches(type),
    );
    if (granted.length === 0) return;
    reporter.report(
      'privilege-escalation',
      `${escalationWhat(action, granted)} on every ${escalationWhere(resources, granted)} lets the holder grant itself any permission`,
      [...base, 'Action', j],
      { help: 'limit `Resource` to the users, groups, roles or policies the statement is meant for' },
    );
  });
}

/** `iam:AttachUserPolicy`, or `iam:Attach*` (`iam:AttachUserPolicy`, ... and 1 more). */
function escalationWhat(action: string, granted: readonly (readonly [string, IamResourceType])[]): string {
  const names = granted.map(([name]) => name);
  if (names.length === 1 && names[0]?.toLowerCase() === action.toLowerCase()) return quote(action);
  const shown = names.slice(0, NAMED).map((name) => `\`${name}\``);
  const rest = names.length - shown.length;
  const listed =
    rest > 0
      ? `${shown.join(', ')} and ${rest} more`
      : shown.length > 1
        ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`
        : (shown[0] as string);
  return `${quote(action)} (${listed})`;
}

/** `resource` for `*`, else the types reached: `user`, `user and role`. */
function escalationWhere(
  resources: string[],
  granted: readonly (readonly [string, IamResourceType])[],
): string {
  if (resources.includes('*')) return 'resource';
  const types = [...new Set(granted.map(([, type]) => type))];
  return types.length > 1 ? `${types.slice(0, -1).join(', ')} and ${types.at(-1)}` : (types[0] as string);
}
