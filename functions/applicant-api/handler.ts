/**
 * The applicant API (one Lambda, routed on API Gateway's routeKey): the caller's applications
 * and payouts, withdrawal, evidence documents (presigned upload and download), the public policy document, the API document and its reference page,
 * and the answers to requests no route matches (API Gateway's `$default` route).
 */
import { ENV, UNMATCHED_ROUTE } from '../../shared/contract/resources.js';
import { POLICY_REGISTRY, shanghaiDate } from '../../shared/policy/index.js';
import { nowIso } from '../commons/runtime/clock.js';
import { env } from '../commons/runtime/env.js';
import { adminRecognition } from '../commons/edge/auth.js';
import {
  httpHandler,
  json,
  routeTable,
  unmatchedRoute,
  type HttpEvent,
  type HttpResult,
  type Route,
} from '../commons/edge/http.js';
import { listApplications, showApplication } from './applications.js';
import { getDocsPage, getDocsScript, getDocsStyles, getOpenApiDocument } from './docs.js';
import { addDocument, listDocuments, showDocument, type DocumentResources } from './documents.js';
import { listPayouts } from './payouts.js';
import { policyView } from './policy-view.js';
import { appealApplication } from './appeal.js';
import { withdrawApplication } from './withdraw.js';

/** GET /v1/policy is public: no claims are read. */
const getPolicy = async () =>
  json(200, policyView(POLICY_REGISTRY, shanghaiDate(nowIso())), { 'cache-control': 'public, max-age=300' });

/**
 * What the applicant API needs beside the request: the table the applications are stored in, the
 * document bucket their evidence is uploaded to and downloaded from, and the stage's rule for
 * administrators (who see any application, with more of it).
 */
export type ApplicantApiDeps = DocumentResources;

/** The API on these dependencies (tests build it on their own table and bucket). */
export const applicantApiWith = (deps: ApplicantApiDeps) => {
  const on =
    (route: (deps: ApplicantApiDeps, event: HttpEvent) => Promise<HttpResult>): Route =>
    (event) =>
      route(deps, event);
  return httpHandler(
    routeTable({
      'GET /v1/applications': on(listApplications),
      'GET /v1/payouts': on(listPayouts),
      'GET /v1/applications/{id}': on(showApplication),
      'POST /v1/applications/{id}/withdraw': on(withdrawApplication),
      'POST /v1/applications/{id}/appeal': on(appealApplication),
      'GET /v1/applications/{id}/documents': on(listDocuments),
      'POST /v1/applications/{id}/documents': on(addDocument),
      'GET /v1/applications/{id}/documents/{documentId}': on(showDocument),
      'GET /v1/policy': getPolicy,
      'GET /v1/openapi.json': getOpenApiDocument,
      'GET /docs': getDocsPage,
      'GET /docs/swagger-ui.css': getDocsStyles,
      'GET /docs/swagger-ui-bundle.js': getDocsScript,
      [UNMATCHED_ROUTE.routeKey]: unmatchedRoute,
    }),
  );
};

/** Composed once per container: the table, bucket and administrators' rule its environment names. */
export const handler = applicantApiWith({
  table: env(ENV.tableName),
  documentBucket: env(ENV.documentBucketName),
  admins: adminRecognition(),
});
