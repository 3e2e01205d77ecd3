/**
 * Exports and simulations whose messages were never sent (the sweeper, SPEC §7), against DynamoDB
 * Local, the local SQS server and the local S3 server: SQS refuses the start's send and DynamoDB
 * refuses recording it FAILED at the same moment, so the admin gets a 5xx and the job is left
 * PENDING/RUNNING with nothing queued. The sweeper leaves it alone while it is fresh, then sends
 * its messages and the job completes; one whose re-sent messages are lost every time is recorded
 * FAILED after MAX_SWEEPS sweeps and is no longer swept. On a local start (whose queues lived in
 * memory) every waiting job gets its messages again.
 */
import { DeleteMessageCommand } from '@aws-sdk/client-sqs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { adminApiWith, handler as adminApi } from '../../functions/admin-api/handler.js';
import { dynamoDb } from '../../functions/commons/clients/dynamodb.js';
import { clock } from '../../functions/commons/runtime/clock.js';
import { handler as exportWorker } from '../../functions/export-worker/handler.js';
import { handler as simulationWorker } from '../../functions/simulation-worker/handler.js';
import { handler as sweeper } from '../../functions/sweeper/handler.js';
import { MAX_SWEEPS } from '../../functions/sweeper/submitted.js';
import { receiveMessages } from '../../infra/local/queue-poller.js';
import { recoverLostWork } from '../../infra/local/recover.js';
import { localAws, localS3 } from '../support/emulators/env.js';
import { adminApiDepsOf } from '../support/function-deps.js';
import { refuseUpdates } from '../support/faults.js';
import { admin, caller, type Response } from '../support/http-events.js';
import { drainQueue, testEventSource } from '../payout/queue-driver.js';
import { tableItems } from '../support/local-api.js';
import { doc, sqs, tableName } from '../write-path/write-path.js';

const api = caller(adminApi);
const realNow = clock.now;
const adminApiDeps = adminApiDepsOf(localAws().resources);
const queues = { exportQueue: adminApiDeps.exportQueue, simulationQueue: adminApiDeps.simulationQueue };
const workers = { exportQueue: exportWorker, simulationQueue: simulationWorker };

interface Job {
  name: string;
  queue: keyof typeof queues;
  pkPrefix: string;
  /** Started through `admin` (an admin API). */
  start: (admin?: typeof api) => Promise<Response>;
  read: (id: string) => Promise<Response>;
  waiting: string;
  done: string;
}

const JOBS: Job[] = [
  {
    name: 'an export',
    queue: 'exportQueue',
    pkPrefix: 'EXPORT#',
    start: (adminApi = api) =>
      adminApi('POST /v1/admin/exports', { as: admin(), body: { kind: 'LEDGER', fiscalYear: 2021 } }),
    read: (id) => api('GET /v1/admin/exports/{id}', { as: admin(), path: { id } }),
    waiting: 'PENDING',
    done: 'DONE',
  },
  {
    name: 'a simulation',
    queue: 'simulationQueue',
    pkPrefix: 'SIMULATION#',
    start: (adminApi = api) => adminApi('POST /v1/admin/simulations', { as: admin(), body: { overrides: {} } }),
    read: (id) => api('GET /v1/admin/simulations/{id}', { as: admin(), path: { id } }),
    waiting: 'RUNNING',
    done: 'COMPLETED',
  },
];

const minutesFromNow = (minutes: number) => () => new Date(realNow().getTime() + minutes * 60_000);

/** Starts the job while SQS refuses its send and DynamoDB its FAILED record: a 5xx; its id, found in the table. */
async function startDuringOutage(job: Job): Promise<string> {
  const before = new Set(await jobIds(job));
  // The real local SQS server refuses the send: the queue the API is composed on does not exist.
  const outage = caller(adminApiWith({ ...adminApiDeps, [job.queue]: `${queues[job.queue]}-gone` }));
  const restore = refuseUpdates(dynamoDb, job.pkPrefix);
  try {
    expect((await job.start(outage)).status).toBe(500);
  } finally {
    restore();
  }
  const [id] = (await jobIds(job)).filter((found) => !before.has(found));
  expect(id, 'the job was stored before the outage answered').toBeDefined();
  expect((await job.read(id!)).body.status).toBe(job.waiting);
  return id!;
}

