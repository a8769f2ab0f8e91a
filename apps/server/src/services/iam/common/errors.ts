import { AppError } from '../../../errors/app-error.js';
import type { ServiceContext } from '../../service-context.js';

export type EntityKind = 'user' | 'group' | 'role' | 'policy' | 'mfa';

export function noSuchEntity(kind: EntityKind, name: string): AppError {
  const label =
    kind === 'policy'
      ? 'the policy'
      : kind === 'mfa'
        ? 'the MFA device with serial number'
        : `the ${kind} with name`;
  return new AppError('NoSuchEntity', `${label} \`${name}\` cannot be found`);
}

export function alreadyExists(kind: EntityKind, name: string, cause?: unknown): AppError {
  const label = kind === 'policy' ? 'a policy' : `a ${kind}`;
  return new AppError('EntityAlreadyExists', `${label} named \`${name}\` already exists in this account`, {
    cause,
    fieldErrors: [{ path: `${kind}Name`, message: 'this name is taken (names are compared without case)' }],
  });
}

/**
 * DeleteConflict naming what still depends on the entity. `canForce`: the entity's delete has a
 * `force=true` that removes them too; only the console's /api has it, so the hint is not given
 * through the AWS API, where no such parameter exists.
 */
export function deleteConflict(
  kind: EntityKind,
  name: string,
  remaining: string[],
  canForce: boolean,
  ctx?: Pick<ServiceContext, 'request'>,
): AppError {
  const forceable = canForce && ctx?.request.door !== 'aws';
  const hint = forceable ? ': remove them first, or delete with `force=true`' : ': remove them first';
  return new AppError(
    'DeleteConflict',
    `cannot delete ${kind} \`${name}\` while it has ${remaining.join(', ')}${hint}`,
  );
}

/** "1 attached policy", "2 attached policies". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
