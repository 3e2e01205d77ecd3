/**
 * Faults injected from the tests' side, as SDK middleware on the clients the handlers were
 * given, so that no production module carries a test seam.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

type Value = unknown;

/** An attribute in either form: plain (document client) or marshalled ({ S: ... }). */
const text = (value: Value): unknown => (value as { S?: string } | undefined)?.S ?? value;

/** The application whose payment (ledger entry) the transaction puts, if it puts one. */
function paymentIn(input: { TransactItems?: { Put?: { Item?: Record<string, Value> } }[] }): string | undefined {
  const ledger = input.TransactItems?.find(({ Put }) => text(Put?.Item?.entity) === 'PAYOUT')?.Put?.Item;
  return ledger ? String(text(ledger.applicationId)) : undefined;
}

const NAME = 'crashAfterPayment';

/**
 * The payout worker dies right after a payment's transaction commits, for the applications
 * `crashes` says yes to: the transaction is committed, then the worker's call throws, as a
 * crash there would. Returns the removal.
 */
export function crashAfterPayment(client: DynamoDBClient, crashes: (applicationId: string) => boolean): () => void {
  client.middlewareStack.add(
    (next) => async (args) => {
      const output = await next(args);
      const paid = paymentIn(args.input as Parameters<typeof paymentIn>[0]);
      if (paid !== undefined && crashes(paid)) throw new Error('simulated crash after the payment committed');
      return output;
    },
    { step: 'initialize', priority: 'low', name: NAME, override: true },
  );
  return () => void client.middlewareStack.remove(NAME);
}

const REFUSE_UPDATES = 'refuseUpdates';

/**
 * DynamoDB refuses every UpdateItem of the items whose partition key starts with `pkPrefix`
 * (an outage as the caller sees it: the call throws, nothing is written). Returns the removal.
 */
export function refuseUpdates(client: DynamoDBClient, pkPrefix: string): () => void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const key = (args.input as { Key?: Record<string, Value> }).Key;
      if (context.commandName === 'UpdateItemCommand' && String(text(key?.pk)).startsWith(pkPrefix))
        throw new Error('simulated DynamoDB outage');
      return next(args);
    },
    { step: 'initialize', priority: 'low', name: REFUSE_UPDATES, override: true },
  );
  return () => void client.middlewareStack.remove(REFUSE_UPDATES);
}
