// The policy simulator through the AWS door, with the real @aws-sdk/client-iam:
// SimulatePrincipalPolicy, SimulateCustomPolicy, GetContextKeysForPrincipalPolicy and
// GetContextKeysForCustomPolicy answer as AWS's do, from the same services as the console's
// /api/simulator routes.
import {
  GetContextKeysForCustomPolicyCommand,
  GetContextKeysForPrincipalPolicyCommand,
  SimulateCustomPolicyCommand,
  SimulatePrincipalPolicyCommand,
  type EvaluationResult,
  type IAMClient,
  type SimulatePrincipalPolicyCommandInput,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allow, createTestUser, type TestAccount, type TestUser } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { rootClients, userClients } from './aws-clients.js';
import {
  allPages,
  failureOf,
  INVALID_INPUT,
  MALFORMED_POLICY,
  NO_SUCH_ENTITY,
  sendAny,
} from './sdk-results.js';

let server: TestServer;
let account: TestAccount;
let root: IAMClient;
beforeAll(async () => {
  server = await startTestServer();
  ({ account, iam: root } = await rootClients(server));
});
afterAll(() => server.close());

const REPORTS = 'arn:aws:s3:::reports';
const OTHER = 'arn:aws:s3:::other';
const pretty = (document: object) => JSON.stringify(document, null, 2);

/** Allows s3:GetObject on the reports bucket; its statement spans lines 4–9 (2-space JSON). */
const READ_REPORTS = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'ReadReports', Effect: 'Allow', Action: 's3:GetObject', Resource: `${REPORTS}/*` }],
};

/** Allows all of S3, but denies deletes from outside the office network unless MFA was used. */
const OFFICE_DELETES = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: 's3:*', Resource: '*' },
    {
      Sid: 'DeletesFromTheOffice',
      Effect: 'Deny',
      Action: 's3:DeleteObject',
      Resource: '*',
      Condition: {
        NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' },
        BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' },
      },
    },
  ],
};

const decisions = (results: EvaluationResult[] | undefined) =>
  (results ?? []).map((r) => `${r.EvalActionName} ${r.EvalResourceName} ${r.EvalDecision}`);

async function userWith(options: Parameters<typeof createTestUser>[2]): Promise<TestUser> {
  return createTestUser(server, account.accountId, options);
}

