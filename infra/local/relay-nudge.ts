/**
 * Tells the outbox relay at once that the handlers' client wrote to DynamoDB Local
 * (../stream-reader.ts nudge): it reads the stream now rather than after its idle pause.
 *
 * A transaction is acknowledged only once committed without any request of this process's: the
 * launcher's DynamoDB Local answers a TransactWriteItems once its COMMIT has run
 * (./java/CommittedTransactWriteItems.java; DynamoDB Local 1.25 itself answers before).
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

const WRITE_COMMANDS = new Set([
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'TransactWriteItemsCommand',
  'BatchWriteItemCommand',
]);
const NAME = 'localRelayNudge';

/** Installs the middleware on the client; returns its removal. */
export function nudgeAfterWrites(client: DynamoDBClient, onWrite: () => void): () => void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const output = await next(args);
      if (WRITE_COMMANDS.has(context.commandName ?? '')) onWrite();
      return output;
    },
    { step: 'initialize', name: NAME },
  );
  return () => client.middlewareStack.remove(NAME);
}
