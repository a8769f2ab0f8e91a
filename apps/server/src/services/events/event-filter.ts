// The filters of the event history, one definition for both doors: the console's fields and
// CloudTrail's lookup attributes both become an EventFilter, which becomes one SQL condition.
import { Prisma } from '../../db/generated/client.js';
import { escapeLike } from '../iam/common/like-pattern.js';

export const EVENT_RESULTS = ['Success', 'Failure', 'Denied'] as const;
export type EventResult = (typeof EVENT_RESULTS)[number];

/** The services whose actions the audit log holds (the prefix of `iam:CreateUser`). */
export const EVENT_SERVICES = ['iam', 'sts', 'signin', 'cloudtrail', 'organizations'] as const;

/**
 * CloudTrail's `readOnly`: reads (Get, List, Describe, Lookup, Simulate) and STS's AssumeRole,
 * which CloudTrail also records as read-only. One pattern for SQL (POSIX) and JavaScript.
 */
export const READ_ONLY_NAME_PATTERN = '^(Get|List|Describe|Lookup|Simulate|AssumeRole)';

export function isReadOnlyAction(action: string): boolean {
  return new RegExp(READ_ONLY_NAME_PATTERN).test(action.slice(action.indexOf(':') + 1));
}

/** CloudTrail's resource types, by the segment an IAM ARN's resource starts with. */
export const RESOURCE_TYPES: Record<string, string> = {
  'AWS::IAM::User': 'user',
  'AWS::IAM::Group': 'group',
  'AWS::IAM::Role': 'role',
  'AWS::IAM::Policy': 'policy',
  'AWS::IAM::MFADevice': 'mfa',
};

export interface EventFilter {
  startTime?: Date;
  endTime?: Date;
  /** An eventId (the row's id). */
  eventId?: string;
  /** `iam:CreateUser`, or CloudTrail's `CreateUser` (any service). */
  eventName?: string;
  /** `iam.amazonaws.com`. */
  eventSource?: string;
  readOnly?: boolean;
  /** Principal ARN: exact, or every ARN starting with it when `principalPrefix`. */
  principal?: string;
  principalPrefix?: boolean;
  /** CloudTrail's Username: the IAM user's name, the role session's name, or `root`. */
  userName?: string;
  /** A resource's ARN or name. */
  resource?: string;
  resourceType?: string;
  result?: EventResult;
  errorCode?: string;
  sourceIp?: string;
  accessKeyId?: string;
  /** A role session: its ARN or the source identity behind it. */
  session?: string;
}

const TRUE = Prisma.sql`TRUE`;
const FALSE = Prisma.sql`FALSE`;

function eventNameCondition(name: string): Prisma.Sql {
  if (name.includes(':')) return Prisma.sql`"action" = ${name}`;
  const actions = EVENT_SERVICES.map((s) => `${s}:${name}`);
  return Prisma.sql`"action" IN (${Prisma.join(actions)})`;
}

function eventIdCondition(id: string): Prisma.Sql {
  return /^\d{1,18}$/.test(id) ? Prisma.sql`"id" = ${BigInt(id)}` : FALSE;
}

function eventSourceCondition(source: string): Prisma.Sql {
  const match = /^([a-z0-9-]+)\.amazonaws\.com$/.exec(source);
  return match ? Prisma.sql`"action" LIKE ${`${escapeLike(match[1]!)}:%`}` : FALSE;
}

function userNameCondition(accountId: string, name: string): Prisma.Sql {
  const rootArn = `arn:aws:iam::${accountId}:root`;
  if (name === 'root') return Prisma.sql`"principalArn" = ${rootArn}`;
  return Prisma.sql`("principalArn" LIKE ${`arn:aws:iam::${accountId}:user/%/${escapeLike(name)}`}
    OR "principalArn" = ${`arn:aws:iam::${accountId}:user/${name}`}
    OR "principalArn" LIKE ${`arn:aws:sts::${accountId}:assumed-role/%/${escapeLike(name)}`})`;
}

function resourceCondition(resource: string): Prisma.Sql {
  return Prisma.sql`("resource" = ${resource} OR "resource" LIKE ${`arn:%/${escapeLike(resource)}`})`;
}

function resourceTypeCondition(type: string): Prisma.Sql {
  const segment = RESOURCE_TYPES[type];
  return segment ? Prisma.sql`"resource" LIKE ${`arn:aws:iam::%:${segment}/%`}` : FALSE;
}

/** The SQL condition (over "AuditEvent") of the account's events that pass `filter`. */
export function eventCondition(accountId: string, filter: EventFilter): Prisma.Sql {
  const f = filter;
  const parts: Prisma.Sql[] = [Prisma.sql`"accountId" = ${accountId}`];
  if (f.startTime) parts.push(Prisma.sql`"time" >= ${f.startTime}`);
  if (f.endTime) parts.push(Prisma.sql`"time" <= ${f.endTime}`);
  if (f.eventId !== undefined) parts.push(eventIdCondition(f.eventId));
  if (f.eventName !== undefined) parts.push(eventNameCondition(f.eventName));
  if (f.eventSource !== undefined) parts.push(eventSourceCondition(f.eventSource));
  if (f.readOnly !== undefined) {
    const readOnly = Prisma.sql`split_part("action", ':', 2) ~ ${READ_ONLY_NAME_PATTERN}`;
    parts.push(f.readOnly ? readOnly : Prisma.sql`NOT (${readOnly})`);
  }
  if (f.principal !== undefined) {
    parts.push(
      f.principalPrefix
        ? Prisma.sql`"principalArn" LIKE ${`${escapeLike(f.principal)}%`}`
        : Prisma.sql`"principalArn" = ${f.principal}`,
    );
  }
  if (f.userName !== undefined) parts.push(userNameCondition(accountId, f.userName));
  if (f.resource !== undefined) parts.push(resourceCondition(f.resource));
  if (f.resourceType !== undefined) parts.push(resourceTypeCondition(f.resourceType));
  if (f.result !== undefined) parts.push(Prisma.sql`"result" = ${f.result}`);
  if (f.errorCode !== undefined) parts.push(Prisma.sql`"errorCode" = ${f.errorCode}`);
  if (f.sourceIp !== undefined) parts.push(Prisma.sql`"sourceIp" = ${f.sourceIp}`);
  if (f.accessKeyId !== undefined) parts.push(Prisma.sql`"accessKeyId" = ${f.accessKeyId}`);
  if (f.session !== undefined) {
    parts.push(Prisma.sql`("sourceIdentity" = ${f.session} OR "principalArn" = ${f.session})`);
  }
  return parts.length === 0 ? TRUE : Prisma.join(parts, ' AND ');
}
