import type { Request, Router } from 'express';
import { forceQuerySchema, pageQuerySchema, policyArnSchema } from '@gatehouse/contracts/iam/fields';
import {
  createPolicyRequestSchema,
  createPolicyVersionRequestSchema,
  listEntitiesQuerySchema,
  listPoliciesQuerySchema,
  setDefaultVersionRequestSchema,
} from '@gatehouse/contracts/iam/policies';
import { createPolicy } from '../../services/iam/policies/create-policy.js';
import { createPolicyVersion } from '../../services/iam/policies/create-policy-version.js';
import { deletePolicy } from '../../services/iam/policies/delete-policy.js';
import { deletePolicyVersion } from '../../services/iam/policies/delete-policy-version.js';
import { getPolicy } from '../../services/iam/policies/get-policy.js';
import { getPolicyVersion } from '../../services/iam/policies/get-policy-version.js';
import { listEntitiesForPolicy } from '../../services/iam/policies/list-entities-for-policy.js';
import { listPolicies } from '../../services/iam/policies/list-policies.js';
import { listPolicyVersions } from '../../services/iam/policies/list-policy-versions.js';
import { setDefaultPolicyVersion } from '../../services/iam/policies/set-default-policy-version.js';
import { parse, signedIn } from '../handler.js';
import { mapPage } from './mappers/iam-entities.js';
import { toManagedPolicy, toPolicyEntity, toPolicyVersion } from './mappers/iam-policies.js';
import { pathParam } from './params.js';

const policyArn = (req: Request) => pathParam(req, 'arn', policyArnSchema);
const versionId = (req: Request) =>
  pathParam(req, 'versionId', setDefaultVersionRequestSchema.shape.versionId);

export function mountPolicyRoutes(router: Router): void {
  router.get(
    '/policies',
    signedIn(async (ctx, req) => {
      const page = await listPolicies({
        ctx,
        ...parse(listPoliciesQuerySchema, req.query),
        withTotal: true,
      });
      return {
        ...mapPage(page, toManagedPolicy),
        ...(page.notice ? { notice: page.notice } : {}),
        total: page.total,
      };
    }),
  );
  router.post(
    '/policies',
    signedIn(
      async (ctx, req) => {
        const { facts, check } = await createPolicy({ ctx, ...parse(createPolicyRequestSchema, req.body) });
        return { ...toManagedPolicy(facts), warnings: check.warnings };
      },
      { status: 201 },
    ),
  );
  router.get(
    '/policies/:arn',
    signedIn(async (ctx, req) => toManagedPolicy(await getPolicy({ ctx, policyArn: policyArn(req) }))),
  );
  router.delete(
    '/policies/:arn',
    signedIn((ctx, req) =>
      deletePolicy({ ctx, policyArn: policyArn(req), ...parse(forceQuerySchema, req.query) }),
    ),
  );
  router.get(
    '/policies/:arn/versions',
    signedIn(async (ctx, req) => {
      const page = await listPolicyVersions({
        ctx,
        policyArn: policyArn(req),
        ...parse(pageQuerySchema, req.query),
      });
      return mapPage(page, (v) => toPolicyVersion(v, page.policy.defaultVersionId, false));
    }),
  );
  router.post(
    '/policies/:arn/versions',
    signedIn(
      async (ctx, req) => {
        const body = parse(createPolicyVersionRequestSchema, req.body);
        const { version, isDefault, check } = await createPolicyVersion({
          ctx,
          policyArn: policyArn(req),
          ...body,
        });
        return {
          ...toPolicyVersion(version, isDefault ? version.versionId : '', true),
          warnings: check.warnings,
        };
      },
      { status: 201 },
    ),
  );
  router.get(
    '/policies/:arn/versions/:versionId',
    signedIn(async (ctx, req) => {
      const { policy, version } = await getPolicyVersion({
        ctx,
        policyArn: policyArn(req),
        versionId: versionId(req),
      });
      return toPolicyVersion(version, policy.defaultVersionId, true);
    }),
  );
  router.delete(
    '/policies/:arn/versions/:versionId',
    signedIn((ctx, req) =>
      deletePolicyVersion({ ctx, policyArn: policyArn(req), versionId: versionId(req) }),
    ),
  );
  router.put(
    '/policies/:arn/default-version',
    signedIn(async (ctx, req) =>
      toManagedPolicy(
        await setDefaultPolicyVersion({
          ctx,
          policyArn: policyArn(req),
          ...parse(setDefaultVersionRequestSchema, req.body),
        }),
      ),
    ),
  );
  router.get(
    '/policies/:arn/entities',
    signedIn(async (ctx, req) =>
      mapPage(
        await listEntitiesForPolicy({
          ctx,
          policyArn: policyArn(req),
          ...parse(listEntitiesQuerySchema, req.query),
        }),
        toPolicyEntity,
      ),
    ),
  );
}
