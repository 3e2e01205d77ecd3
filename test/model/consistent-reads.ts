/**
 * The scenarios' reads of the table "as of one moment" (TransactGetItems), merged: a lane's
 * scenarios check their invariants after every step, and many of them wait to read at the same
 * time. When the schedule chooses one waiting read, it reads the keys of the other waiting reads
 * too, in one request of at most 100 items, in the order they came to wait; their own steps, when
 * chosen later, only hand over what was read then. Each still reads as of a moment after its
 * step ended, as before, but a lane sends a fraction of the requests (each costs the worker and
 * DynamoDB Local ~1.6 ms of CPU: test/model/model-test.ts).
 */
import { createHash } from 'node:crypto';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { dynamoDbWire, DynamoDbWireError } from '../../infra/local/dynamodb-wire.js';
import { localAws } from '../support/emulators/env.js';
import { scannedItems } from '../support/local-api.js';
import type { Lane } from './lane.js';

export type Item = Record<string, unknown>;
export type Key = { pk: string; sk: string };
type WireItem = Record<string, AttributeValue>;

/**
 * The test's own reads of its lanes' tables go out as DynamoDB's JSON and their items are
 * unmarshalled as the DocumentClient does (numbers as numbers; no attribute here is binary), not
 * through the SDK: a TransactGetItems of 30 application items cost the worker 1,961 µs of CPU through
 * the DocumentClient and 855 µs so (medians, 2026-12-07); the handlers' calls keep the SDK.
 */
const wire = dynamoDbWire(localAws().endpoints.dynamodb, 'model test');

/** DynamoDB's limit of items in one TransactGetItems. */
const MAX_ITEMS = 100;

const keyOf = ({ pk, sk }: Key) => `${pk} ${sk}`;

interface Read {
  keys: Key[];
  items?: Map<string, Item>;
}

/**
 * Items by key, read as of one moment: a payment writes the ledger entry and PAID together, an
 * evaluation the decision and the award; item by item, a read could see one without the other.
 * Refused while a write transaction is in flight: read again.
 */
async function readAtOnce(lane: Lane, table: string, keys: Key[]): Promise<Map<string, Item>> {
  const TransactItems = keys.map(({ pk, sk }) => ({
    Get: { TableName: table, Key: { pk: { S: pk }, sk: { S: sk } } },
  }));
  for (;;) {
    try {
      const { Responses = [] } = await lane.sendInStep(() =>
        wire.call<{ Responses?: { Item?: WireItem }[] }>('DynamoDB_20120810.TransactGetItems', { TransactItems }),
      );
      const items = Responses.flatMap(({ Item }) => (Item ? [unmarshall(Item)] : []));
      return new Map(items.map((item) => [keyOf(item as Key), item]));
    } catch (error) {
      if (!(error instanceof DynamoDbWireError && error.name === 'TransactionCanceledException')) throw error;
    }
  }
}

/** Every item of a lane's table, read once its scenarios are done (nothing writes to it any more), in key order. */
export function wholeTable(lane: Lane, table: string): Promise<Item[]> {
  return scannedItems(async (ExclusiveStartKey: WireItem | undefined) => {
    const page = await lane.sendInStep(() =>
      wire.call<{ Items?: WireItem[]; LastEvaluatedKey?: WireItem }>('DynamoDB_20120810.Scan', {
        TableName: table,
        ConsistentRead: true,
        ExclusiveStartKey,
      }),
    );
    return { items: (page.Items ?? []).map((item) => unmarshall(item)), next: page.LastEvaluatedKey };
  });
}

/** What a read found, for the trace: the same items read the same in every lane. */
const describe = (items: Map<string, Item>) =>
  `${items.size} item(s) ${createHash('sha256')
    .update(JSON.stringify([...items.values()]))
    .digest('hex')
    .slice(0, 16)}`;

export class ConsistentReads {
  /** Reads waiting for their step, in the order they came. */
  private readonly waiting: Read[] = [];

  constructor(
    private readonly lane: Lane,
    /** The lane's table. */
    private readonly table: string,
  ) {}

  /** The items at `keys` (those that exist), as of one moment after the call. */
  async read(keys: Key[]): Promise<Map<string, Item>> {
    if (keys.length === 0) return new Map();
    const read: Read = { keys: [...new Map(keys.map((key) => [keyOf(key), key])).values()] };
    this.waiting.push(read);
    return this.lane.atomic(
      `reads ${read.keys.length} item(s)`,
      async () => {
        if (!read.items) await this.readWith(read);
        const found = read.keys.flatMap((key) => read.items!.get(keyOf(key)) ?? []) as Item[];
        return new Map(found.map((item) => [keyOf(item as Key), item]));
      },
      describe,
    );
  }

  /** Reads `first`'s keys and those of the reads waiting after it that fit in the same request. */
  private async readWith(first: Read): Promise<void> {
    const batch = [first];
    // Two reads of one scenario may name the same items: a transaction names each item once.
    const keys = new Map(first.keys.map((key) => [keyOf(key), key]));
    for (const other of this.waiting) {
      const more = other.keys.filter((key) => !keys.has(keyOf(key)));
      if (other === first || keys.size + more.length > MAX_ITEMS) continue;
      batch.push(other);
      for (const key of more) keys.set(keyOf(key), key);
    }
    for (const read of batch) this.waiting.splice(this.waiting.indexOf(read), 1);
    const items = await readAtOnce(this.lane, this.table, [...keys.values()]);
    for (const read of batch) read.items = items;
  }
}
