// The ten policies of the AWS door benchmark's caller, as the server stores them (pretty-printed
// JSON): apps/server/bench/aws-door.ts creates them, parse-compile.ts times their cold path.
export type PolicyDoc = Record<string, unknown>;
export const doc = (...Statement: PolicyDoc[]): PolicyDoc => ({ Version: '2012-10-17', Statement });
/** Policies as people write them: pretty-printed JSON, which the server stores as sent. */
export const policyText = (d: PolicyDoc) => JSON.stringify(d, null, 2);

/**
 * The caller's 10 policies, in the shapes real accounts hold: read-only IAM, a home prefix in a
 * bucket with policy variables, a region guard and an admin guard (Deny), EC2 read-only, user
 * administration limited by source IP, DynamoDB by leading key, logs, KMS via S3, role passing.
 */
export function benchPolicies(accountId: string) {
  const iam = (resource: string) => `arn:aws:iam::${accountId}:${resource}`;
  return {
    userInline: {
      'iam-read': doc({
        Sid: 'ReadIdentities',
        Effect: 'Allow',
        Action: ['iam:Get*', 'iam:List*'],
        Resource: [iam('user/*'), iam('group/*'), iam('role/*'), iam('policy/*')],
      }),
      's3-home': doc(
        {
          Sid: 'ListOwnPrefix',
          Effect: 'Allow',
          Action: 's3:ListBucket',
          Resource: 'arn:aws:s3:::team-data',
          Condition: { StringLike: { 's3:prefix': ['home/${aws:username}/*', 'shared/*'] } },
        },
        {
          Sid: 'ReadWriteOwnPrefix',
          Effect: 'Allow',
          Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
          Resource: 'arn:aws:s3:::team-data/home/${aws:username}/*',
        },
      ),
      'region-guard': doc({
        Sid: 'OnlyTwoRegions',
        Effect: 'Deny',
        NotAction: ['iam:*', 'sts:*', 'organizations:*', 'support:*'],
        Resource: '*',
        Condition: { StringNotEquals: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] } },
      }),
      'protect-admins': doc({
        Sid: 'HandsOffAdmins',
        Effect: 'Deny',
        Action: ['iam:Delete*', 'iam:Update*', 'iam:Put*', 'iam:Attach*', 'iam:Detach*'],
        Resource: [iam('user/admin/*'), iam('role/admin-*')],
      }),
    },
    userManaged: {
      'bench-ec2-read-only': doc({
        Effect: 'Allow',
        Action: [
          'ec2:Describe*',
          'elasticloadbalancing:Describe*',
          'autoscaling:Describe*',
          'cloudwatch:GetMetricData',
          'cloudwatch:ListMetrics',
        ],
        Resource: '*',
      }),
      'bench-user-admin': doc(
        {
          Sid: 'ManageUsersFromInside',
          Effect: 'Allow',
          Action: ['iam:CreateUser', 'iam:DeleteUser', 'iam:UpdateUser', 'iam:TagUser', 'iam:UntagUser'],
          Resource: iam('user/*'),
          Condition: { IpAddress: { 'aws:SourceIp': ['127.0.0.0/8', '10.0.0.0/8', '::1/128'] } },
        },
        {
          Sid: 'NoPrivilegedTags',
          Effect: 'Deny',
          Action: ['iam:TagUser', 'iam:CreateUser'],
          Resource: '*',
          Condition: { 'ForAnyValue:StringLike': { 'aws:TagKeys': ['admin*', 'aws:*'] } },
        },
      ),
      'bench-dynamodb-app': doc({
        Effect: 'Allow',
        Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:Query'],
        Resource: [
          `arn:aws:dynamodb:*:${accountId}:table/app-*`,
          `arn:aws:dynamodb:*:${accountId}:table/app-*/index/*`,
        ],
        Condition: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['${aws:userid}'] } },
      }),
    },
    groupInline: {
      'app-logs': doc({
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'],
        Resource: `arn:aws:logs:*:${accountId}:log-group:/app/*`,
      }),
    },
    groupManaged: {
      'bench-kms-via-s3': doc({
        Effect: 'Allow',
        Action: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey*'],
        Resource: `arn:aws:kms:us-east-1:${accountId}:key/*`,
        Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } },
      }),
      'bench-app-roles': doc(
        { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: iam('role/app-*') },
        {
          Effect: 'Allow',
          Action: 'iam:PassRole',
          Resource: iam('role/app-*'),
          Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } },
        },
      ),
    },
  };
}

export function doorPolicyTexts(accountId = '123456789012'): string[] {
  const p = benchPolicies(accountId);
  return [p.userInline, p.userManaged, p.groupInline, p.groupManaged].flatMap((set) =>
    Object.values(set).map((d) => policyText(d)),
  );
}
