/**
 * The what-if simulation's throughput (bench:desk, issue 21): N stored, decided applications
 * (every programme, each applicant certified), then in the same run and the same DynamoDB Local
 * (a) a bare parallel read of the same items — every part (programme × shard of GSI3) read a page
 * at a time, each page's items fetched from the table, as many parts at once as the simulation
 * runs messages at once — and (b) a simulation with the operating-cost rate at 15%, run by the
 * real simulation worker behind the local queue poller (the queue's batch size and maximum
 * concurrency) until COMPLETED. Figures only; the ratio (b)/(a) has a goal of ≥ 0.5.
 */
import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { startPoller } from '../../infra/local/queue-poller.js';
import { createResources, functionEnvironment } from '../../infra/local/provision.js';
import { MAIN_TABLE, REPORT_BUCKET, SIMULATION_QUEUE } from '../../shared/contract/resources.js';
import type { ApplicationRecord, ApplicationStatus } from '../../shared/domain/application.js';
import { evaluateFast } from '../../shared/policy/fast.js';
import { PROGRAMMES, type ProgrammeCode } from '../../shared/policy/index.js';
import { INDEX_SHARDS, programmePartition } from '../../functions/commons/store/items/keys.js';
import { seedApplications } from './seed-applications.js';

const APPLICANTS = 20_000;
const ORGANISATION = {
  name: 'Simulation Bench Co., Ltd.',
  unifiedSocialCreditCode: '91350100M000100Y43',
  registeredInLingang: true,
};

/** Valid details of application i of a programme, amounts varying with i. */
function detailsOf(programme: ProgrammeCode, i: number): Record<string, unknown> {
  const yuan = (base: number) => `${base + (i % 9_000) * 100}.${String(i % 100).padStart(2, '0')}`;
  switch (programme) {
    case 'OSP_RND':
      return { periodStart: '2021-01-01', periodEnd: '2021-12-31', rndCosts: yuan(100_000) };
    case 'OSP_OPERATING':
      return { fiscalYear: 2021, operatingCosts: yuan(1_000_000) };
    case 'AI_ACTIVITY':
      return { activityType: 'COMPETITION', description: 'A bench competition', requestedAmount: yuan(10_000) };
    case 'REVENUE_MILESTONE':
      return { fiscalYear: 2021, mainBusinessIncome: yuan(6_000_000), priorYears: [] };
    case 'ENTERPRISE_SETTLEMENT':
      return { establishedOn: '2021-02-01', origin: 'DOMESTIC', requestedAmount: yuan(100_000) };
    case 'NATIONAL_PLATFORM':
      return {
        recognition: 'NATIONAL_KEY_LABORATORY',
        recognitionReference: `BENCH-${i}`,
        recognizedOn: '2021-03-01',
        requestedAmount: yuan(1_000_000),
      };
  }
}

const applicantOf = (i: number) => `sim-applicant-${i % APPLICANTS}`;
const CERTIFICATION = { certifiedFrom: '2020-12-26', certifiedUntil: '2030-12-31', reference: 'BENCH-CERT' };

/** Application i as the evaluator leaves it: decided by the policy library, with its audit trail. */
function decidedApplication(i: number): ApplicationRecord {
  const programme = PROGRAMMES[i % PROGRAMMES.length]!;
  const submittedAt = new Date(Date.UTC(2022, 2, 1) + i * 1000).toISOString();
  const decidedAt = new Date(Date.UTC(2022, 2, 1) + i * 1000 + 500).toISOString();
  const base = { submittedAt, programme, organisation: ORGANISATION, details: detailsOf(programme, i) };
  const decision = evaluateFast({ ...base, history: { certifications: [CERTIFICATION], awards: [] } });
  const applicantId = applicantOf(i);
  return {
    applicationId: `sim-${String(i).padStart(8, '0')}`,
    applicantId,
    status: decision.outcome as ApplicationStatus,
    ...base,
    decision,
    audit: [
      { at: submittedAt, by: applicantId, from: null, to: 'SUBMITTED' },
      { at: decidedAt, by: 'system:evaluator', from: 'SUBMITTED', to: decision.outcome as ApplicationStatus },
    ],
  } as ApplicationRecord;
}

/** Runs `work` over the items of `queue` with `concurrency` workers at once. */
async function inParallel<T>(queue: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  const pending = [...queue];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let item = pending.shift(); item !== undefined; item = pending.shift()) await work(item);
    }),
  );
}

export interface SimulationFigures {
  applications: number;
  bare: { items: number; seconds: number; perSecond: number };
  simulation: { cases: number; seconds: number; perSecond: number };
  ratio: number;
}

