/**
 * Issue 8 item 7, made deterministic by issue 23 item 4: a seeded, randomized model-based test.
 * Each generated scenario is a small world (./world.ts) and the steps run against it: submissions,
 * evaluations, crashed and lost deliveries, redeliveries, withdrawals, reviews and payout runs,
 * against the real handlers, DynamoDB Local, the local queues and the outbox relay
 * (./system.ts); the invariants (./invariants.ts) are checked after every step. Scenarios run
 * SCENARIOS_PER_LANE at a time in a lane (./lane.ts) on fresh resources of its own, sharing its
 * queues, bus and payout runs, so they interleave with each other as well. CHAINS lanes run at
 * once: each chain is a fast-check property of its own (seed SEED + chain), one lane per run.
 * The chains are split in two halves, one a test file (./interleavings.test.ts and
 * ./interleavings-2.test.ts), which vitest runs at once in two workers, each with a DynamoDB Local of
 * its own: one Node thread ran every lane and was the run's bottleneck (a worker's thread busy
 * ~90% of a quiet run; under load it gets one thread's share of the cores). What the run must
 * reach and its rate are the whole run's: the half that ends last checks and prints them (./halves.ts).
 *
 * Deterministic: every AWS call a lane makes (the handlers' injected clients and the test's)
 * passes through the lane's scheduler (./scheduler.ts, SDK middleware), which lets one call at
 * a time proceed, chosen by the lane's generated schedule; the clock, the ids (this file mocks
 * node:crypto's random sources) and the faults (generated in the scenarios; the crash after a
 * payment's commit is SDK middleware, ../support/faults.ts) are the lane's too. So a seed gives
 * the same interleaving byte for byte, however fast the machine and the emulators answer (the
 * second test runs one lane twice at once, one copy's requests held a random while, and compares
 * the traces), and fast-check shrinks a failure to smaller scenarios (fewer steps, applications) and a schedule closer to
 * "oldest call first". A failure prints the seed, the counterexample's path and the replay command.
 *
 * Where the time goes (profiled for issue 23): the run is bound by CPU on 2 cores, not by
 * waiting. Each request costs ~1.6 ms of CPU in the worker (the SDK's work, the socket write, GC)
 * and about as much in DynamoDB Local (its Jetty threads parsing and writing JSON with Jackson
 * and, on its one SQLite thread, the items and table descriptions it reads back as JSON). A
 * worker's busy time by profile samples (2026-12-07, 200 interleavings): the AWS SDK 34%, most of
 * it per item marshalled and parsed rather than per request; Node's HTTP client 14% and its socket
 * writes (loopback TCP in the kernel) 9%; the handlers' and domain code 8%, zod 2%, Powertools and
 * middy 2%; this test's code 5%, infra/local's 4% (the in-worker queues and bus 2%); GC 4%;
 * AsyncLocalStorage's promise hooks 2%. An
 * interleaving makes ~37 requests (a 1,010-interleaving run counted, 2026-12-07): ~22 are the
 * handlers' and Lambda's as in production (DynamoDB ~17, the queue poller's SQS ~3.5, SQS and
 * EventBridge ~1.8), ~4 the relay's and the tally's stream reads, the rest this test's: the final
 * check's two queries an applicant ~2.8, the invariants' reads ~2.5, seeding ~1.5 (~0.1 now that a
 * lane seeds its scenarios together), the statistics recount ~1.6, the payout runs' ledger check
 * ~1.3. Since then (same seed): 36.8 → 28.5, the stream readers' empty polls and describes gone
 * (~2.1) and the final check's queries and the ledger's replaced by one Scan of the lane's table
 * at its end (~4.0). The handlers' share alone is ~0.07 s of CPU an interleaving, so the test's side cannot
 * bring the rate to 2× the earlier test's. What it does: the lanes' tables are made together and
 * their streams started at once (laneResources), the relay catches up only after a write, a review
 * reuses the decision the scenario read, the X-Ray SDK stays in manual mode, the scenarios' reads
 * as of one moment are merged when several wait at once (./consistent-reads.ts: a third of the
 * TransactGetItems requests), a lane seeds all its scenarios' applicants together (./seeding.ts:
 * ~3 transactions of up to 100 items instead of ~45), a catch-up stops at the first empty poll, and
 * the test's own reads (those merged reads, the Scan at a lane's end) go out as DynamoDB's JSON, not
 * through the SDK, whose parsing of their items cost the worker more than twice as much.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { dynamoDb } from '../../functions/commons/clients/dynamodb.js';
import { eventBridge } from '../../functions/commons/clients/eventbridge.js';
import { sqs as handlerSqs } from '../../functions/commons/clients/sqs.js';
import { forEmulators } from '../../infra/local/emulator-signing.js';
import type { LocalResources } from '../../infra/local/provision.js';
import { createIsolatedResources, toWorkerQueues } from '../support/emulators/env.js';
import { doc as payoutDoc } from '../payout/payout-support.js';
import { doc, sqs } from '../write-path/write-path.js';
import { bothHalves, halfStarted, type Half } from './halves.js';
import { rng } from '../../bench/lib/cases.js';
import { installLanes, Lane } from './lane.js';
import { runLane, tally } from './system.js';
import { scenario, type Scenario } from './world.js';

vi.hoisted(() => {
  // The handlers' INFO lines (about 8,000 a run) would bury the test's own output; warnings and errors still show.
  vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'WARN');
  // Tracing is off outside Lambda, yet the X-Ray SDK the tracer imports hooks every promise in automatic mode (~9% of the worker's CPU here).
  vi.stubEnv('AWS_XRAY_MANUAL_MODE', 'true');
});
vi.mock('node:crypto', async (real) => (await import('./lane-context.js')).seededCrypto(await real()));
vi.mock('node:timers/promises', async (real) => (await import('./lane-context.js')).laneTimers(await real()));
// Wall time is no part of a lane's world: its functions never run out of time, however long the machine takes.
vi.mock('../../infra/local/lambda-context.js', async (real) => {
  const { lambdaContext } = await real<typeof import('../../infra/local/lambda-context.js')>();
  return { lambdaContext: (functionName: string) => lambdaContext(functionName, 24 * 60 * 60_000) };
});

const SEED = Number(process.env.MODEL_SEED ?? 20261201);
const PATH = process.env.MODEL_PATH;
/** A replay (MODEL_PATH) runs the failing lane alone: the counterexample at that path, once, shrunk no further. */
const REPLAY = PATH !== undefined;
/** Lanes run at once, each chain of them a property of its own (seed SEED + chain): no lane waits for another to end. */
const CHAINS = Number(process.env.MODEL_CHAINS ?? 40);
const SCENARIOS_PER_LANE = Number(process.env.MODEL_SCENARIOS ?? 25);
const INTERLEAVINGS = Number(process.env.MODEL_INTERLEAVINGS ?? 1000);
/**
 * The longest the replay test's slowed copy holds a request, before it is sent and after it is
 * answered, ms: as a slower machine or emulator would, it meets its timers and the other lanes at
 * other moments, and the calls of an atomic step at once land in another order unless they are kept in order.
 */
