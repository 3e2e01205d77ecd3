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
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactGetCommand } from '@aws-sdk/lib-dynamodb';
import { doc } from '../write-path/write-path.js';
import type { Lane } from './lane.js';

export type Item = Record<string, unknown>;
export type Key = { pk: string; sk: string };

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
async function readAtOnce(table: string, keys: Key[]): Promise<Map<string, Item>> {
  for (;;) {
    try {
      const result = await doc.send(
        new TransactGetCommand({ TransactItems: keys.map((Key) => ({ Get: { TableName: table, Key } })) }),
      );
      const items = (result.Responses ?? []).flatMap(({ Item }) => (Item ? [Item] : []));
      return new Map(items.map((item) => [keyOf(item as Key), item]));
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
    }
  }
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
    const items = await readAtOnce(this.table, [...keys.values()]);
    for (const read of batch) read.items = items;
  }
}
