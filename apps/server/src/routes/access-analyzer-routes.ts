// The console's Access Analyzer: findings, archive rules, the analyzer's settings, policy
// generation. Each route parses, calls one service, answers.
import type { Router } from 'express';
import {
  createArchiveRuleBodySchema,
  generatePolicyBodySchema,
  listFindingsQuerySchema,
  updateAnalyzerBodySchema,
  updateArchiveRuleBodySchema,
  updateFindingsBodySchema,
} from '@gatehouse/contracts/access-analyzer';
import { createArchiveRule } from '../services/access-analyzer/archive-rules/create-archive-rule.js';
import {
  getArchiveRule,
  listArchiveRules,
} from '../services/access-analyzer/archive-rules/list-archive-rules.js';
import {
  deleteArchiveRule,
  updateArchiveRule,
} from '../services/access-analyzer/archive-rules/update-archive-rule.js';
import { getFinding } from '../services/access-analyzer/get-finding.js';
import { updateFindings } from '../services/access-analyzer/update-findings.js';
import { analysisStatus, findingCounts, listFindings } from '../services/access-analyzer/list-findings.js';
import { generatePolicy } from '../services/access-analyzer/policy-generation/generate-policy.js';
import { startResourceScan, updateAnalyzer } from '../services/access-analyzer/update-analyzer.js';
import { authorize } from '../authz/authorize.js';
import { analyzerArn } from '../services/access-analyzer/analyzer-arn.js';
import { param, signedIn } from './handler.js';
import { parseInput } from './access-analyzer-input.js';

const BASE = '/access-analyzer';

export function mountAccessAnalyzerRoutes(router: Router): void {
  router.get(
    `${BASE}/findings`,
    signedIn(async (ctx, req) => listFindings({ ctx, ...parseInput(listFindingsQuerySchema, req.query) })),
  );
  router.get(
    `${BASE}/findings/counts`,
    signedIn(async (ctx) => findingCounts(ctx)),
  );
  router.get(
    `${BASE}/findings/:id`,
    signedIn(async (ctx, req) => getFinding(ctx, param(req, 'id'))),
  );
  router.post(
    `${BASE}/findings/update`,
    signedIn(async (ctx, req) => {
      await updateFindings({ ctx, ...parseInput(updateFindingsBodySchema, req.body) });
    }),
  );
  router.get(
    `${BASE}/analyzer`,
    signedIn(async (ctx) => {
      await authorize(ctx, 'access-analyzer:GetAnalyzer', analyzerArn(ctx.principal.accountId));
      return analysisStatus(ctx);
    }),
  );
  router.put(
    `${BASE}/analyzer`,
    signedIn(async (ctx, req) => updateAnalyzer({ ctx, ...parseInput(updateAnalyzerBodySchema, req.body) })),
  );
  router.post(
    `${BASE}/analyzer/scan`,
    signedIn(async (ctx) => startResourceScan(ctx), { status: 202 }),
  );
  router.get(
    `${BASE}/archive-rules`,
    signedIn(async (ctx) => ({ archiveRules: await listArchiveRules(ctx) })),
  );
  router.get(
    `${BASE}/archive-rules/:name`,
    signedIn(async (ctx, req) => getArchiveRule(ctx, param(req, 'name'))),
  );
  router.post(
    `${BASE}/archive-rules`,
    signedIn(
      async (ctx, req) => createArchiveRule({ ctx, ...parseInput(createArchiveRuleBodySchema, req.body) }),
      {
        status: 201,
      },
    ),
  );
  router.put(
    `${BASE}/archive-rules/:name`,
    signedIn(async (ctx, req) =>
      updateArchiveRule({
        ctx,
        ruleName: param(req, 'name'),
        ...parseInput(updateArchiveRuleBodySchema, req.body),
      }),
    ),
  );
  router.delete(
    `${BASE}/archive-rules/:name`,
    signedIn(async (ctx, req) => deleteArchiveRule({ ctx, ruleName: param(req, 'name') })),
  );
  router.post(
    `${BASE}/policy-generation`,
    signedIn(async (ctx, req) => {
      const body = parseInput(generatePolicyBodySchema, req.body);
      return generatePolicy({
        ctx,
        principalType: body.principalType,
        name: body.name,
        startTime: new Date(body.startTime),
        endTime: new Date(body.endTime),
      });
    }),
  );
}
