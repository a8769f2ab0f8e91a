// AWS-style paging markers for simulations: an opaque string that says where the next page
// starts, bound to the simulation it came from (the same policies, actions, resources and
// context), so a marker of one simulation cannot be replayed against another.
import { createHash } from 'node:crypto';
import { AppError } from '../../errors/app-error.js';

/** A short hash of everything that decides a simulation's results. */
export function simulationFingerprint(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 22);
}

export function encodeMarker(offset: number, fingerprint: string): string {
  return Buffer.from(`${offset}.${fingerprint}`).toString('base64url');
}

function invalidMarker(): AppError {
  return new AppError(
    'InvalidInput',
    'the marker does not belong to this simulation: start again without it',
    {
      fieldErrors: [{ path: 'marker', message: 'use the marker of the previous page of this simulation' }],
    },
  );
}

/** Where the page of `marker` starts; InvalidInput for a marker of another simulation. */
export function decodeMarker(marker: string, fingerprint: string, total: number): number {
  const [offsetText, markerFingerprint] = Buffer.from(marker, 'base64url').toString('utf8').split('.');
  const offset = Number(offsetText);
  if (markerFingerprint !== fingerprint || !Number.isInteger(offset) || offset <= 0 || offset >= total) {
    throw invalidMarker();
  }
  return offset;
}
