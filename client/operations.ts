/** Generated from schemas/ by `npm run schemas` (scripts/openapi/client-types.ts): do not edit. */

import type { components, operations } from './schema.js';

// Every schema of components.schemas by its own name.
export type Application = components['schemas']['Application'];
export type ApplicationList = components['schemas']['ApplicationList'];
export type Payout = components['schemas']['Payout'];
export type PayoutList = components['schemas']['PayoutList'];
export type PayoutRun = components['schemas']['PayoutRun'];
export type PayoutRunStarted = components['schemas']['PayoutRunStarted'];
export type PayoutRunList = components['schemas']['PayoutRunList'];
export type PayoutForecast = components['schemas']['PayoutForecast'];
export type Certification = components['schemas']['Certification'];
export type Submission = components['schemas']['Submission'];
export type Redrive = components['schemas']['Redrive'];
export type Policy = components['schemas']['Policy'];
export type Document = components['schemas']['Document'];
export type DocumentList = components['schemas']['DocumentList'];
export type DocumentUpload = components['schemas']['DocumentUpload'];
export type Statistics = components['schemas']['Statistics'];
export type SimulationStarted = components['schemas']['SimulationStarted'];
export type Simulation = components['schemas']['Simulation'];
export type ExportStarted = components['schemas']['ExportStarted'];
export type Export = components['schemas']['Export'];
export type Problem = components['schemas']['Problem'];
export type GatewayError = components['schemas']['GatewayError'];

// submitApplication: Submit an application
export type SubmitApplicationBody = operations['submitApplication']['requestBody']['content']['application/json'];
export type SubmitApplicationHeaders = NonNullable<operations['submitApplication']['parameters']['header']>;
/** The 202 answer's body. */
export type SubmitApplicationResponse = operations['submitApplication']['responses'][202]['content']['application/json'];
/** Every answer, by status. */
export type SubmitApplicationResponses = operations['submitApplication']['responses'];

// listApplications: Own applications, newest first
export type ListApplicationsQuery = NonNullable<operations['listApplications']['parameters']['query']>;
/** The 200 answer's body. */
export type ListApplicationsResponse = operations['listApplications']['responses'][200]['content']['application/json'];
/** Every answer, by status. */
export type ListApplicationsResponses = operations['listApplications']['responses'];

// getApplication: One application with its decision, review and payouts
export type GetApplicationPath = NonNullable<operations['getApplication']['parameters']['path']>;
/** The 200 answer's body. */
export type GetApplicationResponse = operations['getApplication']['responses'][200]['content']['application/json'];
/** Every answer, by status. */
export type GetApplicationResponses = operations['getApplication']['responses'];

// withdrawApplication: Withdraw an application (SUBMITTED or NEEDS_REVIEW)
export type WithdrawApplicationPath = NonNullable<operations['withdrawApplication']['parameters']['path']>;
/** The 200 answer's body. */
export type WithdrawApplicationResponse = operations['withdrawApplication']['responses'][200]['content']['application/json'];
/** Every answer, by status. */
export type WithdrawApplicationResponses = operations['withdrawApplication']['responses'];

// appealApplication: Appeal an INELIGIBLE decision or a REJECTED review (once, within the appeal window)
export type AppealApplicationBody = operations['appealApplication']['requestBody']['content']['application/json'];
export type AppealApplicationPath = NonNullable<operations['appealApplication']['parameters']['path']>;
/** The 202 answer's body. */
export type AppealApplicationResponse = operations['appealApplication']['responses'][202]['content']['application/json'];
/** Every answer, by status. */
export type AppealApplicationResponses = operations['appealApplication']['responses'];

// addDocument: Declare an evidence document and get a presigned PUT to upload it (15 minutes)
export type AddDocumentBody = operations['addDocument']['requestBody']['content']['application/json'];
export type AddDocumentPath = NonNullable<operations['addDocument']['parameters']['path']>;
/** The 201 answer's body. */
export type AddDocumentResponse = operations['addDocument']['responses'][201]['content']['application/json'];
/** Every answer, by status. */
export type AddDocumentResponses = operations['addDocument']['responses'];

// listDocuments: The evidence documents of an application, oldest first
export type ListDocumentsPath = NonNullable<operations['listDocuments']['parameters']['path']>;
/** The 200 answer's body. */
export type ListDocumentsResponse = operations['listDocuments']['responses'][200]['content']['application/json'];
/** Every answer, by status. */
export type ListDocumentsResponses = operations['listDocuments']['responses'];

