/**
 * POST /v1/admin/exports `{kind, fiscalYear}`: asks for a finance export (SPEC §12), 202
 * `{exportId}` + Location; the CSV is written by a job, headers in the request's language.
 * GET /v1/admin/exports/{id}: how it stands, and once DONE a download URL valid five minutes
 * (404 when unknown). The admin handler checks the admin group before routing here.
 */
import { callerIdOf } from '../commons/edge/auth.js';
import {
  json,
  parseBody,
  pathParameter,
  requestLanguage,
  type HttpEvent,
  type HttpResult,
} from '../commons/edge/http.js';
import { notFound } from '../commons/edge/problems.js';
import type { ExportResponse } from '../commons/edge/responses.js';
import { exportFileName, exportIdSchema } from '../commons/exports/model.js';
import { readExport, requestExport, type ExportRequestResources } from '../commons/exports/requests.js';
import { reportDownload } from '../commons/files/report-downloads.js';
import type { ReportResources } from '../commons/files/report-files.js';
import { exportBodySchema } from './export-body.js';

export async function startExport(resources: ExportRequestResources, event: HttpEvent): Promise<HttpResult> {
  const admin = callerIdOf(event);
  const { kind, fiscalYear } = parseBody(event, exportBodySchema);
  const { exportId, status } = await requestExport(resources, {
    kind,
    fiscalYear,
    language: requestLanguage(event),
    requestedBy: admin,
  });
  return json(202, { exportId, kind, fiscalYear, status }, { location: `/v1/admin/exports/${exportId}` });
}

export async function getExport({ table, reportBucket }: ReportResources, event: HttpEvent): Promise<HttpResult> {
  const exportId = pathParameter(event, 'id');
  const record = exportIdSchema.safeParse(exportId).success ? await readExport(table, exportId) : undefined;
  if (!record) throw notFound('export', exportId);
  const { objectKey, ...shown } = record;
  const body: ExportResponse = {
    ...shown,
    ...(record.status === 'DONE' && objectKey
      ? { download: await reportDownload(reportBucket, objectKey, exportFileName(record)) }
      : {}),
  };
  return json(200, body);
}
