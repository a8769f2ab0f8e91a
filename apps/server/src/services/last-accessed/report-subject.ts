// What a last-accessed report is about: the user, role, group or managed policy an ARN names,
// with the policies that grant it permissions and the users and roles whose use counts.
import {
  loadEffectivePolicies,
  loadRoleEffectivePolicies,
  type EffectivePolicy,
} from '../../authz/effective-policies.js';
import { defaultDocuments } from '../../authz/effective-policies.js';
import type { DbOrTx } from '../../db/client.js';
import { nameKey } from '../../db/name-key.js';
import { AppError } from '../../errors/app-error.js';
import { groupArn, roleArn, userArn } from '../../model/arns.js';
import type { GrantingPolicy, LastAccessedEntityType } from '@gatehouse/contracts/last-accessed';
import { findPolicyByArn } from '../iam/common/policy-target.js';
import { noSuchEntity } from '../iam/common/errors.js';

const ENTITY_ARN =
  /^arn:aws:iam::(\d{12}|aws):(user|role|group|policy)((?:\/[\u0021-\u007e]*)?\/)([\w+=,.@-]+)$/;

const ENTITY_FIELDS = { id: true, path: true, name: true } as const;

export interface ReportEntity {
  id: string;
  arn: string;
  name: string;
  path: string;
  type: 'USER' | 'ROLE';
}

export interface ReportPolicy extends GrantingPolicy {
  document: string;
}

export interface ReportSubject {
  arn: string;
  type: LastAccessedEntityType;
  policies: ReportPolicy[];
  entities: ReportEntity[];
}

export interface ParsedEntityArn {
  type: LastAccessedEntityType;
  accountId: string;
  path: string;
  name: string;
}

/** InvalidInput unless `arn` names a user, role, group or managed policy. */
export function parseEntityArn(arn: string): ParsedEntityArn {
  const match = ENTITY_ARN.exec(arn);
  if (!match || (match[1] === 'aws' && match[2] !== 'policy')) {
    throw new AppError('InvalidInput', `\`${arn}\` is not the ARN of an IAM user, group, role or policy`, {
      fieldErrors: [{ path: 'arn', message: 'the ARN of an IAM user, group, role or policy' }],
    });
  }
  return { type: match[2] as LastAccessedEntityType, accountId: match[1]!, path: match[3]!, name: match[4]! };
}

function fromEffective(p: EffectivePolicy): ReportPolicy {
  const via =
    p.source.kind === 'group-inline' || p.source.kind === 'group-managed' ? p.source.groupName : null;
  return {
    name: p.policyName,
    arn: p.policyArn ?? null,
    type: p.policyArn ? 'managed' : 'inline',
    via,
    document: p.document,
  };
}

const identityOnly = (policies: EffectivePolicy[]) =>
  policies.filter((p) => p.category === 'identity').map(fromEffective);

async function userSubject(
  db: DbOrTx,
  accountId: string,
  arn: string,
  name: string,
): Promise<ReportSubject | null> {
  const user = await db.user.findUnique({
    where: { accountId_nameLower: { accountId, nameLower: nameKey(name) } },
  });
  if (!user || userArn(accountId, user.path, user.name) !== arn) return null;
  return {
    arn,
    type: 'user',
    policies: identityOnly(await loadEffectivePolicies(db, accountId, user.id)),
    entities: [{ id: user.id, arn, name: user.name, path: user.path, type: 'USER' }],
  };
}

async function roleSubject(
  db: DbOrTx,
  accountId: string,
  arn: string,
  name: string,
): Promise<ReportSubject | null> {
  const role = await db.role.findUnique({
    where: { accountId_nameLower: { accountId, nameLower: nameKey(name) } },
  });
  if (!role || roleArn(accountId, role.path, role.name) !== arn) return null;
  return {
    arn,
    type: 'role',
    policies: identityOnly(await loadRoleEffectivePolicies(db, accountId, role.id)),
    entities: [{ id: role.id, arn, name: role.name, path: role.path, type: 'ROLE' }],
  };
}

