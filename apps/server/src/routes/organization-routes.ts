import type { Request, Router } from 'express';
import type { z } from 'zod';
import {
  createOrganizationalUnitRequestSchema,
  createOrgAccountRequestSchema,
  createOrgPolicyRequestSchema,
  handshakeIdSchema,
  inviteAccountRequestSchema,
  moveAccountRequestSchema,
  orgAccountIdSchema,
  orgPolicyIdSchema,
  ouIdSchema,
  policyTargetRequestSchema,
  policyTypeRequestSchema,
  rootIdSchema,
  updateOrganizationalUnitRequestSchema,
  updateOrgPolicyRequestSchema,
  type OrganizationResponse,
  type OrgUnitResponse,
} from '@gatehouse/contracts/organizations';
import { isAppError } from '../errors/app-error.js';
import {
  toCreateAccountStatus,
  toOrgAccount,
  toOrganizationSummary,
  toOrgHandshake,
  toOrgPolicySummary,
  toOrgRoot,
  toOrgUnit,
} from '../mappers/organization.js';
import { attachPolicy } from '../services/organizations/attach-policy.js';
import { organizationOf } from '../services/organizations/common/org-context.js';
import { createOrgAccount } from '../services/organizations/create-account.js';
import { createOrganization } from '../services/organizations/create-organization.js';
import { createOrganizationalUnit } from '../services/organizations/create-organizational-unit.js';
import { createPolicy } from '../services/organizations/create-policy.js';
import { deleteOrganization } from '../services/organizations/delete-organization.js';
import { deleteOrganizationalUnit } from '../services/organizations/delete-organizational-unit.js';
import { deletePolicy } from '../services/organizations/delete-policy.js';
import { describeOrganization } from '../services/organizations/describe-organization.js';
import { describePolicy } from '../services/organizations/describe-policy.js';
import { detachPolicy } from '../services/organizations/detach-policy.js';
import { disablePolicyType } from '../services/organizations/disable-policy-type.js';
import { enablePolicyType } from '../services/organizations/enable-policy-type.js';
import { getAccountDetails } from '../services/organizations/get-account-details.js';
import { getOrganizationTree } from '../services/organizations/get-organization-tree.js';
import { getOrganizationalUnitDetails } from '../services/organizations/get-organizational-unit-details.js';
import { inviteAccountToOrganization } from '../services/organizations/invite-account-to-organization.js';
import { listHandshakesForAccount } from '../services/organizations/list-handshakes-for-account.js';
import { listHandshakesForOrganization } from '../services/organizations/list-handshakes-for-organization.js';
import { listPolicies } from '../services/organizations/list-policies.js';
import { listTargetsForPolicy } from '../services/organizations/list-targets-for-policy.js';
import { moveAccount } from '../services/organizations/move-account.js';
import { removeAccountFromOrganization } from '../services/organizations/remove-account-from-organization.js';
import { acceptHandshake } from '../services/organizations/accept-handshake.js';
import { declineHandshake } from '../services/organizations/decline-handshake.js';
import { updateOrganizationalUnit } from '../services/organizations/update-organizational-unit.js';
import { updatePolicy } from '../services/organizations/update-policy.js';
import type { ServiceContext } from '../services/service-context.js';
import { parse, signedIn } from './handler.js';
import { pathParam } from './iam/params.js';

const id = <S extends z.ZodType<string>>(req: Request, name: string, schema: S) =>
  pathParam(req, name, schema);

async function organizationBody(ctx: ServiceContext): Promise<OrganizationResponse> {
  try {
    const view = await describeOrganization({ ctx });
    return { organization: toOrganizationSummary(view, ctx.principal.accountId), rootId: view.rootId };
  } catch (err) {
    if (isAppError(err) && err.code === 'AWSOrganizationsNotInUseException') return { organization: null };
    throw err;
  }
}

