/** The SQS client, created once per container (see ./dynamodb.ts). */
import { SQSClient } from '@aws-sdk/client-sqs';

export const sqs = new SQSClient({});
