// Unused permissions: for each user and role older than the window, the services its policies
// grant that it did not use in the window and, for IAM, STS and Organizations (tracked per
// action), the granted actions it did not use — from Access Advisor's last-accessed data.
// An entity younger than the window has had no chance to use them yet; an unused role is
// reported as such (UnusedIAMRole), not again for its permissions.
import type { Db } from '../../../db/client.js';
import { roleArn, userArn } from '../../../model/arns.js';
import { buildReport } from '../../last-accessed/build-report.js';
import { loadReportSubject } from '../../last-accessed/report-subject.js';
import { findingKey, type ComputedFinding, type UnusedService } from '../finding-types.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const SLICE_MS = 8;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

async function unusedServicesOf(db: Db, accountId: string, arn: string, now: Date, cutoff: Date) {
  const subject = await loadReportSubject(db, accountId, arn);
  if (subject.policies.length === 0) return [];
  const report = await buildReport(db, accountId, subject, now);
  const unused: UnusedService[] = [];
  const recent = (time: string | null) => time !== null && new Date(time) >= cutoff;
  for (const service of report.services) {
    if (!recent(service.lastAuthenticated)) {
      unused.push({
        serviceNamespace: service.serviceNamespace,
        ...(service.lastAuthenticated ? { lastAccessed: service.lastAuthenticated } : {}),
      });
      continue;
    }
    const actions = (service.trackedActions ?? [])
      .filter((a) => !recent(a.lastAccessedTime))
      .map((a) => a.actionName);
    if (actions.length > 0) unused.push({ serviceNamespace: service.serviceNamespace, actions });
  }
  return unused.sort((a, b) => a.serviceNamespace.localeCompare(b.serviceNamespace));
}

export async function findUnusedPermissions(
  db: Db,
  accountId: string,
  now: Date,
  unusedAccessAge: number,
  unusedRoles: ReadonlySet<string>,
): Promise<ComputedFinding[]> {
  const cutoff = new Date(now.getTime() - unusedAccessAge * DAY_MS);
  const [users, roles] = await Promise.all([
    db.user.findMany({ where: { accountId, createdAt: { lt: cutoff } }, select: { path: true, name: true } }),
    db.role.findMany({
      where: { accountId, createdAt: { lt: cutoff }, NOT: { path: { startsWith: '/aws-service-role/' } } },
      select: { path: true, name: true },
    }),
  ]);
  const entities = [
    ...users.map((u) => ({ arn: userArn(accountId, u.path, u.name), type: 'AWS::IAM::User' as const })),
    ...roles
      .map((r) => ({ arn: roleArn(accountId, r.path, r.name), type: 'AWS::IAM::Role' as const }))
      .filter((r) => !unusedRoles.has(r.arn)),
  ];
  const out: ComputedFinding[] = [];
  let sliceStart = performance.now();
  for (const entity of entities) {
    const unusedServices = await unusedServicesOf(db, accountId, entity.arn, now, cutoff).catch(() => []);
    if (unusedServices.length > 0) {
      out.push({
        key: findingKey(['UnusedPermission', entity.arn]),
        findingType: 'UnusedPermission',
        resource: entity.arn,
        resourceType: entity.type,
        details: { unusedServices },
      });
    }
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  return out;
}
