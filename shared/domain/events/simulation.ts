/** The what-if simulation's event: once, when its result is complete (SPEC §12). */
import * as z from '../../zod.js';
import { PROGRAMMES } from '../../policy/schemas.js';
import { SIGNED_YUAN_PATTERN } from '../../policy/money.js';
import { defineEvent, yuanAmount } from './envelope.js';
import type { ProgrammeResult } from '../simulation.js';

const signedYuan = z
  .string()
  .check(z.regex(SIGNED_YUAN_PATTERN), z.describe('yuan, two decimals, negative when the draft decides less'));

/** 1.1: the envelope's `correlationId`, the request that started the simulation. */
export const SimulationCompleted = defineEvent('SimulationCompleted', '1.1', (envelope) =>
  z.strictObject({
    ...envelope,
    simulationId: z.string(),
    programmes: z.array(
      z.strictObject({
        programme: z.enum(PROGRAMMES),
        cases: z.int(),
        changedOutcomes: z.int(),
        changedAmounts: z.int(),
        totalBefore: yuanAmount,
        totalAfter: yuanAmount,
        difference: signedYuan,
      }),
    ),
  }),
);

/**
 * Identified by the simulation (it completes once); the largest changes stay in the result, not on
 * the bus. `correlationId`: the request that started it (a simulation started before it was kept has none).
 */
export const simulationCompleted = (
  simulationId: string,
  result: readonly ProgrammeResult[],
  at: string,
  correlationId?: string,
) =>
  SimulationCompleted.build([simulationId, 'completed'], at, {
    ...(correlationId ? { correlationId } : {}),
    simulationId,
    programmes: result.map(
      ({ programme, cases, changedOutcomes, changedAmounts, totalBefore, totalAfter, difference }) => ({
        programme,
        cases,
        changedOutcomes,
        changedAmounts,
        totalBefore,
        totalAfter,
        difference,
      }),
    ),
  });
