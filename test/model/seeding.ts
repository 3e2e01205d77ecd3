/**
 * The scenarios' applicants as they exist before a lane runs: certified or not, with earlier
 * awards close to the caps. A lane writes every scenario's applicants together, in a few
 * transactions of up to 100 items, instead of a transaction a scenario and round: each request
 * costs the worker and DynamoDB Local ~1.6 ms of CPU (./model-test.ts), and scenarios
 * never touch each other's applicants, so when they were written makes no difference to them.
 */
import { randomUUID } from 'node:crypto';
import { awardWrites } from '../../functions/commons/store/put-item/history.js';
import { runTransaction, type NamedWrite } from '../../functions/commons/store/transact-write-items/transactions.js';
import { certification, newApplicantId } from '../write-path/write-path.js';
import { FISCAL_YEARS, type ApplicantSpec } from './world.js';

/** DynamoDB's limit of items in one TransactWriteItems. */
const MAX_ITEMS = 100;

export interface Applicants {
  applicantIds: string[];
  /** Application ids of the awards the applicants held before the scenario, and whose they are. */
  history: Map<string, string>;
  /**
   * The writes, by round: round n writes each applicant's n-th earlier award (each moves the
   * applicant's award lock to the next version), round 0 the certifications too.
   */
  rounds: NamedWrite[][];
}

/** Fresh applicants as `specs` describe them, and the writes that make them in `table` (nothing is written here). */
export function applicantsOf(table: string, specs: readonly ApplicantSpec[]): Applicants {
  const applicantIds = specs.map(newApplicantId);
  const history = new Map<string, string>();
  const rounds: NamedWrite[][] = [];
  for (const [i, spec] of specs.entries()) {
    const applicantId = applicantIds[i]!;
    if (spec.certified)
      (rounds[0] ??= []).push({
        name: 'certification',
        item: { Put: { TableName: table, Item: certification(applicantId) } },
      });
    const earlier = [
      ...(spec.rndAwarded ? [{ programme: 'OSP_RND' as const, amount: spec.rndAwarded }] : []),
      ...(spec.operatingAwarded
        ? [{ programme: 'OSP_OPERATING' as const, amount: spec.operatingAwarded, fiscalYear: FISCAL_YEARS[0] }]
        : []),
    ];
    for (const [version, award] of earlier.entries()) {
      const applicationId = `history-${randomUUID()}`;
      history.set(applicationId, applicantId);
      (rounds[version] ??= []).push(
        ...awardWrites(table, { ...award, applicantId, applicationId, awardedAt: '2022-06-01T00:00:00.000Z' }, version),
      );
    }
  }
  return { applicantIds, history, rounds };
}

/** Writes the applicants of all the scenarios: round by round, each round's writes of every scenario together. */
export async function seedTogether(scenarios: readonly Applicants[]): Promise<void> {
  const rounds = Math.max(0, ...scenarios.map((applicants) => applicants.rounds.length));
  for (let round = 0; round < rounds; round++) {
    const writes = scenarios.flatMap((applicants) => applicants.rounds[round] ?? []);
    const transactions = Array.from({ length: Math.ceil(writes.length / MAX_ITEMS) }, (_, i) =>
      writes.slice(i * MAX_ITEMS, (i + 1) * MAX_ITEMS),
    );
    await Promise.all(transactions.map((parts) => runTransaction(parts)));
  }
}
