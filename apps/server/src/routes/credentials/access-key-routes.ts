import type { Router } from 'express';
import { updateAccessKeyRequestSchema } from '@gatehouse/contracts/credentials/access-keys';
import { createAccessKey } from '../../services/credentials/access-keys/create-access-key.js';
import { deleteAccessKey } from '../../services/credentials/access-keys/delete-access-key.js';
import { listAccessKeys } from '../../services/credentials/access-keys/list-access-keys.js';
import { updateAccessKey } from '../../services/credentials/access-keys/update-access-key.js';
import { param, parse, signedIn } from '../handler.js';
import { toAccessKey, toCreatedAccessKey } from './credential-mappers.js';
import { OWNER_PREFIXES, ownerUserName } from './owner-paths.js';

export function mountAccessKeyRoutes(router: Router): void {
  for (const prefix of OWNER_PREFIXES) {
    const path = `${prefix}/access-keys`;
    router.get(
      path,
      signedIn(async (ctx, req) => {
        const { owner, keys } = await listAccessKeys({ ctx, userName: ownerUserName(prefix, req) });
        return { items: keys.map((k) => toAccessKey(owner, k)) };
      }),
    );
    router.post(
      path,
      signedIn(
        async (ctx, req) => {
          const created = await createAccessKey({ ctx, userName: ownerUserName(prefix, req) });
          return toCreatedAccessKey(created.owner, created.key, created.secretAccessKey);
        },
        { status: 201 },
      ),
    );
    router.patch(
      `${path}/:accessKeyId`,
      signedIn(async (ctx, req) => {
        const { owner, key } = await updateAccessKey({
          ctx,
          userName: ownerUserName(prefix, req),
          accessKeyId: param(req, 'accessKeyId'),
          ...parse(updateAccessKeyRequestSchema, req.body),
        });
        return toAccessKey(owner, key);
      }),
    );
    router.delete(
      `${path}/:accessKeyId`,
      signedIn((ctx, req) =>
        deleteAccessKey({
          ctx,
          userName: ownerUserName(prefix, req),
          accessKeyId: param(req, 'accessKeyId'),
        }),
      ),
    );
  }
}
