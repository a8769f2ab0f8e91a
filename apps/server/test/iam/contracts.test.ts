// Every IAM entity response matches its zod schema in @gatehouse/contracts/iam exactly (no missing
// and no extra members), since the console types itself from those schemas.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { z } from 'zod';
import { pageSchema, tagResponseSchema } from '@gatehouse/contracts/iam/fields';
import { groupPageSchema, groupSchema } from '@gatehouse/contracts/iam/groups';
import {
  attachedPolicyPageSchema,
  effectivePoliciesSchema,
  inlinePolicyPageSchema,
  inlinePolicySchema,
  putInlinePolicyResponseSchema,
  tagListResponseSchema,
} from '@gatehouse/contracts/iam/permissions';
import {
  createdPolicySchema,
  createdPolicyVersionSchema,
  managedPolicySchema,
  policyEntityPageSchema,
  policyPageSchema,
  policyVersionPageSchema,
  policyVersionSchema,
} from '@gatehouse/contracts/iam/policies';
import { rolePageSchema, roleSchema, roleWithWarningsSchema } from '@gatehouse/contracts/iam/roles';
import { userPageSchema, userSchema } from '@gatehouse/contracts/iam/users';
import type { ApiClient, ApiResponse } from '../harness/api-client.js';
import { newRootSession } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { enc, expectStatus, policyText } from './iam-helpers.js';

let server: TestServer;
let root: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  ({ root } = await newRootSession(server));
});
afterAll(() => server?.close());

/** Parses with every object made strict, so an unmapped column would fail here. */
function conforms(schema: z.ZodType, res: ApiResponse): void {
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
  const strict = deepStrict(schema);
  const result = strict.safeParse(res.body);
  expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
}

function deepStrict(schema: z.ZodType): z.ZodType {
  const def = (schema as unknown as { def: { type: string } }).def;
  if (def.type === 'object') {
    const object = schema as unknown as z.ZodObject;
    const shape = Object.fromEntries(
      Object.entries(object.shape).map(([k, v]) => [k, deepStrict(v as z.ZodType)]),
    );
    return object.extend(shape).strict();
  }
  if (def.type === 'array')
    return (deepStrict((schema as unknown as z.ZodArray).element as z.ZodType) as z.ZodType).array();
  if (def.type === 'optional')
    return deepStrict((schema as unknown as z.ZodOptional).unwrap() as z.ZodType).optional();
  if (def.type === 'nullable')
    return deepStrict((schema as unknown as z.ZodNullable).unwrap() as z.ZodType).nullable();
  return schema;
}

it('answers in the shapes of the contracts', async () => {
  const doc = policyText({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' });
  const trust = policyText({
    Effect: 'Allow',
    Principal: { Service: 'ec2.amazonaws.com' },
    Action: 'sts:AssumeRole',
  });

  const policy = await root.post('/api/policies', {
    policyName: 'Shape',
    document: doc,
    tags: [{ key: 'a', value: 'b' }],
  });
  conforms(createdPolicySchema, policy);
  const arn = enc(policy.body.arn);
  conforms(managedPolicySchema, await root.get(`/api/policies/${arn}`));
  conforms(policyPageSchema, await root.get('/api/policies'));
  conforms(createdPolicyVersionSchema, await root.post(`/api/policies/${arn}/versions`, { document: doc }));
  conforms(policyVersionSchema, await root.get(`/api/policies/${arn}/versions/v2`));
  conforms(policyVersionPageSchema, await root.get(`/api/policies/${arn}/versions`));
  conforms(managedPolicySchema, await root.put(`/api/policies/${arn}/default-version`, { versionId: 'v2' }));

  conforms(
    userSchema,
    await root.post('/api/users', {
      userName: 'shape',
      tags: [{ key: 'k', value: 'v' }],
      permissionsBoundary: policy.body.arn,
    }),
  );
  conforms(userSchema, await root.get('/api/users/shape'));
  conforms(userSchema, await root.patch('/api/users/shape', { newPath: '/shaped/' }));
  conforms(userPageSchema, await root.get('/api/users'));
  conforms(groupSchema, await root.post('/api/groups', { groupName: 'shape' }));
  expectStatus(await root.post('/api/groups/shape/members', { userName: 'shape' }), 204);
  conforms(groupPageSchema, await root.get('/api/groups'));
  conforms(userPageSchema, await root.get('/api/groups/shape/members'));
  conforms(groupPageSchema, await root.get('/api/users/shape/groups'));
  conforms(
    roleWithWarningsSchema,
    await root.post('/api/roles', {
      roleName: 'shape',
      trustPolicy: trust,
      tags: [{ key: 'k', value: 'v' }],
    }),
  );
  conforms(roleSchema, await root.get('/api/roles/shape'));
  conforms(roleWithWarningsSchema, await root.put('/api/roles/shape/trust-policy', { document: trust }));
  conforms(rolePageSchema, await root.get('/api/roles'));

  for (const owner of ['users', 'groups', 'roles']) {
    expectStatus(
      await root.post(`/api/${owner}/shape/attached-policies`, { policyArn: policy.body.arn }),
      204,
    );
    conforms(attachedPolicyPageSchema, await root.get(`/api/${owner}/shape/attached-policies`));
    conforms(
      putInlinePolicyResponseSchema,
      await root.put(`/api/${owner}/shape/inline-policies/p`, { document: doc }),
    );
    conforms(inlinePolicySchema, await root.get(`/api/${owner}/shape/inline-policies/p`));
    conforms(inlinePolicyPageSchema, await root.get(`/api/${owner}/shape/inline-policies`));
  }
  conforms(effectivePoliciesSchema, await root.get('/api/users/shape/effective-policies'));
  conforms(effectivePoliciesSchema, await root.get('/api/roles/shape/effective-policies'));
  conforms(policyEntityPageSchema, await root.get(`/api/policies/${arn}/entities`));
  for (const target of ['users/shape', 'roles/shape', `policies/${arn}`]) {
    conforms(
      tagListResponseSchema,
      await root.post(`/api/${target}/tags`, { tags: [{ key: 'x', value: 'y' }] }),
    );
    conforms(pageSchema(tagResponseSchema), await root.get(`/api/${target}/tags`));
  }
});
