import { z } from 'zod';

export const generateCredentialReportResponseSchema = z.object({
  /** Reports are generated synchronously, so this is always `COMPLETE`. */
  state: z.literal('COMPLETE'),
  generatedTime: z.string(),
});

/** GET /api/credential-report: the CSV text plus its generation time. */
export const credentialReportSchema = z.object({
  generatedTime: z.string(),
  reportFormat: z.literal('text/csv'),
  content: z.string(),
});

export type GenerateCredentialReportResponse = z.infer<typeof generateCredentialReportResponseSchema>;
export type CredentialReport = z.infer<typeof credentialReportSchema>;