describe('SimulatePrincipalPolicy', () => {
  it('decides each action on each resource, naming the statement that allowed and where it is', async () => {
    const ana = await userWith({ inlinePolicies: { 'read-reports': pretty(READ_REPORTS) } });
    const out = await root.send(
      new SimulatePrincipalPolicyCommand({
        PolicySourceArn: ana.arn,
        ActionNames: ['s3:GetObject', 's3:PutObject'],
        ResourceArns: [`${REPORTS}/q3.pdf`, `${OTHER}/q3.pdf`],
      }),
    );
    expect(decisions(out.EvaluationResults)).toEqual([
      `s3:GetObject ${REPORTS}/q3.pdf allowed`,
      `s3:GetObject ${OTHER}/q3.pdf implicitDeny`,
      `s3:PutObject ${REPORTS}/q3.pdf implicitDeny`,
      `s3:PutObject ${OTHER}/q3.pdf implicitDeny`,
    ]);
    expect(out.IsTruncated).toBe(false);
    const matched = [
      {
        SourcePolicyId: `user_${ana.name}_read-reports`,
        SourcePolicyType: 'IAM Policy',
        StartPosition: { Line: 4, Column: 5 },
        EndPosition: { Line: 9, Column: 6 },
      },
    ];
    const [allowed, elsewhere] = out.EvaluationResults!;
    expect(allowed).toMatchObject({ MatchedStatements: matched, MissingContextValues: [] });
    // A named resource: AWS repeats the result under ResourceSpecificResults.
    expect(allowed!.ResourceSpecificResults).toEqual([
      {
        EvalResourceName: `${REPORTS}/q3.pdf`,
        EvalResourceDecision: 'allowed',
        MatchedStatements: matched,
        MissingContextValues: [],
        EvalDecisionDetails: {},
      },
    ]);
    expect(elsewhere!.MatchedStatements).toEqual([]);
  });

  it('names managed and group policies as AWS does, and answers for `*` without resource details', async () => {
    const bo = await userWith({
      managedPolicies: { reader: allow('s3:GetObject') },
      groups: { ops: { inlinePolicies: { 'ops-read': allow('s3:GetObject') } } },
    });
    const out = await root.send(
      new SimulatePrincipalPolicyCommand({ PolicySourceArn: bo.arn, ActionNames: ['s3:GetObject'] }),
    );
    const [result] = out.EvaluationResults!;
    expect(result).toMatchObject({ EvalResourceName: '*', EvalDecision: 'allowed' });
    expect(result!.MatchedStatements!.map((s) => s.SourcePolicyId)).toEqual([
      expect.stringMatching(/^reader-\w+$/),
      expect.stringMatching(/^group_ops-\w+_ops-read$/),
    ]);
    expect(result).not.toHaveProperty('ResourceSpecificResults');
    expect(result).not.toHaveProperty('EvalDecisionDetails');
  });

  it('adds PolicyInputList to the principal’s policies', async () => {
    const cy = await userWith({});
    const out = await root.send(
      new SimulatePrincipalPolicyCommand({
        PolicySourceArn: cy.arn,
        PolicyInputList: [JSON.stringify(allow('s3:PutObject'))],
        ActionNames: ['s3:PutObject', 's3:GetObject'],
      }),
    );
    expect(decisions(out.EvaluationResults)).toEqual([
      's3:PutObject * allowed',
      's3:GetObject * implicitDeny',
    ]);
    expect(out.EvaluationResults![0]!.MatchedStatements![0]).toMatchObject({
      SourcePolicyId: 'PolicyInputList.1',
      StartPosition: { Line: 1, Column: 38 },
    });
  });

  it('applies a Deny by its condition, as ContextEntries make it apply or not', async () => {
    const di = await userWith({ inlinePolicies: { office: OFFICE_DELETES } });
    const simulate = async (entries: { name: string; type: 'ip' | 'boolean'; value: string }[]) => {
      const out = await root.send(
        new SimulatePrincipalPolicyCommand({
          PolicySourceArn: di.arn,
          ActionNames: ['s3:DeleteObject'],
          ContextEntries: entries.map((e) => ({
            ContextKeyName: e.name,
            ContextKeyType: e.type,
            ContextKeyValues: [e.value],
          })),
        }),
      );
      return out.EvaluationResults![0]!;
    };
    const fromHome = await simulate([{ name: 'aws:SourceIp', type: 'ip', value: '198.51.100.7' }]);
    expect(fromHome).toMatchObject({
      EvalDecision: 'explicitDeny',
      MatchedStatements: [{ SourcePolicyId: `user_${di.name}_office`, StartPosition: { Line: 1 } }],
      // The Deny's other condition holds when its key is missing (…IfExists), but it is named.
      MissingContextValues: ['aws:MultiFactorAuthPresent'],
    });
    const fromOffice = await simulate([{ name: 'aws:SourceIp', type: 'ip', value: '203.0.113.9' }]);
    expect(fromOffice).toMatchObject({ EvalDecision: 'allowed' });
    const withMfa = await simulate([
      { name: 'aws:SourceIp', type: 'ip', value: '198.51.100.7' },
      { name: 'aws:MultiFactorAuthPresent', type: 'boolean', value: 'true' },
    ]);
    expect(withMfa).toMatchObject({ EvalDecision: 'allowed', MissingContextValues: [] });
    // Without any context the Deny applies (NotIpAddress holds for a missing key) and both keys are missing.
    const blind = await simulate([]);
    expect(blind).toMatchObject({
      EvalDecision: 'explicitDeny',
      MissingContextValues: ['aws:SourceIp', 'aws:MultiFactorAuthPresent'],
    });
  });

  it('caps the principal’s policies by its boundary, or by PermissionsBoundaryPolicyInputList instead', async () => {
    const ed = await userWith({ inlinePolicies: { s3: allow('s3:*') }, boundary: allow('s3:GetObject') });
    const simulate = async (boundary?: object) =>
      (
        await root.send(
          new SimulatePrincipalPolicyCommand({
            PolicySourceArn: ed.arn,
            ActionNames: ['s3:GetObject', 's3:PutObject'],
            PermissionsBoundaryPolicyInputList: boundary ? [JSON.stringify(boundary)] : undefined,
          }),
        )
      ).EvaluationResults!;
    const own = await simulate();
    expect(decisions(own)).toEqual(['s3:GetObject * allowed', 's3:PutObject * implicitDeny']);
    expect(own.map((r) => r.PermissionsBoundaryDecisionDetail)).toEqual([
      { AllowedByPermissionsBoundary: true },
      { AllowedByPermissionsBoundary: false },
    ]);
    // The identity policy's statement decides; the boundary's appears only in the detail.
    expect(own[0]!.MatchedStatements!.map((s) => s.SourcePolicyId)).toEqual([`user_${ed.name}_s3`]);

    const pasted = await simulate(allow('s3:PutObject'));
    expect(decisions(pasted)).toEqual(['s3:GetObject * implicitDeny', 's3:PutObject * allowed']);
  });

  it('pages with MaxItems and Marker', async () => {
    const fi = await userWith({ inlinePolicies: { read: READ_REPORTS } });
    const input = {
      PolicySourceArn: fi.arn,
      ActionNames: ['s3:GetObject', 's3:PutObject'],
      ResourceArns: [`${REPORTS}/a`, `${OTHER}/b`],
      MaxItems: 1,
    };
    const { pages, truncated } = await allPages(
      (Marker) => root.send(new SimulatePrincipalPolicyCommand({ ...input, Marker })),
      (page) => page.EvaluationResults,
    );
    expect(truncated).toEqual([true, true, true, false]);
    expect(pages.map(decisions)).toEqual([
      [`s3:GetObject ${REPORTS}/a allowed`],
      [`s3:GetObject ${OTHER}/b implicitDeny`],
      [`s3:PutObject ${REPORTS}/a implicitDeny`],
      [`s3:PutObject ${OTHER}/b implicitDeny`],
    ]);
    // A marker belongs to its simulation.
    const first = await root.send(new SimulatePrincipalPolicyCommand(input));
    const other = { ...input, ActionNames: ['s3:ListBucket', 's3:GetObject'], Marker: first.Marker };
    expect(await failureOf(root.send(new SimulatePrincipalPolicyCommand(other)))).toMatchObject(
      INVALID_INPUT,
    );
  });

  it('simulates a group’s and a role’s policies; a resource policy needs CallerArn for them', async () => {
    const user = await userWith({ groups: { readers: { inlinePolicies: { read: allow('s3:GetObject') } } } });
    const group = await server.deps.db.group.findFirstOrThrow({
      where: { accountId: account.accountId, memberships: { some: { userId: user.userId } } },
    });
    const groupArn = `arn:aws:iam::${account.accountId}:group/${group.name}`;
    const out = await root.send(
      new SimulatePrincipalPolicyCommand({ PolicySourceArn: groupArn, ActionNames: ['s3:GetObject'] }),
    );
    expect(decisions(out.EvaluationResults)).toEqual(['s3:GetObject * allowed']);

    const resourcePolicy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: user.arn }, Action: 's3:PutObject', Resource: '*' }],
    });
    const withPolicy = {
      PolicySourceArn: groupArn,
      ActionNames: ['s3:PutObject'],
      ResourcePolicy: resourcePolicy,
    };
    expect(await failureOf(root.send(new SimulatePrincipalPolicyCommand(withPolicy)))).toMatchObject({
      ...INVALID_INPUT,
      message: expect.stringContaining('needs callerArn'),
    });
    const asUser = await root.send(
      new SimulatePrincipalPolicyCommand({
        ...withPolicy,
        CallerArn: user.arn,
        ResourceArns: [`${REPORTS}/x`],
      }),
    );
    expect(asUser.EvaluationResults![0]).toMatchObject({
      EvalDecision: 'allowed',
      MatchedStatements: [{ SourcePolicyId: 'ResourcePolicy', SourcePolicyType: 'Resource Policy' }],
      EvalDecisionDetails: { 'IAM Policy': 'implicitDeny', 'Resource Policy': 'allowed' },
    });
  });

  it('answers NoSuchEntity for an unknown principal and InvalidInput for an ARN of something else', async () => {
    const missing = `arn:aws:iam::${account.accountId}:user/nobody`;
    expect(
      await failureOf(
        root.send(
          new SimulatePrincipalPolicyCommand({ PolicySourceArn: missing, ActionNames: ['s3:GetObject'] }),
        ),
      ),
    ).toMatchObject(NO_SUCH_ENTITY);
    expect(
      await failureOf(
        root.send(
          new SimulatePrincipalPolicyCommand({
            PolicySourceArn: `${REPORTS}/x`,
            ActionNames: ['s3:GetObject'],
          }),
        ),
      ),
    ).toMatchObject(INVALID_INPUT);
  });

  it('refuses a malformed PolicyInputList entry or an ill-typed context value', async () => {
    const gus = await userWith({});
    const cases: [Partial<SimulatePrincipalPolicyCommandInput>, object][] = [
      [{ PolicyInputList: ['{"Version":"2012-10-17","Statement":[{"Effect":"Maybe"}]}'] }, MALFORMED_POLICY],
      [{ PermissionsBoundaryPolicyInputList: ['not json'] }, MALFORMED_POLICY],
      [{ ResourcePolicy: JSON.stringify(allow('s3:*')), CallerArn: gus.arn }, MALFORMED_POLICY],
      [
        {
          ContextEntries: [
            {
              ContextKeyName: 'aws:MultiFactorAuthAge',
              ContextKeyType: 'numeric',
              ContextKeyValues: ['soon'],
            },
          ],
        },
        INVALID_INPUT,
      ],
      [
        {
          ContextEntries: [
            {
              ContextKeyName: 'aws:SecureTransport',
              ContextKeyType: 'boolean',
              ContextKeyValues: ['constructor'],
            },
          ],
        },
        INVALID_INPUT,
      ],
      [
        {
          ContextEntries: [
            {
              ContextKeyName: 'aws:SourceIp',
              ContextKeyType: 'ip',
              ContextKeyValues: ['10.0.0.1', '10.0.0.2'],
            },
          ],
        },
        INVALID_INPUT,
      ],
      [{ CallerArn: `arn:aws:iam::${account.accountId}:role/r` }, INVALID_INPUT],
      [{ ResourceOwner: 'someone' }, INVALID_INPUT],
    ];
    for (const [extra, error] of cases) {
      const command = new SimulatePrincipalPolicyCommand({
        PolicySourceArn: gus.arn,
        ActionNames: ['s3:GetObject'],
        ...extra,
      });
      expect(await failureOf(root.send(command)), JSON.stringify(extra)).toMatchObject(error);
    }
  });
});

