/**
 * AWS SDK clients, created once per container. Endpoints come from the standard
 * AWS_ENDPOINT_URL_<SERVICE> variables, so the same code reaches AWS or the local emulators.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export const dynamoDb = new DynamoDBClient({});
export const documentClient = DynamoDBDocumentClient.from(dynamoDb, {
  marshallOptions: { removeUndefinedValues: true },
});
export const sqs = new SQSClient({});
export const eventBridge = new EventBridgeClient({});

/** A required environment variable, read when a handler module loads. */
export function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`missing environment variable ${name}`);
  return value;
}
