/**
 * A what-if simulation's items and messages (SPEC §12, README "Data model"). Everything it
 * writes lives in its own partition `SIMULATION#<simulationId>`; it never writes anything else:
 *
 * | sk | what |
 * |---|---|
 * | `SIMULATION` | the request (draft, programmes, window), status, who asked; the result once completed; the sweeper's `progressSeen` (`<pages>/<cases>/<partsDone>` at its last sweep), `sweeps` (sweeps in a row that found no new page and sent its messages again) and `sweptAt` (the last of them) |
 * | `PAGE#<programme>#<shard>#<page>` | one page of stored applications judged again: its tallies and where it ended (`next`), written once |
 * | `COUNTER#<n>` | one of 16 counter shards: pages recorded (`pages`, with or without a decided application), cases judged, parts (programme × shard) finished |
 *
 * A part is one programme's applications in one shard of the programme index (GSI3), read a page
 * at a time by a chain of messages, as a payout run plans one chain per entitlement shard.
 */
import { programmeSchema } from '../../../shared/policy/index.js';
import * as z from '../../../shared/zod.js';
import { INDEX_SHARDS } from '../store/items/keys.js';

/** Applications judged per message: one BatchGetItem of the page, one history read each. */
export const SIMULATION_PAGE_SIZE = 100;

export const simulationIdSchema = z.uuid();

export const simulationMessageSchema = z.strictObject({
  simulationId: simulationIdSchema,
  programme: programmeSchema,
  shard: z.int().check(z.gte(0), z.lte(INDEX_SHARDS - 1)),
  page: z.int().check(z.gte(0)),
  /** Where the previous page of the part ended (the index's LastEvaluatedKey). */
  after: z.optional(z.record(z.string(), z.string())),
});
export type SimulationMessage = z.infer<typeof simulationMessageSchema>;

/** The result file's name when downloaded (its object: ./result-file.ts). */
export const simulationFileName = (simulationId: string) => `simulation-${simulationId}.csv`;

/** FAILED: its start messages could not all be queued (./start.ts); it never completes. */
export const SIMULATION_STATUSES = ['RUNNING', 'COMPLETED', 'FAILED'] as const;
export type SimulationStatus = (typeof SIMULATION_STATUSES)[number];
