/**
 * What the OpenAPI document says of each route of ROUTES beyond its method, path and access:
 * the operation's name and summary, the zod schemas of its body and query (the ones the
 * handlers validate with), its success answer (a schema of functions/commons/edge/responses.ts)
 * and the refusals particular to it. The answers every route of a kind shares (400, 401, 403,
 * 404, 413, 415, 500) are added by ./document.ts. The generator fails on a route without a row.
 */
import type * as z from '../../shared/zod.js';
import type { ProblemType } from '../../shared/i18n/index.js';
import { appealDecisionBodySchema } from '../../functions/admin-api/appeal-decision-body.js';
import { certificationBodySchema } from '../../functions/admin-api/certification-body.js';
import { appealBodySchema } from '../../functions/applicant-api/appeal-body.js';
import { payoutRunBodySchema } from '../../functions/admin-api/payout-run-body.js';
import { simulationBodySchema } from '../../functions/admin-api/simulation-body.js';
import { exportBodySchema } from '../../functions/admin-api/export-body.js';
import { reviewBodySchema } from '../../functions/admin-api/review-body.js';
import { documentBodySchema } from '../../functions/applicant-api/document-body.js';
import {
  adminApplicationListParams,
  applicationListParams,
  fiscalYearPageParams,
  payoutListParams,
  statisticsParams,
} from '../../functions/commons/edge/list-params.js';
import { applicationSchema } from '../../shared/policy/index.js';

/** A named schema of components.schemas (see ./document.ts SCHEMAS). */
export type SchemaName =
  | 'Application'
  | 'ApplicationList'
  | 'Payout'
  | 'PayoutList'
  | 'PayoutRun'
  | 'PayoutRunStarted'
  | 'PayoutRunList'
  | 'PayoutForecast'
  | 'Certification'
  | 'Submission'
  | 'Redrive'
  | 'Policy'
  | 'Document'
  | 'DocumentList'
  | 'DocumentUpload'
  | 'Statistics'
  | 'SimulationStarted'
  | 'Simulation'
  | 'ExportStarted'
  | 'Export';

export interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  tag: 'applicant' | 'admin' | 'public';
  /** The body's schema and its examples by name (one per programme for an application). */
  body?: { schema: z.ZodMiniType; examples: Record<string, unknown> };
  query?: z.ZodMiniObject;
  /** Request headers besides Authorization. */
  headers?: Record<string, { description: string; maxLength: number }>;
  success: {
    status: 200 | 201 | 202;
    description: string;
    /** A named JSON schema, or a raw media type (the docs page and its assets). */
    content: SchemaName | { mediaType: string; schema: Record<string, unknown> };
    headers?: Record<string, string>;
    cacheControl?: true;
  };
  /** Refusals of this route only: status → when. */
  refusals?: Record<number, string>;
  /** The problem types of those refusals (their examples are real problem documents: ./problem-examples.ts). */
  problems?: ProblemType[];
}

/** What a route that reads, judges and writes answers when concurrent requests keep winning its race. */
const RACED = '`concurrent-update` when concurrent requests kept changing it';

const organisation = (name: string) => ({
  name,
  unifiedSocialCreditCode: '91350100M000100Y43',
  registeredInLingang: true,
});

/** One application of each programme (a test parses each with the handler's schema). */
const EXAMPLE_APPLICATIONS = {
  OSP_RND: {
    programme: 'OSP_RND',
    organisation: organisation('Deep Platform'),
    details: { periodStart: '2021-01-01', periodEnd: '2021-12-31', rndCosts: '12500000.00' },
  },
  OSP_OPERATING: {
    programme: 'OSP_OPERATING',
    organisation: organisation('Deep Platform'),
    details: { fiscalYear: 2021, operatingCosts: '2000000.00' },
  },
  AI_ACTIVITY: {
    programme: 'AI_ACTIVITY',
    organisation: organisation('Lin-gang AI Events Co., Ltd.'),
    details: {
      activityType: 'COMPETITION',
      description: 'Lin-gang autonomous driving algorithm challenge',
      requestedAmount: '300000.00',
    },
  },
  REVENUE_MILESTONE: {
    programme: 'REVENUE_MILESTONE',
    organisation: organisation('Lin-gang Vision Co., Ltd.'),
    details: {
      fiscalYear: 2021,
      mainBusinessIncome: '12000000.00',
      priorYears: [{ fiscalYear: 2020, mainBusinessIncome: '4000000.00' }],
    },
  },
  ENTERPRISE_SETTLEMENT: {
    programme: 'ENTERPRISE_SETTLEMENT',
    organisation: organisation('Lin-gang Robotics Co., Ltd.'),
    details: { establishedOn: '2021-02-01', origin: 'FOREIGN', requestedAmount: '10000000.00' },
  },
  NATIONAL_PLATFORM: {
    programme: 'NATIONAL_PLATFORM',
    organisation: organisation('Lin-gang Intelligent Computing Laboratory'),
    details: {
      recognition: 'NATIONAL_KEY_LABORATORY',
      recognitionReference: 'NKL-2021-001',
      recognizedOn: '2021-03-01',
      requestedAmount: '20000000.00',
    },
  },
};

