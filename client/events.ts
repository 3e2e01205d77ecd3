/** Generated from schemas/ by `npm run schemas` (scripts/openapi/client-types.ts): do not edit. */

type paths = Record<string, never>;
type webhooks = Record<string, never>;
interface components {
    schemas: {
        ApplicationSubmittedDetail: {
            /** @description stable across redeliveries: consumers dedupe on it */
            eventId: string;
            /** Format: date-time */
            occurredAt: string;
            /** @constant */
            schemaVersion: "1.2";
            /** @description the id of the request that caused it (also in every log line of that work): follow one request through the system. The API request (an application change, a document’s upload request, an admin’s payout run or simulation); for a scheduled payout run, the scheduler’s invocation of the planner */
            correlationId?: string;
            applicationId: string;
            applicantId: string;
            /** @enum {string} */
            programme: "OSP_RND" | "OSP_OPERATING" | "AI_ACTIVITY" | "REVENUE_MILESTONE" | "ENTERPRISE_SETTLEMENT" | "NATIONAL_PLATFORM";
            /** @description this event’s place among its application’s events: 1, 2, 3 … in commit order (schema 1.1); order and dedupe by it */
            sequence: number;
            /** Format: date-time */
            submittedAt: string;
        };
        ApplicationEvaluatedDetail: {
            /** @description stable across redeliveries: consumers dedupe on it */
            eventId: string;
            /** Format: date-time */
            occurredAt: string;
            /** @constant */
            schemaVersion: "1.2";
            /** @description the id of the request that caused it (also in every log line of that work): follow one request through the system. The API request (an application change, a document’s upload request, an admin’s payout run or simulation); for a scheduled payout run, the scheduler’s invocation of the planner */
            correlationId?: string;
            applicationId: string;
            applicantId: string;
            /** @enum {string} */
            programme: "OSP_RND" | "OSP_OPERATING" | "AI_ACTIVITY" | "REVENUE_MILESTONE" | "ENTERPRISE_SETTLEMENT" | "NATIONAL_PLATFORM";
            /** @description this event’s place among its application’s events: 1, 2, 3 … in commit order (schema 1.1); order and dedupe by it */
            sequence: number;
            /** @enum {string} */
            outcome: "ELIGIBLE" | "INELIGIBLE" | "NEEDS_REVIEW";
            /** @description yuan with exactly two decimals */
            amount: string;
            capApplied: boolean;
            policyVersion: string;
            /** @description why, in every language the platform writes (SPEC §3.2); added in schema 1.0 without breaking it */
            reasons: {
                rule: string;
                message: {
                    en: string;
                    "zh-CN": string;
                };
            }[];
        };
        ApplicationReviewedDetail: {
            /** @description stable across redeliveries: consumers dedupe on it */
            eventId: string;
            /** Format: date-time */
            occurredAt: string;
            /** @constant */
            schemaVersion: "1.2";
            /** @description the id of the request that caused it (also in every log line of that work): follow one request through the system. The API request (an application change, a document’s upload request, an admin’s payout run or simulation); for a scheduled payout run, the scheduler’s invocation of the planner */
            correlationId?: string;
            applicationId: string;
            applicantId: string;
            /** @enum {string} */
            programme: "OSP_RND" | "OSP_OPERATING" | "AI_ACTIVITY" | "REVENUE_MILESTONE" | "ENTERPRISE_SETTLEMENT" | "NATIONAL_PLATFORM";
            /** @description this event’s place among its application’s events: 1, 2, 3 … in commit order (schema 1.1); order and dedupe by it */
            sequence: number;
            /** @enum {string} */
            decision: "APPROVE" | "REJECT";
            /** @description yuan with exactly two decimals */
            amount?: string;
            reviewedBy: string;
        };
        ApplicationWithdrawnDetail: {
            /** @description stable across redeliveries: consumers dedupe on it */
            eventId: string;
            /** Format: date-time */
            occurredAt: string;
            /** @constant */
            schemaVersion: "1.2";
            /** @description the id of the request that caused it (also in every log line of that work): follow one request through the system. The API request (an application change, a document’s upload request, an admin’s payout run or simulation); for a scheduled payout run, the scheduler’s invocation of the planner */
            correlationId?: string;
            applicationId: string;
            applicantId: string;
            /** @enum {string} */
            programme: "OSP_RND" | "OSP_OPERATING" | "AI_ACTIVITY" | "REVENUE_MILESTONE" | "ENTERPRISE_SETTLEMENT" | "NATIONAL_PLATFORM";
            /** @description this event’s place among its application’s events: 1, 2, 3 … in commit order (schema 1.1); order and dedupe by it */
            sequence: number;
            /** @enum {string} */
            from: "SUBMITTED" | "ELIGIBLE" | "INELIGIBLE" | "NEEDS_REVIEW" | "APPROVED" | "REJECTED" | "WITHDRAWN" | "PAID" | "APPEALED";
        };
        ApplicationAppealedDetail: {
            /** @description stable across redeliveries: consumers dedupe on it */
            eventId: string;
            /** Format: date-time */
            occurredAt: string;
            /** @constant */
            schemaVersion: "1.2";
            /** @description the id of the request that caused it (also in every log line of that work): follow one request through the system. The API request (an application change, a document’s upload request, an admin’s payout run or simulation); for a scheduled payout run, the scheduler’s invocation of the planner */
            correlationId?: string;
            applicationId: string;
            applicantId: string;
            /** @enum {string} */
            programme: "OSP_RND" | "OSP_OPERATING" | "AI_ACTIVITY" | "REVENUE_MILESTONE" | "ENTERPRISE_SETTLEMENT" | "NATIONAL_PLATFORM";
            /** @description this event’s place among its application’s events: 1, 2, 3 … in commit order (schema 1.1); order and dedupe by it */
            sequence: number;
            /** @enum {string} */
            from: "INELIGIBLE" | "REJECTED";
            /** @description evidence documents of the application the appeal cites */
            documentIds: string[];
        };
        AppealDecidedDetail: {
            /** @description stable across redeliveries: consumers dedupe on it */
            eventId: string;
            /** Format: date-time */
            occurredAt: string;
            /** @constant */
            schemaVersion: "1.2";
            /** @description the id of the request that caused it (also in every log line of that work): follow one request through the system. The API request (an application change, a document’s upload request, an admin’s payout run or simulation); for a scheduled payout run, the scheduler’s invocation of the planner */
            correlationId?: string;
            applicationId: string;
            applicantId: string;
            /** @enum {string} */
            programme: "OSP_RND" | "OSP_OPERATING" | "AI_ACTIVITY" | "REVENUE_MILESTONE" | "ENTERPRISE_SETTLEMENT" | "NATIONAL_PLATFORM";
            /** @description this event’s place among its application’s events: 1, 2, 3 … in commit order (schema 1.1); order and dedupe by it */
            sequence: number;
            /** @enum {string} */
            decision: "UPHOLD" | "GRANT";
            /**
             * @description the status the decision gave the application
             * @enum {string}
             */
            status: "INELIGIBLE" | "REJECTED" | "APPROVED" | "ELIGIBLE";
            /** @description yuan with exactly two decimals */
            amount?: string;
            decidedBy: string;
            reasons: {
                rule: string;
                message: {
                    en: string;
                    "zh-CN": string;
                };
            }[];
        };
        PayoutIssuedDetail: {
            /** @description stable across redeliveries: consumers dedupe on it */
            eventId: string;
            /** Format: date-time */
            occurredAt: string;
            /** @constant */
            schemaVersion: "1.1";
            /** @description the id of the request that caused it (also in every log line of that work): follow one request through the system. The API request (an application change, a document’s upload request, an admin’s payout run or simulation); for a scheduled payout run, the scheduler’s invocation of the planner */
            correlationId?: string;
            payoutId: string;
            applicationId: string;
            applicantId: string;
            fiscalYear: number;
            /** @description yuan with exactly two decimals */
            amount: string;
            runId: string;
        };
        PayoutRunCompletedDetail: {
            /** @description stable across redeliveries: consumers dedupe on it */
            eventId: string;
            /** Format: date-time */
            occurredAt: string;
            /** @constant */
            schemaVersion: "1.1";
            /** @description the id of the request that caused it (also in every log line of that work): follow one request through the system. The API request (an application change, a document’s upload request, an admin’s payout run or simulation); for a scheduled payout run, the scheduler’s invocation of the planner */
            correlationId?: string;
            runId: string;
            fiscalYear: number;
            found: number;
            paid: number;
            alreadyPaid: number;
            failed: number;
            /** @description yuan with exactly two decimals */
            amount: string;
        };
        DocumentVerifiedDetail: {
            /** @description stable across redeliveries: consumers dedupe on it */
            eventId: string;
            /** Format: date-time */
            occurredAt: string;
            /** @constant */
            schemaVersion: "1.1";
            /** @description the id of the request that caused it (also in every log line of that work): follow one request through the system. The API request (an application change, a document’s upload request, an admin’s payout run or simulation); for a scheduled payout run, the scheduler’s invocation of the planner */
            correlationId?: string;
            documentId: string;
            applicationId: string;
            applicantId: string;
            /** @enum {string} */
            kind: "RND_AUDIT_REPORT" | "OPERATING_COST_STATEMENT" | "FINANCIAL_STATEMENT" | "BUSINESS_LICENCE" | "RECOGNITION_CERTIFICATE" | "ACTIVITY_PLAN" | "OTHER";
            /** @enum {string} */
            contentType: "application/pdf" | "image/png" | "image/jpeg";
            size: number;
            sha256: string;
            /** Format: date-time */
            uploadedAt: string;
        };
        DocumentRejectedDetail: {
            /** @description stable across redeliveries: consumers dedupe on it */
            eventId: string;
            /** Format: date-time */
            occurredAt: string;
            /** @constant */
            schemaVersion: "1.1";
            /** @description the id of the request that caused it (also in every log line of that work): follow one request through the system. The API request (an application change, a document’s upload request, an admin’s payout run or simulation); for a scheduled payout run, the scheduler’s invocation of the planner */
            correlationId?: string;
            documentId: string;
            applicationId: string;
            applicantId: string;
            /** @enum {string} */
            kind: "RND_AUDIT_REPORT" | "OPERATING_COST_STATEMENT" | "FINANCIAL_STATEMENT" | "BUSINESS_LICENCE" | "RECOGNITION_CERTIFICATE" | "ACTIVITY_PLAN" | "OTHER";
            /**
             * @description the object was removed
             * @enum {string}
             */
            rejectReason: "SIZE_MISMATCH" | "CHECKSUM_MISMATCH" | "TYPE_MISMATCH";
        };
        SimulationCompletedDetail: {
            /** @description stable across redeliveries: consumers dedupe on it */
            eventId: string;
            /** Format: date-time */
            occurredAt: string;
            /** @constant */
            schemaVersion: "1.1";
            /** @description the id of the request that caused it (also in every log line of that work): follow one request through the system. The API request (an application change, a document’s upload request, an admin’s payout run or simulation); for a scheduled payout run, the scheduler’s invocation of the planner */
            correlationId?: string;
            simulationId: string;
            programmes: {
                /** @enum {string} */
                programme: "OSP_RND" | "OSP_OPERATING" | "AI_ACTIVITY" | "REVENUE_MILESTONE" | "ENTERPRISE_SETTLEMENT" | "NATIONAL_PLATFORM";
                cases: number;
                changedOutcomes: number;
                changedAmounts: number;
                /** @description yuan with exactly two decimals */
                totalBefore: string;
                /** @description yuan with exactly two decimals */
                totalAfter: string;
                /** @description yuan, two decimals, negative when the draft decides less */
                difference: string;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
type $defs = Record<string, never>;
type operations = Record<string, never>;

export type ApplicationSubmittedDetail = components['schemas']['ApplicationSubmittedDetail'];
export type ApplicationEvaluatedDetail = components['schemas']['ApplicationEvaluatedDetail'];
export type ApplicationReviewedDetail = components['schemas']['ApplicationReviewedDetail'];
export type ApplicationWithdrawnDetail = components['schemas']['ApplicationWithdrawnDetail'];
export type ApplicationAppealedDetail = components['schemas']['ApplicationAppealedDetail'];
export type AppealDecidedDetail = components['schemas']['AppealDecidedDetail'];
export type PayoutIssuedDetail = components['schemas']['PayoutIssuedDetail'];
export type PayoutRunCompletedDetail = components['schemas']['PayoutRunCompletedDetail'];
export type DocumentVerifiedDetail = components['schemas']['DocumentVerifiedDetail'];
export type DocumentRejectedDetail = components['schemas']['DocumentRejectedDetail'];
export type SimulationCompletedDetail = components['schemas']['SimulationCompletedDetail'];

export const EVENT_SOURCE = 'lingang.ai-subsidy';
export const EVENT_TYPES = ['ApplicationSubmitted', 'ApplicationEvaluated', 'ApplicationReviewed', 'ApplicationWithdrawn', 'ApplicationAppealed', 'AppealDecided', 'PayoutIssued', 'PayoutRunCompleted', 'DocumentVerified', 'DocumentRejected', 'SimulationCompleted'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** The detail of each event type. */
export interface EventDetails {
  ApplicationSubmitted: ApplicationSubmittedDetail;
  ApplicationEvaluated: ApplicationEvaluatedDetail;
  ApplicationReviewed: ApplicationReviewedDetail;
  ApplicationWithdrawn: ApplicationWithdrawnDetail;
  ApplicationAppealed: ApplicationAppealedDetail;
  AppealDecided: AppealDecidedDetail;
  PayoutIssued: PayoutIssuedDetail;
  PayoutRunCompleted: PayoutRunCompletedDetail;
  DocumentVerified: DocumentVerifiedDetail;
  DocumentRejected: DocumentRejectedDetail;
  SimulationCompleted: SimulationCompletedDetail;
}

/** An event as EventBridge delivers it to a rule's target (a Lambda function receives exactly this). */
export interface PlatformEvent<T extends EventType = EventType> {
  version: '0';
  id: string;
  'detail-type': T;
  source: typeof EVENT_SOURCE;
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: EventDetails[T];
}

/** Any of the platform's events: narrowing on `detail-type` narrows `detail`. */
export type AnyPlatformEvent = { [T in EventType]: PlatformEvent<T> }[EventType];
export type ApplicationSubmittedEvent = PlatformEvent<'ApplicationSubmitted'>;
export type ApplicationEvaluatedEvent = PlatformEvent<'ApplicationEvaluated'>;
export type ApplicationReviewedEvent = PlatformEvent<'ApplicationReviewed'>;
export type ApplicationWithdrawnEvent = PlatformEvent<'ApplicationWithdrawn'>;
export type ApplicationAppealedEvent = PlatformEvent<'ApplicationAppealed'>;
export type AppealDecidedEvent = PlatformEvent<'AppealDecided'>;
export type PayoutIssuedEvent = PlatformEvent<'PayoutIssued'>;
export type PayoutRunCompletedEvent = PlatformEvent<'PayoutRunCompleted'>;
export type DocumentVerifiedEvent = PlatformEvent<'DocumentVerified'>;
export type DocumentRejectedEvent = PlatformEvent<'DocumentRejected'>;
export type SimulationCompletedEvent = PlatformEvent<'SimulationCompleted'>;
