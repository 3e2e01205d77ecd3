/**
 * Starting a what-if simulation (POST /v1/admin/simulations): the request is stored in the
 * simulation's own item, then one message per part (programme × shard of the programme index)
 * starts a chain of pages on the simulation queue; the workers do the rest (./simulate.ts). If the
 * messages cannot all be sent, the simulation is recorded FAILED at once (logged as an error) and
 * the answer says so, rather than RUNNING forever: ask again.
 */
import { randomUUID } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { ENV } from '../../../shared/contract/resources.js';
import { DEFAULT_LANGUAGE, type Language } from '../../../shared/i18n/index.js';
import { PROGRAMMES } from '../../../shared/policy/index.js';
import { documentClient } from '../clients/dynamodb.js';
import { sendMessages } from '../messaging/send.js';
import { nowIso } from '../runtime/clock.js';
import { env } from '../runtime/env.js';
import { INDEX_SHARDS, simulationKey } from '../store/items/keys.js';
import { tableName } from '../store/items/table.js';
import { stepFromStatus } from '../store/update-item/status-step.js';
import type { SimulationMessage } from './model.js';

const logger = new Logger();

export const simulationQueue = () => env(ENV.simulationQueueUrl);

export interface SimulationRequest {
  policyVersion?: string | undefined;
  /** As sent (validated): parameter names and values as GET /v1/policy renders them. */
  overrides: Record<string, unknown>;
  programmes?: readonly (typeof PROGRAMMES)[number][] | undefined;
  submittedFrom?: string | undefined;
  submittedTo?: string | undefined;
}

/** The request that asks for it: the result file's headers (its negotiated language) and its correlation id, which SimulationCompleted carries. */
export interface SimulationAsked {
  language?: Language;
  correlationId?: string;
}

export async function startSimulation(
  request: SimulationRequest,
  requestedBy: string,
  { language = DEFAULT_LANGUAGE, correlationId }: SimulationAsked = {},
) {
  const simulationId = randomUUID();
  const programmes = request.programmes ?? PROGRAMMES;
  const { policyVersion, overrides, submittedFrom, submittedTo } = request;
  await documentClient.send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...simulationKey(simulationId),
        entity: 'SIMULATION',
        simulationId,
        status: 'RUNNING',
        policyVersion,
        overrides,
        programmes,
        submittedFrom,
        submittedTo,
        parts: programmes.length * INDEX_SHARDS,
        requestedBy,
        language,
        ...(correlationId ? { correlationId } : {}),
        startedAt: nowIso(),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  const messages: SimulationMessage[] = programmes.flatMap((programme) =>
    Array.from({ length: INDEX_SHARDS }, (_, shard) => ({ simulationId, programme, shard, page: 0 })),
  );
  try {
    await sendMessages(simulationQueue(), messages);
    return { simulationId, status: 'RUNNING' as const };
  } catch (error) {
    // Some parts would never start, so it would never complete: recorded FAILED at once, and said so.
    logger.error('simulation not queued: recorded FAILED', { simulationId, error: error as Error });
    await recordFailed(simulationId);
    return { simulationId, status: 'FAILED' as const };
  }
}

/** RUNNING → FAILED (the completion completes only a RUNNING simulation, so pages already queued change nothing). */
async function recordFailed(simulationId: string): Promise<void> {
  const failed = await stepFromStatus(simulationKey(simulationId), 'RUNNING', {
    status: 'FAILED',
    completedAt: nowIso(),
  });
  if (!failed) throw new Error(`simulation ${simulationId} left RUNNING before it could be recorded FAILED`);
}
