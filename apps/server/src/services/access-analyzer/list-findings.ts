// ListFindingsV2 for the console: the account's findings, newest change first, filtered by
// status, kind, resource and an AWS filter; with where the analysis stands. Reading also
// checks, in one query, whether the account changed since the last analysis and if so asks for
// one in the background: the answer never waits for it.
import type { AccessAnalyzerFinding, Prisma } from '../../db/generated/client.js';
import type {
  AnalysisStatus,
  FindingCountsResponse,
  ListFindingsResponse,
} from '@gatehouse/contracts/access-analyzer';
import { authorize } from '../../authz/authorize.js';
import { AppError } from '../../errors/app-error.js';
import type { ServiceContext } from '../service-context.js';
import { analyzerArn } from './analyzer-arn.js';
import { BATCH, yieldToEventLoop } from './batches.js';
import { analyzerFor } from './analyzer-scheduler.js';
import { readAnalyzerState } from './analyzer-state.js';
import { filterCriteriaSchema, matchesFilter, type FilterCriteria } from './archive-rules/filter-criteria.js';
import { toAnalysisStatus, toFindingSummary } from './map-finding.js';

export interface ListFindingsOptions {
  ctx: ServiceContext;
  status?: string;
  category?: 'external' | 'unused';
  findingType?: string;
  resource?: string;
  filter?: string;
  limit: number;
  nextToken?: string;
}

/** A filter given as JSON text, checked as an archive rule's is. */
export function parseFilter(text: string | undefined): FilterCriteria | undefined {
  if (text === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('ValidationException', 'the filter is not JSON');
  }
  const parsed = filterCriteriaSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError(
      'ValidationException',
      `filter ${issue.path.join('.')}: ${issue.message}`.replace('filter : ', 'filter: '),
    );
  }
  return parsed.data as FilterCriteria;
}

function decodeToken(token: string | undefined): number {
  if (token === undefined) return 0;
  const n = /^\d{1,9}$/.test(token) ? Number(token) : NaN;
  if (!Number.isSafeInteger(n))
    throw new AppError('ValidationException', 'the pagination token is not valid');
  return n;
}

export async function analysisStatus(ctx: ServiceContext): Promise<AnalysisStatus> {
  const accountId = ctx.principal.accountId;
  const scheduler = analyzerFor(ctx);
  const inProgress = await scheduler.refreshIfStale(accountId);
  return toAnalysisStatus(accountId, await readAnalyzerState(ctx.db, accountId), inProgress);
}

const MAX_FILTERED_SCAN = 10_000;

export async function listFindings(options: ListFindingsOptions): Promise<ListFindingsResponse> {
  const { ctx } = options;
  const accountId = ctx.principal.accountId;
  await authorize(ctx, 'access-analyzer:ListFindings', analyzerArn(accountId));
  const filter = parseFilter(options.filter);
  const offset = decodeToken(options.nextToken);
  const where: Prisma.AccessAnalyzerFindingWhereInput = {
    accountId,
    ...(options.status ? { status: options.status } : {}),
    ...(options.findingType
      ? { findingType: options.findingType }
      : options.category === 'external'
        ? { findingType: 'ExternalAccess' }
        : options.category === 'unused'
          ? { findingType: { not: 'ExternalAccess' } }
          : {}),
    ...(options.resource ? { resource: { contains: options.resource, mode: 'insensitive' } } : {}),
  };
  const orderBy: Prisma.AccessAnalyzerFindingOrderByWithRelationInput[] = [
    { updatedAt: 'desc' },
    { id: 'asc' },
  ];
  let rows: AccessAnalyzerFinding[];
  if (filter) {
    // The filter reads fields inside `details`: applied here, over at most 10,000 findings, read
    // BATCH at a time (the event loop free in between) and only until the page is full.
    const matched: AccessAnalyzerFinding[] = [];
    for (let skip = 0; skip < MAX_FILTERED_SCAN && matched.length <= offset + options.limit; skip += BATCH) {
      const batch = await ctx.db.accessAnalyzerFinding.findMany({
        where,
        orderBy,
        skip,
        take: Math.min(BATCH, MAX_FILTERED_SCAN - skip),
      });
      for (const r of batch) if (matchesFilter(r, filter)) matched.push(r);
      if (batch.length < BATCH) break;
      await yieldToEventLoop();
    }
    rows = matched.slice(offset, offset + options.limit + 1);
  } else {
    rows = await ctx.db.accessAnalyzerFinding.findMany({
      where,
      orderBy,
      skip: offset,
      take: options.limit + 1,
    });
  }
  const more = rows.length > options.limit;
  return {
    findings: rows.slice(0, options.limit).map(toFindingSummary),
    nextToken: more ? String(offset + options.limit) : null,
    analysis: await analysisStatus(ctx),
  };
}

/** The dashboard's figures: active findings by kind, archived and resolved. */
export async function findingCounts(ctx: ServiceContext): Promise<FindingCountsResponse> {
  const accountId = ctx.principal.accountId;
  await authorize(ctx, 'access-analyzer:ListFindings', analyzerArn(accountId));
  const groups = await ctx.db.accessAnalyzerFinding.groupBy({
    by: ['status', 'findingType'],
    where: { accountId },
    _count: { _all: true },
  });
  const counts: FindingCountsResponse = {
    active: { external: 0, unused: 0 },
    archived: 0,
    resolved: 0,
    analysis: await analysisStatus(ctx),
  };
  for (const g of groups) {
    const n = g._count._all;
    if (g.status === 'ACTIVE') {
      if (g.findingType === 'ExternalAccess') counts.active.external += n;
      else counts.active.unused += n;
    } else if (g.status === 'ARCHIVED') counts.archived += n;
    else counts.resolved += n;
  }
  return counts;
}
