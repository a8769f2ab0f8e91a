import type { Handshake, Organization } from '../../../db/generated/client.js';
import { handshakeArn } from './org-arns.js';

export interface HandshakeView {
  id: string;
  arn: string;
  state: 'OPEN' | 'ACCEPTED' | 'DECLINED' | 'CANCELED' | 'EXPIRED';
  action: string;
  requestedTimestamp: Date;
  expirationTimestamp: Date;
  organizationId: string;
  masterAccountId: string;
  targetAccountId: string;
  notes: string | null;
}

/** AWS keeps an invitation open for 15 days. */
export const HANDSHAKE_LIFETIME_MS = 15 * 24 * 3600 * 1000;

export function handshakeView(
  org: Pick<Organization, 'id' | 'managementAccountId'>,
  row: Handshake,
  now: Date,
): HandshakeView {
  const expired = row.state === 'OPEN' && row.expiresAt.getTime() <= now.getTime();
  return {
    id: row.id,
    arn: handshakeArn(org, row.id),
    state: expired ? 'EXPIRED' : (row.state as HandshakeView['state']),
    action: row.action,
    requestedTimestamp: row.requestedAt,
    expirationTimestamp: row.expiresAt,
    organizationId: org.id,
    masterAccountId: org.managementAccountId,
    targetAccountId: row.targetAccountId,
    notes: row.notes,
  };
}
