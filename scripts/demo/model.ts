/**
 * What the demo scenario produces (the demo prints it, the end-to-end test asserts it), what it
 * is given, and the fiscal years it claims for.
 */
import type { Schemas } from '../../client/index.js';

export type ApplicationView = Schemas['Application'];
export type PayoutView = Schemas['Payout'];
export type RunView = Schemas['PayoutRun'];
export type Programme = ApplicationView['programme'];
type Outcome = NonNullable<ApplicationView['decision']>['outcome'];

export interface LocalEvent {
  id: string;
  'detail-type': string;
  source: string;
  detail: Record<string, unknown> & { eventId?: string; applicationId?: string; runId?: string };
}

export interface Step {
  name: string;
  method: string;
  path: string;
  expected: number;
  status: number;
  ok: boolean;
  ms: number;
  /** The problem document or body text when the status was not the expected one. */
  problem?: string;
}

/** One application of the scenario, as submitted and as it ended. */
export interface ScenarioApplication {
  /** Short label for the tables (e.g. "operating 2021 #2"). */
  label: string;
  programme: Programme;
  applicantId: string;
  applicationId: string;
  submitted: Record<string, unknown>;
  /** The outcome the scenario expects from the policy. */
  expectedOutcome: Outcome;
  /** The status the scenario expects once it has finished (after reviews and payouts). */
  expectedFinalStatus: string;
  /** The application after evaluation (GET right after the decision). */
  evaluated?: ApplicationView;
  /** The application at the end of the scenario. */
  final?: ApplicationView;
}

/** An evidence document the scenario uploaded. */
export interface ScenarioDocument {
  label: string;
  applicationId: string;
  documentId: string;
  fileName: string;
  bytes: number;
  status: string;
  /** From the PUT to the verifier's conclusion, as the API shows it. */
  verifiedInMs: number;
  /** The presigned GET served the uploaded bytes. */
  downloadIdentical: boolean;
}

export interface ScenarioResult {
  ok: boolean;
  baseUrl: string;
  tag: string;
  /** ISO time the scenario started (events are read from here). */
  startedAt: string;
  durationMs: number;
  /** `admin` reviews; `appealsOfficer`, a second admin, decides appeals (separation of duties). */
  applicants: Record<
    'platform' | 'uncertified' | 'activity' | 'company' | 'settler' | 'lab' | 'admin' | 'appealsOfficer',
    string
  >;
  certification?: Record<string, unknown>;
  applications: ScenarioApplication[];
  reviews: Array<{ label: string; decision: 'APPROVE' | 'REJECT'; amount?: string; status: string }>;
  appeals: Array<{ label: string; decision: 'UPHOLD' | 'GRANT'; amount?: string; decidedBy: string; status: string }>;
  runs: RunView[];
  /** Ledger entries of this scenario's applicants, by fiscal year (from GET /v1/admin/payouts). */
  ledger: Record<number, PayoutView[]>;
  /** GET /v1/payouts of the platform. */
  platformPayouts: PayoutView[];
  documents: ScenarioDocument[];
  /** Events of this scenario (by application id or run id), deduplicated on detail.eventId. */
  events: LocalEvent[];
  eventCounts: Record<string, number>;
  steps: Step[];
  /** Everything that was not as expected, one sentence each. */
  failures: string[];
}

export interface ScenarioOptions {
  /** e.g. http://127.0.0.1:3000 */
  baseUrl: string;
  /** Mints a bearer token the gateway accepts (the local dev key). */
  token: (sub: string, admin: boolean) => Promise<string> | string;
  /** Distinguishes this run's applicant ids; default: a time-based tag. */
  tag?: string;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
  /** How long to wait for a decision or a payout run; default 60 s. */
  waitTimeoutMs?: number;
}

/** The fiscal years of the operating-cost claims and payout runs. */
export const FISCAL_YEARS = [2021, 2022] as const;
