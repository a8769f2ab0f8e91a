import type { Router } from 'express';
import { updateEventRetentionSchema } from '@gatehouse/contracts/event-retention';
import { getEventRetention, updateEventRetention } from '../services/events/event-retention.js';
import { parse, signedIn } from './handler.js';

export function mountEventRetentionRoutes(router: Router): void {
  router.get(
    '/event-retention',
    signedIn((ctx) => getEventRetention({ ctx })),
  );
  router.put(
    '/event-retention',
    signedIn((ctx, req) =>
      updateEventRetention({ ctx, retentionDays: parse(updateEventRetentionSchema, req.body).retentionDays }),
    ),
  );
}
