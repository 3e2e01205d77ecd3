/**
 * `npm run republish -- [--api URL] [--token TOKEN]`: once the bus takes events again, hands the
 * events the outbox relay gave up (its failure store) back to the relay through the admin route
 * POST /v1/admin/event-republish, until the store is empty (./admin-drain.ts). The relay then
 * publishes each once, with its eventId.
 */
import { drainThroughAdminRoute } from './admin-drain.js';

await drainThroughAdminRoute(
  '/v1/admin/event-republish',
  (moved) => `handed ${moved} event(s) from the relay's failure store back to the relay`,
);
