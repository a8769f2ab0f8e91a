// An audit event as CloudTrail describes it: the Event of LookupEvents (name without its service,
// source, user name, resources) and the record of `CloudTrailEvent` (eventVersion 1.08). One
// mapping for both doors: the console's detail shows the same record the AWS door sends.
import type { AuditEvent } from '../../db/generated/client.js';
import { isReadOnlyAction, RESOURCE_TYPES } from './event-filter.js';

/** CloudTrail's own wording for a value it will not show. */
export const REDACTED = 'HIDDEN_DUE_TO_SECURITY_REASONS';
const SECRET_KEY = /password|secret|token|privatekey|seed|authenticationcode/i;

export interface CloudTrailResource {
  ResourceType: string;
  ResourceName: string;
}

export function eventName(action: string): string {
  return action.slice(action.indexOf(':') + 1);
}

export function eventSource(action: string): string {
  return `${action.slice(0, action.indexOf(':'))}.amazonaws.com`;
}

/** CloudTrail's Username: the IAM user's name, the role session's name, `root`; absent when unknown. */
export function eventUserName(principalArn: string | null): string | undefined {
  if (!principalArn) return undefined;
  if (principalArn.endsWith(':root')) return 'root';
  return principalArn.slice(principalArn.lastIndexOf('/') + 1);
}

export function eventResources(resource: string | null): CloudTrailResource[] {
  const match = resource ? /^arn:aws:iam::[^:]*:(user|group|role|policy|mfa)\/(.*)$/.exec(resource) : null;
  if (!match) return [];
  const type = Object.keys(RESOURCE_TYPES).find((t) => RESOURCE_TYPES[t] === match[1])!;
  const name = match[1] === 'policy' ? resource! : match[2]!.slice(match[2]!.lastIndexOf('/') + 1);
  return name ? [{ ResourceType: type, ResourceName: name }] : [];
}

/** The event's details as request parameters, every secret-looking member replaced. */
export function redactedParameters(details: unknown): unknown {
  if (Array.isArray(details)) return details.map(redactedParameters);
  if (details === null || typeof details !== 'object') return details ?? null;
  return Object.fromEntries(
    Object.entries(details as Record<string, unknown>).map(([k, v]) => [
      k,
      SECRET_KEY.test(k) ? REDACTED : redactedParameters(v),
    ]),
  );
}

function userIdentity(event: AuditEvent): Record<string, unknown> {
  const arn = event.principalArn;
  const common = {
    accountId: event.accountId ?? undefined,
    accessKeyId: event.accessKeyId ?? undefined,
  };
  if (!arn) return { type: 'Unknown', ...common };
  if (arn.endsWith(':root')) return { type: 'Root', principalId: event.accountId, arn, ...common };
  const session = /^arn:aws:sts::(\d{12}):assumed-role\/([^/]+)\/(.+)$/.exec(arn);
  if (session) {
    return {
      type: 'AssumedRole',
      arn,
      ...common,
      sessionContext: {
        sourceIdentity: event.sourceIdentity ?? undefined,
        sessionIssuer: {
          type: 'Role',
          arn: `arn:aws:iam::${session[1]}:role/${session[2]}`,
          accountId: session[1],
          userName: session[2],
        },
      },
    };
  }
  return { type: 'IAMUser', arn, ...common, userName: eventUserName(arn) };
}

/** The event in CloudTrail's record format (what `CloudTrailEvent` holds, as an object). */
export function cloudTrailRecord(event: AuditEvent): Record<string, unknown> {
  return {
    eventVersion: '1.08',
    userIdentity: userIdentity(event),
    eventTime: event.time.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    eventSource: eventSource(event.action),
    eventName: eventName(event.action),
    awsRegion: 'us-east-1',
    sourceIPAddress: event.sourceIp ?? undefined,
    requestParameters: redactedParameters(event.details),
    responseElements: null,
    errorCode: event.errorCode ?? undefined,
    requestID: event.requestId ?? undefined,
    eventID: String(event.id),
    readOnly: isReadOnlyAction(event.action),
    resources: eventResources(event.resource).map((r) => ({
      ARN: event.resource,
      accountId: event.accountId ?? undefined,
      type: r.ResourceType,
    })),
    eventType: event.action.startsWith('signin:') ? 'AwsConsoleSignIn' : 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: event.accountId ?? undefined,
    eventCategory: 'Management',
    sessionCredentialFromConsole: event.door === 'console' ? 'true' : undefined,
  };
}
