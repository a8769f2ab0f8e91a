// A JSON Schema of the IAM policy grammar, for Monaco's completion and hovers only: validation
// is the evaluator's (its diagnostics become markers), so the JSON worker's own diagnostics are
// turned off. One schema per policy kind, because identity policies have no Principal.
import type { PolicyKind } from '@gatehouse/evaluator';

type Schema = Record<string, unknown>;

const BASE_OPERATORS: Record<string, string> = {
  StringEquals: 'Exact match, case sensitive.',
  StringNotEquals: 'Negated exact match, case sensitive.',
  StringEqualsIgnoreCase: 'Exact match, ignoring case.',
  StringNotEqualsIgnoreCase: 'Negated exact match, ignoring case.',
  StringLike: 'Case-sensitive match with `*` and `?` wildcards.',
  StringNotLike: 'Negated case-sensitive match with `*` and `?` wildcards.',
  NumericEquals: 'Numbers equal.',
  NumericNotEquals: 'Numbers not equal.',
  NumericLessThan: 'Request value less than the policy value.',
  NumericLessThanEquals: 'Request value less than or equal to the policy value.',
  NumericGreaterThan: 'Request value greater than the policy value.',
  NumericGreaterThanEquals: 'Request value greater than or equal to the policy value.',
  DateEquals: 'Dates equal (ISO 8601 or epoch seconds).',
  DateNotEquals: 'Dates not equal.',
  DateLessThan: 'Request date before the policy date.',
  DateLessThanEquals: 'Request date at or before the policy date.',
  DateGreaterThan: 'Request date after the policy date.',
  DateGreaterThanEquals: 'Request date at or after the policy date.',
  Bool: 'Boolean match (`true` or `false`).',
  BinaryEquals: 'Base64-encoded binary values equal.',
  IpAddress: 'Request IP address in the given CIDR range.',
  NotIpAddress: 'Request IP address outside the given CIDR range.',
  ArnEquals: 'ARN match, case sensitive, each segment compared.',
  ArnLike: 'ARN match with `*` and `?` wildcards in each segment.',
  ArnNotEquals: 'Negated ARN match.',
  ArnNotLike: 'Negated ARN match with wildcards.',
  Null: 'Whether the key is absent (`true`) or present (`false`) in the request.',
};

/** Every operator spelling AWS accepts: base, `…IfExists`, and the `ForAllValues:` / `ForAnyValue:` set forms. */
export function conditionOperatorNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const [base, description] of Object.entries(BASE_OPERATORS)) {
    const forms = base === 'Null' ? [base] : [base, `${base}IfExists`];
    for (const form of forms) {
      const text = form === base ? description : `${description} Also true when the key is absent.`;
      names.set(form, text);
      if (base === 'Null') continue;
      names.set(`ForAllValues:${form}`, `${text} Every value in the request must match.`);
      names.set(`ForAnyValue:${form}`, `${text} At least one value in the request must match.`);
    }
  }
  return names;
}

const stringOrList = (description: string): Schema => ({
  description,
  anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }],
});

const principalBlock = (description: string): Schema => ({
  description,
  anyOf: [
    { const: '*', description: 'Everyone (anonymous access included).' },
    {
      type: 'object',
      properties: {
        AWS: stringOrList('Account IDs, account root ARNs, IAM user or role ARNs, or `*`.'),
        Service: stringOrList('Service principals such as `ec2.amazonaws.com`.'),
        Federated: stringOrList(
          'Identity providers: SAML or OIDC provider ARNs, or `cognito-identity.amazonaws.com`.',
        ),
        CanonicalUser: stringOrList('Canonical user IDs (Amazon S3).'),
      },
      additionalProperties: false,
    },
  ],
});

function conditionSchema(): Schema {
  const properties: Record<string, Schema> = {};
  for (const [name, description] of conditionOperatorNames()) {
    properties[name] = {
      description,
      type: 'object',
      additionalProperties: {
        anyOf: [
          { type: ['string', 'number', 'boolean'] },
          { type: 'array', items: { type: ['string', 'number', 'boolean'] } },
        ],
      },
    };
  }
  return {
    description: 'Conditions under which the statement applies: `{ "Operator": { "key": values } }`.',
    type: 'object',
    properties,
  };
}

function statementSchema(withPrincipal: boolean): Schema {
  const properties: Record<string, Schema> = {
    Sid: { type: 'string', description: 'Statement ID: letters and digits, unique within the policy.' },
    Effect: { enum: ['Allow', 'Deny'], description: 'Whether the statement allows or explicitly denies.' },
    Action: stringOrList('Actions the statement covers, `service:Action`, wildcards allowed (`s3:Get*`).'),
    NotAction: stringOrList('Every action except these.'),
    Resource: stringOrList('Resource ARNs the statement covers, wildcards allowed, or `*`.'),
    NotResource: stringOrList('Every resource except these.'),
    Condition: conditionSchema(),
  };
  if (withPrincipal) {
    properties.Principal = principalBlock('Who the statement applies to.');
    properties.NotPrincipal = principalBlock('Everyone except these principals (Deny statements only).');
  }
  const skeleton = withPrincipal
    ? { Sid: '', Effect: 'Allow', Principal: { AWS: '' }, Action: [], Resource: [] }
    : { Sid: '', Effect: 'Allow', Action: [], Resource: [] };
  return {
    type: 'object',
    properties,
    required: ['Effect'],
    defaultSnippets: [{ label: 'New statement', body: skeleton }],
  };
}

export function iamPolicySchema(kind: PolicyKind): Schema {
  const withPrincipal = kind === 'resource' || kind === 'trust';
  const statement = statementSchema(withPrincipal);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'IAM policy',
    type: 'object',
    properties: {
      Version: {
        enum: ['2012-10-17', '2008-10-17'],
        description: 'Policy language version. Use `2012-10-17`: the older one has no policy variables.',
      },
      Id: { type: 'string', description: 'Optional identifier of the policy.' },
      Statement: {
        description: 'One statement or a list of statements.',
        anyOf: [statement, { type: 'array', items: statement }],
      },
    },
    required: ['Version', 'Statement'],
  };
}

/** The model URI suffix a schema is matched on: each kind gets its own `fileMatch`. */
export function schemaFileMatch(kind: PolicyKind): string {
  return `*.${kind}.policy.json`;
}
