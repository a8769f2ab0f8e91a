// What hangs off users, groups and roles, the same way for each kind: attached managed
// policies, inline policies, permissions boundaries (users and roles), tags (users, roles,
// policies) and effective policies (users and roles).
import type { Request, Router } from 'express';
import {
  groupNameSchema,
  pageQuerySchema,
  policyArnSchema,
  policyNameSchema,
  roleNameSchema,
  userNameSchema,
} from '@gatehouse/contracts/iam/fields';
import {
  attachPolicyRequestSchema,
  putBoundaryRequestSchema,
  putInlinePolicyRequestSchema,
  tagRequestSchema,
  untagQuerySchema,
} from '@gatehouse/contracts/iam/permissions';
import { attachPolicy } from '../../services/iam/attachments/attach-policy.js';
import { detachPolicy } from '../../services/iam/attachments/detach-policy.js';
import { listAttachedPolicies } from '../../services/iam/attachments/list-attached-policies.js';
import { deletePermissionsBoundary } from '../../services/iam/boundaries/delete-permissions-boundary.js';
import { putPermissionsBoundary } from '../../services/iam/boundaries/put-permissions-boundary.js';
import type { PolicyOwnerKind } from '../../services/iam/common/entity-target.js';
import { getRoleEffectivePolicies } from '../../services/iam/effective/get-role-effective-policies.js';
import { getUserEffectivePolicies } from '../../services/iam/effective/get-user-effective-policies.js';
import { deleteInlinePolicy } from '../../services/iam/inline-policies/delete-inline-policy.js';
import { getInlinePolicy } from '../../services/iam/inline-policies/get-inline-policy.js';
import { listInlinePolicies } from '../../services/iam/inline-policies/list-inline-policies.js';
import { putInlinePolicy } from '../../services/iam/inline-policies/put-inline-policy.js';
import { listTags } from '../../services/iam/tags/list-tags.js';
import { tagResource } from '../../services/iam/tags/tag-resource.js';
import type { TaggableKind } from '../../services/iam/tags/tag-target.js';
import { untagResource } from '../../services/iam/tags/untag-resource.js';
import { parse, signedIn } from '../handler.js';
import { mapPage, toTag } from './mappers/iam-entities.js';
import { toEffectivePolicy, toInlinePolicy } from './mappers/iam-policies.js';
import { pathParam } from './params.js';

const OWNERS = [
  { segment: 'users', kind: 'user', nameSchema: userNameSchema },
  { segment: 'groups', kind: 'group', nameSchema: groupNameSchema },
  { segment: 'roles', kind: 'role', nameSchema: roleNameSchema },
] as const satisfies readonly { segment: string; kind: PolicyOwnerKind; nameSchema: unknown }[];

const TAGGABLE = [
  { segment: 'users', kind: 'user', idSchema: userNameSchema },
  { segment: 'roles', kind: 'role', idSchema: roleNameSchema },
  { segment: 'policies', kind: 'policy', idSchema: policyArnSchema },
] as const satisfies readonly { segment: string; kind: TaggableKind; idSchema: unknown }[];

const policyName = (req: Request) => pathParam(req, 'policyName', policyNameSchema);

