// The table of the AWS door's actions, built from the registries and AWS's model, for
// docs/AWS-API.md (scripts/aws-api-doc.ts writes it; a test keeps it true).
import { iamActions } from './iam/iam-actions.js';
import { IAM_MODEL, STS_MODEL, shapeOf, type ServiceModel } from './protocol/service-model.js';
import { stsActions } from './sts/sts-actions.js';
import type { AwsActionTable } from './action-table.js';
import { cloudtrailActions } from './cloudtrail/cloudtrail-actions.js';
import { organizationsActions } from './organizations/organizations-actions.js';

/** Where AWS lets UserName default to the caller (login profiles, DeactivateMFADevice). */
const OWN_USER_DEFAULT =
  "without UserName, the calling IAM user's; the root user (AWS: only in an AssumeRoot session, not issued here) and role sessions must name the user: `ValidationError` `Must specify userName when calling with non-User credentials` (AWS's answer to non-user callers of its user-defaulting actions; its exact answer to the root user here is undocumented)";

/** How a trust policy's user and role principals are held (both actions that save one). */
const TRUST_PRINCIPALS =
  'a user or role ARN the trust policy names is bound to that principal\'s unique id when saved (one that does not exist in an account of this deployment: `MalformedPolicyDocument` `Invalid principal in policy: "AWS":"<arn>"`; one deleted and recreated under the same name is not trusted until the policy is saved again), but GetRole and the console show the policy as written, where AWS shows a deleted principal\'s unique id and a renamed one\'s new ARN; roles saved before this binding existed match by ARN until their trust policy is saved again';

/** Known differences from AWS, per action (parameters accepted but not acted on, wording…). */
export const KNOWN_DIFFERENCES: Readonly<Record<string, string>> = {
  GetUser: 'without UserName for the root user: the account id as UserId and no UserName',
  CreateRole: `the answer carries MaxSessionDuration and no RoleLastUsed; ${TRUST_PRINCIPALS}`,
  UpdateAssumeRolePolicy: TRUST_PRINCIPALS,
  ListInstanceProfilesForRole:
    'instance profiles are not served (CreateInstanceProfile answers InvalidAction), so the list is always empty; the role is looked up and the call authorised as in AWS',
  PutUserPermissionsBoundary:
    'a policy reserved for service-linked roles is not refused here (it is by Attach*Policy)',
  PutRolePermissionsBoundary:
    'a policy reserved for service-linked roles is not refused here (it is by Attach*Policy)',
  GetAccessKeyInfo:
    'an access key id unknown to this deployment answers InvalidInput (AWS decodes any key id)',
  AssumeRole:
    "PackedPolicySize counts characters of session policies, ARNs and tags against 2,048; ProvidedContexts is not supported: no context provider is trusted, so it answers `InvalidContextAssertion` (AWS's error for an assertion that matches no trusted provider)",
  CreateLoginProfile: `${OWN_USER_DEFAULT}; Password is always required (AWS omits it only in an AssumeRoot session)`,
  GetLoginProfile: OWN_USER_DEFAULT,
  DeleteLoginProfile: OWN_USER_DEFAULT,
  DeactivateMFADevice: OWN_USER_DEFAULT,
  UpdateAccessKey:
    'Status `Expired` (listed by the model for service-specific credentials) answers InvalidInput',
  GetSessionToken: 'the root user gets at most 3,600 seconds, as AWS',
  SimulatePrincipalPolicy:
    "ResourceHandlingOption is ignored; RCPs are not simulated (a member account's SCPs are, with OrganizationsDecisionDetail); at most 1,000 actions, 50 resources, 20 pasted policies and one pasted boundary; the principal's own keys are filled in as enforcement fills them (aws:username, aws:userid, aws:PrincipalArn, aws:PrincipalType, aws:PrincipalAccount, aws:PrincipalTag/*, aws:PrincipalOrgID; a role's aws:userid is not, nor any key of a group's member) unless ContextEntries gives them; keys of the request (aws:SourceIp, aws:CurrentTime, aws:MultiFactorAuthPresent, …) are not",
  SimulateCustomPolicy:
    'as SimulatePrincipalPolicy; action names may contain wildcards (AWS refuses them); EvalDecisionDetails is filled whenever a ResourcePolicy is given',
  GetContextKeysForPrincipalPolicy: "the principal's permissions boundary is included",
  GetAccountSummary:
    "AccountPasswordPresent is 1 also for an account Organizations' CreateAccount made (its root user's password is one nobody knows; AWS's has none)",
  GenerateCredentialReport: 'the report is written at once (always COMPLETE) and does not expire',
  GetAccountAuthorizationDetails: 'lists only the AWS managed policies the account uses, with every version',
  ChangePassword: 'a wrong old password answers InvalidInput',
  GenerateServiceLastAccessedDetails:
    'the job completes at once (the report is computed when it is created) and is kept 7 days; calls count when Gatehouse authorised them for an IAM user or role session (sts:AssumeRole itself is not counted)',
};

/**
 * Known differences of the JSON services' operations (Organizations, CloudTrail), apart from
 * IAM's and STS's: some share a name with an IAM action (CreatePolicy, ListPolicies).
 */
