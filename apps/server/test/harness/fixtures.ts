// Seeding for tests: fresh accounts, root and IAM user sessions, policies. Accounts and users
// are created with the real services or direct rows (for entities whose routes live elsewhere),
// and always with unique names, so test files and tests never see each other's data.
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { hashPassword } from '../../src/auth/password-hash.js';
import { bumpAuthzVersion } from '../../src/authz/bump-authz-version.js';
import { nameKey } from '../../src/db/name-key.js';
import { policyArn, userArn } from '../../src/model/arns.js';
import { newUniqueId } from '../../src/model/unique-ids.js';
import { createAccount } from '../../src/services/accounts/create-account.js';
import { ApiClient } from './api-client.js';
import type { TestServer } from './test-server.js';

export const TEST_PASSWORD = 'Correct-Horse-9';

export function uniqueSuffix(): string {
  return randomBytes(4).toString('hex');
}

export interface TestAccount {
  accountId: string;
  email: string;
  password: string;
  alias: string | null;
}

export async function createTestAccount(
  server: TestServer,
  options: { alias?: string; email?: string; password?: string } = {},
): Promise<TestAccount> {
  const email = options.email ?? `root-${uniqueSuffix()}@example.com`;
  const password = options.password ?? TEST_PASSWORD;
  const account = await server.deps.db.$transaction((tx) =>
    createAccount({ tx, now: server.clock.now(), email, password, alias: options.alias }),
  );
  return { accountId: account.id, email, password, alias: account.alias };
}

export async function signInAsRoot(server: TestServer, account: TestAccount): Promise<ApiClient> {
  const client = new ApiClient(server.baseUrl);
  const res = await client.post('/api/auth/signin/root', {
    email: account.email,
    password: account.password,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return client;
}

/** A fresh account and a signed-in root session on it. */
export async function newRootSession(server: TestServer): Promise<{ account: TestAccount; root: ApiClient }> {
  const account = await createTestAccount(server);
  return { account, root: await signInAsRoot(server, account) };
}

export type PolicyText = string | object;

const text = (p: PolicyText) => (typeof p === 'string' ? p : JSON.stringify(p));

export async function createManagedPolicy(
  server: TestServer,
  accountId: string,
  name: string,
  document: PolicyText,
): Promise<{ id: string; arn: string }> {
  const id = newUniqueId('policy');
  const arn = policyArn(accountId, '/', name);
  await server.deps.db.$transaction(async (tx) => {
    await tx.managedPolicy.create({
      data: {
        id,
        accountId,
        arn,
        name,
        nameLower: nameKey(name),
        versions: { create: { versionId: 'v1', document: text(document) } },
      },
    });
    await bumpAuthzVersion(tx, accountId);
  });
  return { id, arn };
}

export interface TestUserOptions {
  name?: string;
  path?: string;
  /** Console password; `null` for a user without one. */
  password?: string | null;
  passwordResetRequired?: boolean;
  inlinePolicies?: Record<string, PolicyText>;
  managedPolicies?: Record<string, PolicyText>;
  groups?: Record<
    string,
    { inlinePolicies?: Record<string, PolicyText>; managedPolicies?: Record<string, PolicyText> }
  >;
  boundary?: PolicyText;
  tags?: Record<string, string>;
}

export interface TestUser {
  userId: string;
  name: string;
  arn: string;
  password: string;
}

/** An IAM user with the given policies, written straight to the database (bumping authzVersion). */
export async function createTestUser(
  server: TestServer,
  accountId: string,
  options: TestUserOptions = {},
): Promise<TestUser> {
  const db = server.deps.db;
  const name = options.name ?? `user-${uniqueSuffix()}`;
  const path = options.path ?? '/';
  const password = options.password === undefined ? TEST_PASSWORD : options.password;
  const userId = newUniqueId('user');
  const managed = async (policies: Record<string, PolicyText> = {}) => {
    const ids: string[] = [];
    for (const [policyName, doc] of Object.entries(policies)) {
      ids.push((await createManagedPolicy(server, accountId, `${policyName}-${uniqueSuffix()}`, doc)).id);
    }
    return ids;
  };
  const userManaged = await managed(options.managedPolicies);
  const boundaryId = options.boundary ? (await managed({ boundary: options.boundary }))[0] : undefined;
  const groups: { groupName: string; managed: string[]; inline: Record<string, PolicyText> }[] = [];
  for (const [groupName, g] of Object.entries(options.groups ?? {})) {
    groups.push({ groupName, managed: await managed(g.managedPolicies), inline: g.inlinePolicies ?? {} });
  }
  await db.$transaction(async (tx) => {
    await tx.user.create({
      data: {
        id: userId,
        accountId,
        name,
        nameLower: nameKey(name),
        path,
        permissionsBoundaryId: boundaryId ?? null,
      },
    });
    if (password !== null) {
      await tx.loginProfile.create({
        data: {
          userId,
          accountId,
          passwordHash: await hashPassword(password),
          passwordResetRequired: options.passwordResetRequired ?? false,
        },
      });
    }
    for (const [policyName, doc] of Object.entries(options.inlinePolicies ?? {})) {
      await tx.inlinePolicy.create({ data: { accountId, userId, name: policyName, document: text(doc) } });
    }
    for (const policyId of userManaged)
      await tx.policyAttachment.create({ data: { accountId, policyId, userId } });
    for (const [key, value] of Object.entries(options.tags ?? {})) {
      await tx.tag.create({ data: { accountId, userId, key, keyLower: key.toLowerCase(), value } });
    }
    for (const g of groups) {
      const groupId = newUniqueId('group');
      const groupName = `${g.groupName}-${uniqueSuffix()}`;
      await tx.group.create({
        data: { id: groupId, accountId, name: groupName, nameLower: nameKey(groupName) },
      });
      await tx.groupMembership.create({ data: { accountId, groupId, userId } });
      for (const [policyName, doc] of Object.entries(g.inline)) {
        await tx.inlinePolicy.create({ data: { accountId, groupId, name: policyName, document: text(doc) } });
      }
      for (const policyId of g.managed)
        await tx.policyAttachment.create({ data: { accountId, policyId, groupId } });
    }
    await bumpAuthzVersion(tx, accountId);
  });
  return { userId, name, arn: userArn(accountId, path, name), password: password ?? '' };
}

export async function signInAsUser(
  server: TestServer,
  account: { accountId: string; alias?: string | null },
  user: { name: string; password: string },
): Promise<ApiClient> {
  const client = new ApiClient(server.baseUrl);
  const res = await client.post('/api/auth/signin/iam', {
    account: account.alias ?? account.accountId,
    userName: user.name,
    password: user.password,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return client;
}

/** An allow-everything identity policy. */
export const ALLOW_ALL = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
};

export function allow(action: string | string[], resource: string | string[] = '*') {
  return { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: resource }] };
}

export function deny(action: string | string[], resource: string | string[] = '*') {
  return { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: action, Resource: resource }] };
}