const MAX_HOLD_MS = 4;
/** Longer than a lane's steps: past its end the scheduler takes the oldest call. */
const SCHEDULE_LENGTH = 2000;

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

interface LaneSpec {
  scenarios: Scenario[];
  /** The scheduler's choices, in order (./scheduler.ts). */
  schedule: number[];
  /** The lane's ids. */
  seed: number;
}

const laneOf = (scenarios: number): fc.Arbitrary<LaneSpec> =>
  fc
    .record({
      scenarios: fc.array(scenario, { minLength: scenarios, maxLength: scenarios }),
      schedule: fc.array(fc.nat(1023), { minLength: SCHEDULE_LENGTH, maxLength: SCHEDULE_LENGTH }),
      seed: fc.noShrink(fc.nat()),
    })
    .map((spec) =>
      Object.assign(spec, {
        [fc.toStringMethod]: () =>
          `${spec.scenarios.length} scenarios, seed ${spec.seed}, schedule ${JSON.stringify(compact(spec.schedule))}`,
      }),
    );

/** The choices that are not "oldest first", by position: what a shrunk schedule comes down to. */
const compact = (schedule: number[]) => Object.fromEntries(schedule.flatMap((c, i) => (c === 0 ? [] : [[i, c]])));

/**
 * Fresh resources for a lane. (A table created late no longer pays for the stream records written
 * before it: DynamoDB Local's launcher indexes them by stream, infra/local/java/LoopbackDynamoDbLocal.java.)
 * No time to live: the lane's clock starts at a fixed instant (./lane.ts), and DynamoDB Local would delete by the
 * wall clock the Idempotency-Key records and counted-record markers whose expiry has passed by it, not by the lane's
 * (once the wall clock passed that instant plus a day, every replayed key made a second application).
 */
async function laneResources(): Promise<LocalResources> {
  return (await createIsolatedResources('model', { timeToLive: false })).resources;
}

/** Resources made together before the lanes run, for the lanes to come (more are made when these run out: shrinking). */
const prepared: LocalResources[] = [];
async function prepare(lanes: number): Promise<void> {
  prepared.push(...(await Promise.all(Array.from({ length: lanes }, laneResources))));
}

/** Runs the lane on fresh resources; returns its trace when `traced`. */
async function runSpec(
  { scenarios, schedule, seed }: LaneSpec,
  traced = false,
  pace?: () => number,
): Promise<readonly string[]> {
  const resources = prepared.shift() ?? (await laneResources());
  const lane = new Lane(resources, schedule, seed, traced, pace);
  await runLane(lane, scenarios);
  return lane.trace;
}

