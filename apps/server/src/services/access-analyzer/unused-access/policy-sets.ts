// What the identity policies of a batch of users or roles grant, computed once per distinct set
// of policies: the 5,000 members of a group with ReadOnlyAccess share one set, so its ~300
// granted services (and IAM's, STS's and Organizations' granted actions) are worked out once,
// not once per member. A policy is known by its content: a managed policy by its default
// version, an inline one by its document's hash, so identical inline policies share too.
import type { Db } from '../../../db/client.js';
import { Prisma } from '../../../db/generated/client.js';
import { ACTION_LEVEL_SERVICES } from '../../last-accessed/access-recorder.js';
import {
  grantedActions,
  grantedServices,
  mergeGrants,
  type Grants,
} from '../../last-accessed/granted-services.js';

/** One granted service; `actions` (sorted) for the services tracked action by action. */
export interface GrantedService {
  serviceNamespace: string;
  actions?: string[];
}

/** What a policy set grants, sorted by namespace. */
export type GrantedList = readonly GrantedService[];

/** Policy sets whose granted lists are kept: accounts have a few (groups), rarely thousands. */
const CACHED_SETS = 64;

interface DocRow {
  entityId: string;
  /** `m:<policy id>:<version>` or `i:<md5 of the document>`. */
  doc: string;
  /** Where to read the document: an inline policy's id, or a managed policy's id and version. */
  inlineId: string | null;
  policyId: string | null;
  versionId: string | null;
}

/** Each entity's identity policies (not the boundary), as document keys: one statement. */
function readDocKeys(db: Db, accountId: string, kind: 'user' | 'role', ids: string[]): Promise<DocRow[]> {
  const list = JSON.stringify(ids);
  const managed = (owner: Prisma.Sql) => Prisma.sql`
    SELECT ${owner} AS "entityId", 'm:' || mp."id" || ':' || mp."defaultVersionId" AS "doc",
      NULL::text AS "inlineId", mp."id" AS "policyId", mp."defaultVersionId" AS "versionId"`;
  const inline = (owner: Prisma.Sql) => Prisma.sql`
    SELECT ${owner} AS "entityId", 'i:' || md5(p."document") AS "doc", p."id"::text AS "inlineId",
      NULL::text AS "policyId", NULL::text AS "versionId"`;
  // A managed policy whose default version is gone grants nothing (as the effective policies).
  const version = Prisma.sql`
    JOIN "ManagedPolicy" mp ON mp."id" = a."policyId"
    JOIN "PolicyVersion" v ON v."policyId" = mp."id" AND v."versionId" = mp."defaultVersionId"`;
  const ids_ = Prisma.sql`(SELECT jsonb_array_elements_text(${list}::jsonb))`;
  if (kind === 'role') {
    return db.$queryRaw<DocRow[]>`
      ${inline(Prisma.sql`p."roleId"`)} FROM "InlinePolicy" p
        WHERE p."accountId" = ${accountId} AND p."roleId" IN ${ids_}
      UNION ALL
      ${managed(Prisma.sql`a."roleId"`)} FROM "PolicyAttachment" a ${version}
        WHERE a."accountId" = ${accountId} AND a."roleId" IN ${ids_}`;
  }
  return db.$queryRaw<DocRow[]>`
    ${inline(Prisma.sql`p."userId"`)} FROM "InlinePolicy" p
      WHERE p."accountId" = ${accountId} AND p."userId" IN ${ids_}
    UNION ALL
    ${managed(Prisma.sql`a."userId"`)} FROM "PolicyAttachment" a ${version}
      WHERE a."accountId" = ${accountId} AND a."userId" IN ${ids_}
    UNION ALL
    ${inline(Prisma.sql`m."userId"`)} FROM "GroupMembership" m JOIN "InlinePolicy" p ON p."groupId" = m."groupId"
      WHERE m."accountId" = ${accountId} AND m."userId" IN ${ids_}
    UNION ALL
    ${managed(Prisma.sql`m."userId"`)} FROM "GroupMembership" m
      JOIN "PolicyAttachment" a ON a."groupId" = m."groupId" ${version}
      WHERE m."accountId" = ${accountId} AND m."userId" IN ${ids_}`;
}

