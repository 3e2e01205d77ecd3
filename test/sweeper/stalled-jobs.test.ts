/**
 * Exports and simulations that stopped midway (the sweeper, SPEC §7 and §12), against DynamoDB
 * Local, the local SQS server and the local S3 server: a simulation whose chains lost messages
 * after some pages, and an export whose job received its message and died before writing the file,
 * its message gone (dead-lettered). The sweeper notices (a simulation whose progress stayed what its
 * previous sweep saw; an export whose job last received its message longer ago than the message can
 * live), sends the work not done again, and the job completes with what an unbroken one gives.
 */
import { DeleteMessageCommand } from '@aws-sdk/client-sqs';
import type { SQSEvent } from 'aws-lambda';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { handler as adminApi } from '../../functions/admin-api/handler.js';
import { clock } from '../../functions/commons/runtime/clock.js';
import { SIMULATION_PAGE_SIZE } from '../../functions/commons/simulations/model.js';
import { simulating } from '../../functions/commons/simulations/simulate.js';
import { exportWorkerWith, handler as exportWorker } from '../../functions/export-worker/handler.js';
import { handler as simulationWorker, simulationWorkerWith } from '../../functions/simulation-worker/handler.js';
import { handler as sweeper } from '../../functions/sweeper/handler.js';
import { deliverRecords, receiveMessages, toRecord } from '../../infra/local/queue-poller.js';
import { EXPORT_QUEUE } from '../../shared/contract/resources.js';
import { localAws, localS3 } from '../support/emulators/env.js';
import { adminApiDepsOf } from '../support/function-deps.js';
import { admin, caller } from '../support/http-events.js';
import { drainQueue, testEventSource } from '../payout/queue-driver.js';
import { body, certify, newApplicantId, sqs, submit, submitAndEvaluate, tableName } from '../write-path/write-path.js';

const api = caller(adminApi);
const { exportQueue, simulationQueue } = adminApiDepsOf(localAws().resources);
const realNow = clock.now;
const later = (minutes: number) => () => new Date(realNow().getTime() + minutes * 60_000);

afterEach(() => {
  clock.now = realNow;
  simulating.pageSize = SIMULATION_PAGE_SIZE;
});
afterAll(async () => (await localS3()).stop());

beforeAll(async () => {
  await localS3();
  // Decided operating-cost claims of 2021, submitted 2022-03-10..14: several pages in their parts at one a page.
  for (const [day, costs] of [
    [10, '2000000.00'],
    [11, '9000000.00'],
    [12, '6000000.00'],
    [13, '5000000.00'],
    [14, '3000000.00'],
  ] as const) {
    const applicantId = newApplicantId();
    await certify(applicantId);
    clock.now = () => new Date(`2022-03-${day}T02:00:00.000Z`);
    await submitAndEvaluate(applicantId, body('OSP_OPERATING', { fiscalYear: 2021, operatingCosts: costs }));
  }
  clock.now = realNow;
}, 120_000);