export async function simulationThroughput(options: {
  dynamodb: DynamoDBClient;
  doc: DynamoDBDocumentClient;
  sqs: SQSClient;
  /** The local S3 server's client: the completion writes the result file into its report bucket. */
  s3: S3Client;
  applications: number;
  seedConcurrency: number;
  log: (line: string) => void;
}): Promise<SimulationFigures> {
  const { dynamodb, doc, sqs, s3, applications, seedConcurrency, log } = options;
  const resources = await createResources({ dynamodb, sqs, s3 }, 'desk-sim-');
  Object.assign(process.env, functionEnvironment(resources));
  const tableName = resources.tables[MAIN_TABLE.id]!;
  const queue = resources.queues[SIMULATION_QUEUE.id]!;
  const reports = { table: tableName, reportBucket: resources.buckets[REPORT_BUCKET.id]! };

  const seeding = performance.now();
  await inParallel(
    Array.from({ length: Math.min(APPLICANTS, applications) }, (_, i) => i),
    seedConcurrency * 4,
    async (i) => {
      const applicantId = applicantOf(i);
      const put = new PutCommand({
        TableName: tableName,
        Item: { pk: `APPLICANT#${applicantId}`, sk: 'CERT#BENCH-CERT', applicantId, ...CERTIFICATION },
      });
      // DynamoDB Local on a loaded machine sometimes times out waiting for a lock (a 500 DynamoDB would not answer).
      for (let attempt = 1; ; attempt++)
        try {
          await doc.send(put);
          return;
        } catch (error) {
          if (attempt === 10) throw error;
        }
    },
  );
  await seedApplications(doc, tableName, { to: applications, concurrency: seedConcurrency }, decidedApplication);
  log(`  seeded ${applications} decided applications in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);

  const { readFromTable } = await import('../../functions/commons/store/query/listings.js');
  const { queryPages, queryPartitionPages } = await import('../../functions/commons/store/query/query.js');
  const parts = PROGRAMMES.flatMap((programme) =>
    Array.from({ length: INDEX_SHARDS }, (_, shard) => programmePartition(programme, shard)),
  );
  // DynamoDB Local brings its indexes up to date behind the writes: time nothing until GSI3 holds every application.
  const gsi3 = (partition: string) => ({
    TableName: tableName,
    IndexName: 'GSI3',
    KeyConditionExpression: 'gsi3pk = :pk',
    ExpressionAttributeValues: { ':pk': partition },
  });
  const indexed = async () => {
    let count = 0;
    for await (const page of queryPartitionPages(doc, parts, (partition) => ({ ...gsi3(partition), Select: 'COUNT' })))
      count += page.Count ?? 0;
    return count;
  };
  while ((await indexed()) < applications) await new Promise((resolve) => setTimeout(resolve, 1000));
  const concurrency = SIMULATION_QUEUE.maxConcurrency * SIMULATION_QUEUE.batchSize;
  const { SIMULATION_PAGE_SIZE } = await import('../../functions/commons/simulations/model.js');
  let read = 0;
  const bareStarted = performance.now();
  await inParallel(parts, concurrency, async (partition) => {
    for await (const page of queryPages(doc, { ...gsi3(partition), Limit: SIMULATION_PAGE_SIZE })) {
      // Awaited before the sum: `read += await …` reads `read` first and loses the other partitions' counts.
      const items = await readFromTable(tableName, page.Items ?? []);
      read += items.length;
    }
  });
  const bareSeconds = (performance.now() - bareStarted) / 1000;

  const { startSimulation } = await import('../../functions/commons/simulations/start.js');
  const { readSimulation } = await import('../../functions/commons/simulations/read.js');
  const { handler } = await import('../../functions/simulation-worker/handler.js');
  const simulationStarted = performance.now();
  const { simulationId } = await startSimulation(
    { table: tableName, simulationQueue: queue.url },
    { overrides: { ospOperatingRate: '15%' } },
    'bench',
  );
  const stop = startPoller({
    client: sqs,
    queueUrl: queue.url,
    queueArn: queue.arn,
    functionName: 'simulation-worker',
    batchSize: SIMULATION_QUEUE.batchSize,
    concurrency: SIMULATION_QUEUE.maxConcurrency,
    handler: async () => handler,
  });
  let view = await readSimulation(reports, simulationId);
  while (view?.status !== 'COMPLETED') {
    await new Promise((resolve) => setTimeout(resolve, 200));
    view = await readSimulation(reports, simulationId);
  }
  const simulationSeconds = (performance.now() - simulationStarted) / 1000;
  await stop();
  const cases = view.progress.cases;
  const operating = view.result?.find((row) => row.programme === 'OSP_OPERATING');
  log(
    `  simulation ${simulationId}: ${cases} cases; OSP_OPERATING ${operating?.totalBefore} → ${operating?.totalAfter} (${operating?.changedAmounts} changed)`,
  );
  const bare = { items: read, seconds: bareSeconds, perSecond: read / bareSeconds };
  const simulation = { cases, seconds: simulationSeconds, perSecond: cases / simulationSeconds };
  return { applications, bare, simulation, ratio: simulation.perSecond / bare.perSecond };
}
