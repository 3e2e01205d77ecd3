/**
 * Act 4b: the rejected applicant brings evidence: declares a PDF on the application, uploads it to
 * the presigned URL, awaits the verifier and downloads it back.
 */
import { demoPdf, downloadsSame, putToPresignedUrl, sha256Hex } from '../../demo-documents.js';
import { ScenarioError, type ScenarioContext } from '../context.js';
import type { ScenarioApplication, ScenarioDocument } from '../model.js';

async function awaitVerification(ctx: ScenarioContext, app: ScenarioApplication, documentId: string, fileName: string) {
  const path = { id: app.applicationId, documentId };
  const read = async () =>
    (
      await ctx.call(
        `read document ${app.label}`,
        200,
        async () =>
          ctx.api.GET('/v1/applications/{id}/documents/{documentId}', {
            params: { path },
            headers: await ctx.auth(app.applicantId),
          }),
        false,
      )
    ).body;
  return ctx.waitFor(`the verification of ${fileName}`, async () => {
    const current = await read();
    return current?.status === 'PENDING' ? undefined : current;
  });
}

async function uploadEvidence(
  ctx: ScenarioContext,
  app: ScenarioApplication,
  kind: 'BUSINESS_LICENCE',
  fileName: string,
): Promise<ScenarioDocument> {
  const bytes = demoPdf(`${fileName} (${app.applicationId})`);
  const body = {
    kind,
    fileName,
    contentType: 'application/pdf' as const,
    size: bytes.length,
    sha256: sha256Hex(bytes),
  };
  const { body: declared } = await ctx.call(`declare document ${app.label}`, 201, async () =>
    ctx.api.POST('/v1/applications/{id}/documents', {
      params: { path: { id: app.applicationId } },
      body,
      headers: await ctx.auth(app.applicantId),
    }),
  );
  if (!declared?.upload) throw new ScenarioError(`declare document ${app.label}: no upload in the answer`);
  const t0 = performance.now();
  const put = await putToPresignedUrl(declared.upload, bytes);
  if (put !== 200) ctx.fail(`upload ${fileName}: the presigned PUT answered ${put}`);
  const document = await awaitVerification(ctx, app, declared.documentId, fileName);
  const verifiedInMs = Math.round(performance.now() - t0);
  if (document.status !== 'VERIFIED')
    ctx.fail(`document ${fileName}: ${document.status} ${document.rejectReason ?? ''}, expected VERIFIED`);
  const downloadIdentical = document.download ? await downloadsSame(document.download.url, bytes) : false;
  if (!downloadIdentical) ctx.fail(`document ${fileName}: the download is not the uploaded file`);
  const entry = {
    label: app.label,
    applicationId: app.applicationId,
    documentId: declared.documentId,
    fileName,
    bytes: bytes.length,
    status: document.status,
    verifiedInMs,
    downloadIdentical,
  };
  ctx.result.documents.push(entry);
  ctx.log(
    `  uploaded  ${fileName.padEnd(22)} ${bytes.length} bytes, ${document.status} in ${verifiedInMs} ms, download ${downloadIdentical ? 'identical' : 'DIFFERENT'}`,
  );
  return entry;
}

export async function bringBusinessLicence(
  ctx: ScenarioContext,
  rejected: ScenarioApplication,
): Promise<ScenarioDocument> {
  ctx.log('evidence documents');
  return uploadEvidence(ctx, rejected, 'BUSINESS_LICENCE', 'business-licence.pdf');
}
