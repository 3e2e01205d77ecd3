/**
 * What the local platform does after a handler's DynamoDB write, on the handlers' own client.
 *
 * - Durability: DynamoDB Local 1.25 answers TransactWriteItems before the transaction's COMMIT
 *   has run: SQLiteDBAccess.commitTransaction queues the COMMIT on the database's single SQLite
 *   job queue and returns without waiting for it (every other operation waits for its job). A
 *   `kill -9` right after the answer (a 202 already sent) lost the whole transaction, the
 *   application with its idempotency record. A request that waits for its own job on that queue
 *   runs after the COMMIT, so a ListTables sent after a TransactWriteItems' answer is awaited
 *   before that answer is handed on: nothing is acknowledged before it is on disk. Transactions
 *   answered while a ListTables is under way share the next one (a group commit), which is sent
 *   after all their answers: one a transaction under light load, far fewer under heavy load.
 * - Latency: the outbox relay is told at once that a write committed (../stream-reader.ts nudge).
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { dynamoDbWire, type DynamoDbWire } from './dynamodb-wire.js';

const WRITE_COMMANDS = new Set([
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'TransactWriteItemsCommand',
  'BatchWriteItemCommand',
]);
const NAME = 'localAfterCommit';

/** Resolves once every transaction answered before the call is committed; concurrent callers share one ListTables. */
function groupCommit(barrier: DynamoDbWire): () => Promise<void> {
  let sent: Promise<void> | undefined;
  let next: Promise<void> | undefined;
  const send = (): Promise<void> =>
    (sent = barrier.call('DynamoDB_20120810.ListTables', { Limit: 1 }).then(
      () => void (sent = undefined),
      (error: unknown) => {
        sent = undefined;
        throw error;
      },
    ));
  // One under way may have been sent before the caller's answer: the caller waits for the one after it.
  const wait = (): Promise<void> =>
    next ??
    (sent
      ? (next = sent
          .catch(() => undefined)
          .then(() => {
            next = undefined;
            return wait();
          }))
      : send());
  return wait;
}

/** Installs the middleware on the client of DynamoDB Local at `endpoint`; returns its removal. */
export function afterCommits(client: DynamoDBClient, endpoint: string, onWrite: () => void): () => void {
  // The twin's own request, not one the handler makes (bench:api counts those), so not the SDK's.
  const barrier = dynamoDbWire(endpoint, 'commit barrier');
  const committed = groupCommit(barrier);
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const output = await next(args);
      if (context.commandName === 'TransactWriteItemsCommand') await committed();
      if (WRITE_COMMANDS.has(context.commandName ?? '')) onWrite();
      return output;
    },
    { step: 'initialize', name: NAME },
  );
  return () => {
    client.middlewareStack.remove(NAME);
    barrier.destroy();
  };
}
