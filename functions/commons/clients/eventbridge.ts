/** The EventBridge client, created once per container (see ./dynamodb.ts). */
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';

export const eventBridge = new EventBridgeClient({});
