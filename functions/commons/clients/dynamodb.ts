/**
 * The DynamoDB clients, created once per container. Each AWS client has a module of its own
 * so that a function bundles and constructs only the clients it uses. Endpoints come from the
 * standard AWS_ENDPOINT_URL_<SERVICE> variables, so the same code reaches AWS or the local emulators.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export const dynamoDb = new DynamoDBClient({});
export const documentClient = DynamoDBDocumentClient.from(dynamoDb, {
  marshallOptions: { removeUndefinedValues: true },
});
