import type { Request, Router } from 'express';
import { forceQuerySchema, roleNameSchema } from '@gatehouse/contracts/iam/fields';
import {
  createRoleRequestSchema,
  listRolesQuerySchema,
  updateRoleRequestSchema,
  updateTrustPolicyRequestSchema,
} from '@gatehouse/contracts/iam/roles';
import { createRole } from '../../services/iam/roles/create-role.js';
import { deleteRole } from '../../services/iam/roles/delete-role.js';
import { getRole } from '../../services/iam/roles/get-role.js';
import { listRoles } from '../../services/iam/roles/list-roles.js';
import { revokeRoleSessions } from '../../services/iam/roles/revoke-role-sessions.js';
import { updateRole } from '../../services/iam/roles/update-role.js';
import { updateTrustPolicy } from '../../services/iam/roles/update-trust-policy.js';
import { parse, signedIn } from '../handler.js';
import { mapPage, toRole, toRoleSummary } from './mappers/iam-entities.js';
import { pathParam } from './params.js';

const roleName = (req: Request) => pathParam(req, 'name', roleNameSchema);

export function mountRoleRoutes(router: Router): void {
  router.get(
    '/roles',
    signedIn(async (ctx, req) =>
      mapPage(await listRoles({ ctx, ...parse(listRolesQuerySchema, req.query) }), toRoleSummary),
    ),
  );
  router.post(
    '/roles',
    signedIn(
      async (ctx, req) => {
        const { role, trust } = await createRole({ ctx, ...parse(createRoleRequestSchema, req.body) });
        return { ...toRole(role), warnings: trust.warnings };
      },
      { status: 201 },
    ),
  );
  router.get(
    '/roles/:name',
    signedIn(async (ctx, req) => toRole(await getRole({ ctx, roleName: roleName(req) }))),
  );
  router.patch(
    '/roles/:name',
    signedIn(async (ctx, req) =>
      toRole(await updateRole({ ctx, roleName: roleName(req), ...parse(updateRoleRequestSchema, req.body) })),
    ),
  );
  router.delete(
    '/roles/:name',
    signedIn((ctx, req) =>
      deleteRole({ ctx, roleName: roleName(req), ...parse(forceQuerySchema, req.query) }),
    ),
  );
  router.post(
    '/roles/:name/revoke-sessions',
    signedIn(async (ctx, req) => {
      const { revokedBefore } = await revokeRoleSessions({ ctx, roleName: roleName(req) });
      return { revokedBefore: revokedBefore.toISOString() };
    }),
  );
  router.put(
    '/roles/:name/trust-policy',
    signedIn(async (ctx, req) => {
      const body = parse(updateTrustPolicyRequestSchema, req.body);
      const { role, trust } = await updateTrustPolicy({
        ctx,
        roleName: roleName(req),
        document: body.document,
      });
      return { ...toRole(role), warnings: trust.warnings };
    }),
  );
}
