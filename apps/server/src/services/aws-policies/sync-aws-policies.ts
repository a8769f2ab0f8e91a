// Brings the database's AWS managed policies to one release of the data, in one transaction:
// new policies and versions added, changed ones updated, the default moved, versions AWS
// dropped removed, and policies AWS dropped deleted unless an account still uses them. The
// release loaded is recorded, so the next start with the same data does nothing.
import type { ManagedPolicy as AwsPolicyData } from '@gatehouse/catalog';
import type { Db, Tx } from '../../db/client.js';
import { Prisma } from '../../db/generated/client.js';
import { planAwsPolicies, type AwsPolicyPlan, type StoredAwsPolicy } from './aws-policy-plan.js';
import { AWS_POLICY_SYNC_LOCK } from '../../db/advisory-locks.js';

/** The DeploymentSetting that records which release of the data is loaded. */
export const AWS_POLICIES_MARKER = 'awsManagedPolicies';

// Bump when the way rows are derived from the data changes, so existing databases reload.
const LOADER_FORMAT = 1;

// Several instances may start at once: one loads, the others wait and find the marker set.

// Rows per statement: a statement carries its rows as one JSON parameter.
const CHUNK_ROWS = 500;

export interface AwsPolicySyncResult {
  /** False when the recorded release already matched (nothing was read or written). */
  changed: boolean;
  release: string;
  policiesAdded: number;
  policiesUpdated: number;
  policiesDeleted: number;
  /** Dropped from the data but kept because an account attaches them or uses them as a boundary. */
  policiesKept: number;
  versionsWritten: number;
  versionsRemoved: number;
}

export function markerValue(release: string): string {
  return `${release} format ${LOADER_FORMAT}`;
}

export async function loadedRelease(db: Db | Tx): Promise<string | undefined> {
  const row = await db.deploymentSetting.findUnique({ where: { key: AWS_POLICIES_MARKER } });
  return row?.value;
}

async function readStored(tx: Tx): Promise<StoredAwsPolicy[]> {
  const policies = await tx.$queryRaw<Omit<StoredAwsPolicy, 'versions'>[]>`
    SELECT "id", "arn", "path", "defaultVersionId", "isAttachable", "createdAt", "updatedAt"
    FROM "ManagedPolicy" WHERE "scope" = 'AWS'`;
  const versions = await tx.$queryRaw<{ policyId: string; versionId: string; hash: string }[]>`
    SELECT v."policyId", v."versionId", md5(v."document") AS "hash"
    FROM "PolicyVersion" v JOIN "ManagedPolicy" p ON p."id" = v."policyId"
    WHERE p."scope" = 'AWS'`;
  const byPolicy = new Map<string, Map<string, string>>();
  for (const v of versions) {
    const map = byPolicy.get(v.policyId) ?? new Map<string, string>();
    map.set(v.versionId, v.hash);
    byPolicy.set(v.policyId, map);
  }
  return policies.map((p) => ({ ...p, versions: byPolicy.get(p.id) ?? new Map() }));
}

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) out.push(rows.slice(i, i + CHUNK_ROWS));
  return out;
}

async function writePolicies(tx: Tx, plan: AwsPolicyPlan): Promise<void> {
  for (const rows of chunks(plan.policies)) {
    await tx.$executeRaw`
      INSERT INTO "ManagedPolicy" ("id", "accountId", "scope", "arn", "name", "nameLower", "path",
        "description", "defaultVersionId", "nextVersionNumber", "isAttachable", "createdAt", "updatedAt")
      SELECT r."id", NULL, 'AWS', r."arn", r."name", r."nameLower", r."path", NULL,
        r."defaultVersionId", r."nextVersionNumber", r."isAttachable", r."createdAt", r."updatedAt"
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r("id" text, "arn" text, "name" text,
        "nameLower" text, "path" text, "defaultVersionId" text, "nextVersionNumber" int,
        "isAttachable" boolean, "createdAt" timestamptz, "updatedAt" timestamptz)
      ON CONFLICT ("id") DO UPDATE SET "arn" = EXCLUDED."arn", "name" = EXCLUDED."name",
        "nameLower" = EXCLUDED."nameLower", "path" = EXCLUDED."path",
        "defaultVersionId" = EXCLUDED."defaultVersionId", "nextVersionNumber" = EXCLUDED."nextVersionNumber",
        "isAttachable" = EXCLUDED."isAttachable", "createdAt" = EXCLUDED."createdAt",
        "updatedAt" = EXCLUDED."updatedAt"
      WHERE "ManagedPolicy"."scope" = 'AWS'`;
  }
}