const text = (mediaType: string) => ({ mediaType, schema: { type: 'string' } });

/** Keyed by API Gateway route key (`METHOD /path`). */
export const OPERATIONS: Readonly<Record<string, Operation>> = {
  'POST /v1/applications': {
    problems: ['idempotency-key-in-flight', 'idempotency-key-reused', 'application-window-closed'],
    operationId: 'submitApplication',
    summary: 'Submit an application',
    description: 'Accepted for evaluation (asynchronous): read the decision at the `Location`.',
    tag: 'applicant',
    body: { schema: applicationSchema, examples: EXAMPLE_APPLICATIONS },
    headers: {
      'Idempotency-Key': {
        description: 'a repeat with the same key and body answers the first response',
        maxLength: 255,
      },
    },
    success: {
      status: 202,
      description: 'Accepted',
      content: 'Submission',
      headers: { Location: 'the application: /v1/applications/{id}' },
    },
    refusals: {
      409: 'the same Idempotency-Key is still in flight',
      422: 'the same Idempotency-Key with another body, or before the application window opened',
    },
  },
  'GET /v1/applications': {
    operationId: 'listApplications',
    summary: 'Own applications, newest first',
    tag: 'applicant',
    query: applicationListParams,
    success: { status: 200, description: 'A page of applications', content: 'ApplicationList' },
  },
  'GET /v1/applications/{id}': {
    operationId: 'getApplication',
    summary: 'One application with its decision, review and payouts',
    description: 'The owner or an admin; audit trail for admins. Another applicant’s id is 404.',
    tag: 'applicant',
    success: { status: 200, description: 'The application', content: 'Application' },
  },
  'POST /v1/applications/{id}/withdraw': {
    problems: ['not-withdrawable', 'concurrent-update'],
    operationId: 'withdrawApplication',
    summary: 'Withdraw an application (SUBMITTED or NEEDS_REVIEW)',
    tag: 'applicant',
    success: { status: 200, description: 'The withdrawn application', content: 'Application' },
    refusals: { 409: `not withdrawable in its status (\`not-withdrawable\`); ${RACED}` },
  },
  'POST /v1/applications/{id}/appeal': {
    problems: ['already-appealed', 'appeal-not-allowed', 'appeal-window-closed', 'concurrent-update'],
    operationId: 'appealApplication',
    summary: 'Appeal an INELIGIBLE decision or a REJECTED review (once, within the appeal window)',
    description:
      'The owner only. Allowed within `appealWindowDays` (GET /v1/policy) Shanghai calendar days after the decision or review; `documentIds` must be documents of this application. The application becomes APPEALED.',
    tag: 'applicant',
    body: {
      schema: appealBodySchema,
      examples: {
        example: {
          grounds: 'The certification covered the whole period; the certificate is attached.',
          documentIds: ['01J9Z8Y7X6W5V4T3S2R1Q0P9N8'],
        },
      },
    },
    success: { status: 202, description: 'The appealed application', content: 'Application' },
    refusals: {
      409: `already appealed (\`already-appealed\`), not INELIGIBLE or REJECTED (\`appeal-not-allowed\`), or after the window (\`appeal-window-closed\`); ${RACED}`,
    },
  },
  'POST /v1/applications/{id}/documents': {
    problems: ['documents-not-accepted', 'document-limit-reached', 'concurrent-update'],
    operationId: 'addDocument',
    summary: 'Declare an evidence document and get a presigned PUT to upload it (15 minutes)',
    description:
      'The owner, while the application is SUBMITTED, NEEDS_REVIEW, INELIGIBLE or REJECTED; at most 20 documents per application. ' +
      'PUT the file to `upload.url` with exactly `upload.headers` (the signature covers type, length and SHA-256); ' +
      'the document is then verified (size, SHA-256, leading bytes) and becomes VERIFIED or REJECTED.',
    tag: 'applicant',
    body: {
      schema: documentBodySchema,
      examples: {
        example: {
          kind: 'RND_AUDIT_REPORT',
          fileName: 'rnd-audit-2021.pdf',
          contentType: 'application/pdf',
          size: 482113,
          sha256: 'a3f1c2d4e5b6a7980a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071',
        },
      },
    },
    success: {
      status: 201,
      description: 'Declared; upload within 15 minutes',
      content: 'DocumentUpload',
      headers: { Location: 'the document: /v1/applications/{id}/documents/{documentId}' },
    },
    refusals: {
      409: `the application takes no documents in its status (\`documents-not-accepted\`), or has 20 (\`document-limit-reached\`); ${RACED}`,
    },
  },
  'GET /v1/applications/{id}/documents': {
    operationId: 'listDocuments',
    summary: 'The evidence documents of an application, oldest first',
    description: 'The owner or an admin.',
    tag: 'applicant',
    success: { status: 200, description: 'The documents', content: 'DocumentList' },
  },
  'GET /v1/applications/{id}/documents/{documentId}': {
    operationId: 'getDocument',
    summary: 'One evidence document; with a presigned download (5 minutes) once VERIFIED',
    description: 'The owner or an admin.',
    tag: 'applicant',
    success: { status: 200, description: 'The document', content: 'Document' },
  },
  'GET /v1/payouts': {
    operationId: 'listOwnPayouts',
    summary: 'Own ledger entries, newest first',
    tag: 'applicant',
    query: payoutListParams,
    success: { status: 200, description: 'A page of payouts', content: 'PayoutList' },
  },
  'GET /v1/policy': {
    operationId: 'getPolicy',
    summary: 'Policy versions, their parameters with references, the version in force today',
    tag: 'public',
    success: { status: 200, description: 'The policy', content: 'Policy', cacheControl: true },
  },
  'PUT /v1/admin/platforms/{applicantId}/certification': {
    operationId: 'certifyPlatform',
    summary: 'Certify an open-source deep-learning platform (one certification per reference)',
    tag: 'admin',
    body: {
      schema: certificationBodySchema,
      examples: { example: { certifiedFrom: '2021-01-01', certifiedUntil: '2026-12-31', reference: 'OSP-CERT-1' } },
    },
    success: { status: 200, description: 'The certification', content: 'Certification' },
  },
  'GET /v1/admin/applications': {
    operationId: 'searchApplications',
    summary: 'Review queue and search',
    description:
      'No filter: the review queue (NEEDS_REVIEW); `needsAttention=true`: applications whose evaluation kept failing.',
    tag: 'admin',
    query: adminApplicationListParams,
    success: { status: 200, description: 'A page of applications', content: 'ApplicationList' },
  },
  'POST /v1/admin/applications/{id}/review': {
    problems: ['not-awaiting-review', 'no-longer-eligible', 'concurrent-update', 'amount-out-of-range'],
    operationId: 'reviewApplication',
    summary: 'Approve (with an amount) or reject an application that needs review',
    tag: 'admin',
    body: {
      schema: reviewBodySchema,
      examples: { example: { decision: 'APPROVE', amount: '250000.00', note: 'Prize pool and venue are eligible.' } },
    },
    success: { status: 200, description: 'The reviewed application', content: 'Application' },
    refusals: {
      409: `not awaiting review, or no longer eligible; ${RACED}`,
      422: 'the amount is above the decision’s ceiling',
    },
  },
  'POST /v1/admin/applications/{id}/appeal-decision': {
    problems: [
      'appeal-decider-reviewed',
      'not-appealed',
      'no-longer-eligible',
      'concurrent-update',
      'amount-out-of-range',
    ],
    operationId: 'decideAppeal',
    summary: 'Decide an appeal: UPHOLD the outcome appealed, or GRANT an amount',
    description:
      'An administrator other than the one who reviewed the application. GRANT awards within the programme’s limit and what remains of its caps: APPROVED, or ELIGIBLE for an operating-cost entitlement, which the next payout run pays.',
    tag: 'admin',
    body: {
      schema: appealDecisionBodySchema,
      examples: {
        example: { decision: 'GRANT', amount: '150000.00', note: 'The certificate covers the fiscal year.' },
      },
    },
    success: { status: 200, description: 'The application with its decided appeal', content: 'Application' },
    refusals: {
      403: 'the caller is not in the admin group, or reviewed this application (`appeal-decider-reviewed`)',
      409: `not APPEALED, or nothing may be granted (a once-only award given, a cap exhausted); ${RACED}`,
      422: 'the amount is above what may be granted',
    },
  },
  'POST /v1/admin/payout-runs': {
    problems: ['payout-not-yet-due', 'fiscal-year-not-subsidised'],
    operationId: 'startPayoutRun',
    summary: 'Start the operating-cost payout run of a fiscal year',
    tag: 'admin',
    body: { schema: payoutRunBodySchema, examples: { example: { fiscalYear: 2021 } } },
    success: {
      status: 202,
      description: 'Started',
      content: 'PayoutRunStarted',
      headers: { Location: 'the run: /v1/admin/payout-runs/{runId}' },
    },
    refusals: { 409: 'before 1 March of the following year, or a year the policy does not subsidise' },
  },
  'GET /v1/admin/payout-runs/{runId}': {
    operationId: 'getPayoutRun',
    summary: 'A payout run’s status and totals',
    tag: 'admin',
    success: { status: 200, description: 'The run', content: 'PayoutRun' },
  },
  'GET /v1/admin/payout-runs': {
    operationId: 'listPayoutRuns',
    summary: 'The payout runs of a fiscal year, newest first, each with its totals',
    tag: 'admin',
    query: fiscalYearPageParams,
    success: { status: 200, description: 'A page of runs', content: 'PayoutRunList' },
  },
  'GET /v1/admin/payout-forecast': {
    operationId: 'forecastPayoutRun',
    summary: 'What a payout run for a fiscal year would pay now, paying nothing',
    description:
      'Every unpaid operating-cost entitlement of the year, read as a run reads them: a run started now finds `entitlements` and pays `amount` (unless entitlements change meanwhile). Per applicant, a page at a time by applicant id; the totals always cover all of them. An amount belongs to the fiscal year whose operating costs it covers.',
    tag: 'admin',
    query: fiscalYearPageParams,
    success: { status: 200, description: 'The forecast', content: 'PayoutForecast' },
  },
  'GET /v1/admin/payouts': {
    operationId: 'listLedger',
    summary: 'The payout ledger of a fiscal year',
    tag: 'admin',
    query: fiscalYearPageParams,
    success: { status: 200, description: 'A page of ledger entries', content: 'PayoutList' },
  },
  'GET /v1/admin/statistics': {
    operationId: 'getStatistics',
    summary: 'What is committed and paid, per fiscal year and programme, with totals',
    description:
      'Applications by status, amounts awarded (decided, approved on review, granted on appeal), paid (the ledger) and committed but unpaid, exact to the fen. Answered from aggregates kept up to date from the table’s stream (seconds behind a write), not by counting records. Which fiscal year an amount belongs to: an operating-cost claim and its payments to the year whose costs it covers; every other application to the Asia/Shanghai calendar year of its submission. Both filters are optional: absent means all.',
    tag: 'admin',
    query: statisticsParams,
    success: { status: 200, description: 'The statistics', content: 'Statistics' },
  },
  'POST /v1/admin/simulations': {
    operationId: 'startSimulation',
    summary: 'Start a what-if simulation: the stored decisions judged again under a draft of the policy',
    description:
      'The draft is a policy version (every case judged under it; absent: each under the version in force on its submission date) with parameter overrides, each named as GET /v1/policy names it and valued as it renders it (e.g. `"ospOperatingRate": "15%"`). A parameter that does not exist, a value in another unit or out of range is a 400 naming `overrides.<name>`. Every stored decision of the programmes (absent: all) submitted within the window (Asia/Shanghai dates, inclusive; absent: no bound) is judged again with the history it was decided with (caps already consumed, once-only awards), asynchronously; nothing stored changes. Follow it at the Location.',
    tag: 'admin',
    body: {
      schema: simulationBodySchema,
      examples: {
        operatingRate: { overrides: { ospOperatingRate: '15%' }, programmes: ['OSP_OPERATING'] },
        window: {
          policyVersion: 'LG-AI-2020-R1',
          overrides: { aiActivityMax: '6000000.00' },
          submittedFrom: '2021-01-01',
          submittedTo: '2021-12-31',
        },
      },
    },
    success: {
      status: 202,
      description: 'Started',
      content: 'SimulationStarted',
      headers: { Location: 'the simulation: /v1/admin/simulations/{id}' },
    },
  },
  'GET /v1/admin/simulations/{id}': {
    operationId: 'getSimulation',
    summary: 'A what-if simulation’s progress and, once completed, its result per programme',
    description:
      'Per programme, once COMPLETED: cases judged again, changed outcomes and amounts, totals before and after and their difference, the 20 largest changes; and the same as CSV (UTF-8 with a byte-order mark, headers in the language the simulation was asked in: each programme’s total line, then its 20 largest changes with the organisation) at a download URL valid 5 minutes.',
    tag: 'admin',
    success: { status: 200, description: 'The simulation', content: 'Simulation' },
  },
  'POST /v1/admin/exports': {
    operationId: 'startExport',
    summary: 'Ask for a finance export: the ledger or the awards of a fiscal year, as CSV',
    description:
      'A job writes the file to private storage (any size); read GET /v1/admin/exports/{id} for its status and, once DONE, a download URL valid five minutes. CSV in UTF-8 with a byte-order mark, headers in the language negotiated from this request’s Accept-Language, money as yuan exact to the fen, cells beginning with =, +, -, @ neutralised with a leading apostrophe. LEDGER: the payments of the year (the year of the entitlement each pays); AWARDS: what applications now ELIGIBLE, APPROVED or PAID were awarded (an operating-cost claim in the year whose costs it covers, every other application in the Asia/Shanghai calendar year of its submission), so the file’s total equals GET /v1/admin/statistics’ for the year.',
    tag: 'admin',
    body: { schema: exportBodySchema, examples: { example: { kind: 'LEDGER', fiscalYear: 2021 } } },
    success: {
      status: 202,
      description: 'Asked for',
      content: 'ExportStarted',
      headers: { Location: 'the export: /v1/admin/exports/{id}' },
    },
  },
  'GET /v1/admin/exports/{id}': {
    operationId: 'getExport',
    summary: 'A finance export’s status, and its download URL once written',
    tag: 'admin',
    success: { status: 200, description: 'The export', content: 'Export' },
  },
  'POST /v1/admin/evaluation-redrive': {
    operationId: 'redriveEvaluations',
    summary: 'Move the evaluation DLQ’s messages back to the evaluation queue',
    tag: 'admin',
    success: { status: 200, description: 'How many messages moved', content: 'Redrive' },
  },
  'POST /v1/admin/event-republish': {
    operationId: 'republishEvents',
    summary: 'Hand the events the outbox relay gave up back to it, to publish each once with its eventId',
    tag: 'admin',
    success: { status: 200, description: 'How many events were handed back', content: 'Redrive' },
  },
  'GET /v1/openapi.json': {
    operationId: 'getOpenApiDocument',
    summary: 'This document',
    tag: 'public',
    success: {
      status: 200,
      description: 'The OpenAPI 3.1 document',
      content: { mediaType: 'application/json', schema: { type: 'object' } },
      cacheControl: true,
    },
  },
  'GET /docs': {
    operationId: 'getDocsPage',
    summary: 'The API reference page (Swagger UI) rendering this document',
    tag: 'public',
    success: { status: 200, description: 'The page', content: text('text/html'), cacheControl: true },
  },
  'GET /docs/swagger-ui.css': {
    operationId: 'getDocsStyles',
    summary: 'The reference page’s style sheet',
    tag: 'public',
    success: { status: 200, description: 'Swagger UI’s CSS', content: text('text/css'), cacheControl: true },
  },
  'GET /docs/swagger-ui-bundle.js': {
    operationId: 'getDocsScript',
    summary: 'The reference page’s script',
    tag: 'public',
    success: {
      status: 200,
      description: 'Swagger UI’s JavaScript bundle',
      content: text('text/javascript'),
      cacheControl: true,
    },
  },
};
