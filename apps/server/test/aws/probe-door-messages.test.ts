// What a user of the aws CLI or an SDK reads when the AWS door refuses a call: defects found by
// probing the door with the real clients, each pinned here. AWS's references:
// - the Query protocol's ValidationError names the value it refused ("1 validation error
//   detected: Value '…' at 'tags' failed to satisfy constraint: …");
// - DeleteRole / DeleteUser / DeleteGroup (IAM API reference): a role, user or group that still
//   has policies, members or credentials answers DeleteConflict, and the API has no parameter
//   that removes them in the same call;
// - MalformedPolicyDocument: "the error message describes the specific error"
//   (https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html#API_CreatePolicy_Errors).
import {
  AttachRolePolicyCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  DeleteGroupCommand,
  DeleteRoleCommand,
  DeleteUserCommand,
  AddUserToGroupCommand,
  SimulateCustomPolicyCommand,
  TagRoleCommand,
  TagUserCommand,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awsApiMarkdown } from '../../src/aws/supported-actions.js';
import { signInAsRoot } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { READ_ONLY, rootClients, TRUST, userClients } from './aws-clients.js';
import { DELETE_CONFLICT, failureOf, MALFORMED_POLICY, VALIDATION_ERROR } from './sdk-results.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('ValidationError quotes what the caller sent', () => {
  it('a list of tags over its 50 is quoted as its keys and values, never as [object Object]', async () => {
    const { iam } = await rootClients(server);
    await iam.send(new CreateRoleCommand({ RoleName: 'tagged', AssumeRolePolicyDocument: TRUST }));
    const tags = Array.from({ length: 51 }, (_, i) => ({ Key: `k${i + 1}`, Value: `v${i + 1}` }));
    const failure = await failureOf(iam.send(new TagRoleCommand({ RoleName: 'tagged', Tags: tags })));
    expect(failure).toMatchObject(VALIDATION_ERROR);
    expect(failure.message).not.toContain('object Object');
    expect(failure.message).toMatch(
      /^1 validation error detected: Value '\[\{Key=k1, Value=v1\}, \{Key=k2, Value=v2\}, .*, \{Key=k51, Value=v51\}\]' at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50$/,
    );
  });

  it('a tag without its value is quoted with only the members sent', async () => {
    const { iam } = await rootClients(server);
    await iam.send(new CreateUserCommand({ UserName: 'tagged-user' }));
    const tags = Array.from({ length: 51 }, (_, i) => ({ Key: `k${i + 1}`, Value: '' }));
    const failure = await failureOf(iam.send(new TagUserCommand({ UserName: 'tagged-user', Tags: tags })));
    expect(failure.message).toContain("Value '[{Key=k1, Value=}, {Key=k2, Value=}");
  });

  it("a message that opens with the caller's value quotes it as sent, not with its first letter raised", async () => {
    const { account } = await rootClients(server);
    const { sts } = await userClients(server, account.accountId, {
      inlinePolicies: {
        assume: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }],
        },
      },
    });
    const failure = await failureOf(
      sts.send(new AssumeRoleCommand({ RoleArn: 'notarn:iam::role/whatever', RoleSessionName: 'probe' })),
    );
    expect(failure.code).toBe('ValidationError');
    expect(failure.message.startsWith('notarn:iam::role/whatever ')).toBe(true);
  });
});

describe('DeleteConflict through the AWS API offers only what the API can do', () => {
  it('names what blocks a role, a user and a group, without the console-only force=true', async () => {
    const { iam, account } = await rootClients(server);
    await iam.send(new CreateRoleCommand({ RoleName: 'busy-role', AssumeRolePolicyDocument: TRUST }));
    await iam.send(new AttachRolePolicyCommand({ RoleName: 'busy-role', PolicyArn: READ_ONLY }));
    await iam.send(new CreateUserCommand({ UserName: 'busy-user' }));
    await iam.send(new CreateGroupCommand({ GroupName: 'busy-group' }));
    await iam.send(new AddUserToGroupCommand({ GroupName: 'busy-group', UserName: 'busy-user' }));

    const role = await failureOf(iam.send(new DeleteRoleCommand({ RoleName: 'busy-role' })));
    expect(role).toMatchObject(DELETE_CONFLICT);
    expect(role.message).toBe(
      'Cannot delete role busy-role while it has 1 attached policy: remove them first',
    );
    const user = await failureOf(iam.send(new DeleteUserCommand({ UserName: 'busy-user' })));
    expect(user).toMatchObject(DELETE_CONFLICT);
    expect(user.message).toBe(
      'Cannot delete user busy-user while it has 1 group membership: remove them first',
    );
    const group = await failureOf(iam.send(new DeleteGroupCommand({ GroupName: 'busy-group' })));
    expect(group).toMatchObject(DELETE_CONFLICT);
    expect(group.message).toBe('Cannot delete group busy-group while it has 1 member: remove them first');

    // The console's /api has force=true, and still says so.
    const root = await signInAsRoot(server, account);
    const consoleAnswer = await root.delete<{ error: { code: string; message: string } }>(
      '/api/roles/busy-role',
    );
    expect(consoleAnswer.status).toBe(409);
    expect(consoleAnswer.body.error.message).toContain('`force=true`');
  });
});

describe('MalformedPolicyDocument names the real problem', () => {
  it('a policy that is not JSON is reported by its JSON error, not as a policy with no Statement', async () => {
    const { iam } = await rootClients(server);
    // A Python dict printed instead of serialised: a common slip.
    const failure = await failureOf(
      iam.send(
        new CreatePolicyCommand({ PolicyName: 'python-dict', PolicyDocument: "{'Version': '2012-10-17'}" }),
      ),
    );
    expect(failure).toMatchObject(MALFORMED_POLICY);
    expect(failure.message).toBe(
      'The policy is not valid at line 1, column 2: strings must be enclosed in double quotes (and 2 more)',
    );
  });
});

describe('MalformedPolicyDocument names the real problem in a simulation too', () => {
  it('SimulateCustomPolicy names the JSON error of a pasted policy', async () => {
    const { iam } = await rootClients(server);
    const failure = await failureOf(
      iam.send(
        new SimulateCustomPolicyCommand({
          PolicyInputList: ["{'Version': '2012-10-17'}"],
          ActionNames: ['s3:GetObject'],
        }),
      ),
    );
    expect(failure).toMatchObject(MALFORMED_POLICY);
    expect(failure.message).toBe('Policy 1 is not a valid policy: strings must be enclosed in double quotes');
  });
});

describe('docs/AWS-API.md', () => {
  it("keeps Organizations' notes off IAM's CreatePolicy and ListPolicies rows", () => {
    const rows = awsApiMarkdown()
      .split('\n')
      .filter((line) => /^\| (CreatePolicy|ListPolicies) \|/.test(line));
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).not.toContain('SERVICE_CONTROL_POLICY');
      expect(row).not.toContain('Tags are ignored');
    }
  });
});