/** The console's AWS Organizations API; each route calls the service the AWS door's action calls. */
export function mountOrganizationRoutes(router: Router): void {
  router.get(
    '/organization',
    signedIn((ctx) => organizationBody(ctx)),
  );
  router.post(
    '/organization',
    signedIn(
      async (ctx) => {
        const view = await createOrganization({ ctx });
        return { organization: toOrganizationSummary(view, ctx.principal.accountId), rootId: view.rootId };
      },
      { status: 201 },
    ),
  );
  router.delete(
    '/organization',
    signedIn((ctx) => deleteOrganization({ ctx })),
  );
  router.get(
    '/organization/tree',
    signedIn(async (ctx) => {
      const tree = await getOrganizationTree({ ctx });
      return {
        root: toOrgRoot(tree.root),
        organizationalUnits: tree.organizationalUnits.map(toOrgUnit),
        accounts: tree.accounts.map(toOrgAccount),
      };
    }),
  );

  router.post(
    '/organization/organizational-units',
    signedIn(
      async (ctx, req) =>
        toOrgUnit(
          await createOrganizationalUnit({ ctx, ...parse(createOrganizationalUnitRequestSchema, req.body) }),
        ),
      { status: 201 },
    ),
  );
  router.get(
    '/organization/organizational-units/:id',
    signedIn(async (ctx, req): Promise<OrgUnitResponse> => {
      const details = await getOrganizationalUnitDetails({
        ctx,
        organizationalUnitId: id(req, 'id', ouIdSchema),
      });
      return {
        organizationalUnit: toOrgUnit(details.organizationalUnit),
        path: details.path,
        children: {
          organizationalUnits: details.children.organizationalUnits.map(toOrgUnit),
          accounts: details.children.accounts.map(toOrgAccount),
        },
        policies: {
          attached: details.policies.attached.map(toOrgPolicySummary),
          inherited: details.policies.inherited.map((i) => ({
            from: i.from,
            policy: toOrgPolicySummary(i.policy),
          })),
        },
      };
    }),
  );
  router.put(
    '/organization/organizational-units/:id',
    signedIn(async (ctx, req) =>
      toOrgUnit(
        await updateOrganizationalUnit({
          ctx,
          organizationalUnitId: id(req, 'id', ouIdSchema),
          ...parse(updateOrganizationalUnitRequestSchema, req.body),
        }),
      ),
    ),
  );
  router.delete(
    '/organization/organizational-units/:id',
    signedIn((ctx, req) =>
      deleteOrganizationalUnit({ ctx, organizationalUnitId: id(req, 'id', ouIdSchema) }),
    ),
  );

  router.post(
    '/organization/accounts',
    signedIn(
      async (ctx, req) => ({
        createAccountStatus: toCreateAccountStatus(
          await createOrgAccount({ ctx, ...parse(createOrgAccountRequestSchema, req.body) }),
        ),
      }),
      { status: 201 },
    ),
  );
  router.get(
    '/organization/accounts/:accountId',
    signedIn(async (ctx, req) => {
      const details = await getAccountDetails({ ctx, accountId: id(req, 'accountId', orgAccountIdSchema) });
      return {
        account: toOrgAccount(details.account),
        path: details.path,
        policies: {
          attached: details.policies.attached.map(toOrgPolicySummary),
          inherited: details.policies.inherited.map((i) => ({
            from: i.from,
            policy: toOrgPolicySummary(i.policy),
          })),
        },
      };
    }),
  );
  router.post(
    '/organization/accounts/:accountId/move',
    signedIn((ctx, req) =>
      moveAccount({
        ctx,
        accountId: id(req, 'accountId', orgAccountIdSchema),
        ...parse(moveAccountRequestSchema, req.body),
      }),
    ),
  );
  router.delete(
    '/organization/accounts/:accountId',
    signedIn((ctx, req) =>
      removeAccountFromOrganization({ ctx, accountId: id(req, 'accountId', orgAccountIdSchema) }),
    ),
  );

  router.post(
    '/organization/handshakes',
    signedIn(
      async (ctx, req) => {
        const body = parse(inviteAccountRequestSchema, req.body);
        const view = await inviteAccountToOrganization({
          ctx,
          targetId: body.targetAccountId,
          targetType: 'ACCOUNT',
          notes: body.notes,
        });
        return toOrgHandshake(view, ctx.principal.accountId);
      },
      { status: 201 },
    ),
  );
  router.get(
    '/organization/handshakes',
    signedIn(async (ctx) => {
      const org = await organizationOf(ctx.db, ctx.principal.accountId);
      const views =
        org?.managementAccountId === ctx.principal.accountId
          ? await listHandshakesForOrganization({ ctx })
          : await listHandshakesForAccount({ ctx });
      return { handshakes: views.map((v) => toOrgHandshake(v, ctx.principal.accountId)) };
    }),
  );
  router.post(
    '/organization/handshakes/:id/accept',
    signedIn(async (ctx, req) =>
      toOrgHandshake(
        await acceptHandshake({ ctx, handshakeId: id(req, 'id', handshakeIdSchema) }),
        ctx.principal.accountId,
      ),
    ),
  );
  router.post(
    '/organization/handshakes/:id/decline',
    signedIn(async (ctx, req) =>
      toOrgHandshake(
        await declineHandshake({ ctx, handshakeId: id(req, 'id', handshakeIdSchema) }),
        ctx.principal.accountId,
      ),
    ),
  );

  router.get(
    '/organization/policies',
    signedIn(async (ctx) => ({ policies: (await listPolicies({ ctx })).map(toOrgPolicySummary) })),
  );
  router.post(
    '/organization/policies',
    signedIn(
      async (ctx, req) =>
        toOrgPolicySummary(await createPolicy({ ctx, ...parse(createOrgPolicyRequestSchema, req.body) })),
      { status: 201 },
    ),
  );
  router.get(
    '/organization/policies/:id',
    signedIn(async (ctx, req) => {
      const policyId = id(req, 'id', orgPolicyIdSchema);
      const policy = await describePolicy({ ctx, policyId });
      const targets = await listTargetsForPolicy({ ctx, policyId });
      return { policy: toOrgPolicySummary(policy), content: policy.content, targets };
    }),
  );
  router.put(
    '/organization/policies/:id',
    signedIn(async (ctx, req) =>
      toOrgPolicySummary(
        await updatePolicy({
          ctx,
          policyId: id(req, 'id', orgPolicyIdSchema),
          ...parse(updateOrgPolicyRequestSchema, req.body),
        }),
      ),
    ),
  );
  router.delete(
    '/organization/policies/:id',
    signedIn((ctx, req) => deletePolicy({ ctx, policyId: id(req, 'id', orgPolicyIdSchema) })),
  );
  router.post(
    '/organization/policies/:id/attach',
    signedIn((ctx, req) =>
      attachPolicy({
        ctx,
        policyId: id(req, 'id', orgPolicyIdSchema),
        ...parse(policyTargetRequestSchema, req.body),
      }),
    ),
  );
  router.post(
    '/organization/policies/:id/detach',
    signedIn((ctx, req) =>
      detachPolicy({
        ctx,
        policyId: id(req, 'id', orgPolicyIdSchema),
        ...parse(policyTargetRequestSchema, req.body),
      }),
    ),
  );

  router.post(
    '/organization/roots/:rootId/policy-types',
    signedIn(async (ctx, req) => ({
      root: toOrgRoot(
        await enablePolicyType({
          ctx,
          rootId: id(req, 'rootId', rootIdSchema),
          ...parse(policyTypeRequestSchema, req.body),
        }),
      ),
    })),
  );
  router.delete(
    '/organization/roots/:rootId/policy-types',
    signedIn(async (ctx, req) => ({
      root: toOrgRoot(
        await disablePolicyType({
          ctx,
          rootId: id(req, 'rootId', rootIdSchema),
          ...parse(policyTypeRequestSchema, req.query),
        }),
      ),
    })),
  );
}
