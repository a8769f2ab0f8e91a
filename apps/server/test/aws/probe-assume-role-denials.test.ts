// Why AssumeRole refused, in the words AWS documents for access denied messages
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html): "because
// no <type> policy allows the <action> action" for an implicit denial, "with an explicit deny in
// a <type> policy" for an explicit one, naming the policy type that refused. A role's trust
// policy is a resource-based policy: a caller whose own policies allow sts:AssumeRole and whom
// the trust policy does not name was told "no identity-based policy allows", sending them to
// look in the wrong place. A role that does not exist is refused in the same words as one whose
// trust policy allows nobody, so the refusal does not tell whether it exists.
import { CreateRoleCommand } from '@aws-sdk/client-iam';
import { AssumeRoleCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { rootClients, TRUST, userClients } from './aws-clients.js';
import { failureOf } from './sdk-results.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const MAY_ASSUME_ANY_ROLE = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }],
};

function trustNaming(principal: string, effect: 'Allow' | 'Deny' = 'Allow') {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: principal.split(':').slice(0, 5).join(':') + ':root' },
        Action: 'sts:AssumeRole',
      },
      ...(effect === 'Deny'
        ? [{ Effect: 'Deny', Principal: { AWS: principal }, Action: 'sts:AssumeRole' }]
        : []),
    ],
  });
}

describe('AssumeRole refusals name the policy type that refused', () => {
  it('a trust policy that does not name the caller: no resource-based policy allows', async () => {
    const { iam, account } = await rootClients(server);
    const acct = account.accountId;
    await iam.send(new CreateRoleCommand({ RoleName: 'ec2-only', AssumeRolePolicyDocument: TRUST }));
    const { sts, user } = await userClients(server, acct, {
      inlinePolicies: { assume: MAY_ASSUME_ANY_ROLE },
    });
    const roleArn = `arn:aws:iam::${acct}:role/ec2-only`;
    const failure = await failureOf(
      sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'probe' })),
    );
    expect(failure).toMatchObject({ code: 'AccessDenied', status: 403 });
    expect(failure.message).toBe(
      `User: ${user.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn} because no resource-based policy allows the sts:AssumeRole action`,
    );
  });

  it('a role that does not exist is refused in the same words, for the same caller', async () => {
    const { account } = await rootClients(server);
    const acct = account.accountId;
    const { sts, user } = await userClients(server, acct, {
      inlinePolicies: { assume: MAY_ASSUME_ANY_ROLE },
    });
    const roleArn = `arn:aws:iam::${acct}:role/no-such-role`;
    const failure = await failureOf(
      sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'probe' })),
    );
    expect(failure).toMatchObject({ code: 'AccessDenied', status: 403 });
    expect(failure.message).toBe(
      `User: ${user.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn} because no resource-based policy allows the sts:AssumeRole action`,
    );
  });

  it('a trust policy that denies the caller: an explicit deny in a resource-based policy', async () => {
    const { iam, account } = await rootClients(server);
    const acct = account.accountId;
    const { sts, user } = await userClients(server, acct, {
      inlinePolicies: { assume: MAY_ASSUME_ANY_ROLE },
    });
    await iam.send(
      new CreateRoleCommand({ RoleName: 'not-you', AssumeRolePolicyDocument: trustNaming(user.arn, 'Deny') }),
    );
    const roleArn = `arn:aws:iam::${acct}:role/not-you`;
    const failure = await failureOf(
      sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'probe' })),
    );
    expect(failure.message).toBe(
      `User: ${user.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn} with an explicit deny in a resource-based policy`,
    );
  });

  it('a caller whose own policies do not allow it is still told so, whether or not the role exists', async () => {
    const { iam, account } = await rootClients(server);
    const acct = account.accountId;
    const { sts, user } = await userClients(server, acct);
    // The trust policy delegates to the account: the caller's own policies decide.
    await iam.send(
      new CreateRoleCommand({ RoleName: 'delegated', AssumeRolePolicyDocument: trustNaming(user.arn) }),
    );
    for (const name of ['delegated', 'no-such-role']) {
      const roleArn = `arn:aws:iam::${acct}:role/${name}`;
      const failure = await failureOf(
        sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'probe' })),
      );
      expect(failure.message).toBe(
        `User: ${user.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn} because no identity-based policy allows the sts:AssumeRole action`,
      );
    }
  });

  it('a caller the trust policy delegates to, with policies that allow it, assumes the role', async () => {
    const { iam, account } = await rootClients(server);
    const acct = account.accountId;
    const { sts, user } = await userClients(server, acct, {
      inlinePolicies: { assume: MAY_ASSUME_ANY_ROLE },
    });
    await iam.send(
      new CreateRoleCommand({ RoleName: 'for-us', AssumeRolePolicyDocument: trustNaming(user.arn) }),
    );
    const out = await sts.send(
      new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${acct}:role/for-us`, RoleSessionName: 'probe' }),
    );
    expect(out.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${acct}:assumed-role/for-us/probe`);
  });
});