// getDocument: One evidence document; with a presigned download (5 minutes) once VERIFIED
export type GetDocumentPath = NonNullable<operations['getDocument']['parameters']['path']>;
/** The 200 answer's body. */
export type GetDocumentResponse = operations['getDocument']['responses'][200]['content']['application/json'];
/** Every answer, by status. */
export type GetDocumentResponses = operations['getDocument']['responses'];

// listOwnPayouts: Own ledger entries, newest first
export type ListOwnPayoutsQuery = NonNullable<operations['listOwnPayouts']['parameters']['query']>;
/** The 200 answer's body. */
export type ListOwnPayoutsResponse = operations['listOwnPayouts']['responses'][200]['content']['application/json'];
/** Every answer, by status. */
export type ListOwnPayoutsResponses = operations['listOwnPayouts']['responses'];

// getPolicy: Policy versions, their parameters with references, the version in force today
/** The 200 answer's body. */
export type GetPolicyResponse = operations['getPolicy']['responses'][200]['content']['application/json'];
/** Every answer, by status. */
export type GetPolicyResponses = operations['getPolicy']['responses'];

// certifyPlatform: Certify an open-source deep-learning platform (one certification per reference)
export type CertifyPlatformBody = operations['certifyPlatform']['requestBody']['content']['application/json'];
export type CertifyPlatformPath = NonNullable<operations['certifyPlatform']['parameters']['path']>;
/** The 200 answer's body. */
export type CertifyPlatformResponse = operations['certifyPlatform']['responses'][200]['content']['application/json'];
/** Every answer, by status. */
export type CertifyPlatformResponses = operations['certifyPlatform']['responses'];

// searchApplications: Review queue and search
export type SearchApplicationsQuery = NonNullable<operations['searchApplications']['parameters']['query']>;
/** The 200 answer's body. */
export type SearchApplicationsResponse = operations['searchApplications']['responses'][200]['content']['application/json'];
/** Every answer, by status. */
export type SearchApplicationsResponses = operations['searchApplications']['responses'];

// reviewApplication: Approve (with an amount) or reject an application that needs review
export type ReviewApplicationBody = operations['reviewApplication']['requestBody']['content']['application/json'];
export type ReviewApplicationPath = NonNullable<operations['reviewApplication']['parameters']['path']>;
/** The 200 answer's body. */
export type ReviewApplicationResponse = operations['reviewApplication']['responses'][200]['content']['application/json'];
/** Every answer, by status. */
export type ReviewApplicationResponses = operations['reviewApplication']['responses'];

// decideAppeal: Decide an appeal: UPHOLD the outcome appealed, or GRANT an amount
export type DecideAppealBody = operations['decideAppeal']['requestBody']['content']['application/json'];
export type DecideAppealPath = NonNullable<operations['decideAppeal']['parameters']['path']>;
/** The 200 answer's body. */
export type DecideAppealResponse = operations['decideAppeal']['responses'][200]['content']['application/json'];
/** Every answer, by status. */
export type DecideAppealResponses = operations['decideAppeal']['responses'];

// startPayoutRun: Start the operating-cost payout run of a fiscal year
export type StartPayoutRunBody = operations['startPayoutRun']['requestBody']['content']['application/json'];
/** The 202 answer's body. */
export type StartPayoutRunResponse = operations['startPayoutRun']['responses'][202]['content']['application/json'];
/** Every answer, by status. */
export type StartPayoutRunResponses = operations['startPayoutRun']['responses'];

// listPayoutRuns: The payout runs of a fiscal year, newest first, each with its totals
export type ListPayoutRunsQuery = NonNullable<operations['listPayoutRuns']['parameters']['query']>;
/** The 200 answer's body. */
export type ListPayoutRunsResponse = operations['listPayoutRuns']['responses'][200]['content']['application/json'];
/** Every answer, by status. */
export type ListPayoutRunsResponses = operations['listPayoutRuns']['responses'];

// getPayoutRun: A payout run’s status and totals
export type GetPayoutRunPath = NonNullable<operations['getPayoutRun']['parameters']['path']>;
/** The 200 answer's body. */
export type GetPayoutRunResponse = operations['getPayoutRun']['responses'][200]['content']['application/json'];
/** Every answer, by status. */
export type GetPayoutRunResponses = operations['getPayoutRun']['responses'];

