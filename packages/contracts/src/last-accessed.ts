// Access Advisor (GET /api/last-accessed?arn=…): for a user, role, group or managed policy, each
// service its policies allow, when it was last used and by whom; for iam, sts and organizations
// each action too. The AWS door's GetServiceLastAccessedDetails* answer from the same report.
import { z } from 'zod';

export const lastAccessedQuerySchema = z.object({
  arn: z
    .string({ error: 'the ARN of a user, group, role or policy is required' })
    .min(20, 'an ARN has at least 20 characters')
    .max(2048, 'an ARN has at most 2048 characters'),
});

/** How far back last-accessed information reaches, as AWS's tracking period. */
export const TRACKING_PERIOD_DAYS = 400;

export type LastAccessedEntityType = 'user' | 'role' | 'group' | 'policy';

export interface GrantingPolicy {
  name: string;
  /** Managed policies only. */
  arn: string | null;
  type: 'managed' | 'inline';
  /** The group it comes through, for a user's group policies. */
  via: string | null;
}

/** A user or role whose use counts for the report (AWS's EntityInfo + LastAuthenticated). */
export interface AccessingEntity {
  arn: string;
  name: string;
  type: 'USER' | 'ROLE';
  id: string;
  path: string;
  lastAuthenticated: string | null;
  /** For a role: the session that made the last call and the person behind it. */
  sessionArn: string | null;
  sourceIdentity: string | null;
}

export interface TrackedActionAccess {
  actionName: string;
  lastAccessedTime: string | null;
  lastAccessedEntity: string | null;
  lastAccessedRegion: string | null;
}

export interface ServiceAccess {
  serviceName: string;
  serviceNamespace: string;
  lastAuthenticated: string | null;
  /** The user's or role's ARN that last used the service. */
  lastAuthenticatedEntity: string | null;
  lastAuthenticatedRegion: string | null;
  /** For a role: the session that made the last call, and its source identity. */
  lastSessionArn: string | null;
  lastSourceIdentity: string | null;
  totalAuthenticatedEntities: number;
  policies: GrantingPolicy[];
  /** iam, sts and organizations: each action the policies allow. */
  trackedActions?: TrackedActionAccess[];
  /** The entities (of a group or policy report) that used the service, newest first. */
  entities: AccessingEntity[];
}

export interface LastAccessedReport {
  arn: string;
  entityType: LastAccessedEntityType;
  generatedAt: string;
  trackingPeriodDays: number;
  services: ServiceAccess[];
}
