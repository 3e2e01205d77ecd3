/**
 * The unpaid operating-cost entitlements of a fiscal year, read a page at a time from the sparse
 * entitlement index (GSI4, one partition per shard): what a payout run plans (./plan.ts) and what
 * the forecast sums (./forecast.ts), read the same way so that the forecast is what a run finds.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../clients/dynamodb.js';
import type { Entitlement } from './model.js';
import { entitlementPartition } from '../store/items/keys.js';
import type { Item } from '../store/items/table.js';

export interface EntitlementPage {
  entitlements: Entitlement[];
  /** The last application id read, when the shard may hold more. */
  next?: string;
}

/** One page of one shard of the year's entitlements in `table`, after the application id `after`. */
export async function readEntitlementPage(
  table: string,
  { fiscalYear, shard, after }: { fiscalYear: number; shard: number; after?: string | undefined },
  limit: number,
): Promise<EntitlementPage> {
  const result = await documentClient.send(
    new QueryCommand({
      TableName: table,
      IndexName: 'GSI4',
      KeyConditionExpression: after === undefined ? 'gsi4pk = :pk' : 'gsi4pk = :pk AND gsi4sk > :after',
      ExpressionAttributeValues: {
        ':pk': entitlementPartition(fiscalYear, shard),
        ...(after === undefined ? {} : { ':after': after }),
      },
      ProjectionExpression: 'applicationId, applicantId, submittedAt, #decision.#amount',
      ExpressionAttributeNames: { '#decision': 'decision', '#amount': 'amount' },
      Limit: limit,
    }),
  );
  const entitlements = (result.Items ?? []).map((item: Item) => ({
    applicationId: item.applicationId as string,
    applicantId: item.applicantId as string,
    submittedAt: item.submittedAt as string,
    amount: (item.decision as { amount: string }).amount,
  }));
  const last = entitlements[entitlements.length - 1];
  return result.LastEvaluatedKey && last ? { entitlements, next: last.applicationId } : { entitlements };
}
