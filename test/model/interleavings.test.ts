/**
 * Issue 8 item 7: a seeded, randomized model-based test. Each generated scenario is a small world
 * (./world.ts) and an interleaving of submissions, evaluations, crashed and repeated deliveries,
 * withdrawals, reviews and payout runs against the real handlers, DynamoDB Local, the local
 * queues and the outbox relay (./system.ts); the invariants (./invariants.ts) are checked after
 * every step. Scenarios run SCENARIOS_AT_ONCE at a time, on their own applicants, sharing the
 * queues, the bus and the payout runs, so they interleave with each other as well.
 *
 * A failure prints the seed, the failing scenarios' steps and what they violated; replay with
 * MODEL_SEED=<seed>. Nothing is shrunk: an outcome depends on timing as much as on the steps, so
 * a replay may take another interleaving of the same steps.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  BusMirror,
  EvaluationMailbox,
  injectPaymentCrashes,
  LiveScenario,
  runsCompleted,
  tally,
  type Shared,
} from './system.js';
import { scenario } from './world.js';
import { expectStatisticsReconciled } from '../support/statistics.js';

const SEED = Number(process.env.MODEL_SEED ?? 20261201);
const SCENARIOS_AT_ONCE = 25;
const INTERLEAVINGS = 1000;

/** What the scenarios must have reached at least once, or the invariants were checked on too little. */
const REACHED = [
  'decided with a cap applied',
  'refused by REVENUE_MILESTONE.higherTier',
  'reviews answered 409 no-longer-eligible',
  'reviews answered 200',
  'withdrawals answered 200',
  'withdrawals answered 409',
  'idempotent replays',
  'evaluations crash',
  'evaluations lost',
  'redeliveries',
  'payout runs that paid',
  'payments crashed after their commit',
];

/** Scenarios run at once; reported by the failing ones (in the error, with their steps), not as a whole. */
const batch = fc
  .array(scenario, { minLength: SCENARIOS_AT_ONCE, maxLength: SCENARIOS_AT_ONCE })
  .map((scenarios) => Object.assign(scenarios, { [fc.toStringMethod]: () => `${scenarios.length} scenarios` }));

let removeCrashes: () => void;
beforeAll(() => {
  removeCrashes = injectPaymentCrashes();
});
afterAll(() => removeCrashes());

it(
  `${INTERLEAVINGS} generated interleavings keep the caps, once-only awards, the ledger and the events right`,
  async () => {
    const shared: Shared = { bus: new BusMirror(), mailbox: new EvaluationMailbox(), runs: [] };
    const started = performance.now();
    let interleavings = 0;
    await fc.assert(
      fc.asyncProperty(batch, async (scenarios) => {
        const results = await Promise.allSettled(
          scenarios.map(async (generated) => (await LiveScenario.create(generated, shared)).run(generated)),
        );
        const failures = results.flatMap((result, i) =>
          result.status === 'rejected'
            ? [`scenario ${i} ${JSON.stringify(scenarios[i])}\n${(result.reason as Error).message}`]
            : [],
        );
        if (failures.length > 0) throw new Error(failures.join('\n'));
        await runsCompleted(shared);
        interleavings += scenarios.length;
      }),
      {
        seed: SEED,
        numRuns: INTERLEAVINGS / SCENARIOS_AT_ONCE,
        endOnFailure: true,
        verbose: fc.VerbosityLevel.Verbose,
      },
    );
    const seen = [...tally].sort().map(([what, times]) => `${what} ${times}`);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `model seed ${SEED}: ${interleavings} interleavings in ${seconds.toFixed(1)} s (${(interleavings / seconds).toFixed(2)}/s); ${seen.join(', ')}`,
    );
    expect(interleavings).toBeGreaterThanOrEqual(INTERLEAVINGS);
    expect(REACHED.filter((what) => !tally.get(what))).toEqual([]);
  },
  15 * 60_000,
);

it('leaves the statistics equal to a recount of the records after every interleaving (SPEC §12)', () =>
  expectStatisticsReconciled());