function mountOwnerRoutes(router: Router, owner: (typeof OWNERS)[number]): void {
  const { kind } = owner;
  const base = `/${owner.segment}/:name`;
  const name = (req: Request) => pathParam(req, 'name', owner.nameSchema);

  router.get(
    `${base}/attached-policies`,
    signedIn(async (ctx, req) =>
      listAttachedPolicies({ ctx, kind, name: name(req), ...parse(pageQuerySchema, req.query) }),
    ),
  );
  router.post(
    `${base}/attached-policies`,
    signedIn((ctx, req) =>
      attachPolicy({ ctx, kind, name: name(req), ...parse(attachPolicyRequestSchema, req.body) }),
    ),
  );
  router.delete(
    `${base}/attached-policies/:policyArn`,
    signedIn((ctx, req) =>
      detachPolicy({ ctx, kind, name: name(req), policyArn: pathParam(req, 'policyArn', policyArnSchema) }),
    ),
  );
  router.get(
    `${base}/inline-policies`,
    signedIn(async (ctx, req) =>
      mapPage(
        await listInlinePolicies({ ctx, kind, name: name(req), ...parse(pageQuerySchema, req.query) }),
        toInlinePolicy,
      ),
    ),
  );
  router.get(
    `${base}/inline-policies/:policyName`,
    signedIn(async (ctx, req) =>
      toInlinePolicy(await getInlinePolicy({ ctx, kind, name: name(req), policyName: policyName(req) })),
    ),
  );
  router.put(
    `${base}/inline-policies/:policyName`,
    signedIn(async (ctx, req, res) => {
      const { document } = parse(putInlinePolicyRequestSchema, req.body);
      const result = await putInlinePolicy({
        ctx,
        kind,
        name: name(req),
        policyName: policyName(req),
        document,
      });
      res.status(result.created ? 201 : 200);
      return { ...toInlinePolicy(result.policy), created: result.created, warnings: result.check.warnings };
    }),
  );
  router.delete(
    `${base}/inline-policies/:policyName`,
    signedIn((ctx, req) => deleteInlinePolicy({ ctx, kind, name: name(req), policyName: policyName(req) })),
  );
}

function mountBoundaryAndEffectiveRoutes(router: Router): void {
  for (const owner of [OWNERS[0], OWNERS[2]]) {
    const base = `/${owner.segment}/:name`;
    const name = (req: Request) => pathParam(req, 'name', owner.nameSchema);
    router.put(
      `${base}/permissions-boundary`,
      signedIn(async (ctx, req) => ({
        ...(await putPermissionsBoundary({
          ctx,
          kind: owner.kind,
          name: name(req),
          ...parse(putBoundaryRequestSchema, req.body),
        })),
        type: 'PermissionsBoundaryPolicy' as const,
      })),
    );
    router.delete(
      `${base}/permissions-boundary`,
      signedIn((ctx, req) => deletePermissionsBoundary({ ctx, kind: owner.kind, name: name(req) })),
    );
  }
  router.get(
    '/users/:name/effective-policies',
    signedIn(async (ctx, req) => {
      const result = await getUserEffectivePolicies({
        ctx,
        userName: pathParam(req, 'name', userNameSchema),
      });
      return { principalArn: result.principalArn, items: result.items.map(toEffectivePolicy) };
    }),
  );
  router.get(
    '/roles/:name/effective-policies',
    signedIn(async (ctx, req) => {
      const result = await getRoleEffectivePolicies({
        ctx,
        roleName: pathParam(req, 'name', roleNameSchema),
      });
      return { principalArn: result.principalArn, items: result.items.map(toEffectivePolicy) };
    }),
  );
}

function mountTagRoutes(router: Router, target: (typeof TAGGABLE)[number]): void {
  const { kind } = target;
  const path = `/${target.segment}/:id/tags`;
  const id = (req: Request) => pathParam(req, 'id', target.idSchema);
  router.get(
    path,
    signedIn(async (ctx, req) =>
      mapPage(await listTags({ ctx, kind, id: id(req), ...parse(pageQuerySchema, req.query) }), toTag),
    ),
  );
  router.post(
    path,
    signedIn(async (ctx, req) => ({
      items: (await tagResource({ ctx, kind, id: id(req), ...parse(tagRequestSchema, req.body) })).map(toTag),
    })),
  );
  router.delete(
    path,
    signedIn((ctx, req) => untagResource({ ctx, kind, id: id(req), ...parse(untagQuerySchema, req.query) })),
  );
}

export function mountPermissionRoutes(router: Router): void {
  for (const owner of OWNERS) mountOwnerRoutes(router, owner);
  mountBoundaryAndEffectiveRoutes(router);
  for (const target of TAGGABLE) mountTagRoutes(router, target);
}
