/**
 * No hot keys (issue 11): a large generated workload goes through the real item and key builders
 * (applicationItem, transitionUpdate, the payout worker's ledgerEntry), and every write is
 * counted on each partition key value it lands on: the table's, and each index's the item is in
 * (a status change counts on the partition it leaves and on the one it joins; an update that
 * changes neither an index's keys nor what it projects costs that index nothing, as on DynamoDB).
 *
 * The bound: one partition key value takes at most 1,000 write units per second on DynamoDB
 * (and 3,000 read units; adaptive capacity does not split a single key value whose sort keys
 * rise in time order). The design peak is 10,000 writes per second into one index (a deadline-day
 * surge of submissions, or a payout run paying a million entitlements in under two minutes), and
 * each index item is at most 1 KB (checked here), so a write is 1 write unit. Hence no partition
 * key value may take more than 1,000 / 10,000 = 10% of an index's (or the table's) writes.
 * With 16 shards the expected share of the busiest kind's shard is 1/16 = 6.25%.
 */
import { describe, expect, it } from 'vitest';
import { MAIN_TABLE } from '../../shared/contract/resources.js';
import { evaluate, type Decision, type ProgrammeCode } from '../../shared/policy/index.js';
import { statusChange, type ApplicationStatus } from '../../shared/domain/application.js';
import { rng } from '../../bench/lib/cases.js';
import { CASE_BUILDERS } from '../policy/cases.js';
import { transitionUpdate } from '../../functions/commons/store/update-item/applications.js';
import { ledgerEntry } from '../../functions/commons/payouts/pay.js';
import { applicationItem } from '../../functions/commons/store/items/application-item.js';
import type { ApplicationRecord } from '../../shared/domain/application.js';
import { countableChange, counterShardFor } from '../../functions/commons/statistics/tally.js';
import { countedKey, statisticsCounterKey } from '../../functions/commons/store/items/keys.js';

// The table the transitions' requests name.
const TABLE = 'unit-SubsidyTable';

/**
 * Large enough for the shares to settle (each index takes 50,000 writes or more; the busiest shard
 * stays within 0.2 percentage points of 1/16, as with four times the workload), while a key without
 * its shard takes all its kind's writes whatever the size.
 */
const APPLICATIONS = 25_000;
const LEDGER_ENTRIES = 25_000;
const APPLICANTS = 5_000;
const MAX_SHARE = 1_000 / 10_000;
const MAX_INDEX_ITEM_BYTES = 1_024;
const SEED = Number(process.env.HOT_KEY_SEED ?? 20261201);

type Item = Record<string, unknown>;

/** DynamoDB's item size: attribute names plus values (strings and numbers by their bytes, containers with their overhead). */
function sizeOf(value: unknown): number {
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (typeof value === 'number' || typeof value === 'bigint') return Math.ceil(String(value).length / 2) + 1;
  if (typeof value === 'boolean' || value === null || value === undefined) return 1;
  if (Array.isArray(value)) return 3 + value.reduce((sum: number, element) => sum + 1 + sizeOf(element), 0);
  return (
    3 +
    Object.entries(value as Item).reduce(
      (sum, [name, element]) => sum + 1 + Buffer.byteLength(name) + sizeOf(element),
      0,
    )
  );
}

