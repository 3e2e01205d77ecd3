/**
 * `npm run bench:payout -- --entitlements 100000`: the annual payout run end to end on the
 * local emulators. A figure, not a test; target 100,000 entitlements in ≤ 120 s on 2 cores.
 *
 * - DynamoDB Local (in memory) as a JVM; the local SQS server and the local EventBridge endpoint
 *   in a child Node process (`--serve-emulators`), so that the memory figure is that of the
 *   planner and workers alone (the local bus keeps every event in memory).
 * - Seeds N ELIGIBLE operating-cost entitlements (BatchWriteItem, in parallel), not timed.
 * - Timed: the run is started as the schedule starts it, then the payout worker runs in this
 *   process behind the local queue poller (Lambda's SQS event source: `--pollers` concurrent
 *   batches of the queue's batch size) until the run is COMPLETED.
 * - Prints time, entitlements/s, peak RSS of this process, and checks that the ledger of the
 *   year holds exactly one entry per entitlement (GSI2 `LEDGER#<year>#<shard>`, Select COUNT) and that
 *   the run's totals agree.
 *
 * Options: --entitlements N (default 20000), --pollers N (default 6), --seed-concurrency N (default 8).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { seedApplications } from './lib/seed-applications.js';
import { ledgerPartitions } from '../functions/commons/store/items/keys.js';
import { startDynamoDbLocal } from '../infra/local/dynamodb-local.js';
import { startEventBridgeLocal } from '../infra/local/eventbridge-local.js';
import { startPoller } from '../infra/local/queue-poller.js';
import {
  awsEnvironment,
  createResources,
  functionEnvironment,
  LOCAL_REGION,
  type LocalEndpoints,
} from '../infra/local/provision.js';
import { startSqsLocal } from '../infra/local/sqs-local.js';
import { MAIN_TABLE, PAYOUT_QUEUE } from '../shared/contract/resources.js';
import { queryPartitionPages } from '../functions/commons/store/query/query.js';
import type { ApplicationRecord } from '../shared/domain/application.js';
import { option, seconds } from './lib/options.js';

const FISCAL_YEAR = 2024;
const CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Child mode: SQS and EventBridge endpoints in their own process; prints them as one JSON line. */
async function serveEmulators(): Promise<void> {
  const [sqs, eventbridge] = await Promise.all([startSqsLocal(), startEventBridgeLocal()]);
  console.log(JSON.stringify({ sqs: sqs.endpoint, eventbridge: eventbridge.endpoint }));
  process.stdin.resume();
  process.stdin.on('end', () => process.exit(0)); // the parent went away
}

