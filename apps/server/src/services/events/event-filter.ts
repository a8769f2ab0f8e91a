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

const FALSE = Prisma.sql`FALSE`;

/**
 * One condition of a filter: SQL, or alternatives any of which passes. Alternatives become
 * separate index scans (UNION) rather than an OR, so each walks its own (…, time, id) index in
 * order and the first page stops after 50 rows instead of sorting every match.
 */
type Part = Prisma.Sql | Prisma.Sql[];

/** The last `/`-separated segment of a name or ARN, as the expression indexes compute it. */
function lastSegment(text: string): string {
  return text.slice(text.lastIndexOf('/') + 1);
}

function eventNameCondition(name: string): Part {
  if (name.includes(':')) return Prisma.sql`"action" = ${name}`;
  return EVENT_SERVICES.map((s) => Prisma.sql`"action" = ${`${s}:${name}`}`);
}

function eventIdCondition(id: string): Prisma.Sql {
  return /^\d{1,18}$/.test(id) ? Prisma.sql`"id" = ${BigInt(id)}` : FALSE;
}

// split_part("action", ':', 1) is the expression of the index AuditEvent_accountId_service_time_id_idx.
function eventSourceCondition(source: string): Prisma.Sql {
  const match = /^([a-z0-9-]+)\.amazonaws\.com$/.exec(source);
  return match ? Prisma.sql`split_part("action", ':', 1) = ${match[1]!}` : FALSE;
}

// split_part(…, '/', -1) is the expression of the indexes AuditEvent_accountId_principalName_…
// and AuditEvent_accountId_resourceName_…: every ARN the patterns below match ends in the name.
function userNameCondition(accountId: string, name: string): Prisma.Sql {
  const rootArn = `arn:aws:iam::${accountId}:root`;
  if (name === 'root') return Prisma.sql`"principalArn" = ${rootArn}`;
  return Prisma.sql`split_part("principalArn", '/', -1) = ${lastSegment(name)}
    AND ("principalArn" LIKE ${`arn:aws:iam::${accountId}:user/%/${escapeLike(name)}`}
    OR "principalArn" = ${`arn:aws:iam::${accountId}:user/${name}`}
    OR "principalArn" LIKE ${`arn:aws:sts::${accountId}:assumed-role/%/${escapeLike(name)}`})`;
}

// For a bare name, "ends in /name" is already the index's equality, so the rest of the
// condition stays broad (`arn:%`): PostgreSQL then reads the index in order and stops after a
// page, instead of guessing few matches and sorting them all.
function resourceCondition(resource: string): Prisma.Sql {
  const arnPattern = resource.includes('/') ? `arn:%/${escapeLike(resource)}` : 'arn:%';
  return Prisma.sql`split_part("resource", '/', -1) = ${lastSegment(resource)}
    AND ("resource" = ${resource} OR "resource" LIKE ${arnPattern})`;
}

// split_part(split_part("resource", ':', 6), '/', 1) is the expression of the index
// AuditEvent_accountId_resourceType_time_id_idx: `user` of arn:aws:iam::123456789012:user/x.
function resourceTypeCondition(type: string): Prisma.Sql {
  const segment = RESOURCE_TYPES[type];
  return segment
    ? Prisma.sql`split_part(split_part("resource", ':', 6), '/', 1) = ${segment}
      AND "resource" LIKE ${'arn:aws:iam::%/%'}`
    : FALSE;
}

function filterParts(accountId: string, filter: EventFilter): Part[] {
  const f = filter;
  const parts: Part[] = [Prisma.sql`"accountId" = ${accountId}`];
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
    parts.push([Prisma.sql`"sourceIdentity" = ${f.session}`, Prisma.sql`"principalArn" = ${f.session}`]);
  }
  return parts;
}

const or = (alternatives: Prisma.Sql[]) => Prisma.sql`(${Prisma.join(alternatives, ' OR ')})`;
/** More branches than this and the alternatives stay ORs in one scan. */
const MAX_BRANCHES = 10;

/**
 * The account's events that pass `filter`, as conditions (over "AuditEvent") whose union is the
 * set: one per combination of a filter's alternatives (usually one), each served by an index.
 */
export function eventBranches(accountId: string, filter: EventFilter): Prisma.Sql[] {
  let branches: Prisma.Sql[][] = [[]];
  for (const part of filterParts(accountId, filter)) {
    if (!Array.isArray(part)) {
      for (const b of branches) b.push(part);
    } else if (branches.length * part.length <= MAX_BRANCHES) {
      branches = branches.flatMap((b) => part.map((alt) => [...b, alt]));
    } else {
      for (const b of branches) b.push(or(part));
    }
  }
  return branches.map((b) => Prisma.join(b, ' AND '));
}

/** The SQL condition (over "AuditEvent") of the account's events that pass `filter`. */
export function eventCondition(accountId: string, filter: EventFilter): Prisma.Sql {
  const branches = eventBranches(accountId, filter);
  return branches.length === 1 ? branches[0]! : or(branches);
}
