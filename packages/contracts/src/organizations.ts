import { z } from 'zod';
import { roleNameSchema } from './iam/fields.js';

// The console's AWS Organizations API (/api/organization…): requests checked with AWS's
// patterns for each member, answers typed for the console. See docs/API.md.

export const rootIdSchema = z.string().regex(/^r-[0-9a-z]{4,32}$/, 'a root id is `r-` and 4–32 of a-z, 0-9');
export const ouIdSchema = z
  .string()
  .regex(
    /^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/,
    'an OU id is `ou-`, the root’s 4–32 characters, `-` and 8–32 of a-z, 0-9',
  );
export const parentIdSchema = z
  .string()
  .regex(
    /^(?:r-[0-9a-z]{4,32}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$/,
    'a parent is a root id (r-…) or an OU id (ou-…)',
  );
export const orgAccountIdSchema = z.string().regex(/^\d{12}$/, 'an account id is 12 digits');
export const orgPolicyIdSchema = z
  .string()
  .regex(/^p-[0-9a-zA-Z_]{8,128}$/, 'a policy id is `p-` and 8–128 of letters, digits and _');
export const targetIdSchema = z
  .string()
  .regex(
    /^(?:r-[0-9a-z]{4,32}|\d{12}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$/,
    'a target is a root id (r-…), an OU id (ou-…) or an account id (12 digits)',
  );
export const handshakeIdSchema = z
  .string()
  .regex(/^h-[0-9a-z]{8,32}$/, 'a handshake id is `h-` and 8–32 of a-z, 0-9');

const ouName = z.string().min(1, 'enter a name').max(128, 'at most 128 characters');
const policyName = z
  .string()
  .min(1, 'enter a name')
  .max(128, 'at most 128 characters')
  .regex(/^[\s\S]*$/);

export const createOrganizationalUnitRequestSchema = z.object({ parentId: parentIdSchema, name: ouName });
export const updateOrganizationalUnitRequestSchema = z.object({ name: ouName });

export const createOrgAccountRequestSchema = z.object({
  accountName: z
    .string()
    .min(1, 'enter the account name')
    .max(50, 'at most 50 characters')
    .regex(/^[\u0020-\u007E]+$/, 'printable ASCII characters only'),
  email: z
    .string()
    .min(6, 'an email address has at least 6 characters')
    .max(64, 'at most 64 characters')
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'enter an email address such as dev@example.com'),
  parentId: parentIdSchema.optional(),
  roleName: roleNameSchema.optional(),
});

export const moveAccountRequestSchema = z.object({ destinationParentId: parentIdSchema });

export const inviteAccountRequestSchema = z.object({
  targetAccountId: orgAccountIdSchema,
  notes: z.string().max(1024).optional(),
});

export const createOrgPolicyRequestSchema = z.object({
  name: policyName,
  description: z.string().max(512, 'at most 512 characters').default(''),
  content: z.string().min(1, 'enter the policy').max(1_000_000),
});

export const updateOrgPolicyRequestSchema = z.object({
  name: policyName.optional(),
  description: z.string().max(512, 'at most 512 characters').optional(),
  content: z.string().min(1, 'enter the policy').max(1_000_000).optional(),
});

export const policyTargetRequestSchema = z.object({ targetId: targetIdSchema });

export const policyTypeRequestSchema = z.object({
  policyType: z.literal('SERVICE_CONTROL_POLICY', 'only `SERVICE_CONTROL_POLICY` is available'),
});

// Answers.

export interface OrganizationSummary {
  id: string;
  arn: string;
  masterAccountId: string;
  masterAccountArn: string;
  featureSet: 'ALL';
  role: 'management' | 'member';
}

export interface OrganizationResponse {
  organization: OrganizationSummary | null;
  rootId?: string;
}

export type PolicyTypeStatus = 'ENABLED' | 'PENDING_ENABLE' | 'PENDING_DISABLE';

export interface OrgRoot {
  id: string;
  arn: string;
  name: string;
  policyTypes: { type: 'SERVICE_CONTROL_POLICY'; status: PolicyTypeStatus }[];
}

export interface OrgUnit {
  id: string;
  arn: string;
  name: string;
  parentId: string;
}

export interface OrgAccount {
  id: string;
  arn: string;
  name: string;
  email: string;
  alias: string | null;
  parentId: string;
  status: 'ACTIVE';
  joinedMethod: 'CREATED' | 'INVITED';
  joinedTimestamp: string;
  management: boolean;
}

export interface OrganizationTreeResponse {
  root: OrgRoot;
  organizationalUnits: OrgUnit[];
  accounts: OrgAccount[];
}

export interface CreateAccountStatusBody {
  id: string;
  accountName: string;
  state: 'IN_PROGRESS' | 'SUCCEEDED' | 'FAILED';
  accountId?: string;
  failureReason?: string;
  requestedTimestamp: string;
  completedTimestamp?: string;
}

export interface OrgPolicySummary {
  id: string;
  arn: string;
  name: string;
  description: string;
  type: 'SERVICE_CONTROL_POLICY';
  awsManaged: boolean;
  targetCount: number;
}

export type OrgTargetType = 'ROOT' | 'ORGANIZATIONAL_UNIT' | 'ACCOUNT';

export interface OrgPolicyTarget {
  targetId: string;
  arn: string;
  name: string;
  type: OrgTargetType;
}

export interface OrgPolicyResponse {
  policy: OrgPolicySummary;
  content: string;
  targets: OrgPolicyTarget[];
}

export interface OrgPathEntry {
  id: string;
  name: string;
  type: 'ROOT' | 'ORGANIZATIONAL_UNIT';
}

export interface OrgAccountResponse {
  account: OrgAccount;
  path: OrgPathEntry[];
  policies: { attached: OrgPolicySummary[]; inherited: { from: OrgPathEntry; policy: OrgPolicySummary }[] };
}

export interface OrgUnitResponse {
  organizationalUnit: OrgUnit;
  /** From the root down to the OU's parent. */
  path: OrgPathEntry[];
  children: { organizationalUnits: OrgUnit[]; accounts: OrgAccount[] };
  policies: { attached: OrgPolicySummary[]; inherited: { from: OrgPathEntry; policy: OrgPolicySummary }[] };
}

export interface OrgHandshake {
  id: string;
  arn: string;
  state: 'OPEN' | 'ACCEPTED' | 'DECLINED' | 'CANCELED' | 'EXPIRED';
  requestedTimestamp: string;
  expirationTimestamp: string;
  organizationId: string;
  masterAccountId: string;
  targetAccountId: string;
  direction: 'sent' | 'received';
}

export type CreateOrganizationalUnitRequest = z.infer<typeof createOrganizationalUnitRequestSchema>;
export type UpdateOrganizationalUnitRequest = z.infer<typeof updateOrganizationalUnitRequestSchema>;
export type CreateOrgAccountRequest = z.infer<typeof createOrgAccountRequestSchema>;
export type MoveAccountRequest = z.infer<typeof moveAccountRequestSchema>;
export type InviteAccountRequest = z.infer<typeof inviteAccountRequestSchema>;
export type CreateOrgPolicyRequest = z.infer<typeof createOrgPolicyRequestSchema>;
export type UpdateOrgPolicyRequest = z.infer<typeof updateOrgPolicyRequestSchema>;
export type PolicyTargetRequest = z.infer<typeof policyTargetRequestSchema>;
