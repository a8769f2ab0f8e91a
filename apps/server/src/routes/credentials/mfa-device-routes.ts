import type { Router } from 'express';
import {
  createVirtualMfaDeviceRequestSchema,
  mfaCodesRequestSchema,
} from '@gatehouse/contracts/credentials/mfa-devices';
import { createVirtualMfaDevice } from '../../services/credentials/mfa/create-virtual-mfa-device.js';
import { deleteMfaDevice } from '../../services/credentials/mfa/delete-mfa-device.js';
import { enableMfaDevice } from '../../services/credentials/mfa/enable-mfa-device.js';
import { listMfaDevices } from '../../services/credentials/mfa/list-mfa-devices.js';
import { resyncMfaDevice } from '../../services/credentials/mfa/resync-mfa-device.js';
import { param, parse, signedIn } from '../handler.js';
import { toMfaDevice } from './credential-mappers.js';
import { OWNER_PREFIXES, ownerUserName } from './owner-paths.js';

export function mountMfaDeviceRoutes(router: Router): void {
  for (const prefix of OWNER_PREFIXES) {
    const path = `${prefix}/mfa-devices`;
    router.get(
      path,
      signedIn(async (ctx, req) => {
        const { owner, devices } = await listMfaDevices({ ctx, userName: ownerUserName(prefix, req) });
        return { items: devices.map((d) => toMfaDevice(owner, d)) };
      }),
    );
    router.post(
      path,
      signedIn(
        (ctx, req) =>
          createVirtualMfaDevice({
            ctx,
            userName: ownerUserName(prefix, req),
            ...parse(createVirtualMfaDeviceRequestSchema, req.body),
          }),
        { status: 201 },
      ),
    );
    router.post(
      `${path}/:serialNumber/enable`,
      signedIn((ctx, req) =>
        enableMfaDevice({
          ctx,
          userName: ownerUserName(prefix, req),
          serialNumber: param(req, 'serialNumber'),
          ...parse(mfaCodesRequestSchema, req.body),
        }),
      ),
    );
    router.post(
      `${path}/:serialNumber/resync`,
      signedIn((ctx, req) =>
        resyncMfaDevice({
          ctx,
          userName: ownerUserName(prefix, req),
          serialNumber: param(req, 'serialNumber'),
          ...parse(mfaCodesRequestSchema, req.body),
        }),
      ),
    );
    router.delete(
      `${path}/:serialNumber`,
      signedIn((ctx, req) =>
        deleteMfaDevice({
          ctx,
          userName: ownerUserName(prefix, req),
          serialNumber: param(req, 'serialNumber'),
        }),
      ),
    );
  }
}
