/** The what-if simulation's event: once, when its result is complete (SPEC §12). */
import * as z from '../../zod.js';
import { PROGRAMMES } from '../../policy/schemas.js';
import { SIGNED_YUAN_PATTERN } from '../../policy/money.js';
import { defineEvent, yuanAmount } from './envelope.js';
import type { ProgrammeResult } from '../simulation.js';

const signedYuan = z
  .string()
  .check(z.regex(SIGNED_YUAN_PATTERN), z.describe('yuan, two decimals, negative when the draft decides less'));

export const SimulationCompleted = defineEvent('SimulationCompleted', '1.0', (envelope) =>
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

/** Identified by the simulation (it completes once); the largest changes stay in the result, not on the bus. */
export const simulationCompleted = (simulationId: string, result: readonly ProgrammeResult[], at: string) =>
  SimulationCompleted.build([simulationId, 'completed'], at, {
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
