/**
 * Starting a what-if simulation (POST /v1/admin/simulations): the request is stored in the
 * simulation's own item, then one message per part (programme × shard of the programme index)
 * starts a chain of pages on the simulation queue; the workers do the rest (./simulate.ts). If the
 * messages cannot all be sent, the simulation is recorded FAILED at once (logged as an error) and
 * the answer says so, rather than RUNNING forever: ask again. If recording that fails too
 * (DynamoDB and SQS failing at once: the answer is a 5xx), the simulation stays RUNNING in the index
 * of unfinished jobs, and the sweeper sends its messages (functions/sweeper/stopped-jobs.ts).
 */
import { randomUUID } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { DEFAULT_LANGUAGE, type Language } from '../../../shared/i18n/index.js';
import { PROGRAMMES, type ProgrammeCode } from '../../../shared/policy/index.js';
import { documentClient } from '../clients/dynamodb.js';
import { sendMessages } from '../messaging/send.js';
import { nowIso } from '../runtime/clock.js';
import {
  INDEX_SHARDS,
  RUNNING_INDEX_ATTRIBUTES,
  RUNNING_SIMULATIONS,
  simulationKey,
  unfinishedJobIndexKeys,
} from '../store/items/keys.js';
import { stepFromStatus } from '../store/update-item/status-step.js';
import type { SimulationMessage } from './model.js';

const logger = new Logger();

/** Where simulations are stored and their pages' messages sent. */
export interface SimulationResources {
  table: string;
  simulationQueue: string;
}

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
  { table, simulationQueue }: SimulationResources,
  request: SimulationRequest,
  requestedBy: string,
  { language = DEFAULT_LANGUAGE, correlationId }: SimulationAsked = {},
) {
  const simulationId = randomUUID();
  const programmes = request.programmes ?? PROGRAMMES;
  const { policyVersion, overrides, submittedFrom, submittedTo } = request;
  const startedAt = nowIso();
  await documentClient.send(
    new PutCommand({
      TableName: table,
      Item: {
        ...simulationKey(simulationId),
        ...unfinishedJobIndexKeys(RUNNING_SIMULATIONS, startedAt, simulationId),
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
        startedAt,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  try {
    await sendStartMessages(simulationQueue, simulationId, programmes);
    return { simulationId, status: 'RUNNING' as const };
  } catch (error) {
    // Some parts would never start, so it would never complete: recorded FAILED at once, and said so.
    logger.error('simulation not queued: recorded FAILED', { simulationId, error: error as Error });
    await recordSimulationFailed(table, simulationId);
    return { simulationId, status: 'FAILED' as const };
  }
}

/** The first page of every part (programme × shard): the rest follows page by page. */
export async function sendStartMessages(
  simulationQueue: string,
  simulationId: string,
  programmes: readonly ProgrammeCode[],
): Promise<void> {
  const messages: SimulationMessage[] = programmes.flatMap((programme) =>
    Array.from({ length: INDEX_SHARDS }, (_, shard) => ({ simulationId, programme, shard, page: 0 })),
  );
  await sendMessages(simulationQueue, messages);
}

/** RUNNING → FAILED (the completion completes only a RUNNING simulation, so pages already queued change nothing). */
export async function recordSimulationFailed(table: string, simulationId: string): Promise<void> {
  await stepFromStatus(
    table,
    simulationKey(simulationId),
    'RUNNING',
    { status: 'FAILED', completedAt: nowIso() },
    RUNNING_INDEX_ATTRIBUTES,
  );
}
