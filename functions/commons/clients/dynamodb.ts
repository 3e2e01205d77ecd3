/**
 * The DynamoDB clients, created once per container. Each AWS client has a module of its own
 * so that a function bundles and constructs only the clients it uses. Endpoints come from the
 * standard AWS_ENDPOINT_URL_<SERVICE> variables, so the same code reaches AWS or the local emulators.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { tracer } from '../runtime/tracer.js';

export const dynamoDb = tracer.captureAWSv3Client(new DynamoDBClient({}));
export const documentClient = DynamoDBDocumentClient.from(dynamoDb, {
  marshallOptions: { removeUndefinedValues: true },
});
