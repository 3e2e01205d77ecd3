/**
 * POST /v1/applications/{id}/withdraw: the owner withdraws an application still SUBMITTED or
 * NEEDS_REVIEW (./applicant-changes.ts). The transition is conditional on the status read, so it
 * never races an evaluation or a review; when one wins in between, the new status is read and
 * judged again. ApplicationWithdrawn is written to the application's outbox with the transition; a
 * repeated withdrawal (409) writes nothing and so publishes nothing.
 */
import { principalOf, type TableAndAdmins } from '../commons/edge/auth.js';
import {
  correlationIdOf,
  json,
  pathParameter,
  requestLanguage,
  type HttpEvent,
  type HttpResult,
} from '../commons/edge/http.js';
import { judgedUntilStored } from '../commons/edge/problems.js';
import { applicationView } from '../commons/edge/views.js';
import { withdrawOwn } from './applicant-changes.js';

export async function withdrawApplication({ table, admins }: TableAndAdmins, event: HttpEvent): Promise<HttpResult> {
  const principal = principalOf(event, admins);
  const command = {
    applicationId: pathParameter(event, 'id'),
    applicantId: principal.id,
    correlationId: correlationIdOf(event),
  };
  const stored = await judgedUntilStored(() => withdrawOwn(table, command));
  return json(200, { ...applicationView(stored, principal, requestLanguage(event)), payouts: [] });
}
