/** The EventBridge client, created once per container (see ./dynamodb.ts). */
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { tracer } from '../runtime/tracer.js';

export const eventBridge = tracer.captureAWSv3Client(new EventBridgeClient({}));