describe('SimulateCustomPolicy', () => {
  it('simulates pasted policies, capped by a pasted boundary', async () => {
    const out = await root.send(
      new SimulateCustomPolicyCommand({
        PolicyInputList: [JSON.stringify(OFFICE_DELETES)],
        PermissionsBoundaryPolicyInputList: [JSON.stringify(allow(['s3:GetObject', 's3:DeleteObject']))],
        ActionNames: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
        ContextEntries: [
          { ContextKeyName: 'aws:SourceIp', ContextKeyType: 'ip', ContextKeyValues: ['203.0.113.5'] },
          {
            ContextKeyName: 'aws:MultiFactorAuthPresent',
            ContextKeyType: 'boolean',
            ContextKeyValues: ['false'],
          },
        ],
      }),
    );
    expect(decisions(out.EvaluationResults)).toEqual([
      's3:GetObject * allowed',
      's3:PutObject * implicitDeny',
      's3:DeleteObject * allowed',
    ]);
    expect(out.EvaluationResults![0]!.MatchedStatements).toEqual([
      expect.objectContaining({ SourcePolicyId: 'PolicyInputList.1', SourcePolicyType: 'IAM Policy' }),
    ]);
    expect(out.EvaluationResults![1]!.PermissionsBoundaryDecisionDetail).toEqual({
      AllowedByPermissionsBoundary: false,
    });
  });

  it('evaluates a resource policy for CallerArn, across accounts with ResourceOwner', async () => {
    const bob = `arn:aws:iam::${account.accountId}:user/bob`;
    const bucketPolicy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: bob }, Action: 's3:GetObject', Resource: `${REPORTS}/*` },
      ],
    });
    const input = {
      PolicyInputList: [JSON.stringify(allow('s3:ListBucket'))],
      ActionNames: ['s3:GetObject'],
      ResourceArns: [`${REPORTS}/q3.pdf`],
      ResourcePolicy: bucketPolicy,
      CallerArn: bob,
    };
    const same = await root.send(new SimulateCustomPolicyCommand(input));
    expect(same.EvaluationResults![0]).toMatchObject({
      EvalDecision: 'allowed',
      EvalDecisionDetails: { 'IAM Policy': 'implicitDeny', 'Resource Policy': 'allowed' },
    });
    // The bucket in another account: the caller's own policies must allow too.
    const cross = await root.send(
      new SimulateCustomPolicyCommand({ ...input, ResourceOwner: '999988887777' }),
    );
    expect(cross.EvaluationResults![0]).toMatchObject({ EvalDecision: 'implicitDeny' });
    const both = await root.send(
      new SimulateCustomPolicyCommand({
        ...input,
        PolicyInputList: [JSON.stringify(allow('s3:GetObject'))],
        ResourceOwner: 'arn:aws:iam::999988887777:root',
      }),
    );
    expect(both.EvaluationResults![0]).toMatchObject({
      EvalDecision: 'allowed',
      EvalDecisionDetails: { 'IAM Policy': 'allowed', 'Resource Policy': 'allowed' },
    });
    const { CallerArn: _, ...withoutCaller } = input;
    expect(await failureOf(root.send(new SimulateCustomPolicyCommand(withoutCaller)))).toMatchObject(
      INVALID_INPUT,
    );
  });

  it('reads each ContextKeyType as the condition operators of its type compare it', async () => {
    const typed = {
      Version: '2012-10-17',
      Statement: {
        Effect: 'Allow',
        Action: 'kms:Decrypt',
        Resource: '*',
        Condition: {
          NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' },
          DateLessThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' },
          Bool: { 'aws:SecureTransport': 'true' },
          IpAddress: { 'aws:SourceIp': '10.0.0.0/8' },
          'ForAllValues:StringEquals': { 'aws:TagKeys': ['team', 'env'] },
          BinaryEquals: { 'kms:RecipientAttestation:ImageSha384': 'AQID' },
        },
      },
    };
    const entries = {
      'aws:MultiFactorAuthAge': { type: 'numeric', values: ['120'] },
      'aws:CurrentTime': { type: 'date', values: ['2026-12-06T10:00:00Z'] },
      'aws:SecureTransport': { type: 'boolean', values: ['TRUE'] },
      'aws:SourceIp': { type: 'ip', values: ['10.1.2.3'] },
      'aws:TagKeys': { type: 'stringList', values: ['team', 'env'] },
      'kms:RecipientAttestation:ImageSha384': { type: 'binary', values: ['AQID'] },
    };
    const simulate = async (changed: Record<string, { type: string; values: string[] }> = {}) => {
      const out = await root.send(
        new SimulateCustomPolicyCommand({
          PolicyInputList: [JSON.stringify(typed)],
          ActionNames: ['kms:Decrypt'],
          ContextEntries: Object.entries({ ...entries, ...changed }).map(([name, e]) => ({
            ContextKeyName: name,
            ContextKeyType: e.type as 'string',
            ContextKeyValues: e.values,
          })),
        }),
      );
      return out.EvaluationResults![0]!.EvalDecision;
    };
    expect(await simulate()).toBe('allowed');
    const misses = {
      'aws:MultiFactorAuthAge': { type: 'numeric', values: ['7200'] },
      'aws:CurrentTime': { type: 'date', values: ['2031-01-01T00:00:00Z'] },
      'aws:SecureTransport': { type: 'boolean', values: ['false'] },
      'aws:SourceIp': { type: 'ip', values: ['192.0.2.1'] },
      'aws:TagKeys': { type: 'stringList', values: ['team', 'owner'] },
      'kms:RecipientAttestation:ImageSha384': { type: 'binary', values: ['AQIE'] },
    };
    for (const [name, entry] of Object.entries(misses)) {
      expect(await simulate({ [name]: entry }), name).toBe('implicitDeny');
    }
  });

  it('refuses a malformed policy, naming which', async () => {
    const failure = await failureOf(
      root.send(
        new SimulateCustomPolicyCommand({
          PolicyInputList: [JSON.stringify(allow('s3:GetObject')), '{"Statement": ['],
          ActionNames: ['s3:GetObject'],
        }),
      ),
    );
    expect(failure).toMatchObject({
      ...MALFORMED_POLICY,
      message: expect.stringMatching(/^Policy 2 is not a valid policy/),
    });
  });
});

