/**
 * What the model-based test generates: a small world (one or two applicants, their history close
 * to the caps, a few applications across programmes that share a cap or are once-only) and the
 * steps run against it. Plain data, so that a failing scenario is reported as it ran.
 */
import fc from 'fast-check';

/** Fiscal years whose payout date has passed, so that runs may pay them. */
export const FISCAL_YEARS = [2023, 2024] as const;
export type FiscalYear = (typeof FISCAL_YEARS)[number];

export interface ApplicantSpec {
  certified: boolean;
  /** An earlier OSP_RND award (yuan), close to the 30,000,000.00 cumulative cap. */
  rndAwarded?: string;
  /** An earlier OSP_OPERATING award for FISCAL_YEARS[0] (yuan), close to the 1,000,000.00 annual cap. */
  operatingAwarded?: string;
}

/**
 * Spellings of one national-platform recognition reference that SPEC §3 says are the same
 * recognition (NFKC, trimmed, inner whitespace removed, upper-cased).
 */
export const SPELLINGS = {
  plain: (reference: string) => reference,
  padded: (reference: string) => `  ${reference} `,
  lowerCase: (reference: string) => reference.toLowerCase(),
  innerSpace: (reference: string) => reference.replace('-', ' - '),
  fullWidth: (reference: string) => reference.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
} as const;
export type Spelling = keyof typeof SPELLINGS;

export type ApplicationSpec = { applicant: number } & (
  | {
      programme: 'OSP_RND' | 'OSP_OPERATING' | 'REVENUE_MILESTONE' | 'ENTERPRISE_SETTLEMENT';
      details: Record<string, unknown>;
    }
  /** The reference itself is made unique per scenario when it runs. */
  | { programme: 'NATIONAL_PLATFORM'; spelling: Spelling }
);

/** A reviewer's decision; an approval is for the application's ceiling or half of it. */
export interface Verdict {
  decision: 'APPROVE' | 'REJECT';
  amount: 'ceiling' | 'half';
}

/**
 * `pick` chooses among the applications the operation is meant for, as last seen by the
 * scenario (a message is delivered for a SUBMITTED one, a reviewer works the NEEDS_REVIEW
 * queue), or among all of them when there is none such: then the system must refuse or ignore it.
 */
export type Operation =
  /** The first submission, or the client's retry with the same Idempotency-Key after a lost response. */
  | { op: 'submit'; pick: number }
  /**
   * Lambda receives the application's evaluation message: `ack` evaluates and deletes it; `crash`
   * evaluates but dies before the ack (the message comes back); `lost` dies before evaluating.
   */
  | { op: 'deliver'; pick: number; as: 'ack' | 'crash' | 'lost' }
  /**
   * The outbox relay catches up with the table's stream, as Lambda's stream poller does now and
   * then: events are published and evaluations queued. Until then a delivery finds no message.
   */
  | { op: 'relay' }
  /** SQS delivers the last delivered message once more (at-least-once delivery). */
  | { op: 'redeliver'; pick: number }
  | { op: 'withdraw'; pick: number }
  | ({ op: 'review'; pick: number } & Verdict)
  /** A payout run, driven until the payout queue is empty. */
  | { op: 'payout'; fiscalYear: FiscalYear };

/** Operations started together: their requests interleave against the emulators. */
export type Step = Operation[];

export interface Scenario {
  applicants: ApplicantSpec[];
  applications: ApplicationSpec[];
  /** The payout worker dies once right after the payment of each of the scenario's entitlements commits, whichever run pays it. */
  crashAfterPayments: boolean;
  steps: Step[];
  /** At the end, reviewers decide everything still awaiting review, all at once (the i-th application awaiting review gets verdict i modulo their number). */
  closingReviews: Verdict[];
}

const applicant: fc.Arbitrary<ApplicantSpec> = fc.record(
  {
    certified: fc.boolean(),
    rndAwarded: fc.constantFrom('27000000.00', '28500000.00', '29999999.99'),
    operatingAwarded: fc.constantFrom('800000.00', '999999.99'),
  },
  { requiredKeys: ['certified'] },
);

