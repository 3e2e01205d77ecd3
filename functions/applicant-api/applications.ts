/** The applicant's reads: one application (owner or admin) and the own applications, newest first. */
import { applicantApplications } from '../commons/store/query/listings.js';
import { principalOf, type TableAndAdmins } from '../commons/edge/auth.js';
import { applicationListParams } from '../commons/edge/list-params.js';
import {
  json,
  pathParameter,
  requestLanguage,
  validate,
  type HttpEvent,
  type HttpResult,
} from '../commons/edge/http.js';
import { notFound } from '../commons/edge/problems.js';
import { ledgerKey, applicationKey } from '../commons/store/items/keys.js';
import { applicationView, listResponse, payoutView } from '../commons/edge/views.js';
import { getItem } from '../commons/store/get-item/get-item.js';

/** GET /v1/applications/{id}: the application with its decision, review and payouts. */
export async function showApplication({ table, admins }: TableAndAdmins, event: HttpEvent): Promise<HttpResult> {
  const principal = principalOf(event, admins);
  const applicationId = pathParameter(event, 'id');
  const [application, payout] = await Promise.all([
    getItem(table, applicationKey(applicationId)),
    getItem(table, ledgerKey(applicationId)),
  ]);
  // Another applicant's application is "not found", never "forbidden": its existence is not revealed.
  if (!application || (!principal.isAdmin && application.applicantId !== principal.id)) throw notFound('application');
  return json(200, {
    ...applicationView(application, principal, requestLanguage(event)),
    payouts: payout ? [payoutView(payout)] : [],
  });
}

/** GET /v1/applications?status=&programme=&limit=&cursor= */
export async function listApplications({ table, admins }: TableAndAdmins, event: HttpEvent): Promise<HttpResult> {
  const principal = principalOf(event, admins);
  const { limit, cursor, status, programme } = validate(applicationListParams, event.queryStringParameters ?? {});
  const language = requestLanguage(event);
  return json(
    200,
    await listResponse(table, applicantApplications(principal.id, { status, programme }), { limit, cursor }, (item) =>
      applicationView(item, principal, language),
    ),
  );
}
