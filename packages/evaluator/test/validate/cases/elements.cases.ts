// Which elements each kind of policy requires, forbids, and never takes together.
import type { ValidateCase } from '../validate-case.js';
import { grant, policy, trust } from '../validate-case.js';

const PRINCIPAL_DOC =
  'AWS JSON policy elements: Principal — you cannot use Principal in an identity-based policy';
const NOT_PRINCIPAL_DOC =
  'AWS JSON policy elements: NotPrincipal — not in identity-based policies nor role trust policies, not in SCPs; must be used with Deny';

export const cases: ValidateCase[] = [
  {
    name: 'a complete identity policy is accepted',
    doc: 'IAM JSON policy elements reference: Effect, Action and Resource in every identity statement',
    kind: 'identity',
    text: policy(grant(), grant({ Effect: 'Deny', NotAction: 's3:GetObject', Action: undefined })),
    diagnostics: [],
  },
  {
    name: 'neither Action nor NotAction',
    doc: 'IAM JSON policy elements: Action — each statement must include Action or NotAction (Access Analyzer MISSING_ACTION)',
    kind: 'identity',
    text: policy({ Effect: 'Allow', Resource: '*' }),
    diagnostics: [{ code: 'missing-action', at: '{', nth: 2, path: ['Statement', 0] }],
  },
  {
    name: 'both Action and NotAction',
    doc: 'IAM JSON policy elements: NotAction — a statement uses Action or NotAction, not both',
    kind: 'identity',
    text: policy(grant({ Effect: 'Deny', NotAction: 'iam:*' })),
    diagnostics: [{ code: 'conflicting-elements', at: '"NotAction"', path: ['Statement', 0, 'NotAction'] }],
  },
  {
    name: 'both Resource and NotResource',
    doc: 'IAM JSON policy elements: NotResource — a statement uses Resource or NotResource, not both',
    kind: 'identity',
    text: policy(grant({ Effect: 'Deny', NotResource: 'arn:aws:s3:::other/*' })),
    diagnostics: [{ code: 'conflicting-elements', at: '"NotResource"' }],
  },
  {
    name: 'identity statement without Resource',
    doc: 'Access Analyzer MISSING_RESOURCE: every policy type except trust policies needs Resource or NotResource',
    kind: 'identity',
    text: policy({ Effect: 'Allow', Action: 's3:ListAllMyBuckets' }),
    diagnostics: [{ code: 'missing-resource', at: '{', nth: 2 }],
  },
  {
    name: 'boundary statement without Resource',
    doc: 'Access Analyzer MISSING_RESOURCE',
    kind: 'boundary',
    text: policy({ Effect: 'Allow', Action: 's3:*' }),
    diagnostics: [{ code: 'missing-resource' }],
  },
  {
    name: 'Principal in an identity policy',
    doc: PRINCIPAL_DOC,
    kind: 'identity',
    text: policy(grant({ Principal: { AWS: '111122223333' } })),
    diagnostics: [
      {
        code: 'element-not-allowed',
        at: '"Principal"',
        message: '`Principal` is not allowed in an identity-based policy',
      },
    ],
  },
  {
    name: 'Principal in a permissions boundary',
    doc: PRINCIPAL_DOC,
    kind: 'boundary',
    text: policy(grant({ Principal: '*' })),
    diagnostics: [{ code: 'element-not-allowed', at: '"Principal"' }],
  },
  {
    name: 'NotPrincipal in an identity policy',
    doc: NOT_PRINCIPAL_DOC,
    kind: 'identity',
    text: policy(grant({ Effect: 'Deny', NotPrincipal: { AWS: '111122223333' } })),
    diagnostics: [{ code: 'element-not-allowed', at: '"NotPrincipal"' }],
  },
  {
    name: 'Principal and NotPrincipal in an SCP',
    doc: 'AWS Organizations, SCP syntax: SCPs do not support Principal or NotPrincipal',
    kind: 'scp',
    text: policy(grant({ Principal: '*', NotPrincipal: { AWS: '111122223333' } })),
    diagnostics: [
      { code: 'element-not-allowed', at: '"Principal"' },
      { code: 'element-not-allowed', at: '"NotPrincipal"' },
    ],
  },
  {
    name: 'a trust policy names who may assume the role and has no Resource',
    doc: 'IAM roles: a trust policy is a resource-based policy with Principal and sts:AssumeRole*',
    kind: 'trust',
    text: policy(trust(), trust({ Principal: { Service: 'ec2.amazonaws.com' } })),
    diagnostics: [],
  },
  {
    name: 'Resource in a trust policy',
    doc: 'IAM CreateRole/UpdateAssumeRolePolicy reject a trust policy with Resource: "Has prohibited field Resource"',
    kind: 'trust',
    text: policy(trust({ Resource: '*' })),
    diagnostics: [
      {
        code: 'element-not-allowed',
        at: '"Resource"',
        message: '`Resource` is not allowed in a role trust policy',
      },
    ],
  },
  {
    name: 'trust statement without Principal',
    doc: 'Access Analyzer MISSING_PRINCIPAL: a trust policy must name its principals',
    kind: 'trust',
    text: policy({ Effect: 'Allow', Action: 'sts:AssumeRole' }),
    diagnostics: [{ code: 'missing-principal', at: '{', nth: 2 }],
  },
  {
    name: 'NotPrincipal in a trust policy',
    doc: NOT_PRINCIPAL_DOC,
    kind: 'trust',
    text: policy({ Effect: 'Deny', NotPrincipal: { AWS: '111122223333' }, Action: 'sts:AssumeRole' }),
    diagnostics: [
      { code: 'missing-principal', at: '{', nth: 2 },
      { code: 'element-not-allowed', at: '"NotPrincipal"' },
    ],
  },
  {
    name: 'resource policy with NotPrincipal and Deny is accepted',
    doc: NOT_PRINCIPAL_DOC,
    kind: 'resource',
    text: policy(grant({ Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } })),
    diagnostics: [],
  },
  {
    name: 'NotPrincipal with Allow',
    doc: NOT_PRINCIPAL_DOC,
    kind: 'resource',
    text: policy(grant({ NotPrincipal: { AWS: '111122223333' } })),
    diagnostics: [{ code: 'not-principal-with-allow', at: '"NotPrincipal"' }],
  },
  {
    name: 'resource policy statement without Principal',
    doc: 'Access Analyzer MISSING_PRINCIPAL: resource-based policies must include Principal',
    kind: 'resource',
    text: policy(grant()),
    diagnostics: [{ code: 'missing-principal' }],
  },
  {
    name: 'empty lists',
    doc: 'Grammar of the IAM JSON policy language: a string list holds one or more values',
    kind: 'resource',
    text: policy(
      grant({
        Action: [],
        Principal: { AWS: [] },
        Condition: { StringEquals: { 'aws:PrincipalTag/team': [] } },
      }),
    ),
    diagnostics: [
      { code: 'empty-array', at: '"Action": «[]»' },
      { code: 'empty-array', at: '"AWS": «[]»', path: ['Statement', 0, 'Principal', 'AWS'] },
      { code: 'empty-array', at: '"aws:PrincipalTag/team": []' },
    ],
  },
  {
    name: 'empty principal map',
    doc: 'AWS JSON policy elements: Principal — name at least one principal',
    kind: 'resource',
    text: policy(grant({ Principal: {} })),
    diagnostics: [{ code: 'invalid-principal', at: '{}', message: '`Principal` names no principals' }],
  },
  {
    name: 'a wrong-typed element is reported once, not also as missing or empty',
    doc: 'Gatehouse: one finding per problem',
    kind: 'identity',
    text: policy({ Effect: 'Allow', Action: [1, 2], Resource: 7 }),
    diagnostics: [
      { code: 'invalid-type', path: ['Statement', 0, 'Action', 0] },
      { code: 'invalid-type', path: ['Statement', 0, 'Action', 1] },
      { code: 'invalid-type', at: '"Resource": «7»' },
    ],
  },
];
