/**
 * `npm run redrive -- [--api URL] [--token TOKEN]`: after the cause of repeated evaluation
 * failures is fixed, sends the evaluation DLQ's messages back to the evaluation queue through
 * the admin route POST /v1/admin/evaluation-redrive, until the DLQ is empty (./admin-drain.ts).
 */
import { drainThroughAdminRoute } from './admin-drain.js';

await drainThroughAdminRoute(
  '/v1/admin/evaluation-redrive',
  (moved) => `moved ${moved} message(s) from the evaluation DLQ back to the evaluation queue`,
);