// forecastPayoutRun: What a payout run for a fiscal year would pay now, paying nothing
export type ForecastPayoutRunQuery = NonNullable<operations['forecastPayoutRun']['parameters']['query']>;
/** The 200 answer's body. */
export type ForecastPayoutRunResponse = operations['forecastPayoutRun']['responses'][200]['content']['application/json'];
/** Every answer, by status. */
export type ForecastPayoutRunResponses = operations['forecastPayoutRun']['responses'];

// listLedger: The payout ledger of a fiscal year
export type ListLedgerQuery = NonNullable<operations['listLedger']['parameters']['query']>;
/** The 200 answer's body. */
export type ListLedgerResponse = operations['listLedger']['responses'][200]['content']['application/json'];
/** Every answer, by status. */
export type ListLedgerResponses = operations['listLedger']['responses'];

// getStatistics: What is committed and paid, per fiscal year and programme, with totals
export type GetStatisticsQuery = NonNullable<operations['getStatistics']['parameters']['query']>;
/** The 200 answer's body. */
export type GetStatisticsResponse = operations['getStatistics']['responses'][200]['content']['application/json'];
/** Every answer, by status. */
export type GetStatisticsResponses = operations['getStatistics']['responses'];

// startSimulation: Start a what-if simulation: the stored decisions judged again under a draft of the policy
export type StartSimulationBody = operations['startSimulation']['requestBody']['content']['application/json'];
/** The 202 answer's body. */
export type StartSimulationResponse = operations['startSimulation']['responses'][202]['content']['application/json'];
/** Every answer, by status. */
export type StartSimulationResponses = operations['startSimulation']['responses'];

// getSimulation: A what-if simulation’s progress and, once completed, its result per programme
export type GetSimulationPath = NonNullable<operations['getSimulation']['parameters']['path']>;
/** The 200 answer's body. */
export type GetSimulationResponse = operations['getSimulation']['responses'][200]['content']['application/json'];
/** Every answer, by status. */
export type GetSimulationResponses = operations['getSimulation']['responses'];

// startExport: Ask for a finance export: the ledger or the awards of a fiscal year, as CSV
export type StartExportBody = operations['startExport']['requestBody']['content']['application/json'];
/** The 202 answer's body. */
export type StartExportResponse = operations['startExport']['responses'][202]['content']['application/json'];
/** Every answer, by status. */
export type StartExportResponses = operations['startExport']['responses'];

// getExport: A finance export’s status, and its download URL once written
export type GetExportPath = NonNullable<operations['getExport']['parameters']['path']>;
/** The 200 answer's body. */
export type GetExportResponse = operations['getExport']['responses'][200]['content']['application/json'];
/** Every answer, by status. */
export type GetExportResponses = operations['getExport']['responses'];

// redriveEvaluations: Move the evaluation DLQ’s messages back to the evaluation queue
/** The 200 answer's body. */
export type RedriveEvaluationsResponse = operations['redriveEvaluations']['responses'][200]['content']['application/json'];
/** Every answer, by status. */
export type RedriveEvaluationsResponses = operations['redriveEvaluations']['responses'];

// republishEvents: Hand the events the outbox relay gave up back to it, to publish each once with its eventId
/** The 200 answer's body. */
export type RepublishEventsResponse = operations['republishEvents']['responses'][200]['content']['application/json'];
/** Every answer, by status. */
export type RepublishEventsResponses = operations['republishEvents']['responses'];

// getOpenApiDocument: This document
/** The 200 answer's body. */
export type GetOpenApiDocumentResponse = operations['getOpenApiDocument']['responses'][200]['content']['application/json'];
/** Every answer, by status. */
export type GetOpenApiDocumentResponses = operations['getOpenApiDocument']['responses'];

// getDocsPage: The API reference page (Swagger UI) rendering this document
/** The 200 answer's body. */
export type GetDocsPageResponse = operations['getDocsPage']['responses'][200]['content']['text/html'];
/** Every answer, by status. */
export type GetDocsPageResponses = operations['getDocsPage']['responses'];

// getDocsStyles: The reference page’s style sheet
/** The 200 answer's body. */
export type GetDocsStylesResponse = operations['getDocsStyles']['responses'][200]['content']['text/css'];
/** Every answer, by status. */
export type GetDocsStylesResponses = operations['getDocsStyles']['responses'];

// getDocsScript: The reference page’s script
/** The 200 answer's body. */
export type GetDocsScriptResponse = operations['getDocsScript']['responses'][200]['content']['text/javascript'];
/** Every answer, by status. */
export type GetDocsScriptResponses = operations['getDocsScript']['responses'];
