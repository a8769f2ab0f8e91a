// Policy generation from activity, as AWS's Access Analyzer does from CloudTrail: the actions
// a user or role performed in a time range (its audit events, and Access Advisor's per-action
// last use for the reads that leave no event), each on the resources it was used on where the
// action takes a resource, else `*`. The caller reviews the JSON before saving it.
import { authorize } from '../../../authz/authorize.js';
import { AppError } from '../../../errors/app-error.js';
import { roleArn, userArn } from '../../../model/arns.js';
import { findRole, findUser } from '../../iam/common/targets.js';
import type { ServiceContext } from '../../service-context.js';
import { actionFacts } from './action-facts.js';
import { flushLocalAccess } from '../../last-accessed/get-last-accessed.js';

export const MAX_RANGE_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;
/** An action used on more resources than this gets `*`: a list that long is no longer least privilege to read. */
const MAX_RESOURCES_PER_ACTION = 50;
const MAX_PAIRS = 10_000;

export interface GeneratePolicyOptions {
  ctx: ServiceContext;
  principalType: 'user' | 'role';
  name: string;
  startTime: Date;
  endTime: Date;
}

export interface GeneratedPolicy {
  principalArn: string;
  startTime: string;
  endTime: string;
  /** The generated policy, formatted for the editor. */
  policy: string;
  /** Each action with the resources it was used on (`*` when it takes none). */
  actions: { action: string; resources: string[] }[];
  /** How many distinct action and resource pairs the activity had. */
  activityCount: number;
}

function notFound(kind: 'user' | 'role', name: string): AppError {
  return new AppError('ResourceNotFoundException', `the ${kind} \`${name.slice(0, 128)}\` does not exist`);
}

function checkRange(start: Date, end: Date): void {
  if (start.getTime() >= end.getTime())
    throw new AppError('ValidationException', 'the start time must be before the end time');
  if (end.getTime() - start.getTime() > MAX_RANGE_DAYS * DAY_MS)
    throw new AppError('ValidationException', `the time range is at most ${MAX_RANGE_DAYS} days`);
}

async function principalOf(ctx: ServiceContext, type: 'user' | 'role', name: string) {
  const accountId = ctx.principal.accountId;
  if (type === 'user') {
    const user = await findUser(ctx.db, accountId, name);
    if (!user) throw notFound('user', name);
    return { id: user.id, arn: userArn(accountId, user.path, user.name), eventPrefix: undefined };
  }
  const role = await findRole(ctx.db, accountId, name);
  if (!role) throw notFound('role', name);
  // A role acts through its sessions: their events carry the session ARN.
  return {
    id: role.id,
    arn: roleArn(accountId, role.path, role.name),
    eventPrefix: `arn:aws:sts::${accountId}:assumed-role/${role.name}/`,
  };
}

/** Statements grouped by identical resource lists, in a stable order. */
function statementsOf(used: Map<string, Set<string>>): object[] {
  const groups = new Map<string, { actions: string[]; resources: string[] }>();
  for (const [action, resources] of [...used].sort(([a], [b]) => a.localeCompare(b))) {
    const list =
      resources.has('*') || resources.size > MAX_RESOURCES_PER_ACTION ? ['*'] : [...resources].sort();
    const key = JSON.stringify(list);
    const group = groups.get(key) ?? { actions: [], resources: list };
    group.actions.push(action);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => ({
    Effect: 'Allow',
    Action: g.actions.length === 1 ? g.actions[0] : g.actions,
    Resource: g.resources.length === 1 ? g.resources[0] : g.resources,
  }));
}

export async function generatePolicy(options: GeneratePolicyOptions): Promise<GeneratedPolicy> {
  const { ctx, startTime, endTime } = options;
  checkRange(startTime, endTime);
  await authorize(ctx, 'access-analyzer:StartPolicyGeneration', '*');
  const entity = await principalOf(ctx, options.principalType, options.name);
  const accountId = ctx.principal.accountId;
  const principalArn = entity.eventPrefix ? { startsWith: entity.eventPrefix } : { equals: entity.arn };
  // Reads leave no audit event: they come from last-accessed notes, this instance's pending ones first.
  await flushLocalAccess(ctx);
  // Allowed work (succeeded, or failed for a reason other than authorisation): denials are not use.
  const [pairs, reads] = await Promise.all([
    ctx.db.auditEvent.groupBy({
      by: ['action', 'resource'],
      where: { accountId, principalArn, time: { gte: startTime, lte: endTime }, result: { not: 'Denied' } },
      take: MAX_PAIRS,
      orderBy: [{ action: 'asc' }, { resource: 'asc' }],
    }),
    ctx.db.serviceLastAccess.findMany({
      where: { entityId: entity.id, action: { not: '' }, lastAccessed: { gte: startTime, lte: endTime } },
      select: { service: true, action: true },
      take: MAX_PAIRS,
    }),
  ]);
  const used = new Map<string, Set<string>>();
  const add = async (action: string, resource: string | null) => {
    const facts = await actionFacts(action);
    if (!facts) return;
    const set = used.get(facts.action) ?? new Set<string>();
    set.add(facts.takesResource && resource && resource.startsWith('arn:') ? resource : '*');
    used.set(facts.action, set);
  };
  for (const p of pairs) await add(p.action, p.resource);
  for (const r of reads) {
    const action = `${r.service}:${r.action}`;
    // An action seen on a resource in the events keeps that resource; Access Advisor knows none.
    if (![...used.keys()].some((a) => a.toLowerCase() === action.toLowerCase())) await add(action, null);
  }
  const document = { Version: '2012-10-17', Statement: statementsOf(used) };
  return {
    principalArn: entity.arn,
    startTime: startTime.toISOString(),
    endTime: endTime.toISOString(),
    policy: JSON.stringify(document, null, 2),
    actions: [...used]
      .map(([action, resources]) => ({ action, resources: [...resources].sort() }))
      .sort((a, b) => a.action.localeCompare(b.action)),
    activityCount: pairs.length + reads.length,
  };
}
