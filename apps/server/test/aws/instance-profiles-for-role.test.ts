// ListInstanceProfilesForRole: Gatehouse serves no instance profiles, so a role belongs to none.
// Tools ask it before they delete a role (Terraform's aws_iam_role does), so it answers as AWS
// does for a role in no instance profile, after the same lookup and authorisation.
import {
  CreateRoleCommand,
  CreateInstanceProfileCommand,
  DeleteRoleCommand,
  ListInstanceProfilesForRoleCommand,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { rootClients, TRUST, userClients } from './aws-clients.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('ListInstanceProfilesForRole', () => {
  it('lists no instance profile for a role, which can then be deleted', async () => {
    const { iam } = await rootClients(server);
    await iam.send(new CreateRoleCommand({ RoleName: 'web-server', AssumeRolePolicyDocument: TRUST }));
    const out = await iam.send(new ListInstanceProfilesForRoleCommand({ RoleName: 'web-server' }));
    expect(out.InstanceProfiles).toEqual([]);
    expect(out.IsTruncated).toBe(false);
    await iam.send(new DeleteRoleCommand({ RoleName: 'web-server' }));
  });

  it('answers NoSuchEntity for a role that does not exist', async () => {
    const { iam } = await rootClients(server);
    await expect(
      iam.send(new ListInstanceProfilesForRoleCommand({ RoleName: 'nobody' })),
    ).rejects.toMatchObject({ name: 'NoSuchEntityException', $metadata: { httpStatusCode: 404 } });
  });

  it('is authorised as iam:ListInstanceProfilesForRole on the role', async () => {
    const { account, iam: root } = await rootClients(server);
    await root.send(new CreateRoleCommand({ RoleName: 'batch', AssumeRolePolicyDocument: TRUST }));
    const arn = `arn:aws:iam::${account.accountId}:role/batch`;
    const { iam, user } = await userClients(server, account.accountId, {
      inlinePolicies: {
        other: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'iam:GetRole', Resource: arn }],
        }),
      },
    });
    await expect(
      iam.send(new ListInstanceProfilesForRoleCommand({ RoleName: 'batch' })),
    ).rejects.toMatchObject({
      name: 'AccessDenied',
      message: `User: ${user.arn} is not authorized to perform: iam:ListInstanceProfilesForRole on resource: ${arn} because no identity-based policy allows the iam:ListInstanceProfilesForRole action`,
    });
  });

  it('serves no instance profiles: CreateInstanceProfile is not an action here', async () => {
    const { iam } = await rootClients(server);
    await expect(
      iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'web-server' })),
    ).rejects.toMatchObject({ name: 'InvalidAction' });
  });
});
