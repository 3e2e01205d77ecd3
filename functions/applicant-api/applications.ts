/** The applicant's reads: one application (owner or admin) and the own applications, newest first. */
import { applicationKey } from '../commons/store/application-item.js';
import {
  applicantApplications,
  applicationView,
  listResponse,
  payoutView,
  queryPage,
  readItem,
} from '../commons/store/listings.js';
import { principalOf } from '../commons/edge/auth.js';
import { applicationListParams } from '../commons/edge/list-params.js';
import { ledgerKey } from '../commons/payouts/model.js';
import { json, pathParameter, requestLanguage, validate, type HttpEvent, type HttpResult } from '../commons/edge/http.js';
import { notFound } from '../commons/edge/problems.js';

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