export const JSON_KNOWN_DIFFERENCES: Readonly<Record<string, string>> = {
  LookupEvents:
    'EventCategory is ignored; successful reads are not recorded (only changes, sign-ins and denials), so ReadOnly=true finds denied reads only',
  CreateOrganization: 'FeatureSet `ALL` only (consolidated billing alone answers InvalidInputException)',
  CreateAccount:
    'completes at once: the status is SUCCEEDED, or FAILED with EMAIL_ALREADY_EXISTS; IamUserAccessToBilling and Tags are ignored; the new root user has no password',
  InviteAccountToOrganization:
    'Target is an account of this deployment, by id (ACCOUNT) or root email (EMAIL); Tags are ignored',
  AcceptHandshake: "authorised on `*` (the handshake's ARN is the management account's)",
  DeclineHandshake: "authorised on `*` (the handshake's ARN is the management account's)",
  CreatePolicy: 'Type SERVICE_CONTROL_POLICY only; Tags are ignored',
  ListPolicies: 'a Filter other than SERVICE_CONTROL_POLICY answers an empty list',
  ListPoliciesForTarget: 'a Filter other than SERVICE_CONTROL_POLICY answers an empty list',
  MoveAccount:
    'authorised on the account, the source and the destination, as the service authorization reference lists',
};

interface Row {
  service: 'iam' | 'sts';
  action: string;
  parameters: string[];
}

function rows(service: 'iam' | 'sts', model: ServiceModel, table: AwsActionTable): Row[] {
  return Object.keys(table)
    .sort()
    .map((action) => {
      const input = model.operations[action]?.input;
      const parameters = input ? Object.keys(shapeOf(model, input).members ?? {}) : [];
      return { service, action, parameters };
    });
}

export function supportedActions(): Row[] {
  return [...rows('iam', IAM_MODEL, iamActions), ...rows('sts', STS_MODEL, stsActions)];
}

/** Model operations the door answers with InvalidAction. */
export function unsupportedActions(service: 'iam' | 'sts'): string[] {
  const [model, table] = service === 'iam' ? [IAM_MODEL, iamActions] : [STS_MODEL, stsActions];
  return Object.keys(model.operations)
    .filter((op) => !Object.hasOwn(table, op))
    .sort();
}

export function awsApiMarkdown(): string {
  const out: string[] = [];
  out.push('# The AWS API (`/`): supported actions');
  out.push('');
  out.push(
    '<!-- Written by `node --conditions=source --import tsx apps/server/scripts/aws-api-doc.ts`; a test checks it is current. -->',
  );
  out.push('');
  out.push(
    "Gatehouse answers the AWS Query protocol at `/` on the console's own origin: IAM (2010-05-08) and STS " +
      '(2011-06-15), signed with SigV4 (the `Authorization` header or a presigned query string; `X-Amz-Security-Token` ' +
      'for temporary credentials). Point any AWS SDK or the aws CLI at it with `--endpoint-url <console origin>` and ' +
      "region `us-east-1`. Input is read and validated by AWS's own service model (member names, list encodings, " +
      "lengths, patterns and ranges, with AWS's `ValidationError` wording); output is written in the order and with " +
      "the element names of AWS's output shapes. Every call is authorised by the same evaluator as the console, with " +
      'the same IAM action and resource ARN, and mutations are audited with the door, the access key id and the source ' +
      'address. Pagination is `Marker`/`MaxItems`/`IsTruncated` (1–1000, default 100) over keyset cursors, so a ' +
      'marker stays correct while entities are created and deleted.',
  );
  out.push('');
  out.push(
    "Authentication errors are AWS's: `MissingAuthenticationToken` (unsigned), `IncompleteSignature`, " +
      '`InvalidClientTokenId` (unknown or inactive key, bad session token), `SignatureDoesNotMatch` (wrong ' +
      "signature, or signed more than 15 minutes from the server's clock), `ExpiredToken` (expired temporary " +
      'credentials), `AccessDenied` `Request has expired` (presigned URL past X-Amz-Expires). A database outage ' +
      'answers 503 `ServiceUnavailable`. Anything not below answers `InvalidAction` `Could not find operation ' +
      '<Action> for version <Version>`.',
  );
  out.push('');
  out.push(
    'Organizations (2016-11-28) and CloudTrail (2013-11-01) speak JSON 1.1 (`X-Amz-Target`, JSON in and out, ' +
      'errors as `{"__type", "message"}`): the door authenticates and validates them the same way; ' +
      `their operations served so far: ${[...Object.keys(organizationsActions), ...Object.keys(cloudtrailActions)].sort().join(', ') || 'none yet (every call answers `UnknownOperationException`)'}; others answer \`UnknownOperationException\`.`,
  );
  out.push(
    '',
    'Organizations: input that breaks the model answers `InvalidInputException`, as AWS; ' +
      '`ConstraintViolationException` and `InvalidInputException` carry their `Reason` in the message; lists ' +
      'answer every item unless `MaxResults` asks for pages.',
  );
  for (const action of [...Object.keys(organizationsActions), ...Object.keys(cloudtrailActions)].sort()) {
    if (JSON_KNOWN_DIFFERENCES[action]) out.push('', `- ${action}: ${JSON_KNOWN_DIFFERENCES[action]}.`);
  }
  out.push('');
  for (const service of ['iam', 'sts'] as const) {
    out.push(service === 'iam' ? '## IAM (2010-05-08)' : '## STS (2011-06-15)');
    out.push('');
    out.push('| action | parameters | known differences from AWS |');
    out.push('| --- | --- | --- |');
    for (const row of supportedActions().filter((r) => r.service === service)) {
      const params = row.parameters.length > 0 ? row.parameters.map((p) => `\`${p}\``).join(', ') : '—';
      out.push(
        `| ${row.action} | ${params} | ${KNOWN_DIFFERENCES[row.action] ?? ''} |`.replace(/ {2}\|$/, ' |'),
      );
    }
    out.push('');
    out.push(`Not served (\`InvalidAction\`): ${unsupportedActions(service).join(', ') || 'none'}.`);
    out.push('');
  }
  return out.join('\n');
}
