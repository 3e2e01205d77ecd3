/**
 * `npm run bench:desk`: the administration's desk (issue 21, SPEC §12) on the local emulators.
 * Figures, not a test: nothing is asserted.
 *
 * Statistics: GET /v1/admin/statistics latency (p50, p95; over HTTP through the local gateway into
 * the real admin-api handler) at 1,000 and at 100,000 applications in the same run and the same
 * DynamoDB Local, and the ratio of the two p50s (goal ≤ 1.5: the answer is read from aggregates, so
 * its cost must not grow with the number of applications). The applications are written to the
 * table (BatchWriteItem, the items `applicationItem` builds, across programmes, statuses and five
 * fiscal years) and the aggregates are made the way production makes them: the real
 * tally-statistics handler reads the table's stream (the local stream reader, Lambda's batch size).
 *
 * Simulation throughput (bench/lib/simulation-throughput.ts): N more applications, decided by the
 * policy library, in a table of their own in the same DynamoDB Local; a bare parallel read of them
 * (GSI3 pages and their items, as many at once as the simulation runs messages) and a what-if
 * simulation (ospOperatingRate 15%) by the real simulation worker behind the local queue poller;
 * cases per second of each and their ratio (goal ≥ 0.5×).
 *
 * Options: --applications N (default 100000: the large size, and the simulation's), --requests N
 * (timed GETs per size, default 200), --seed-concurrency N (default 8).
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { seedApplications } from './lib/seed-applications.js';
import { simulationThroughput } from './lib/simulation-throughput.js';
import type { ApplicationRecord } from '../shared/domain/application.js';
import { issueToken } from '../infra/local/dev-auth.js';
import { startDynamoDbLocal } from '../infra/local/dynamodb-local.js';
import { apiGateway, type HttpLambda } from '../infra/local/gateway.js';
import { closeServer, listenOn, LOCAL_HOST } from '../infra/local/ports.js';
import { awsEnvironment, createResources, functionEnvironment, LOCAL_REGION } from '../infra/local/provision.js';
import { startS3Local } from '../infra/local/s3-local.js';
import { startSqsLocal } from '../infra/local/sqs-local.js';
import { StreamReader, type StreamLambda } from '../infra/local/stream-reader.js';
import { MAIN_TABLE, STATISTICS_TALLY } from '../shared/contract/resources.js';
import type { ApplicationStatus } from '../shared/domain/application.js';
import { PROGRAMMES } from '../shared/policy/index.js';
import { option, seconds } from './lib/options.js';

const CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };
const SMALL = 1_000;

const STATUSES: ApplicationStatus[] = ['ELIGIBLE', 'INELIGIBLE', 'NEEDS_REVIEW', 'APPROVED', 'REJECTED', 'WITHDRAWN'];

/** Application i: a programme, a status and a year by turns; amounts on the awarded ones. */
function application(i: number): ApplicationRecord {
  const programme = PROGRAMMES[i % PROGRAMMES.length]!;
  const status = STATUSES[Math.floor(i / PROGRAMMES.length) % STATUSES.length]!;
  const year = 2021 + (i % 5);
  const submittedAt = new Date(Date.UTC(year, 1, 1) + (i % 100_000) * 60_000).toISOString();
  const applicantId = `desk-applicant-${i % 5_000}`;
  const amount = `${1000 + (i % 9000)}.${String(i % 100).padStart(2, '0')}`;
  const decided = status === 'ELIGIBLE' || status === 'INELIGIBLE' || status === 'NEEDS_REVIEW';
  return {
    applicationId: `desk-${String(i).padStart(8, '0')}`,
    applicantId,
    programme,
    status,
    submittedAt,
    organisation: {
      name: 'Desk Bench Co., Ltd.',
      unifiedSocialCreditCode: '91350100M000100Y43',
      registeredInLingang: true,
    },
    details: programme === 'OSP_OPERATING' ? { fiscalYear: year - 1, operatingCosts: '1.00' } : {},
    ...(decided || status === 'APPROVED' || status === 'REJECTED'
      ? {
          decision: {
            outcome: status === 'ELIGIBLE' ? 'ELIGIBLE' : status === 'INELIGIBLE' ? 'INELIGIBLE' : 'NEEDS_REVIEW',
            amount,
            capApplied: false,
            policyVersion: 'LG-AI-2020',
            reasons: [],
          },
        }
      : {}),
    ...(status === 'APPROVED'
      ? { review: { decision: 'APPROVE', amount, note: 'bench', reviewedBy: 'desk-admin', reviewedAt: submittedAt } }
      : {}),
    audit: [{ at: submittedAt, by: applicantId, from: null, to: 'SUBMITTED' }],
  } as ApplicationRecord;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

/** `requests` GETs of the statistics one after another (after a few untimed ones): p50 and p95, ms. */
async function statisticsLatency(url: string, token: string, requests: number) {
  const get = async () => {
    const response = await fetch(`${url}/v1/admin/statistics`, { headers: { authorization: `Bearer ${token}` } });
    if (response.status !== 200) throw new Error(`GET /v1/admin/statistics answered ${response.status}`);
    return (await response.json()) as { items: unknown[]; totals: { applications: { total: number } } };
  };
  for (let i = 0; i < 20; i++) await get();
  const timings: number[] = [];
  let last: Awaited<ReturnType<typeof get>> | undefined;
  for (let i = 0; i < requests; i++) {
    const started = performance.now();
    last = await get();
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  return {
    p50: percentile(timings, 0.5),
    p95: percentile(timings, 0.95),
    counted: last!.totals.applications.total,
    cells: last!.items.length,
  };
}

async function main(): Promise<void> {
  const large = option('applications', 100_000);
  const requests = option('requests', 200);
  const seedConcurrency = option('seed-concurrency', 8);
  const stops: Array<() => unknown> = [];
  try {
    const [dynamo, sqsLocal, s3Local] = await Promise.all([
      startDynamoDbLocal({ maxHeap: '2g', sustainedLoad: true }),
      startSqsLocal(),
      // The simulation's completion writes its result file to the report bucket.
      startS3Local({ directory: mkdtempSync(join(tmpdir(), 'desk-s3-')), removeOnStop: true }),
    ]);
    stops.push(
      () => dynamo.stop(),
      () => sqsLocal.stop(),
      () => s3Local.stop(),
    );
    const config = { region: LOCAL_REGION, credentials: CREDENTIALS };
    // DynamoDB Local on a loaded machine sometimes times out waiting for a lock (a 500 DynamoDB
    // would not answer): the bench's own writes retry it rather than end the run.
    const dynamodb = new DynamoDBClient({ ...config, endpoint: dynamo.endpoint, maxAttempts: 10 });
    const doc = DynamoDBDocumentClient.from(dynamodb);
    const resources = await createResources(
      { dynamodb, sqs: new SQSClient({ ...config, endpoint: sqsLocal.endpoint }) },
      'desk-',
    );
    Object.assign(
      process.env,
      // The bus is not reached by the statistics or the simulation: its endpoint names nothing listening.
      awsEnvironment({
        dynamodb: dynamo.endpoint,
        sqs: sqsLocal.endpoint,
        eventbridge: 'http://127.0.0.1:9',
        s3: s3Local.endpoint,
      }),
      functionEnvironment(resources),
      { POWERTOOLS_LOG_LEVEL: 'WARN' },
    );
    const tableName = resources.tables[MAIN_TABLE.id]!;

    // Handler modules read their environment at load: import them only now.
    const { handler: adminApi } = await import('../functions/admin-api/handler.js');
    const { handler: tally } = await import('../functions/tally-statistics/handler.js');
    const tallyReader = new StreamReader({
      dynamodb,
      tableName,
      batchSize: STATISTICS_TALLY.batchSize,
      handler: async () => tally as unknown as StreamLambda,
    });
    const signingKey = new Uint8Array(randomBytes(32));
    const server = createServer(apiGateway({ signingKey, handlerFor: async () => adminApi as unknown as HttpLambda }));
    const port = await listenOn(server, 0, 'the bench API');
    stops.push(() => closeServer(server));
    const url = `http://${LOCAL_HOST}:${port}`;
    const token = await issueToken(signingKey, { sub: 'desk-admin', admin: true });

    const figures: Array<{ size: number; p50: number; p95: number; cells: number }> = [];
    let written = 0;
    for (const size of [SMALL, large]) {
      const seeding = performance.now();
      await seedApplications(doc, tableName, { from: written, to: size, concurrency: seedConcurrency }, application);
      const seeded = performance.now();
      await tallyReader.drain();
      const tallied = performance.now();
      console.log(
        `${size} applications: ${size - written} written in ${seconds(seeded - seeding)} s, tallied from the stream in ${seconds(tallied - seeded)} s (${Math.round((size - written) / ((tallied - seeded) / 1000))} records/s)`,
      );
      written = size;
      const latency = await statisticsLatency(url, token, requests);
      if (latency.counted !== size)
        console.log(`  (the statistics count ${latency.counted} applications, not ${size})`);
      figures.push({ size, ...latency });
    }

    console.log(`\nGET /v1/admin/statistics (no filter: every fiscal year and programme), ${requests} requests each`);
    for (const { size, p50, p95, cells } of figures)
      console.log(
        `  ${String(size).padStart(7)} applications: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (${cells} cells)`,
      );
    const [small, big] = figures as [(typeof figures)[0], (typeof figures)[0]];
    console.log(`  p50 at ${big.size} ÷ p50 at ${small.size}: ${(big.p50 / small.p50).toFixed(2)}× (goal ≤ 1.5×)`);
    console.log(`  p95 at ${big.size} ÷ p95 at ${small.size}: ${(big.p95 / small.p95).toFixed(2)}×`);

    console.log(`\nWhat-if simulation over ${large} stored applications`);
    const sqs = new SQSClient({ ...config, endpoint: sqsLocal.endpoint });
    const simulation = await simulationThroughput({
      dynamodb,
      doc,
      sqs,
      s3: new S3Client({ ...config, endpoint: s3Local.endpoint, forcePathStyle: true }),
      applications: large,
      seedConcurrency,
      log: console.log,
    });
    const rate = (perSecond: number) => `${Math.round(perSecond)}/s`;
    console.log(
      `  bare parallel read: ${simulation.bare.items} items in ${seconds(simulation.bare.seconds * 1000)} s (${rate(simulation.bare.perSecond)})`,
    );
    console.log(
      `  simulation: ${simulation.simulation.cases} cases in ${seconds(simulation.simulation.seconds * 1000)} s (${rate(simulation.simulation.perSecond)})`,
    );
    console.log(`  simulation ÷ bare read: ${simulation.ratio.toFixed(2)}× (goal ≥ 0.5×)`);
  } finally {
    for (const stop of stops.reverse()) await stop();
  }
}

await main();