describe('GetContextKeysForCustomPolicy and GetContextKeysForPrincipalPolicy', () => {
  const timed = {
    Version: '2012-10-17',
    Statement: {
      Effect: 'Allow',
      Action: 'dynamodb:*',
      Resource: 'arn:aws:dynamodb:us-west-2:123456789012:table/${aws:username}',
      Condition: { DateGreaterThan: { 'aws:CurrentTime': '2015-08-16T12:00:00Z' } },
    },
  };

  it('lists the keys pasted policies use, once each', async () => {
    const out = await root.send(
      new GetContextKeysForCustomPolicyCommand({
        PolicyInputList: [JSON.stringify(timed), JSON.stringify(OFFICE_DELETES), JSON.stringify(timed)],
      }),
    );
    expect(out.ContextKeyNames).toEqual([
      'aws:username',
      'aws:CurrentTime',
      'aws:SourceIp',
      'aws:MultiFactorAuthPresent',
    ]);
  });

  it('lists the keys of a user’s policies, its groups’ and boundary, and PolicyInputList', async () => {
    const hal = await userWith({
      inlinePolicies: { office: OFFICE_DELETES },
      groups: {
        tagged: {
          inlinePolicies: {
            team: {
              Version: '2012-10-17',
              Statement: [
                {
                  Effect: 'Allow',
                  Action: 'ec2:*',
                  Resource: '*',
                  Condition: { StringEquals: { 'aws:ResourceTag/team': '${aws:PrincipalTag/team}' } },
                },
              ],
            },
          },
        },
      },
    });
    const out = await root.send(
      new GetContextKeysForPrincipalPolicyCommand({
        PolicySourceArn: hal.arn,
        PolicyInputList: [JSON.stringify(timed)],
      }),
    );
    expect(out.ContextKeyNames).toEqual([
      'aws:SourceIp',
      'aws:MultiFactorAuthPresent',
      'aws:ResourceTag/team',
      'aws:PrincipalTag/team',
      'aws:username',
      'aws:CurrentTime',
    ]);
    const missing = `arn:aws:iam::${account.accountId}:role/nobody`;
    expect(
      await failureOf(root.send(new GetContextKeysForPrincipalPolicyCommand({ PolicySourceArn: missing }))),
    ).toMatchObject(NO_SUCH_ENTITY);
    expect(
      await failureOf(root.send(new GetContextKeysForCustomPolicyCommand({ PolicyInputList: ['[]'] }))),
    ).toMatchObject(MALFORMED_POLICY);
  });
});

