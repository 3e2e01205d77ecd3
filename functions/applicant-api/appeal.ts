/**
 * POST /v1/applications/{id}/appeal: the owner contests an INELIGIBLE decision or a REJECTED
 * review (SPEC §11), once, within the policy's appeal window, citing documents of the
 * application. One conditional update moves the application to APPEALED with the appeal, its
 * audit entry and ApplicationAppealed in its outbox; it holds only while the status is the one
 * judged and no appeal exists, so of two appeals sent at once one is stored and the other is 409.
 */
import { applicationAppealed } from '../../shared/domain/events/appeal.js';
import { appealWindow } from '../../shared/policy/appeals.js';
import { principalOf } from '../commons/edge/auth.js';
import { nowIso } from '../commons/runtime/clock.js';
import {
  correlationIdOf,
  json,
  parseBody,
  pathParameter,
  requestLanguage,
  type HttpEvent,
  type HttpResult,
} from '../commons/edge/http.js';
import { judgedUntilStored, notFound, problem, validationProblem } from '../commons/edge/problems.js';
import { appealBodySchema } from './appeal-body.js';
import { getApplication } from '../commons/store/applications.js';
import { appeal as storeAppeal } from '../commons/store/application-changes.js';
import { applicationView } from '../commons/edge/views.js';
import { findDocuments } from '../commons/store/application-documents.js';
import { APPEALABLE, reachedStatusAt, type Appeal, type ApplicationRecord } from '../../shared/domain/application.js';

/** 409 unless the application may be appealed now: not appealed before, INELIGIBLE or REJECTED, in time. */
function checkAppealable(record: ApplicationRecord, at: string): void {
  if (record.appeal) throw problem('already-appealed', { applicationId: record.applicationId });
  if (!APPEALABLE.includes(record.status))
    throw problem('appeal-not-allowed', { allowed: APPEALABLE, status: record.status });
  const { held, decidedOn, windowDays, lastDay, appealedOn } = appealWindow(reachedStatusAt(record), at).params;
  if (!held) throw problem('appeal-window-closed', { decidedOn, windowDays, lastDay, today: appealedOn });
}

/** 400 naming each cited id that is not a document of this application. */
async function checkDocuments(applicationId: string, documentIds: readonly string[]): Promise<void> {
  if (documentIds.length === 0) return;
  const { missing } = await findDocuments(applicationId, documentIds);
  if (missing.length === 0) return;
  throw validationProblem(({ fields }) =>
    missing.map((id) => ({ path: `documentIds.${documentIds.indexOf(id)}`, message: fields.appealDocument })),
  );
}

export async function appealApplication(event: HttpEvent): Promise<HttpResult> {
  const principal = principalOf(event);
  const applicationId = pathParameter(event, 'id');
  const body = parseBody(event, appealBodySchema);
  const documentIds = body.documentIds ?? [];
  // A failed condition means the status changed or an appeal was stored meanwhile: judged again on the new state.
  const stored = await judgedUntilStored(async () => {
    const stored = await getApplication(applicationId);
    // Only the owner appeals; to anyone else (admins included) the application does not exist.
    if (!stored || stored.applicantId !== principal.id) throw notFound('application');
    const record = { ...stored, correlationId: correlationIdOf(event) };
    const at = nowIso();
    checkAppealable(record, at);
    await checkDocuments(applicationId, documentIds);

    const appeal: Appeal = { grounds: body.grounds, documentIds, appealedAt: at };
    const events = [applicationAppealed(record, appeal)];
    return storeAppeal(record, { from: record.status, to: 'APPEALED', by: principal.id, at, set: { appeal }, events });
  });
  return json(202, { ...applicationView(stored, principal, requestLanguage(event)), payouts: [] });
}
