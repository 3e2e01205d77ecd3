/** The SQS client, created once per container (see ./dynamodb.ts). */
import { SQSClient } from '@aws-sdk/client-sqs';
import { tracer } from '../runtime/tracer.js';

export const sqs = tracer.captureAWSv3Client(new SQSClient({}));
