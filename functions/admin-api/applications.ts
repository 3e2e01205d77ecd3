/**
 * GET /v1/admin/applications?status=&programme=&limit=&cursor=: the review queue and search,
 * newest first, with each application's audit trail.
 * - status: that status (GSI2); programme: that programme, grouped by status (GSI3);
 *   both: GSI3 narrowed to the status.
 * - neither: the review queue, i.e. the applications in NEEDS_REVIEW.
 * - needsAttention=true: SUBMITTED applications whose evaluation kept failing (runbook).
 */
import { adminApplications } from '../commons/store/query/listings.js';
import { adminApplicationListParams } from '../commons/edge/list-params.js';
import { json, requestLanguage, validate, type HttpEvent, type HttpResult } from '../commons/edge/http.js';
import { applicationView, listResponse } from '../commons/edge/views.js';

export async function searchApplications(table: string, event: HttpEvent): Promise<HttpResult> {
  const { limit, cursor, status, programme, needsAttention } = validate(
    adminApplicationListParams,
    event.queryStringParameters ?? {},
  );
  const language = requestLanguage(event);
  return json(
    200,
    await listResponse(table, adminApplications({ status, programme, needsAttention }), { limit, cursor }, (item) =>
      // The admin handler let only administrators through: each sees all of an application.
      applicationView(item, { isAdmin: true }, language),
    ),
  );
}