async function writeVersions(tx: Tx, plan: AwsPolicyPlan): Promise<void> {
  for (const rows of chunks(plan.versions)) {
    await tx.$executeRaw`
      INSERT INTO "PolicyVersion" ("id", "policyId", "versionId", "document", "createdAt")
      SELECT gen_random_uuid(), r."policyId", r."versionId", r."document", r."createdAt"
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        AS r("policyId" text, "versionId" text, "document" text, "createdAt" timestamptz)
      ON CONFLICT ("policyId", "versionId") DO UPDATE
        SET "document" = EXCLUDED."document", "createdAt" = EXCLUDED."createdAt"`;
  }
  for (const pairs of chunks(plan.versionsRemoved)) {
    await tx.$executeRaw`
      DELETE FROM "PolicyVersion" v USING jsonb_to_recordset(${JSON.stringify(
        pairs.map(([policyId, versionId]) => ({ policyId, versionId })),
      )}::jsonb) AS r("policyId" text, "versionId" text)
      WHERE v."policyId" = r."policyId" AND v."versionId" = r."versionId"`;
  }
}

/** Deletes the dropped policies nobody uses; returns how many were kept because someone does. */
async function removeDropped(tx: Tx, ids: string[]): Promise<{ deleted: number; kept: number }> {
  if (ids.length === 0) return { deleted: 0, kept: 0 };
  const deleted = await tx.$executeRaw`
    DELETE FROM "ManagedPolicy" p WHERE p."id" IN (${Prisma.join(ids)}) AND p."scope" = 'AWS'
      AND NOT EXISTS (SELECT 1 FROM "PolicyAttachment" a WHERE a."policyId" = p."id")
      AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u."permissionsBoundaryId" = p."id")
      AND NOT EXISTS (SELECT 1 FROM "Role" r WHERE r."permissionsBoundaryId" = p."id")`;
  return { deleted, kept: ids.length - deleted };
}

/** Every account that attaches one of `ids` or uses it as a boundary recompiles its principals. */
async function invalidateUsers(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const list = Prisma.join(ids);
  await tx.$executeRaw`
    UPDATE "Account" SET "authzVersion" = "authzVersion" + 1 WHERE "id" IN (
      SELECT "accountId" FROM "PolicyAttachment" WHERE "policyId" IN (${list})
      UNION SELECT "accountId" FROM "User" WHERE "permissionsBoundaryId" IN (${list})
      UNION SELECT "accountId" FROM "Role" WHERE "permissionsBoundaryId" IN (${list}))`;
}

/**
 * Loads `policies` (one release of the data, named `release`) unless that release is already
 * recorded. Runs in one transaction: a failure leaves the previous release in place.
 */
export async function syncAwsPolicies(
  db: Db,
  release: string,
  policies: AwsPolicyData[],
): Promise<AwsPolicySyncResult> {
  const marker = markerValue(release);
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AWS_POLICY_SYNC_LOCK})`;
      const unchanged = {
        changed: false,
        release,
        policiesAdded: 0,
        policiesUpdated: 0,
        policiesDeleted: 0,
        policiesKept: 0,
        versionsWritten: 0,
        versionsRemoved: 0,
      };
      if ((await loadedRelease(tx)) === marker) return unchanged;
      const plan = planAwsPolicies(policies, await readStored(tx));
      await writePolicies(tx, plan);
      await writeVersions(tx, plan);
      const dropped = await removeDropped(tx, plan.policiesGone);
      await invalidateUsers(tx, plan.effectiveChanged);
      await tx.deploymentSetting.upsert({
        where: { key: AWS_POLICIES_MARKER },
        create: { key: AWS_POLICIES_MARKER, value: marker },
        update: { value: marker },
      });
      return {
        ...unchanged,
        changed: true,
        policiesAdded: plan.policiesAdded,
        policiesUpdated: plan.policies.length - plan.policiesAdded,
        policiesDeleted: dropped.deleted,
        policiesKept: dropped.kept,
        versionsWritten: plan.versions.length,
        versionsRemoved: plan.versionsRemoved.length,
      };
    },
    { maxWait: 60_000, timeout: 300_000 },
  );
}