/** A chain of lanes, one after the other, as one fast-check property; throws the seed, the counterexample and the replay command. */
async function chain(seed: number, lanes: number, file: string): Promise<number> {
  let interleavings = 0;
  let failing = false;
  const details = await fc.check(
    fc.asyncProperty(laneOf(SCENARIOS_PER_LANE), async (spec) => {
      await runSpec(spec).catch((error: Error) => {
        // Shrinking takes a while: the first failure is shown at once.
        if (!failing)
          console.error(`model seed ${seed}: a lane failed${REPLAY ? '' : ', shrinking it'}: ${error.message}`);
        failing = true;
        throw error;
      });
      interleavings += spec.scenarios.length;
    }),
    { seed, path: PATH, numRuns: REPLAY ? 1 : lanes, endOnFailure: REPLAY },
  );
  if (!details.failed) return interleavings;
  const replay = `MODEL_SEED=${seed} MODEL_PATH=${details.counterexamplePath} MODEL_CHAINS=1 npx vitest run ${file} -t 'generated interleavings'`;
  throw new Error(`model seed ${seed} failed; replay: ${replay}\n${fc.defaultReportMessage(details)}`);
}

/** The test file of each half (a replay runs the failing chain in its own half's file). */
const FILES = ['test/model/interleavings.test.ts', 'test/model/interleavings-2.test.ts'] as const;

/** Defines the model test's tests for one half of the chains (the first half also runs the replay test). */
export function defineModelTest(half: Half): void {
  let removeLanes: () => void;
  beforeAll(() => {
    // As npm start's: the emulators check no signature (the test's own clients are made so, ../support/emulators/env.ts).
    for (const client of [dynamoDb, handlerSqs, eventBridge]) forEmulators(client);
    for (const client of [handlerSqs, eventBridge]) toWorkerQueues(client);
    removeLanes = installLanes(dynamoDb, [dynamoDb, handlerSqs, eventBridge, doc, sqs, payoutDoc]);
  });
  afterAll(() => {
    removeLanes();
    vi.unstubAllEnvs();
  });

  // A replay runs its one chain in the file named; otherwise this half's share of the chains: seeds SEED + chain, as in one run.
  const chains = REPLAY
    ? [0]
    : Array.from({ length: CHAINS }, (_, i) => i).filter((i) => (i < CHAINS / 2 ? 0 : 1) === half);
  it(
    `${INTERLEAVINGS} generated interleavings keep the caps, once-only awards, the ledger, the events and the statistics right (half ${half + 1} of the lanes)`,
    async () => {
      const started = Date.now();
      if (!REPLAY) halfStarted(half);
      const lanes = Math.ceil(INTERLEAVINGS / SCENARIOS_PER_LANE / CHAINS);
      // The replay test's two lanes too: it comes next.
      const results: PromiseSettledResult<number>[] = await prepare(
        REPLAY ? 1 : chains.length * lanes + (half === 0 ? 2 : 0),
      ).then(
        () => Promise.allSettled(chains.map((i) => chain(SEED + i, lanes, FILES[half]))),
        // A half that could not start its lanes has failed too: the other half must not wait for it.
        (error: unknown) => [{ status: 'rejected', reason: error }],
      );
      const failures = results.flatMap((result) =>
        result.status === 'rejected' ? [(result.reason as Error).message] : [],
      );
      if (failures.length > 0) {
        // The other half waits no longer.
        if (!REPLAY) await bothHalves(half, undefined);
        throw new Error(failures.join('\n\n'));
      }
      const interleavings = results.reduce(
        (sum, result) => sum + (result.status === 'fulfilled' ? result.value : 0),
        0,
      );
      const ended = Date.now();
      console.log(
        `model seed ${SEED}, half ${half + 1}: ${interleavings} interleavings in ${((ended - started) / 1000).toFixed(1)} s`,
      );
      // A replay's one lane passed: the coverage asked of a whole run is not its to give.
      if (REPLAY) return;
      const run = await bothHalves(half, { interleavings, tally: Object.fromEntries(tally), started, ended });
      // The other half is not part of this vitest run (or failed): this half answers for its own share only.
      if (!run) {
        expect(interleavings).toBeGreaterThanOrEqual((INTERLEAVINGS * chains.length) / CHAINS);
        return;
      }
      const seen = Object.entries(run.tally)
        .sort()
        .map(([what, times]) => `${what} ${times}`);
      const seconds = (run.ended - run.started) / 1000;
      console.log(
        `model seed ${SEED}: ${run.interleavings} interleavings in ${seconds.toFixed(1)} s (${(run.interleavings / seconds).toFixed(2)}/s); ${seen.join(', ')}`,
      );
      expect(run.interleavings).toBeGreaterThanOrEqual(INTERLEAVINGS);
      expect(REACHED.filter((what) => !run.tally[what])).toEqual([]);
    },
    15 * 60_000,
  );

  if (half === 0)
    it('replays a seed exactly: one lane run twice at once, on resources of its own and one copy slowed, gives the same trace', async () => {
      const [spec] = fc.sample(laneOf(SCENARIOS_PER_LANE), { seed: SEED, numRuns: 1 });
      const random = rng(SEED);
      const [first, second] = await Promise.all([
        runSpec(spec!, true),
        runSpec(spec!, true, () => random() * MAX_HOLD_MS),
      ]);
      expect(first.length).toBeGreaterThan(100);
      expect(second, `model seed ${SEED}: the slowed copy's trace`).toEqual(first);
    });
}
