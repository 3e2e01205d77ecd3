/** The applicant's reads: one application (owner or admin) and the own applications, newest first. */
import { applicationKey } from '../commons/application-item.js';
import {
  applicantApplications,
  applicationView,
  listResponse,
  payoutView,
  queryPage,
  readItem,
} from '../commons/applications-query.js';
import { principalOf } from '../commons/auth.js';
import { applicationListParams } from '../commons/list-params.js';
import { ledgerKey } from '../commons/payout-model.js';
import { json, pathParameter, requestLanguage, validate, type HttpEvent, type HttpResult } from '../commons/http.js';
import { notFound } from '../commons/problems.js';

/** GET /v1/applications/{id}: the application with its decision, review and payouts. */
export async function getApplication(event: HttpEvent): Promise<HttpResult> {
  const principal = principalOf(event);
  const applicationId = pathParameter(event, 'id');
  const [application, payout] = await Promise.all([readItem(applicationKey(applicationId)), readItem(ledgerKey(applicationId))]);
  // Another applicant's application is "not found", never "forbidden": its existence is not revealed.
  if (!application || (!principal.isAdmin && application.applicantId !== principal.id)) throw notFound('application');
  return json(200, { ...applicationView(application, principal, requestLanguage(event)), payouts: payout ? [payoutView(payout)] : [] });
}

/** GET /v1/applications?status=&programme=&limit=&cursor= */
export async function listApplications(event: HttpEvent): Promise<HttpResult> {
  const principal = principalOf(event);
  const { limit, cursor, status, programme } = validate(applicationListParams, event.queryStringParameters ?? {});
  const page = await queryPage(applicantApplications(principal.id, { status, programme }), { limit, cursor });
  const language = requestLanguage(event);
  return json(200, listResponse(page, (item) => applicationView(item, principal, language)));
}