/** The documents of `rows` (one row per distinct key): two statements at most. */
async function readDocuments(db: Db, rows: DocRow[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const inline = rows.filter((r) => r.inlineId !== null);
  const managed = rows.filter((r) => r.policyId !== null);
  if (inline.length > 0) {
    const found = await db.inlinePolicy.findMany({
      where: { id: { in: inline.map((r) => r.inlineId!) } },
      select: { id: true, document: true },
    });
    const byId = new Map(found.map((p) => [p.id, p.document]));
    for (const r of inline) {
      const document = byId.get(r.inlineId!);
      if (document !== undefined) out.set(r.doc, document);
    }
  }
  if (managed.length > 0) {
    const found = await db.policyVersion.findMany({
      where: { OR: managed.map((r) => ({ policyId: r.policyId!, versionId: r.versionId! })) },
      select: { policyId: true, versionId: true, document: true },
    });
    for (const v of found) out.set(`m:${v.policyId}:${v.versionId}`, v.document);
  }
  return out;
}

async function grantedList(documents: string[]): Promise<GrantedList> {
  const grants: Grants = new Map();
  for (const document of documents) mergeGrants(grants, await grantedServices(document));
  const out: GrantedService[] = [];
  for (const [service, actions] of grants) {
    out.push(
      ACTION_LEVEL_SERVICES.has(service)
        ? { serviceNamespace: service, actions: await grantedActions(actions, service) }
        : { serviceNamespace: service },
    );
  }
  return out.sort((a, b) => a.serviceNamespace.localeCompare(b.serviceNamespace));
}

/** The granted lists of policy sets, by the set's key; the last CACHED_SETS kept. */
export class PolicySets {
  private readonly lists = new Map<string, GrantedList>();
  /** How many granted lists were computed (a test's measure of the sharing). */
  computed = 0;

  constructor(
    private readonly db: Db,
    private readonly accountId: string,
  ) {}

  /**
   * What the identity policies of each of `ids` (users or roles of the account) grant; an
   * entity without policies (or whose policies grant nothing) is left out.
   */
  async grantsOf(kind: 'user' | 'role', ids: string[]): Promise<Map<string, GrantedList>> {
    const rows = ids.length === 0 ? [] : await readDocKeys(this.db, this.accountId, kind, ids);
    const docsOf = new Map<string, Set<string>>();
    const rowOf = new Map<string, DocRow>();
    for (const r of rows) {
      const docs = docsOf.get(r.entityId) ?? new Set<string>();
      docs.add(r.doc);
      docsOf.set(r.entityId, docs);
      rowOf.set(r.doc, r);
    }
    const setKeyOf = new Map<string, string>();
    const batchLists = new Map<string, GrantedList>();
    const missing = new Map<string, string[]>();
    for (const [entityId, docs] of docsOf) {
      const keys = [...docs].sort();
      const setKey = keys.join(' ');
      setKeyOf.set(entityId, setKey);
      const known = this.lists.get(setKey);
      if (known !== undefined) batchLists.set(setKey, known);
      else missing.set(setKey, keys);
    }
    if (missing.size > 0) {
      const wanted = new Set([...missing.values()].flat());
      const documents = await readDocuments(
        this.db,
        [...wanted].map((doc) => rowOf.get(doc)!),
      );
      for (const [setKey, keys] of missing) {
        // As a last-accessed report that fails: nothing to report for these entities.
        const list = await grantedList(
          keys.flatMap((k) => (documents.has(k) ? [documents.get(k)!] : [])),
        ).catch((): GrantedList => []);
        this.computed++;
        batchLists.set(setKey, list);
        this.lists.set(setKey, list);
        if (this.lists.size > CACHED_SETS) this.lists.delete(this.lists.keys().next().value!);
      }
    }
    const out = new Map<string, GrantedList>();
    for (const [entityId, setKey] of setKeyOf) {
      const list = batchLists.get(setKey)!;
      if (list.length > 0) out.set(entityId, list);
    }
    return out;
  }
}