describe('authorisation', () => {
  it('refuses a user without policies each action, on the principal’s ARN or `*`', async () => {
    const target = await userWith({});
    const { iam, user } = await userClients(server, account.accountId);
    const policy = JSON.stringify(allow('s3:GetObject'));
    const cases = [
      [
        new SimulatePrincipalPolicyCommand({ PolicySourceArn: target.arn, ActionNames: ['s3:GetObject'] }),
        'iam:SimulatePrincipalPolicy',
        target.arn,
      ],
      [
        new GetContextKeysForPrincipalPolicyCommand({ PolicySourceArn: target.arn }),
        'iam:GetContextKeysForPrincipalPolicy',
        target.arn,
      ],
      [
        new SimulateCustomPolicyCommand({ PolicyInputList: [policy], ActionNames: ['s3:GetObject'] }),
        'iam:SimulateCustomPolicy',
        '*',
      ],
      [
        new GetContextKeysForCustomPolicyCommand({ PolicyInputList: [policy] }),
        'iam:GetContextKeysForCustomPolicy',
        '*',
      ],
    ] as const;
    for (const [command, action, resource] of cases) {
      expect(await failureOf(sendAny(iam, command)), action).toEqual({
        name: 'AccessDenied',
        code: 'AccessDenied',
        status: 403,
        message: `User: ${user.arn} is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`,
      });
    }
  });

  it('lets a user simulate only the principals its policy names', async () => {
    const mine = await userWith({ inlinePolicies: { read: READ_REPORTS } });
    const theirs = await userWith({});
    const { iam } = await userClients(server, account.accountId, {
      inlinePolicies: { simulate: allow('iam:SimulatePrincipalPolicy', mine.arn) },
    });
    const out = await iam.send(
      new SimulatePrincipalPolicyCommand({ PolicySourceArn: mine.arn, ActionNames: ['s3:GetObject'] }),
    );
    expect(decisions(out.EvaluationResults)).toEqual(['s3:GetObject * implicitDeny']);
    expect(
      await failureOf(
        iam.send(
          new SimulatePrincipalPolicyCommand({ PolicySourceArn: theirs.arn, ActionNames: ['s3:GetObject'] }),
        ),
      ),
    ).toMatchObject({ name: 'AccessDenied', status: 403 });
  });
});
