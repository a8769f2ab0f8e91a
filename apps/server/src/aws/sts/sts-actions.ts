import { assumeRole } from '../../services/sts/assume-role.js';
import { getAccessKeyInfo } from '../../services/sts/get-access-key-info.js';
import { getSessionToken } from '../../services/sts/get-session-token.js';
import type { TemporaryCredentials } from '../../services/sts/issue-temporary-credentials.js';
import type { AwsActionTable } from '../action-table.js';
import { AwsError } from '../protocol/aws-error.js';
import { checkedTags } from '../iam/tag-input.js';
import { getCallerIdentity } from './get-caller-identity.js';

/** AWS's documented limit of a session policy's plaintext. */
const SESSION_POLICY_MAX = 2048;

function awsCredentials(c: TemporaryCredentials) {
  return {
    AccessKeyId: c.accessKeyId,
    SecretAccessKey: c.secretAccessKey,
    SessionToken: c.sessionToken,
    Expiration: c.expiration,
  };
}

/** STS 2011-06-15: the actions Gatehouse serves. */
export const stsActions: AwsActionTable = {
  GetCallerIdentity: getCallerIdentity,
  GetAccessKeyInfo: async (ctx, input) => ({
    Account: await getAccessKeyInfo({ ctx, accessKeyId: input.AccessKeyId }),
  }),
  GetSessionToken: async (ctx, input) => ({
    Credentials: awsCredentials(
      await getSessionToken({
        ctx,
        durationSeconds: input.DurationSeconds,
        serialNumber: input.SerialNumber,
        tokenCode: input.TokenCode,
      }),
    ),
  }),
  AssumeRole: async (ctx, input) => {
    // Trusted context assertions are signed by AWS STS for its context providers (IAM Identity
    // Center); Gatehouse trusts none, so none can match: AWS's answer to an assertion that does
    // not match a trusted context provider (InvalidContextAssertion, 400; newer than botocore's
    // model, listed by AWS's SDK for AssumeRole), never a session that silently lacks it.
    if (input.ProvidedContexts !== undefined) {
      throw new AwsError(
        'InvalidContextAssertion',
        'ProvidedContexts is not supported: no trusted context provider is configured, so the context assertion cannot be verified',
        400,
      );
    }
    // Newer models drop the session policy's 2,048 maximum from the shape
    // (unrestrictedSessionPolicyDocumentType); AWS still documents 2,048 characters of plaintext,
    // so it is refused as before, in the model's words, not later as an IAM quota.
    if (typeof input.Policy === 'string' && [...input.Policy].length > SESSION_POLICY_MAX) {
      throw new AwsError(
        'ValidationError',
        `1 validation error detected: Value '${input.Policy}' at 'policy' failed to satisfy constraint: Member must have length less than or equal to ${SESSION_POLICY_MAX}`,
      );
    }
    const out = await assumeRole({
      ctx,
      roleArn: input.RoleArn,
      roleSessionName: input.RoleSessionName,
      durationSeconds: input.DurationSeconds,
      policy: input.Policy,
      policyArns: Array.isArray(input.PolicyArns)
        ? (input.PolicyArns as { arn?: string }[]).map((p) => p.arn ?? '')
        : undefined,
      tags: checkedTags(input.Tags),
      transitiveTagKeys: input.TransitiveTagKeys,
      externalId: input.ExternalId,
      serialNumber: input.SerialNumber,
      tokenCode: input.TokenCode,
      sourceIdentity: input.SourceIdentity,
    });
    return {
      Credentials: awsCredentials(out.credentials),
      AssumedRoleUser: { AssumedRoleId: out.assumedRoleId, Arn: out.arn },
      PackedPolicySize: out.packedPolicySize,
      SourceIdentity: out.sourceIdentity,
    };
  },
};
