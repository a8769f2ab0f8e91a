// AWS SDK clients (the real @aws-sdk/client-iam and -sts) pointed at a test server, signed
// with access keys made for a fresh account's root user or an IAM user with given policies.
import { IAMClient } from '@aws-sdk/client-iam';
import { STSClient } from '@aws-sdk/client-sts';
import { newUniqueId } from '../../src/model/unique-ids.js';
import {
  newSecretAccessKey,
  sealAccessKeySecret,
} from '../../src/services/credentials/access-keys/access-key-secret.js';
import {
  createTestAccount,
  createTestUser,
  type TestAccount,
  type TestUserOptions,
  type TestUser,
} from '../harness/fixtures.js';
import type { TestServer } from '../harness/test-server.js';

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface AwsClients {
  credentials: AwsCredentials;
  iam: IAMClient;
  sts: STSClient;
}

/** An access key written straight to the database for the user (or the root user when null). */
export async function createTestAccessKey(
  server: TestServer,
  accountId: string,
  userId: string | null,
): Promise<AwsCredentials> {
  const accessKeyId = newUniqueId('accessKey');
  const secretAccessKey = newSecretAccessKey();
  await server.deps.db.accessKey.create({
    data: {
      id: accessKeyId,
      accountId,
      userId,
      secretEncrypted: sealAccessKeySecret(server.deps.config, accessKeyId, secretAccessKey),
    },
  });
  return { accessKeyId, secretAccessKey };
}

interface ClockedClient {
  config: { systemClockOffset?: number };
  middlewareStack: {
    add(
      middleware: (next: (args: unknown) => Promise<unknown>) => (args: unknown) => Promise<unknown>,
      options: { step: 'initialize'; name: string },
    ): void;
  };
}

/** Any SDK v3 client signs with the test server's (movable) clock. */
export function followServerClock(server: TestServer, client: unknown): void {
  const c = client as ClockedClient;
  c.middlewareStack.add(
    (next) => (args) => {
      c.config.systemClockOffset = server.clock.now().getTime() - Date.now();
      return next(args);
    },
    { step: 'initialize', name: 'testServerClock' },
  );
}

export function awsClients(server: TestServer, credentials: AwsCredentials): AwsClients {
  const common = {
    endpoint: server.baseUrl,
    region: 'us-east-1',
    credentials,
    maxAttempts: 1,
  };
  const iam = new IAMClient(common);
  const sts = new STSClient(common);
  // Sign with the test server's clock (tests move it), as a client whose clock agrees with AWS's.
  followServerClock(server, iam);
  followServerClock(server, sts);
  return { credentials, iam, sts };
}

/** A fresh account and clients signed with its root user's access key. */
export async function rootClients(server: TestServer): Promise<{ account: TestAccount } & AwsClients> {
  const account = await createTestAccount(server);
  const credentials = await createTestAccessKey(server, account.accountId, null);
  return { account, ...awsClients(server, credentials) };
}

/** An IAM user (with the given policies) in the account, and clients signed with its key. */
export async function userClients(
  server: TestServer,
  accountId: string,
  options: TestUserOptions = {},
): Promise<{ user: TestUser } & AwsClients> {
  const user = await createTestUser(server, accountId, options);
  const credentials = await createTestAccessKey(server, accountId, user.userId);
  return { user, ...awsClients(server, credentials) };
}

/** AWS's ReadOnlyAccess managed policy, attachable in every account. */
export const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';

/** A trust policy for EC2, the plainest valid one for roles the tests create. */
export const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});
