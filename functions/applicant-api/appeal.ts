/**
 * POST /v1/applications/{id}/appeal: the owner contests an INELIGIBLE decision or a REJECTED
 * review (SPEC §11), once, within the policy's appeal window, citing documents of the
 * application (./applicant-changes.ts). One conditional update moves the application to APPEALED
 * with the appeal, its audit entry and ApplicationAppealed in its outbox; it holds only while the
 * status is the one judged and no appeal exists, so of two appeals sent at once one is stored and
 * the other is 409.
 */
import { principalOf, type TableAndAdmins } from '../commons/edge/auth.js';
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
import { applicationView } from '../commons/edge/views.js';
import { appealBodySchema } from './appeal-body.js';
import { appealOwn } from './applicant-changes.js';

export async function appealApplication({ table, admins }: TableAndAdmins, event: HttpEvent): Promise<HttpResult> {
  const principal = principalOf(event, admins);
  const applicationId = pathParameter(event, 'id');
  const { grounds, documentIds = [] } = parseBody(event, appealBodySchema);
  const command = {
    applicationId,
    applicantId: principal.id,
    correlationId: correlationIdOf(event),
    grounds,
    documentIds,
  };
  // A failed condition means the status changed or an appeal was stored meanwhile: judged again on the new state.
  const stored = await judgedUntilStored(() => appealOwn(table, command));
  return json(202, { ...applicationView(stored, principal, requestLanguage(event)), payouts: [] });
}