async function groupSubject(
  db: DbOrTx,
  accountId: string,
  arn: string,
  name: string,
): Promise<ReportSubject | null> {
  const group = await db.group.findUnique({
    where: { accountId_nameLower: { accountId, nameLower: nameKey(name) } },
    include: {
      inlinePolicies: { orderBy: { name: 'asc' } },
      attachments: { include: { policy: true } },
      // Only what an entity row needs: a group of 5,000 members decodes 5,000 small rows.
      memberships: { select: { user: { select: ENTITY_FIELDS } } },
    },
  });
  if (!group || groupArn(accountId, group.path, group.name) !== arn) return null;
  const documents = await defaultDocuments(
    db,
    group.attachments.map((a) => a.policy),
  );
  const policies: ReportPolicy[] = [
    ...group.inlinePolicies.map((p) => ({
      name: p.name,
      arn: null,
      type: 'inline' as const,
      via: null,
      document: p.document,
    })),
    ...group.attachments.flatMap((a) => {
      const document = documents.get(a.policy.id);
      return document === undefined
        ? []
        : [{ name: a.policy.name, arn: a.policy.arn, type: 'managed' as const, via: null, document }];
    }),
  ];
  const entities = group.memberships.map(({ user }) => ({
    id: user.id,
    arn: userArn(accountId, user.path, user.name),
    name: user.name,
    path: user.path,
    type: 'USER' as const,
  }));
  return { arn, type: 'group', policies, entities };
}

/** A policy's report counts the users and roles it is attached to, and the members of groups it is attached to. */
async function policySubject(db: DbOrTx, accountId: string, arn: string): Promise<ReportSubject | null> {
  const policy = await findPolicyByArn(db, accountId, arn);
  if (!policy) return null;
  const [documents, attachments] = await Promise.all([
    defaultDocuments(db, [policy]),
    db.policyAttachment.findMany({
      where: { policyId: policy.id, accountId },
      select: {
        user: { select: ENTITY_FIELDS },
        role: { select: ENTITY_FIELDS },
        group: { select: { memberships: { select: { user: { select: ENTITY_FIELDS } } } } },
      },
    }),
  ]);
  const document = documents.get(policy.id);
  const entities = new Map<string, ReportEntity>();
  const addUser = (u: { id: string; path: string; name: string }) =>
    entities.set(u.id, {
      id: u.id,
      arn: userArn(accountId, u.path, u.name),
      name: u.name,
      path: u.path,
      type: 'USER',
    });
  for (const a of attachments) {
    if (a.user) addUser(a.user);
    if (a.role)
      entities.set(a.role.id, {
        id: a.role.id,
        arn: roleArn(accountId, a.role.path, a.role.name),
        name: a.role.name,
        path: a.role.path,
        type: 'ROLE',
      });
    for (const m of a.group?.memberships ?? []) addUser(m.user);
  }
  return {
    arn,
    type: 'policy',
    policies:
      document === undefined
        ? []
        : [{ name: policy.name, arn: policy.arn, type: 'managed', via: null, document }],
    entities: [...entities.values()],
  };
}

/** The subject `arn` names in the caller's account; NoSuchEntity when there is none. */
export async function loadReportSubject(db: DbOrTx, accountId: string, arn: string): Promise<ReportSubject> {
  const parsed = parseEntityArn(arn);
  const own = parsed.accountId === accountId;
  let subject: ReportSubject | null = null;
  if (parsed.type === 'policy')
    subject = own || parsed.accountId === 'aws' ? await policySubject(db, accountId, arn) : null;
  else if (own && parsed.type === 'user') subject = await userSubject(db, accountId, arn, parsed.name);
  else if (own && parsed.type === 'role') subject = await roleSubject(db, accountId, arn, parsed.name);
  else if (own && parsed.type === 'group') subject = await groupSubject(db, accountId, arn, parsed.name);
  if (!subject) throw noSuchEntity(parsed.type, parsed.type === 'policy' ? arn : parsed.name);
  return subject;
}
