/**
 * POST /v1/admin/applications/{id}/review and POST /v1/admin/applications/{id}/appeal-decision:
 * the body validated once into the use case's command, the use case (./review.ts,
 * ./appeal-decision.ts) retried while its write loses a race (a retry re-reads, then sees the
 * winner or decides on the new lock version), the application answered in the request's language.
 * The admin group is checked by the handler before routing.
 */
import type * as z from '../../shared/zod.js';
import type { ApplicationRecord } from '../../shared/domain/application.js';
import type { AdminDecisionCommand } from '../../shared/domain/admin-decision.js';
import { callerIdOf } from '../commons/edge/auth.js';
import {
  correlationIdOf,
  json,
  parseBody,
  pathParameter,
  requestLanguage,
  type HttpEvent,
  type HttpResult,
} from '../commons/edge/http.js';
import { judgedUntilStored } from '../commons/edge/problems.js';
import { inLanguage } from '../commons/edge/views.js';
import { appealDecisionBodySchema } from './appeal-decision-body.js';
import { decideAppeal } from './appeal-decision.js';
import { reviewBodySchema } from './review-body.js';
import { review } from './review.js';

function decisionRoute<S extends z.ZodMiniType<{ decision: D; amount?: bigint; note: string }>, D extends string>(
  schema: S,
  decide: (table: string, command: AdminDecisionCommand<D>) => Promise<ApplicationRecord>,
) {
  return async (table: string, event: HttpEvent): Promise<HttpResult> => {
    const command = {
      ...parseBody(event, schema),
      applicationId: pathParameter(event, 'id'),
      by: callerIdOf(event),
      correlationId: correlationIdOf(event),
    };
    const decided = await judgedUntilStored(() => decide(table, command));
    return json(200, inLanguage(decided, requestLanguage(event)));
  };
}

export const reviewRoute = decisionRoute(reviewBodySchema, review);
export const appealDecisionRoute = decisionRoute(appealDecisionBodySchema, decideAppeal);