describe('a simulation whose chains stopped after some pages', () => {
  const draft = {
    overrides: { ospOperatingRate: '15%' },
    programmes: ['OSP_OPERATING', 'AI_ACTIVITY'],
    submittedFrom: '2022-03-10',
    submittedTo: '2022-03-14',
  };
  const simulate = async () => {
    const started = await api('POST /v1/admin/simulations', { as: admin(), body: draft });
    expect(started.status).toBe(202);
    return started.body.simulationId as string;
  };
  const read = async (id: string) => (await api('GET /v1/admin/simulations/{id}', { as: admin(), path: { id } })).body;
  const drain = (handler = simulationWorker) => drainQueue({ sqs, queueUrl: simulationQueue, handler, concurrency: 3 });
  /** A sweep `minutes` past now (after the threshold); what it did. */
  const sweepAt = async (minutes: number) => {
    clock.now = later(minutes);
    const swept = await sweeper({ source: 'schedule' });
    clock.now = realNow;
    return swept;
  };
  /** Past the threshold: the first sweep records the progress it saw, the next finds it unchanged and resumes it; its messages are then handled. */
  const resumeStalled = async () => {
    await sweepAt(11);
    expect((await sweepAt(16)).resentJobs).toBe(1);
    await drain();
  };

  it('is resumed by the sweeper once its progress stays what the previous sweep saw, and gives the unbroken result', async () => {
    simulating.pageSize = 1;
    const unbroken = await simulate();
    await drain();
    const expected = await read(unbroken);
    expect(expected).toMatchObject({ status: 'COMPLETED', progress: { cases: 5 } });

    const id = await simulate();
    // Every third message is acknowledged without being handled: lost, and its chain with it.
    let received = 0;
    await drain(async (event: SQSEvent, context) =>
      simulationWorker({ Records: event.Records.filter(() => ++received % 3 !== 0) }, context),
    );
    const stalled = await read(id);
    expect(stalled.status).toBe('RUNNING');
    expect(stalled.progress.partsDone).toBeGreaterThan(0);
    expect(stalled.progress.partsDone).toBeLessThan(stalled.progress.parts);

    await resumeStalled();
    const resumed = await read(id);
    expect(resumed.status).toBe('COMPLETED');
    expect(resumed.progress).toEqual(expected.progress);
    expect(resumed.result).toEqual(expected.result);
  });

  it('whose every part is done but whose completion kept failing is completed once resumed', async () => {
    const id = await simulate();
    // The completion cannot write the result file: each part's last page fails until it is dead-lettered.
    await drain(simulationWorkerWith({ table: tableName, simulationQueue, reportBucket: 'no-such-bucket' }));
    const stalled = await read(id);
    expect(stalled.status).toBe('RUNNING');
    expect(stalled.progress.partsDone).toBe(stalled.progress.parts);

    await resumeStalled();
    expect(await read(id)).toMatchObject({ status: 'COMPLETED', progress: stalled.progress });
  });

  it('is never failed while each page it records is seen by a sweep, however many sweeps find it stalled', async () => {
    // Undecided applications only (submitted, never evaluated): every page records no case, and a part's pages before its last no part done.
    simulating.pageSize = 1;
    for (const day of [20, 21, 22]) {
      const applicantId = newApplicantId();
      await certify(applicantId);
      clock.now = () => new Date(`2022-03-${day}T02:00:00.000Z`);
      expect(
        (await submit(applicantId, body('OSP_OPERATING', { fiscalYear: 2021, operatingCosts: '1000000.00' }))).status,
      ).toBe(202);
    }
    clock.now = realNow;
    const started = await api('POST /v1/admin/simulations', {
      as: admin(),
      body: { ...draft, programmes: ['OSP_OPERATING'], submittedFrom: '2022-03-20', submittedTo: '2022-03-22' },
    });
    const id = started.body.simulationId as string;
    /** One page handled, every other message lost (the chains stop). */
    const onePage = async () => {
      let handled = false;
      await drain(async (event: SQSEvent, context) =>
        simulationWorker({ Records: event.Records.filter(() => !handled && (handled = true)) }, context),
      );
    };
    await onePage();
    // Each round: a sweep sees the new page; the next, 20 min on, finds none and resumes it; one more page.
    // Without counting anew after progress (or counting pages of no case), the fourth stalled sweep failed it.
    for (let round = 0, minutes = 11; round < 5; round++, minutes += 40) {
      expect(await sweepAt(minutes)).toMatchObject({ resentJobs: 0, failedJobs: 0 });
      expect(await sweepAt(minutes + 20)).toMatchObject({ resentJobs: 1, failedJobs: 0 });
      await onePage();
      expect((await read(id)).status).toBe('RUNNING');
    }
    // Resumed once more and left to run: it completes, with no case judged.
    expect(await sweepAt(211)).toMatchObject({ resentJobs: 0, failedJobs: 0 });
    expect(await sweepAt(231)).toMatchObject({ resentJobs: 1, failedJobs: 0 });
    await drain();
    expect(await read(id)).toMatchObject({ status: 'COMPLETED', progress: { cases: 0 } });
  });
});

describe('an export whose job died after receiving its message', () => {
  const start = async () => {
    const started = await api('POST /v1/admin/exports', { as: admin(), body: { kind: 'AWARDS', fiscalYear: 2021 } });
    expect(started.status).toBe(202);
    return started.body.exportId as string;
  };
  const read = async (id: string) => (await api('GET /v1/admin/exports/{id}', { as: admin(), path: { id } })).body;
  const runExports = () => drainQueue({ sqs, queueUrl: exportQueue, handler: exportWorker, batchSize: 1 });

  /** The job receives the message and fails writing the file (its bucket gone); then the message is dead-lettered. */
  async function dieOnce(): Promise<void> {
    const dying = exportWorkerWith({ table: tableName, reportBucket: 'no-such-bucket' });
    const source = testEventSource({ sqs, queueUrl: exportQueue, handler: dying });
    const messages = await receiveMessages(source, { batchSize: 10, waitSeconds: 1 });
    expect(messages).toHaveLength(1);
    expect(
      (
        await deliverRecords(
          messages.map((message) => toRecord(message)),
          source,
        )
      ).failed,
    ).toHaveLength(1);
    for (const { ReceiptHandle } of messages)
      await sqs.send(new DeleteMessageCommand({ QueueUrl: exportQueue, ReceiptHandle }));
  }

  it('is sent again once its message cannot be alive any more, and writes the file an unbroken one writes', async () => {
    const unbroken = await start();
    await runExports();
    const expected = await read(unbroken);
    expect(expected).toMatchObject({ status: 'DONE', rows: 5 });

    const id = await start();
    await dieOnce();
    // Past the threshold, its message may still be retried: left alone.
    clock.now = later(11);
    expect((await sweeper({ source: 'schedule' })).resentJobs).toBe(0);
    const lifeMinutes = (EXPORT_QUEUE.visibilityTimeoutSeconds * EXPORT_QUEUE.maxReceiveCount) / 60;
    clock.now = later(lifeMinutes + 1);
    expect((await sweeper({ source: 'schedule' })).resentJobs).toBe(1);
    clock.now = realNow;
    await runExports();
    const resumed = await read(id);
    expect(resumed.status).toBe('DONE');
    expect({ rows: resumed.rows, amount: resumed.amount }).toEqual({ rows: expected.rows, amount: expected.amount });
  });
});
