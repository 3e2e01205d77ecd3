/**
 * POST /v1/applications/{id}/withdraw: the owner withdraws an application still SUBMITTED or
 * NEEDS_REVIEW. The transition is conditional on the status read, so it never races an
 * evaluation or a review; when one wins in between, the new status is read and judged again.
 * ApplicationWithdrawn is written to the application's outbox with the transition; a repeated
 * withdrawal (409) writes nothing and so publishes nothing.
 */
import { WITHDRAWABLE } from '../../shared/domain/application.js';
import { applicationWithdrawn } from '../../shared/domain/events/application.js';
import { principalOf } from '../commons/edge/auth.js';
import { nowIso } from '../commons/runtime/clock.js';
import {
  correlationIdOf,
  json,
  pathParameter,
  requestLanguage,
  type HttpEvent,
  type HttpResult,
} from '../commons/edge/http.js';
import { judgedUntilStored, notFound, problem } from '../commons/edge/problems.js';
import { getApplication } from '../commons/store/applications.js';
import { withdraw } from '../commons/store/application-changes.js';
import { applicationView } from '../commons/edge/views.js';

export async function withdrawApplication(event: HttpEvent): Promise<HttpResult> {
  const principal = principalOf(event);
  const applicationId = pathParameter(event, 'id');
  const stored = await judgedUntilStored(async () => {
    const stored = await getApplication(applicationId);
    // Only the owner may withdraw; to anyone else (admins included) the application does not exist.
    if (!stored || stored.applicantId !== principal.id) throw notFound('application');
    const record = { ...stored, correlationId: correlationIdOf(event) };
    if (!WITHDRAWABLE.includes(record.status))
      throw problem('not-withdrawable', { allowed: WITHDRAWABLE, status: record.status });
    const at = nowIso();
    const events = [applicationWithdrawn(record, record.status, at)];
    return withdraw(record, { from: record.status, to: 'WITHDRAWN', by: principal.id, at, events });
  });
  return json(200, { ...applicationView(stored, principal, requestLanguage(event)), payouts: [] });
}
