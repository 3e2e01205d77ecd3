/** The payout run's events: one per ledger entry, one when the run completes. */
import * as z from '../../zod.js';
import { defineEvent, yuanAmount } from './envelope.js';

export const PayoutIssued = defineEvent('PayoutIssued', '1.1', (envelope) =>
  z.strictObject({
    ...envelope,
    payoutId: z.string(),
    applicationId: z.string(),
    applicantId: z.string(),
    fiscalYear: z.int(),
    amount: yuanAmount,
    runId: z.string(),
  }),
);

/** The request that started the run (SPEC §10.2): both run events carry it. */
interface RunCorrelation {
  correlationId?: string | undefined;
}

const correlationField = ({ correlationId }: RunCorrelation) => (correlationId ? { correlationId } : {});

export interface IssuedPayout extends RunCorrelation {
  payoutId: string;
  applicationId: string;
  applicantId: string;
  fiscalYear: number;
  amount: string;
  runId: string;
}

/** Identified by the application (it is paid once, whichever run pays it). */
export const payoutIssued = (
  { payoutId, applicationId, applicantId, fiscalYear, amount, runId, correlationId }: IssuedPayout,
  issuedAt: string,
) =>
  PayoutIssued.build([applicationId, 'payout'], issuedAt, {
    ...correlationField({ correlationId }),
    payoutId,
    applicationId,
    applicantId,
    fiscalYear,
    amount,
    runId,
  });

export const PayoutRunCompleted = defineEvent('PayoutRunCompleted', '1.1', (envelope) =>
  z.strictObject({
    ...envelope,
    runId: z.string(),
    fiscalYear: z.int(),
    found: z.int(),
    paid: z.int(),
    alreadyPaid: z.int(),
    failed: z.int(),
    amount: yuanAmount,
  }),
);

export interface CompletedRun extends RunCorrelation {
  runId: string;
  fiscalYear: number;
  found: number;
  paid: number;
  alreadyPaid: number;
  failed: number;
  amount: string;
}

/** Identified by the run (it completes once). */
export const payoutRunCompleted = (
  { runId, fiscalYear, found, paid, alreadyPaid, failed, amount, correlationId }: CompletedRun,
  at: string,
) =>
  PayoutRunCompleted.build([runId, 'completed'], at, {
    ...correlationField({ correlationId }),
    runId,
    fiscalYear,
    found,
    paid,
    alreadyPaid,
    failed,
    amount,
  });
