/**
 * Claiming an event id once: deduplication for a consumer of at-least-once deliveries. On AWS a
 * conditional PutItem on a small table (its items expire after `ttlDays`, longer than
 * EventBridge retries and any replay you plan); in memory for local runs and tests.
 */
import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  DynamoDBClient,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';

export interface Dedupe {
  /** True the first time an id is claimed; false for a repeat. */
  claim(eventId: string): Promise<boolean>;
  /** Forgets a claim whose work failed, so a retry does it. */
  release(eventId: string): Promise<void>;
}

export function dynamoDbDedupe(tableName: string, { client = new DynamoDBClient({}), ttlDays = 30 } = {}): Dedupe {
  return {
    async claim(eventId) {
      const expiresAt = Math.floor(Date.now() / 1000) + ttlDays * 86_400;
      try {
        await client.send(
          new PutItemCommand({
            TableName: tableName,
            Item: { eventId: { S: eventId }, expiresAt: { N: String(expiresAt) } },
            ConditionExpression: 'attribute_not_exists(eventId)',
          }),
        );
        return true;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return false;
        throw error;
      }
    },
    async release(eventId) {
      await client.send(new DeleteItemCommand({ TableName: tableName, Key: { eventId: { S: eventId } } }));
    },
  };
}

export function memoryDedupe(): Dedupe {
  const claimed = new Set<string>();
  return {
    claim: async (eventId) => !claimed.has(eventId) && Boolean(claimed.add(eventId)),
    release: async (eventId) => void claimed.delete(eventId),
  };
}
