// A large group for the last-accessed tests, written straight to the database (thousands of
// signed-in callers would only be slower): the group "crowd", its members `member-0…`, an inline
// policy of the group's allowing `action`, and a note that every member used every one of
// `services`, member 0 last, each next member a minute before the one above it.
import { nameKey } from '../../src/db/name-key.js';
import { newUniqueId } from '../../src/model/unique-ids.js';
import type { TestServer } from '../harness/test-server.js';

export interface Crowd {
  groupArn: string;
  /** The members' names, the most recent user of the services first. */
  names: string[];
}

export async function seedCrowd(
  server: TestServer,
  accountId: string,
  options: {
    members: number;
    services: readonly string[];
    policy: { name: string; action: string | string[] };
  },
): Promise<Crowd> {
  const { members, services, policy } = options;
  const db = server.deps.db;
  const groupId = newUniqueId('group');
  const digits = String(members - 1).length;
  const users = Array.from({ length: members }, (_, i) => ({
    id: newUniqueId('user'),
    name: `member-${String(i).padStart(digits, '0')}`,
  }));
  await db.group.create({ data: { id: groupId, accountId, name: 'crowd', nameLower: 'crowd' } });
  await db.user.createMany({
    data: users.map((u) => ({ id: u.id, accountId, name: u.name, nameLower: nameKey(u.name) })),
  });
  await db.groupMembership.createMany({ data: users.map((u) => ({ accountId, groupId, userId: u.id })) });
  await db.inlinePolicy.create({
    data: {
      accountId,
      groupId,
      name: policy.name,
      document: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: policy.action, Resource: '*' }],
      }),
    },
  });
  const now = server.clock.now().getTime();
  await db.serviceLastAccess.createMany({
    data: users.flatMap((u, i) =>
      services.map((service) => ({
        entityId: u.id,
        service,
        action: '',
        accountId,
        userId: u.id,
        entityArn: `arn:aws:iam::${accountId}:user/${u.name}`,
        lastAccessed: new Date(now - i * 60_000),
      })),
    ),
  });
  return { groupArn: `arn:aws:iam::${accountId}:group/crowd`, names: users.map((u) => u.name) };
}