/** The ids of the jobs of this kind in the table (each file has a table of its own). */
async function jobIds(job: Job): Promise<string[]> {
  return (await tableItems(doc, tableName))
    .filter((item) => String(item.pk).startsWith(job.pkPrefix) && item.sk === job.pkPrefix.slice(0, -1))
    .map((item) => String(item.pk).slice(job.pkPrefix.length));
}

/** What the job's queue holds about it, each message deleted unhandled (lost, as a broken queue would lose it). */
async function loseQueued(job: Job, id: string): Promise<number> {
  const source = testEventSource({ sqs, queueUrl: queues[job.queue], handler: workers[job.queue] });
  let lost = 0;
  for (let batch = await receiveMessages(source, { batchSize: 10, waitSeconds: 1 }); batch.length > 0;) {
    for (const message of batch) {
      await sqs.send(new DeleteMessageCommand({ QueueUrl: queues[job.queue], ReceiptHandle: message.ReceiptHandle! }));
      if (message.Body!.includes(id)) lost += 1;
    }
    batch = await receiveMessages(source, { batchSize: 10, waitSeconds: 0 });
  }
  return lost;
}

beforeAll(async () => {
  await localS3();
});
afterAll(async () => (await localS3()).stop());
afterEach(() => {
  clock.now = realNow;
});

describe.each(JOBS)('$name whose messages were never sent', (job) => {
  it('is left alone while fresh, then sent again by the sweeper, and completes', async () => {
    const id = await startDuringOutage(job);
    await sweeper({ source: 'schedule' });
    expect(await loseQueued(job, id)).toBe(0);

    clock.now = minutesFromNow(30);
    expect((await sweeper({ source: 'schedule' })).resentJobs).toBeGreaterThanOrEqual(1);
    clock.now = realNow;
    await drainQueue({ sqs, queueUrl: queues[job.queue], handler: workers[job.queue] });
    expect((await job.read(id)).body.status).toBe(job.done);
  });

  it(`is sent again at most ${MAX_SWEEPS} times, then recorded FAILED once its message's life is over, and swept no more`, async () => {
    const id = await startDuringOutage(job);
    // Past the sweeper's threshold (10 minutes), within every queue's message life.
    clock.now = minutesFromNow(11);
    for (let sweep = 1; sweep <= MAX_SWEEPS; sweep++) {
      await sweeper({ source: 'schedule' });
      expect(await loseQueued(job, id), `sweep ${sweep}`).toBeGreaterThanOrEqual(1);
    }
    // Not before a message sent at its start could have lived out its queue (visibility timeout × receives).
    await sweeper({ source: 'schedule' });
    expect((await job.read(id)).body.status).toBe(job.waiting);
    expect(await loseQueued(job, id)).toBe(0);
    clock.now = minutesFromNow(24 * 60);
    expect((await sweeper({ source: 'schedule' })).failedJobs).toBeGreaterThanOrEqual(1);
    expect((await job.read(id)).body).toMatchObject({ status: 'FAILED', completedAt: expect.any(String) });
    await sweeper({ source: 'schedule' });
    expect(await loseQueued(job, id)).toBe(0);
  });
});

describe.each(JOBS)('$name on a local start', (job) => {
  it('gets its messages again when the in-memory queue lost them, and completes', async () => {
    const started = await job.start();
    expect(started.status).toBe(202);
    const id = (started.body.exportId ?? started.body.simulationId) as string;
    // The local queues live in memory: a restart loses what they held.
    expect(await loseQueued(job, id)).toBeGreaterThanOrEqual(1);
    expect((await recoverLostWork()).resentJobs).toBeGreaterThanOrEqual(1);
    await drainQueue({ sqs, queueUrl: queues[job.queue], handler: workers[job.queue] });
    expect((await job.read(id)).body.status).toBe(job.done);
  });
});
