/**
 * The reconciliation (SPEC §12): every application and ledger entry recounted from the table
 * (a parallel Scan, the one job that reads the whole table; it keeps only the sums, never the
 * items) and compared with the aggregates, counter by counter.
 */
import { ScanCommand, type ScanCommandInput } from '@aws-sdk/lib-dynamodb';
import {
  addInto,
  contributionOf,
  differencesBetween,
  type Contribution,
  type Difference,
} from '../../../shared/domain/statistics.js';
import { documentClient } from '../clients/dynamodb.js';
import { readAggregates } from './aggregates.js';

/** Scan segments read at once. */
const SEGMENTS = 4;

/** What contributionOf reads of an item, and nothing else. */
const PROJECTION: Pick<
  ScanCommandInput,
  'ProjectionExpression' | 'ExpressionAttributeNames' | 'FilterExpression' | 'ExpressionAttributeValues'
> = {
  FilterExpression: '#entity IN (:application, :payout)',
  ProjectionExpression:
    '#entity, applicationId, programme, #status, submittedAt, #details.#fiscalYear, #decision.#amount, #review.#amount, #appeal.#decision, #appeal.#amount, #fiscalYear, amountFen',
  ExpressionAttributeNames: {
    '#entity': 'entity',
    '#status': 'status',
    '#details': 'details',
    '#fiscalYear': 'fiscalYear',
    '#decision': 'decision',
    '#amount': 'amount',
    '#review': 'review',
    '#appeal': 'appeal',
  },
  ExpressionAttributeValues: { ':application': 'APPLICATION', ':payout': 'PAYOUT' },
};

/** The records' table and the statistics' table, as the reconciliation's composition read them. */
export interface ReconciledTables {
  applications: string;
  statistics: string;
}

/** The statistics as the records of `table` say they are, by cell. */
export async function recount(table: string): Promise<Map<string, Contribution>> {
  const sums = new Map<string, Contribution>();
  await Promise.all(
    Array.from({ length: SEGMENTS }, async (_, segment) => {
      let startKey: ScanCommandInput['ExclusiveStartKey'];
      do {
        const page = await documentClient.send(
          new ScanCommand({
            TableName: table,
            ...PROJECTION,
            Segment: segment,
            TotalSegments: SEGMENTS,
            ConsistentRead: true,
            ExclusiveStartKey: startKey,
          }),
        );
        for (const item of page.Items ?? []) {
          const contribution = contributionOf(item);
          if (contribution) addInto(sums, contribution);
        }
        startKey = page.LastEvaluatedKey;
      } while (startKey);
    }),
  );
  return sums;
}

export interface Reconciliation {
  /** Cells (fiscal year and programme) the records hold. */
  cells: number;
  differences: Difference[];
}

/** Recounts the records and compares them with the aggregates. */
export async function reconcile({ applications, statistics }: ReconciledTables): Promise<Reconciliation> {
  const recounted = await recount(applications);
  const aggregated = await readAggregates(statistics);
  return { cells: recounted.size, differences: differencesBetween(recounted, aggregated) };
}