const revenueClaims = [
  {
    fiscalYear: 2021,
    mainBusinessIncome: '60000000.00',
    priorYears: [{ fiscalYear: 2020, mainBusinessIncome: '4000000.00' }],
  },
  {
    fiscalYear: 2022,
    mainBusinessIncome: '7000000.00',
    priorYears: [{ fiscalYear: 2021, mainBusinessIncome: '3000000.00' }],
  },
];

// The reviewed programmes weigh more: reviews are where once-only awards race.
const application: fc.Arbitrary<ApplicationSpec> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      applicant: fc.nat(1),
      programme: fc.constant('OSP_RND' as const),
      details: fc.record({ rndCosts: fc.constantFrom('3000000.00', '2000000.02', '999999.99') }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      applicant: fc.nat(1),
      programme: fc.constant('OSP_OPERATING' as const),
      details: fc.record({
        fiscalYear: fc.constantFrom(...FISCAL_YEARS),
        operatingCosts: fc.constantFrom('2000000.00', '1500000.00', '100.00'),
      }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      applicant: fc.nat(1),
      programme: fc.constant('REVENUE_MILESTONE' as const),
      details: fc.constantFrom(...revenueClaims),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      applicant: fc.nat(1),
      programme: fc.constant('ENTERPRISE_SETTLEMENT' as const),
      details: fc.record({ requestedAmount: fc.constantFrom('9000000.00', '1000000.00') }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      applicant: fc.nat(1),
      programme: fc.constant('NATIONAL_PLATFORM' as const),
      spelling: fc.constantFrom(...(Object.keys(SPELLINGS) as Spelling[])),
    }),
  },
);

/** Taken modulo the number of candidates when the step runs: which applications are candidates depends on what happened before. */
const pick = fc.nat(3);

const submission = fc.record({ op: fc.constant('submit' as const), pick });

const verdict: fc.Arbitrary<Verdict> = fc.record({
  decision: fc.constantFrom('APPROVE' as const, 'REJECT' as const),
  amount: fc.constantFrom('ceiling' as const, 'half' as const),
});

const operation: fc.Arbitrary<Operation> = fc.oneof(
  { weight: 8, arbitrary: submission },
  {
    weight: 24,
    arbitrary: fc.record({
      op: fc.constant('deliver' as const),
      pick,
      as: fc.constantFrom('ack' as const, 'crash' as const, 'lost' as const),
    }),
  },
  { weight: 16, arbitrary: fc.record({ op: fc.constant('relay' as const) }) },
  { weight: 6, arbitrary: fc.record({ op: fc.constant('redeliver' as const), pick }) },
  { weight: 9, arbitrary: fc.record({ op: fc.constant('withdraw' as const), pick }) },
  {
    weight: 10,
    arbitrary: fc
      .tuple(fc.record({ op: fc.constant('review' as const), pick }), verdict)
      .map(([review, decided]) => ({ ...review, ...decided })),
  },
  // Runs are the slowest operation: about one scenario in twelve starts one.
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('payout' as const), fiscalYear: fc.constantFrom(...FISCAL_YEARS) }),
  },
);

export const scenario: fc.Arbitrary<Scenario> = fc.record({
  // The first applicant is a certified platform; the second may be anyone.
  applicants: fc
    .array(applicant, { minLength: 1, maxLength: 2 })
    .map(([first, ...others]) => [{ ...first!, certified: true }, ...others]),
  applications: fc.array(application, { minLength: 2, maxLength: 4 }),
  crashAfterPayments: fc.boolean(),
  // Some applications are submitted first, together; the others may come at any later step.
  steps: fc
    .tuple(
      fc.array(submission, { minLength: 1, maxLength: 3 }),
      fc.array(fc.array(operation, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
    )
    .map(([first, later]) => [first, ...later]),
  closingReviews: fc.array(verdict, { minLength: 1, maxLength: 4 }),
});
