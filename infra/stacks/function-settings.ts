/** What each function is and how long it may run (its access comes from shared/contract/function-access.ts). */
import { Duration } from 'aws-cdk-lib';
import {
  EVALUATION_QUEUE,
  EXPORT_QUEUE,
  PAYOUT_QUEUE,
  SIMULATION_QUEUE,
  type FunctionName,
} from '../../shared/contract/resources.js';

export const FUNCTION_SETTINGS: Record<FunctionName, { description: string; timeout?: Duration }> = {
  'submit-application': {
    description:
      'POST /v1/applications: validates and stores an application with its event, idempotently, in one write',
  },
  'applicant-api': {
    description: 'Applicant routes: own applications, withdraw, payouts, and the public policy',
  },
  'admin-api': {
    description:
      'Admin routes (admin group checked here): certification, review, payout runs, ledger, statistics, simulations, exports, evaluation redrive, event republish',
  },
  'evaluate-application': {
    description: 'SQS EvaluationQueue consumer: evaluates under the policy in force, stores the decision and awards',
    // The queue's visibility timeout (resources.ts) is six times this.
    timeout: Duration.seconds(EVALUATION_QUEUE.visibilityTimeoutSeconds / 6),
  },
  'payout-planner': {
    description: "Creates a payout run and enqueues the fiscal year's unpaid operating-cost entitlements",
    timeout: Duration.minutes(15),
  },
  'payout-worker': {
    description:
      'SQS PayoutQueue consumer: pages entitlements (plan messages) and pays each exactly once into the ledger',
    timeout: Duration.seconds(PAYOUT_QUEUE.visibilityTimeoutSeconds / 6),
  },
  'simulation-worker': {
    description:
      'SQS SimulationQueue consumer: judges a page of stored applications again under a what-if draft, records its tallies once',
    timeout: Duration.seconds(SIMULATION_QUEUE.visibilityTimeoutSeconds / 6),
  },
  sweeper: {
    description: 'Safety net: re-queues applications still SUBMITTED (bounded), resumes stalled payout runs',
    timeout: Duration.minutes(1),
  },
  'outbox-relay': {
    description:
      'Table stream consumer: publishes outbox events to the bus (keeps what the bus refuses), queues evaluations of new applications',
    timeout: Duration.seconds(30),
  },
  'tally-statistics': {
    description: "Table stream consumer: adds each write's change to the statistics counters, once per stream record",
    timeout: Duration.seconds(30),
  },
  'reconcile-statistics': {
    description:
      'Scheduled: recounts applications and the ledger from the table and compares them with the statistics counters',
    // A parallel Scan of the table, and up to two pauses of 20 s before a difference counts.
    timeout: Duration.minutes(15),
  },
  'export-worker': {
    description:
      'SQS ExportQueue consumer: writes a finance export (the ledger or the awards of a fiscal year) as CSV into the report bucket',
    // A year read page by page into a multipart upload; the queue's visibility timeout is six times this.
    timeout: Duration.seconds(EXPORT_QUEUE.visibilityTimeoutSeconds / 6),
  },
  'verify-document': {
    description:
      'Document bucket object-created consumer: checks size, SHA-256 and type signature; VERIFIED or REJECTED (object removed)',
    // Streams and hashes at most 20 MiB.
    timeout: Duration.seconds(30),
  },
};
