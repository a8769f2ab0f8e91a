// An organization built through the console API: a management account's root session, its
// organization with SCPs enabled, and helpers to grow the tree.
import { expect } from 'vitest';
import type { ApiClient } from '../harness/api-client.js';
import { newRootSession, uniqueSuffix, type TestAccount } from '../harness/fixtures.js';
import type { TestServer } from '../harness/test-server.js';

export interface TestOrganization {
  management: TestAccount;
  root: ApiClient;
  organizationId: string;
  rootId: string;
}

export async function newOrganization(
  server: TestServer,
  options: { scp?: boolean } = {},
): Promise<TestOrganization> {
  const { account, root } = await newRootSession(server);
  const res = await root.post('/api/organization', {});
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const rootId = res.body.rootId as string;
  if (options.scp !== false) {
    const enabled = await root.post(`/api/organization/roots/${rootId}/policy-types`, {
      policyType: 'SERVICE_CONTROL_POLICY',
    });
    expect(enabled.status, JSON.stringify(enabled.body)).toBe(200);
  }
  return { management: account, root, organizationId: res.body.organization.id, rootId };
}

export async function createOu(org: TestOrganization, parentId: string, name: string): Promise<string> {
  const res = await org.root.post('/api/organization/organizational-units', { parentId, name });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

export async function createMember(
  org: TestOrganization,
  parentId?: string,
  name = 'member',
): Promise<string> {
  const res = await org.root.post('/api/organization/accounts', {
    accountName: `${name}-${uniqueSuffix()}`,
    email: `${name}-${uniqueSuffix()}@example.com`,
    ...(parentId ? { parentId } : {}),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  expect(res.body.createAccountStatus.state).toBe('SUCCEEDED');
  return res.body.createAccountStatus.accountId as string;
}

export async function createScp(org: TestOrganization, name: string, statement: object): Promise<string> {
  const res = await org.root.post('/api/organization/policies', {
    name,
    description: `${name} for tests`,
    content: JSON.stringify({ Version: '2012-10-17', Statement: [statement] }),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

export async function attachScp(org: TestOrganization, policyId: string, targetId: string): Promise<void> {
  const res = await org.root.post(`/api/organization/policies/${policyId}/attach`, { targetId });
  expect(res.status, JSON.stringify(res.body)).toBe(204);
}