/** Applies a transitionUpdate's `SET #fN = :fN, …` and `REMOVE a, b` to an item (the audit append is not indexed). */
function applyUpdate(item: Item, update: ReturnType<typeof transitionUpdate>): Item {
  const names = update.ExpressionAttributeNames!;
  const values = update.ExpressionAttributeValues!;
  const next: Item = { ...item };
  const expression = update.UpdateExpression!;
  for (const [, name, value] of expression.matchAll(/(#f\d+) = (:f\d+)/g)) next[names[name!]!] = values[value!];
  for (const removed of expression.split(' REMOVE ')[1]!.split(', ')) delete next[removed];
  return next;
}

class WriteCounter {
  /** Where ('table', 'GSI1', …) → partition key value → writes. */
  readonly writes = new Map<string, Map<string, number>>();
  readonly largestIndexItem = new Map<string, number>();
  private records = 0;

  private count(where: string, partition: string): void {
    const partitions = this.writes.get(where) ?? new Map<string, number>();
    partitions.set(partition, (partitions.get(partition) ?? 0) + 1);
    this.writes.set(where, partitions);
  }

  write(before: Item | undefined, after: Item): void {
    this.count('table', String(after[MAIN_TABLE.partitionKey]));
    // The statistics tally's writes for this stream record: its marker and a counter shard (SPEC §12),
    // at most: counted in a transaction of its own (with others, one counter write serves them all).
    const change = countableChange(`record-${++this.records}`, before, after);
    if (change) {
      this.count('StatisticsTable', countedKey(change.eventId).pk);
      for (const { cell } of change.changes)
        this.count(
          'StatisticsTable',
          statisticsCounterKey(counterShardFor([change]), cell.fiscalYear, cell.programme).pk,
        );
    }
    for (const index of MAIN_TABLE.indexes) {
      const attributes = [index.partitionKey, index.sortKey, ...index.projected];
      const changed = attributes.some(
        (a) => before?.[a] !== after[a] && JSON.stringify(before?.[a]) !== JSON.stringify(after[a]),
      );
      if (!changed) continue;
      const left = before?.[index.partitionKey] as string | undefined;
      const joined = after[index.partitionKey] as string | undefined;
      if (left !== undefined && left !== joined) this.count(index.name, left);
      if (joined === undefined) continue;
      this.count(index.name, joined);
      const projected = Object.fromEntries(
        ['pk', 'sk', ...attributes].filter((a) => after[a] !== undefined).map((a) => [a, after[a]]),
      );
      this.largestIndexItem.set(index.name, Math.max(this.largestIndexItem.get(index.name) ?? 0, sizeOf(projected)));
    }
  }

  /** Per table/index: total writes, the busiest partition key value and its share. */
  busiest(strip: (partition: string) => string = (partition) => partition) {
    return [...this.writes].map(([where, partitions]) => {
      const merged = new Map<string, number>();
      for (const [partition, count] of partitions)
        merged.set(strip(partition), (merged.get(strip(partition)) ?? 0) + count);
      const total = [...merged.values()].reduce((a, b) => a + b, 0);
      const [partition, writes] = [...merged].reduce((a, b) => (b[1] > a[1] ? b : a));
      return { where, total, partition, share: writes / total };
    });
  }
}

const PROGRAMMES = Object.keys(CASE_BUILDERS) as ProgrammeCode[];
/** One real decision per programme (the policy library's own), reused: the keys depend on the outcome only. */
const DECISIONS = Object.fromEntries(
  PROGRAMMES.map((programme) => [programme, evaluate(CASE_BUILDERS[programme]())]),
) as Record<ProgrammeCode, Decision>;

function runWorkload(): WriteCounter {
  const next = rng(SEED);
  const counter = new WriteCounter();
  const yearStart = Date.UTC(2021, 0, 1);
  const id = (i: number) =>
    `${(yearStart + i).toString(36)}${Math.floor(next() * 2 ** 40)
      .toString(36)
      .padStart(8, '0')}`.toUpperCase();

  const move = (
    item: Item,
    record: ApplicationRecord,
    from: ApplicationStatus,
    to: ApplicationStatus,
    set?: Item,
  ): Item => {
    const after = applyUpdate(
      item,
      transitionUpdate(TABLE, {
        record,
        ...statusChange({ from, to, by: 'system:test', at: record.submittedAt, events: [], ...(set ? { set } : {}) }),
      }),
    );
    counter.write(item, after);
    return after;
  };
  const submit = (i: number, programme: ProgrammeCode): { record: ApplicationRecord; item: Item } => {
    const sample = CASE_BUILDERS[programme]();
    const submittedAt = new Date(yearStart + Math.floor(next() * 365 * 86_400_000)).toISOString();
    const applicantId = `applicant-${Math.floor(next() * APPLICANTS)}`;
    const record: ApplicationRecord = {
      applicationId: id(i),
      applicantId,
      programme,
      status: 'SUBMITTED',
      submittedAt,
      organisation: sample.organisation,
      details: sample.details as Record<string, unknown>,
      audit: [{ at: submittedAt, by: applicantId, from: null, to: 'SUBMITTED' }],
    };
    const item = applicationItem(record);
    counter.write(undefined, item);
    return { record, item };
  };

  // Applications of every programme: submitted, decided, reviewed where the policy asks for it.
  for (let i = 0; i < APPLICATIONS; i++) {
    const programme = PROGRAMMES[Math.floor(next() * PROGRAMMES.length)]!;
    const { record, item } = submit(i, programme);
    const decision = DECISIONS[programme];
    const decided = move(item, record, 'SUBMITTED', decision.outcome, { decision });
    if (decision.outcome === 'NEEDS_REVIEW')
      move(decided, record, 'NEEDS_REVIEW', next() < 0.8 ? 'APPROVED' : 'REJECTED');
  }
  // A payout year: operating-cost entitlements decided ELIGIBLE, then each paid into the ledger.
  const fiscalYear = 2021;
  for (let i = 0; i < LEDGER_ENTRIES; i++) {
    const { record, item } = submit(APPLICATIONS + i, 'OSP_OPERATING');
    const decision = DECISIONS.OSP_OPERATING;
    const eligible = move(item, record, 'SUBMITTED', 'ELIGIBLE', { decision });
    const { applicationId, applicantId, submittedAt } = record;
    const entry = ledgerEntry(
      { kind: 'pay', runId: 'run-1', fiscalYear, batch: '0-0-0', entitlements: [] },
      { applicationId, applicantId, submittedAt, amount: decision.amount },
      submittedAt,
    );
    counter.write(undefined, entry);
    move(eligible, record, 'ELIGIBLE', 'PAID');
  }
  return counter;
}

describe(`no hot keys (seed ${SEED}; replay with HOT_KEY_SEED)`, () => {
  const counter = runWorkload();
  const figures = counter.busiest();

  it(`no partition key value of the table or any index takes more than ${MAX_SHARE * 100}% of its writes`, () => {
    console.log(
      figures
        .map(
          ({ where, total, partition, share }) =>
            `${where}: ${total} writes, busiest ${partition} ${(share * 100).toFixed(2)}%`,
        )
        .join('\n'),
    );
    expect(figures.map(({ where }) => where).sort()).toEqual([
      'GSI1',
      'GSI2',
      'GSI3',
      'GSI4',
      'StatisticsTable',
      'table',
    ]);
    for (const { where, partition, share } of figures)
      expect({ where, partition, overBound: share > MAX_SHARE }).toEqual({ where, partition, overBound: false });
  });

  it('every index item is at most 1 KB, so an index write is one write unit', () => {
    console.log(
      [...counter.largestIndexItem].map(([index, bytes]) => `${index}: largest index item ${bytes} bytes`).join('\n'),
    );
    for (const [index, bytes] of counter.largestIndexItem)
      expect({ index, bytes, fits: bytes <= MAX_INDEX_ITEM_BYTES }).toMatchObject({ index, fits: true });
  });

  it('without the shard suffix the same workload would exceed the bound (the test can tell)', () => {
    const unsharded = counter.busiest((partition) => partition.replace(/#\d+$/, ''));
    const over = unsharded.filter(({ share }) => share > MAX_SHARE).map(({ where }) => where);
    expect(over).toEqual(expect.arrayContaining(['GSI2', 'GSI3', 'GSI4', 'StatisticsTable']));
  });
});
