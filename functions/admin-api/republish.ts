/**
 * POST /v1/admin/event-republish: once the bus takes events again, hands the events the outbox
 * relay gave up (its failure store) back to the relay, which publishes each with its eventId
 * (200 `{moved}`; call again while `moved` > 0). README runbook, UnpublishedEventsAlarm.
 */
import type { Context } from 'aws-lambda';
import { json, type HttpEvent, type HttpResult } from '../commons/edge/http.js';
import { republishEvents } from '../commons/messaging/republish.js';

export async function republishUnpublishedEvents(
  resources: { table: string; storeUrl: string },
  _event: HttpEvent,
  context: Context,
): Promise<HttpResult> {
  return json(200, await republishEvents(resources, () => context.getRemainingTimeInMillis()));
}
