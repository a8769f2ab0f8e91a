// Warnings: valid policies that probably do not mean what their author meant.
import type { ValidateCase } from '../validate-case.js';
import { grant, policy, trust } from '../validate-case.js';

const ANALYZER = 'IAM Access Analyzer policy check reference';

export const cases: ValidateCase[] = [
  {
    name: 'Allow with NotAction',
    doc: `${ANALYZER}: ALLOW_WITH_NOT_ACTION — allows every action not listed`,
    kind: 'identity',
    text: policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: 'arn:aws:s3:::bucket' }),
    diagnostics: [{ code: 'allow-not-action', at: '"NotAction"', severity: 'warning' }],
  },
  {
    name: 'Allow with NotResource',
    doc: `${ANALYZER}: ALLOW_WITH_NOT_RESOURCE`,
    kind: 'identity',
    text: policy({ Effect: 'Allow', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::secret/*' }),
    diagnostics: [{ code: 'allow-not-resource', at: '"NotResource"' }],
  },
  {
    name: 'Deny with NotAction and NotResource is the intended use',
    doc: 'IAM JSON policy elements: NotAction — use with Deny to deny everything except',
    kind: 'identity',
    text: policy({ Effect: 'Deny', NotAction: 'iam:*', NotResource: 'arn:aws:s3:::x' }),
    diagnostics: [],
  },
  {
    name: 'every action on every resource',
    doc: `${ANALYZER}: full access ("Action": "*" with "Resource": "*") is a security warning`,
    kind: 'identity',
    text: policy({ Effect: 'Allow', Action: '*', Resource: '*' }),
    diagnostics: [{ code: 'allow-all', at: '"*"' }],
  },
  {
    name: 'iam:PassRole on every role, directly or through a wildcard',
    doc: `${ANALYZER}: PASS_ROLE_WITH_STAR_IN_RESOURCE`,
    kind: 'identity',
    text: policy(
      grant({ Action: ['iam:Pass*'], Resource: '*' }),
      grant({ Action: 'iam:PassRole', Resource: ['*'] }),
    ),
    diagnostics: [
      { code: 'pass-role-wildcard', at: '"iam:Pass*"' },
      { code: 'pass-role-wildcard', at: '"iam:PassRole"' },
    ],
  },
  {
    name: 'iam:PassRole on named roles is fine',
    doc: `${ANALYZER}: PASS_ROLE_WITH_STAR_IN_RESOURCE`,
    kind: 'identity',
    text: policy(grant({ Action: 'iam:PassRole', Resource: 'arn:aws:iam::111122223333:role/app' })),
    diagnostics: [],
  },
  {
    name: 'iam:PassRole on every role written as an ARN pattern',
    doc: `${ANALYZER}: PASS_ROLE_WITH_STAR_IN_RESOURCE — a role ARN ending in role/* names every role; a variable in the account is not replaced (Variables and tags), so that ARN names no role`,
    kind: 'identity',
    text: policy(
      grant({ Action: 'iam:PassRole', Resource: 'arn:aws:iam::*:role/*' }),
      grant({ Action: 'iam:PassRole', Resource: ['arn:aws:s3:::b', 'arn:aws:iam::111122223333:role/*'] }),
      grant({ Action: 'iam:PassRole', Resource: 'arn:aws:iam::${aws:PrincipalAccount}:*' }),
      grant({ Action: 'iam:Pass*', Resource: 'arn:aws:iam::*' }),
    ),
    diagnostics: [
      {
        code: 'pass-role-wildcard',
        at: '"iam:PassRole"',
        message: '`iam:PassRole` is allowed on every role',
      },
      { code: 'pass-role-wildcard', at: '"iam:PassRole"', nth: 2 },
      {
        code: 'variable-in-arn-prefix',
        at: '"arn:aws:iam::${aws:PrincipalAccount}:*"',
        severity: 'warning',
      },
      {
        code: 'pass-role-wildcard',
        at: '"iam:Pass*"',
        help: 'limit `Resource` to the ARNs of the roles that may be passed',
      },
    ],
  },
  {
    name: 'iam:PassRole on some roles, under Deny, or through NotAction is not warned about',
    doc: `${ANALYZER}: PASS_ROLE_WITH_STAR_IN_RESOURCE`,
    kind: 'identity',
    text: policy(
      grant({ Action: 'iam:PassRole', Resource: 'arn:aws:iam::*:role/service-role/*' }),
      grant({ Action: 'iam:PassRole', Resource: 'arn:aws:iam::111122223333:user/*' }),
      { Effect: 'Deny', Action: 'iam:PassRole', Resource: 'arn:aws:iam::*:role/*' },
      { Effect: 'Allow', NotAction: 'iam:PassRole', Resource: 'arn:aws:iam::*:role/*' },
    ),
    diagnostics: [{ code: 'allow-not-action', at: '"NotAction"' }],
  },
  {
    name: 'IAM actions that let the holder grant itself anything, on every resource',
    doc: `${ANALYZER}: privilege escalation — e.g. iam:AttachUserPolicy or iam:CreatePolicyVersion on "*"`,
    kind: 'identity',
    text: policy(
      grant({ Action: ['iam:AttachUserPolicy', 'iam:CreatePolicyVersion', 'iam:GetUser'], Resource: '*' }),
      grant({ Action: 'iam:Attach*', Resource: '*' }),
      grant({ Action: 'IAM:*', Resource: '*' }),
    ),
    diagnostics: [
      {
        code: 'privilege-escalation',
        at: '"iam:AttachUserPolicy"',
        severity: 'warning',
        message: '`iam:AttachUserPolicy` on every resource lets the holder grant itself any permission',
        help: 'limit `Resource` to the users, groups, roles or policies the statement is meant for',
      },
      { code: 'privilege-escalation', at: '"iam:CreatePolicyVersion"' },
      {
        code: 'privilege-escalation',
        at: '"iam:Attach*"',
        message:
          '`iam:Attach*` (`iam:AttachUserPolicy`, `iam:AttachGroupPolicy` and `iam:AttachRolePolicy`) on every resource lets the holder grant itself any permission',
      },
      { code: 'pass-role-wildcard', at: '"IAM:*"' },
      {
        code: 'privilege-escalation',
        at: '"IAM:*"',
        message:
          '`IAM:*` (`iam:CreatePolicyVersion`, `iam:SetDefaultPolicyVersion`, `iam:AttachUserPolicy` and 10 more) on every resource lets the holder grant itself any permission',
      },
    ],
  },
  {
    name: 'privilege escalation through ARN patterns that name every user or role',
    doc: `${ANALYZER}: privilege escalation — iam:CreateAccessKey on every user, iam:PutRolePolicy on every role`,
    kind: 'identity',
    text: policy(
      grant({ Action: 'iam:CreateAccessKey', Resource: 'arn:aws:iam::*:user/*' }),
      grant({
        Action: ['iam:Put*', 'iam:UpdateAssumeRolePolicy'],
        Resource: 'arn:aws:iam::111122223333:role/*',
      }),
      grant({ Action: 'iam:*LoginProfile', Resource: 'arn:aws:iam::111122223333:*' }),
    ),
    diagnostics: [
      {
        code: 'privilege-escalation',
        at: '"iam:CreateAccessKey"',
        message: '`iam:CreateAccessKey` on every user lets the holder grant itself any permission',
      },
      {
        code: 'privilege-escalation',
        at: '"iam:Put*"',
        message: '`iam:Put*` (`iam:PutRolePolicy`) on every role lets the holder grant itself any permission',
      },
      { code: 'privilege-escalation', at: '"iam:UpdateAssumeRolePolicy"' },
      {
        code: 'privilege-escalation',
        at: '"iam:*LoginProfile"',
        message:
          '`iam:*LoginProfile` (`iam:CreateLoginProfile` and `iam:UpdateLoginProfile`) on every user lets the holder grant itself any permission',
      },
    ],
  },
  {
    name: 'escalation actions on named resources, the wrong resource type, under Deny or NotAction',
    doc: `${ANALYZER}: privilege escalation — only a grant on every user, group, role or policy is reported`,
    kind: 'identity',
    text: policy(
      grant({ Action: 'iam:AttachUserPolicy', Resource: 'arn:aws:iam::111122223333:user/alice' }),
      grant({ Action: 'iam:CreateAccessKey', Resource: 'arn:aws:iam::*:role/*' }),
      grant({ Action: 'iam:CreatePolicyVersion', Resource: 'arn:aws:iam::*:policy/team/*' }),
      grant({ Action: ['iam:Get*', 'iam:List*'], Resource: '*' }),
      { Effect: 'Deny', Action: 'iam:*', Resource: '*' },
      { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' },
    ),
    diagnostics: [{ code: 'allow-not-action', at: '"NotAction"' }],
  },
  {
    name: 'sts:AssumeRole on every role',
    doc: `${ANALYZER}: an identity policy allowing sts:AssumeRole on "*" can assume any role that trusts the account`,
    kind: 'identity',
    text: policy(
      grant({ Action: 'sts:AssumeRole', Resource: '*' }),
      grant({ Action: ['sts:GetCallerIdentity', 'sts:Assume*'], Resource: 'arn:aws:iam::*:role/*' }),
      grant({ Action: 'sts:*', Resource: 'arn:aws:iam::111122223333:role/*' }),
    ),
    diagnostics: [
      {
        code: 'assume-any-role',
        at: '"sts:AssumeRole"',
        severity: 'warning',
        message:
          '`sts:AssumeRole` is allowed on every role, so any role that trusts this account can be assumed',
        help: 'limit `Resource` to the ARNs of the roles that may be assumed',
      },
      { code: 'assume-any-role', at: '"sts:Assume*"' },
      { code: 'assume-any-role', at: '"sts:*"' },
    ],
  },
  {
    name: 'sts:AssumeRole on named roles, under Deny, or through NotAction is not warned about',
    doc: `${ANALYZER}: an identity policy allowing sts:AssumeRole on "*"`,
    kind: 'identity',
    text: policy(
      grant({ Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::111122223333:role/deploy' }),
      grant({ Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::*:role/team/*' }),
      grant({ Action: 'sts:GetCallerIdentity', Resource: '*' }),
      { Effect: 'Deny', Action: 'sts:AssumeRole', Resource: '*' },
      { Effect: 'Allow', NotAction: 'sts:AssumeRole', Resource: '*' },
    ),
    diagnostics: [{ code: 'allow-not-action', at: '"NotAction"' }],
  },
  {
    name: 'every action on every role: each IAM warning, but not allow-all',
    doc: `${ANALYZER}: "*" on role/* passes, assumes and rewrites every role`,
    kind: 'identity',
    text: policy(grant({ Action: '*', Resource: 'arn:aws:iam::*:role/*' })),
    diagnostics: [
      { code: 'pass-role-wildcard', at: '"*"' },
      { code: 'assume-any-role', at: '"*"' },
      {
        code: 'privilege-escalation',
        at: '"*"',
        message:
          '`*` (`iam:AttachRolePolicy`, `iam:PutRolePolicy` and `iam:UpdateAssumeRolePolicy`) on every role lets the holder grant itself any permission',
      },
    ],
  },
  {
    name: 'the IAM warnings apply to identity policies; only iam:PassRole is also checked in resource policies',
    doc: 'IAM: roles, users and policies are named in identity policies; other services cannot be granted IAM actions',
    kind: 'resource',
    text: policy(
      grant({
        Principal: { AWS: 'arn:aws:iam::111122223333:root' },
        Action: ['iam:PassRole', 'iam:AttachUserPolicy', 'sts:AssumeRole'],
        Resource: '*',
      }),
    ),
    diagnostics: [{ code: 'pass-role-wildcard', at: '"iam:PassRole"' }],
  },
  {
    name: 'boundaries are not warned about for IAM grants either',
    doc: 'IAM permissions boundaries: a boundary sets the maximum permissions and grants none',
    kind: 'boundary',
    text: policy(grant({ Action: ['iam:*', 'sts:*'], Resource: '*' })),
    diagnostics: [],
  },
  {
    name: 'a statement repeating an earlier one (ignoring Sid and order of values)',
    doc: `${ANALYZER}: redundant statement`,
    kind: 'identity',
    text: policy(
      grant({ Sid: 'A', Action: ['s3:GetObject', 's3:PutObject'] }),
      grant({ Sid: 'B', Action: ['s3:PutObject', 's3:GetObject'] }),
    ),
    diagnostics: [
      { code: 'redundant-statement', at: '{', nth: 3, message: 'this statement repeats statement `A`' },
    ],
  },
  {
    name: 'no Version',
    doc: 'IAM JSON policy elements: Version — without it, 2008-10-17 applies and policy variables are not replaced',
    kind: 'identity',
    text: JSON.stringify({ Statement: [grant()] }),
    diagnostics: [{ code: 'missing-version', at: '1:1-1:2' }],
  },
  {
    name: 'policy variables in a policy without 2012-10-17',
    doc: 'IAM policy elements: Variables and tags — variables require "Version": "2012-10-17"',
    kind: 'identity',
    text: JSON.stringify({
      Version: '2008-10-17',
      Statement: [
        grant({
          Resource: 'arn:aws:s3:::b/${aws:username}/*',
          Condition: { StringLike: { 's3:prefix': '${aws:username}/' } },
        }),
      ],
    }),
    diagnostics: [
      { code: 'variable-in-old-version', at: '"arn:aws:s3:::b/${aws:username}/*"' },
      { code: 'variable-in-old-version', at: '"${aws:username}/"' },
    ],
  },
  {
    name: 'an empty statement list',
    doc: 'IAM JSON policy elements: Statement — a policy with no statements grants nothing',
    kind: 'identity',
    text: policy(),
    diagnostics: [{ code: 'empty-statement', at: '[]' }],
  },
  {
    name: 'anyone may assume the role',
    doc: `${ANALYZER}: a trust policy with Principal "*" and no condition makes the role public`,
    kind: 'trust',
    text: policy(
      trust({ Principal: { AWS: '*' } }),
      trust({ Principal: '*', Condition: { StringEquals: { 'sts:ExternalId': 'x' } } }),
    ),
    diagnostics: [
      {
        code: 'public-principal',
        at: '{\n        "AWS": "*"\n      }',
        message: 'anyone can assume this role',
      },
    ],
  },
  {
    name: 'a public resource policy',
    doc: `${ANALYZER}: resource policies granting access to "*" without conditions are public`,
    kind: 'resource',
    text: policy(grant({ Principal: '*' })),
    diagnostics: [{ code: 'public-principal', at: '"Principal": «"*"»' }],
  },
  {
    name: 'SCPs require Version 2012-10-17',
    doc: 'AWS Organizations, SCP syntax: every SCP must have "Version": "2012-10-17"',
    kind: 'scp',
    text: JSON.stringify({ Statement: [{ Effect: 'Deny', Action: 'iam:*', Resource: '*' }] }),
    diagnostics: [{ code: 'invalid-version', at: '1:1-1:2' }],
  },
  {
    name: 'SCPs and boundaries only limit, so broad Allows there are not warned about',
    doc: 'AWS Organizations: the default SCP FullAWSAccess allows * on *; SCPs never grant permissions',
    kind: 'scp',
    text: policy(
      { Effect: 'Allow', Action: '*', Resource: '*' },
      { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' },
    ),
    diagnostics: [],
  },
  {
    name: 'a boundary allowing everything',
    doc: 'IAM permissions boundaries: a boundary sets the maximum permissions and grants none',
    kind: 'boundary',
    text: policy({ Effect: 'Allow', Action: '*', Resource: '*' }),
    diagnostics: [],
  },
];
