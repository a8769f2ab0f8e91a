// How long the account's event history is kept (GET/PUT /api/event-retention).
import { z } from 'zod';

export const RETENTION_MIN_DAYS = 7;
export const RETENTION_MAX_DAYS = 3653;

export const updateEventRetentionSchema = z.object({
  /** Days to keep events; `null` goes back to the deployment's default. */
  retentionDays: z
    .number({ error: 'the retention is a number of days' })
    .int('the retention is a whole number of days')
    .min(RETENTION_MIN_DAYS, `events are kept at least ${RETENTION_MIN_DAYS} days`)
    .max(RETENTION_MAX_DAYS, `events are kept at most ${RETENTION_MAX_DAYS} days (ten years)`)
    .nullable(),
});
export type UpdateEventRetentionRequest = z.infer<typeof updateEventRetentionSchema>;

export interface EventRetentionResponse {
  /** What applies now: the account's own setting, else the deployment's default. */
  retentionDays: number;
  /** The deployment's default (GATEHOUSE_EVENT_RETENTION_DAYS, 90 unless set). */
  defaultDays: number;
  /** True when the account has its own setting. */
  custom: boolean;
  /** Events older than this are purged (within the hour). */
  oldestKept: string;
}
