import { describe, expect, it } from 'vitest';
import type { ServiceAccess } from '@gatehouse/contracts/last-accessed';
import {
  arnName,
  filterActions,
  filterServices,
  lastAccessedLabel,
  NOT_ACCESSED,
  policyLabel,
} from './last-accessed-rows.js';

const now = new Date('2026-12-07T15:00:00Z');

function service(ns: string, name: string, last: string | null, policy = 'Pol'): ServiceAccess {
  return {
    serviceName: name,
    serviceNamespace: ns,
    lastAuthenticated: last,
    lastAuthenticatedEntity: last ? 'arn:aws:iam::123456789012:user/alice' : null,
    lastAuthenticatedRegion: null,
    lastSessionArn: null,
    lastSourceIdentity: null,
    totalAuthenticatedEntities: last ? 1 : 0,
    policies: [{ name: policy, arn: null, type: 'inline', via: null }],
    entities: [],
  };
}

describe('lastAccessedLabel', () => {
  it("says today, yesterday, n days ago, or AWS's words for never", () => {
    expect(lastAccessedLabel('2026-12-07T01:00:00Z', now)).toBe('Today');
    expect(lastAccessedLabel('2026-12-06T23:59:00Z', now)).toBe('Yesterday');
    expect(lastAccessedLabel('2026-11-27T12:00:00Z', now)).toBe('10 days ago');
    expect(lastAccessedLabel(null, now)).toBe(NOT_ACCESSED);
    expect(NOT_ACCESSED).toBe('Not accessed in the tracking period');
  });
});

describe('filterServices', () => {
  const services = [
    service('s3', 'Amazon S3', null),
    service('iam', 'AWS Identity and Access Management (IAM)', '2026-12-01T00:00:00Z', 'IamRead'),
    service('ec2', 'Amazon EC2', '2026-12-05T00:00:00Z'),
  ];
  it('puts used services first, newest first, then the others by name', () => {
    expect(filterServices(services, '', 'all').map((s) => s.serviceNamespace)).toEqual(['ec2', 'iam', 's3']);
  });
  it('keeps only used or only unused services', () => {
    expect(filterServices(services, '', 'accessed').map((s) => s.serviceNamespace)).toEqual(['ec2', 'iam']);
    expect(filterServices(services, '', 'not-accessed').map((s) => s.serviceNamespace)).toEqual(['s3']);
  });
  it('matches the service name, its prefix or a granting policy, without case', () => {
    expect(filterServices(services, 'identity', 'all').map((s) => s.serviceNamespace)).toEqual(['iam']);
    expect(filterServices(services, 'S3', 'all').map((s) => s.serviceNamespace)).toEqual(['s3']);
    expect(filterServices(services, 'iamread', 'all').map((s) => s.serviceNamespace)).toEqual(['iam']);
  });
});

describe('filterActions and labels', () => {
  it('filters actions by name and use', () => {
    const actions = [
      {
        actionName: 'ListUsers',
        lastAccessedTime: '2026-12-01T00:00:00Z',
        lastAccessedEntity: 'x',
        lastAccessedRegion: 'us-east-1',
      },
      {
        actionName: 'CreateUser',
        lastAccessedTime: null,
        lastAccessedEntity: null,
        lastAccessedRegion: null,
      },
    ];
    expect(filterActions(actions, 'user', 'all').map((a) => a.actionName)).toEqual([
      'ListUsers',
      'CreateUser',
    ]);
    expect(filterActions(actions, '', 'not-accessed').map((a) => a.actionName)).toEqual(['CreateUser']);
  });
  it('names policies and ARNs as the console shows them', () => {
    expect(policyLabel({ name: 'read', arn: null, type: 'inline', via: 'ops' })).toBe(
      'read (inline) (via group ops)',
    );
    expect(
      policyLabel({
        name: 'ReadOnlyAccess',
        arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
        type: 'managed',
        via: null,
      }),
    ).toBe('ReadOnlyAccess');
    expect(arnName('arn:aws:iam::123456789012:user/dev/alice')).toBe('alice');
  });
});
