import type { Router } from 'express';
import { generateCredentialReport } from '../../services/credentials/credential-report/generate-credential-report.js';
import { getCredentialReport } from '../../services/credentials/credential-report/get-credential-report.js';
import { serviceContext, signedIn } from '../handler.js';

export function mountCredentialReportRoutes(router: Router): void {
  router.post(
    '/credential-report',
    signedIn(async (ctx) => {
      const { generatedAt } = await generateCredentialReport({ ctx });
      return { state: 'COMPLETE' as const, generatedTime: generatedAt.toISOString() };
    }),
  );
  router.get(
    '/credential-report',
    signedIn(async (ctx) => {
      const report = await getCredentialReport({ ctx });
      return {
        generatedTime: report.generatedAt.toISOString(),
        reportFormat: 'text/csv' as const,
        content: report.content,
      };
    }),
  );
  // The CSV as a file download (errors still answer in JSON).
  router.get('/credential-report/download', async (req, res) => {
    const ctx = serviceContext(req, res);
    const report = await getCredentialReport({ ctx });
    const stamp = report.generatedAt.toISOString().replace(/[:.]/g, '-');
    res
      .status(200)
      .type('text/csv')
      .attachment(`credential-report-${ctx.principal.accountId}-${stamp}.csv`)
      .send(report.content);
  });
}
