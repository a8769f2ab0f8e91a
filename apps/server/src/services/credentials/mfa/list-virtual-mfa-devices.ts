import { authorize } from '../../../authz/authorize.js';
import type { MfaDevice, User } from '../../../db/generated/client.js';
import { decodeCursor, toPage } from '../../iam/common/cursor.js';
import type { ServiceContext } from '../../service-context.js';

export type AssignmentStatus = 'Assigned' | 'Unassigned' | 'Any';

export interface VirtualMfaDeviceFacts {
  device: MfaDevice;
  /** The user it is enabled for; null for the root user's and for unassigned devices. */
  user: User | null;
}

const ASSIGNMENT: Record<AssignmentStatus, object> = {
  Assigned: { enabledAt: { not: null } },
  Unassigned: { enabledAt: null },
  Any: {},
};

/**
 * iam:ListVirtualMFADevices — the account's virtual MFA devices by serial number, those
 * enabled for a user or the root user (`Assigned`), the others (`Unassigned`) or all; keyset
 * pages. `rootCreatedAt` dates the root user where one of its devices is listed.
 */
export async function listVirtualMfaDevices(options: {
  ctx: ServiceContext;
  assignmentStatus?: AssignmentStatus;
  limit?: number;
  cursor?: string;
}): Promise<{ items: VirtualMfaDeviceFacts[]; nextCursor?: string; rootCreatedAt?: Date }> {
  const { ctx } = options;
  await authorize(ctx, 'iam:ListVirtualMFADevices', '*');
  const accountId = ctx.principal.accountId;
  const status = options.assignmentStatus ?? 'Any';
  const limit = options.limit ?? 100;
  const sort = `virtual-mfa-devices:${status}`;
  const after = decodeCursor(options.cursor, sort, 1)?.[0];
  const rows = await ctx.db.mfaDevice.findMany({
    where: {
      accountId,
      ...ASSIGNMENT[status],
      ...(after != null ? { serialNumber: { gt: after } } : {}),
    },
    include: { user: true },
    orderBy: { serialNumber: 'asc' },
    take: limit + 1,
  });
  const page = toPage(
    rows.map(({ user, ...device }) => ({ device, user: device.enabledAt ? user : null })),
    limit,
    sort,
    (f) => [f.device.serialNumber],
  );
  if (!page.items.some((f) => f.device.forRoot && f.device.enabledAt)) return page;
  const account = await ctx.db.account.findUniqueOrThrow({
    where: { id: accountId },
    select: { createdAt: true },
  });
  return { ...page, rootCreatedAt: account.createdAt };
}
