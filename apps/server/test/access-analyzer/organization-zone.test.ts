// In an organization the zone of trust is the organization (AWS: principals of member accounts
// are trusted, so access granted to them is no finding); outside accounts still are.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { analyzerFor } from '../../src/services/access-analyzer/analyzer-scheduler.js';
import { createMember, newOrganization } from '../organizations/org-fixtures.js';
import { createTestUser } from '../harness/fixtures.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const trust = (principal: unknown, condition?: object) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: principal,
        Action: 'sts:AssumeRole',
        ...(condition ? { Condition: condition } : {}),
      },
    ],
  });

it('reports only principals outside the organization', async () => {
  const org = await newOrganization(server, { scp: false });
  const member = await createMember(org);
  // A trust policy may only name a user that exists (AWS: "Invalid principal in policy").
  await createTestUser(server, member, { name: 'ops' });
  const roles: [string, string][] = [
    ['org-wide', trust('*', { StringEquals: { 'aws:PrincipalOrgID': org.organizationId } })],
    ['member-trust', trust({ AWS: member })],
    ['member-user', trust({ AWS: `arn:aws:iam::${member}:user/ops` })],
    ['outside', trust({ AWS: '444455556666' })],
    ['other-org', trust('*', { StringEquals: { 'aws:PrincipalOrgID': 'o-elsewhere01' } })],
  ];
  for (const [roleName, trustPolicy] of roles) {
    const res = await org.root.post('/api/roles', { roleName, trustPolicy });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  }
  const accountId = org.management.accountId;
  await org.root.get('/api/access-analyzer/findings');
  await analyzerFor(server.deps).idle(accountId);
  const res = await org.root.get('/api/access-analyzer/findings?category=external');
  expect(res.status).toBe(200);
  const byRole = Object.fromEntries(
    (res.body.findings as { resource: string; principal: object; condition: object }[]).map((f) => [
      f.resource.split('/').pop(),
      { principal: f.principal, condition: f.condition },
    ]),
  );
  expect(byRole).toEqual({
    outside: { principal: { AWS: '444455556666' }, condition: {} },
    'other-org': { principal: { AWS: '*' }, condition: { 'aws:PrincipalOrgID': 'o-elsewhere01' } },
  });
});