async function startEmulatorChild(): Promise<{ endpoints: { sqs: string; eventbridge: string }; stop: () => void }> {
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!, '--serve-emulators'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const firstLine = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the emulator process exited (${code})`)));
  });
  return {
    endpoints: JSON.parse(firstLine) as { sqs: string; eventbridge: string },
    stop: () => child.kill('SIGTERM'),
  };
}

/** An ELIGIBLE operating-cost claim as evaluation leaves it (decision stored, entitlement indexed). */
function entitlement(i: number): ApplicationRecord {
  const applicantId = `bench-platform-${i % 20_000}`;
  const amount = `${1000 + (i % 9000)}.${String(i % 100).padStart(2, '0')}`;
  const submittedAt = new Date(Date.UTC(FISCAL_YEAR + 1, 0, 15) + i * 1000).toISOString();
  return {
    applicationId: `bench-${String(i).padStart(8, '0')}`,
    applicantId,
    programme: 'OSP_OPERATING',
    status: 'ELIGIBLE',
    submittedAt,
    organisation: {
      name: 'Bench Platform Co., Ltd.',
      unifiedSocialCreditCode: '91350100M000100Y43',
      registeredInLingang: true,
    },
    details: { fiscalYear: FISCAL_YEAR, operatingCosts: '1.00' },
    decision: { outcome: 'ELIGIBLE', amount, capApplied: false, policyVersion: 'LG-AI-2020', reasons: [] },
    audit: [
      { at: submittedAt, by: applicantId, from: null, to: 'SUBMITTED' },
      { at: submittedAt, by: 'system:evaluator', from: 'SUBMITTED', to: 'ELIGIBLE' },
    ],
  };
}

async function countLedger(doc: DynamoDBDocumentClient, tableName: string): Promise<number> {
  let count = 0;
  const ledger = queryPartitionPages(doc, ledgerPartitions(FISCAL_YEAR), (partition) => ({
    TableName: tableName,
    IndexName: 'GSI2',
    KeyConditionExpression: 'gsi2pk = :pk',
    ExpressionAttributeValues: { ':pk': partition },
    Select: 'COUNT',
  }));
  for await (const page of ledger) count += page.Count ?? 0;
  return count;
}

async function main(): Promise<void> {
  const entitlements = option('entitlements', 20_000);
  const pollers = option('pollers', 6);
  const seedConcurrency = option('seed-concurrency', 8);

  const [dynamo, emulators] = await Promise.all([
    startDynamoDbLocal({ maxHeap: '2g', sustainedLoad: true }),
    startEmulatorChild(),
  ]);
  try {
    const endpoints: LocalEndpoints = { dynamodb: dynamo.endpoint, ...emulators.endpoints };
    const config = { region: LOCAL_REGION, credentials: CREDENTIALS };
    const dynamodb = new DynamoDBClient({ ...config, endpoint: endpoints.dynamodb });
    const doc = DynamoDBDocumentClient.from(dynamodb);
    const sqs = new SQSClient({ ...config, endpoint: endpoints.sqs });
    const resources = await createResources({ dynamodb, sqs }, 'bench-');
    Object.assign(process.env, awsEnvironment(endpoints), functionEnvironment(resources), {
      POWERTOOLS_LOG_LEVEL: 'WARN',
    });
    const tableName = resources.tables[MAIN_TABLE.id]!;
    const queue = resources.queues[PAYOUT_QUEUE.id]!;

    // Handler modules read their environment at load: import them only now.
    const { handler: planner } = await import('../functions/payout-planner/handler.js');
    const { handler: worker } = await import('../functions/payout-worker/handler.js');
    const { readRun } = await import('../functions/commons/payouts/runs.js');

    const seeding = performance.now();
    await seedApplications(doc, tableName, { to: entitlements, concurrency: seedConcurrency }, entitlement);
    console.log(`seeded ${entitlements} entitlements in ${seconds(performance.now() - seeding)} s`);

    let peakRss = process.memoryUsage.rss();
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 100);
    const started = performance.now();
    const run = await planner({ fiscalYear: FISCAL_YEAR });
    const stop = startPoller({
      client: sqs,
      queueUrl: queue.url,
      queueArn: queue.arn,
      functionName: 'payout-worker',
      batchSize: PAYOUT_QUEUE.batchSize,
      concurrency: pollers,
      handler: async () => worker,
    });
    let view = await readRun(tableName, run.runId);
    let lastReport = started;
    while (view?.status !== 'COMPLETED') {
      await new Promise((resolve) => setTimeout(resolve, 250));
      view = await readRun(tableName, run.runId);
      if (performance.now() - lastReport > 10_000) {
        lastReport = performance.now();
        console.log(
          `  ${seconds(lastReport - started)} s: found ${view?.found} settled ${(view?.paid ?? 0) + (view?.alreadyPaid ?? 0) + (view?.failed ?? 0)}`,
        );
      }
    }
    const elapsed = performance.now() - started;
    clearInterval(sampler);
    await stop();

    const ledger = await countLedger(doc, tableName);
    const exact =
      ledger === entitlements &&
      view.found === entitlements &&
      view.paid === entitlements &&
      view.failed === 0 &&
      view.alreadyPaid === 0;
    console.log(
      [
        `payout run of ${entitlements} entitlements (fiscal year ${FISCAL_YEAR}), ${pollers} pollers × batch ${PAYOUT_QUEUE.batchSize}`,
        `  time:            ${seconds(elapsed)} s`,
        `  throughput:      ${Math.round(entitlements / (elapsed / 1000))} entitlements/s`,
        `  peak RSS:        ${megabytes(peakRss)} (planner + workers; emulators in their own processes)`,
        `  run totals:      found ${view.found}, paid ${view.paid}, already paid ${view.alreadyPaid}, failed ${view.failed}, amount ${view.amount}`,
        `  ledger entries:  ${ledger} (${exact ? 'exactly one per entitlement' : 'MISMATCH'})`,
      ].join('\n'),
    );
    if (!exact) process.exitCode = 1;
    dynamodb.destroy();
    sqs.destroy();
  } finally {
    emulators.stop();
    await dynamo.stop();
  }
}

if (process.argv.includes('--serve-emulators')) await serveEmulators();
else await main();
