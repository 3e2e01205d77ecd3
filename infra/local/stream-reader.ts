/**
 * Lambda's DynamoDB stream event source, locally: reads the table's stream (DynamoDB Local, the
 * DynamoDB Streams API on the same endpoint), hands records to the handler in Lambda's
 * DynamoDBStreamEvent shape, in order, shard by shard (a parent shard before its children), and
 * honours partial batch responses: a reported failure is retried from that record, after a pause.
 *
 * With a checkpoint file (npm start: in the state directory) the last handled sequence number
 * of each shard survives a restart, even a SIGKILL: the reader resumes after it, so events are
 * neither lost nor republished in bulk (a crash between a batch's handling and its checkpoint
 * repeats that one batch: delivery is at least once, consumers dedupe on eventId). Without a
 * checkpoint it starts at the stream's beginning.
 */
import { existsSync, readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import type { DescribeTableOutput, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type {
  DescribeStreamOutput,
  GetShardIteratorInput,
  GetShardIteratorOutput,
  Shard,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { dynamoDbWire, type DynamoDbWire } from './dynamodb-wire.js';

export type StreamLambda = (event: DynamoDBStreamEvent, context: unknown) => Promise<DynamoDBBatchResponse | void>;

interface ShardProgress {
  /** The last sequence number handled. */
  after?: string;
  /** Closed and read to its end. */
  done?: boolean;
}

interface Checkpoint {
  streamArn: string;
  shards: Record<string, ShardProgress>;
}

export interface StreamReaderOptions {
  dynamodb: DynamoDBClient;
  tableName: string;
  handler: () => Promise<StreamLambda>;
  /** Where the checkpoint lives across restarts; in memory only without it. */
  checkpointFile?: string;
  /** Records per invocation (Lambda's BatchSize). */
  batchSize?: number;
  /**
   * Pause after a poll that did not fill a batch, ms (cut short by a nudge). Lambda reads a shard
   * again at once only while its batches come back full; otherwise at its next poll.
   */
  idleMs?: number;
  /**
   * The shortest time from one poll's start to the next, ms (default 0): the writes nudging within
   * it are read by one poll, so under load batches grow instead of polls, as a batching window does.
   */
  minIntervalMs?: number;
  /** Who reads, as bench:api counts the runtime's requests (`relay`, `tally`). */
  name?: string;
}

/** GetRecords' answer as sent: the records in the DynamoDB JSON that Lambda's event carries too. */
interface WireRecords {
  Records?: Array<Omit<DynamoDBRecord, 'eventSourceARN'>>;
  NextShardIterator?: string;
}

/** A stream record as Lambda's event source hands it over: as GetRecords sent it, its creation time in whole seconds. */
function toLambdaRecord(record: Omit<DynamoDBRecord, 'eventSourceARN'>, streamArn: string): DynamoDBRecord {
  const { ApproximateCreationDateTime, ...change } = record.dynamodb ?? {};
  return {
    ...record,
    eventVersion: record.eventVersion ?? '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: record.awsRegion ?? process.env.AWS_REGION ?? 'local',
    eventSourceARN: streamArn,
    dynamodb: {
      ...change,
      ...(ApproximateCreationDateTime ? { ApproximateCreationDateTime: Math.floor(ApproximateCreationDateTime) } : {}),
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class StreamReader {
  /** The stream's reads: Lambda's own machinery on AWS, so not the SDK's calls (./dynamodb-wire.ts). */
  private streams: DynamoDbWire | undefined;
  private checkpoint: Checkpoint | undefined;
  private readonly iterators = new Map<string, string>();
  private shards: Shard[] = [];
  /** The stream is described again only when a shard closed (its children appear then) or none was readable: a shard list changes no other way. */
  private shardsCurrent = false;
  private serial: Promise<unknown> = Promise.resolve();
  private running = false;
  private loop: Promise<void> | undefined;
  /** Shards read to their end, batches the handler failed, and reads that came back full (more may follow), so far. */
  private closedShards = 0;
  private failedBatches = 0;
  private fullReads = 0;
  /** A write was committed since the last poll began: poll again at once. */
  private nudged = false;
  private wake: (() => void) | undefined;

  constructor(private readonly options: StreamReaderOptions) {}

  private async call<T>(target: Parameters<DynamoDbWire['call']>[0], input: object): Promise<T> {
    if (!this.streams) {
      const endpoint = await this.options.dynamodb.config.endpoint?.();
      if (!endpoint) throw new Error(`the stream reader of ${this.options.tableName} needs a client with an endpoint`);
      this.streams = dynamoDbWire(
        `${endpoint.protocol}//${endpoint.hostname}:${endpoint.port ?? 80}`,
        this.options.name ?? `stream ${this.options.tableName}`,
      );
    }
    return this.streams.call<T>(target, input);
  }

  private async streamArn(): Promise<string> {
    const { Table } = await this.call<DescribeTableOutput>('DynamoDB_20120810.DescribeTable', {
      TableName: this.options.tableName,
    });
    if (!Table?.LatestStreamArn) throw new Error(`table ${this.options.tableName} has no stream`);
    return Table.LatestStreamArn;
  }

  private async load(): Promise<Checkpoint> {
    if (this.checkpoint) return this.checkpoint;
    const streamArn = await this.streamArn();
    const file = this.options.checkpointFile;
    const saved = file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Checkpoint) : undefined;
    // A checkpoint of another stream (the table was recreated) says nothing about this one.
    this.checkpoint = saved?.streamArn === streamArn ? saved : { streamArn, shards: {} };
    return this.checkpoint;
  }

  /** Written off the event loop, and awaited before the reader reads on. */
  private async save(): Promise<void> {
    const file = this.options.checkpointFile;
    if (!file || !this.checkpoint) return;
    await writeFile(`${file}.tmp`, JSON.stringify(this.checkpoint));
    await rename(`${file}.tmp`, file);
  }

  private async iteratorFor(shardId: string): Promise<string | undefined> {
    const known = this.iterators.get(shardId);
    if (known) return known;
    const { streamArn, shards } = await this.load();
    const after = shards[shardId]?.after;
    const iterator = (position: Pick<GetShardIteratorInput, 'ShardIteratorType' | 'SequenceNumber'>) =>
      this.call<GetShardIteratorOutput>('DynamoDBStreams_20120810.GetShardIterator', {
        StreamArn: streamArn,
        ShardId: shardId,
        ...position,
      });
    let found;
    try {
      found = await iterator(
        after
          ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: after }
          : { ShardIteratorType: 'TRIM_HORIZON' },
      );
    } catch (error) {
      // The stream keeps 24 hours: after a longer stop the checkpoint lies before what is left.
      if ((error as Error).name !== 'TrimmedDataAccessException') throw error;
      console.warn(
        `[stream ${this.options.tableName}] records after the checkpoint were trimmed (stopped over 24 h?): resuming at the oldest record kept`,
      );
      found = await iterator({ ShardIteratorType: 'TRIM_HORIZON' });
    }
    if (found.ShardIterator) this.iterators.set(shardId, found.ShardIterator);
    return found.ShardIterator;
  }

  /** Shards to read now: not done, and whose parent (if still listed) is done. */
  private async readableShards(): Promise<Shard[]> {
    const checkpoint = await this.load();
    if (!this.shardsCurrent) {
      const { StreamDescription } = await this.call<DescribeStreamOutput>('DynamoDBStreams_20120810.DescribeStream', {
        StreamArn: checkpoint.streamArn,
      });
      this.shards = StreamDescription?.Shards ?? [];
    }
    const listed = new Set(this.shards.map((shard) => shard.ShardId));
    const done = (id?: string) => id !== undefined && checkpoint.shards[id]?.done === true;
    const readable = this.shards.filter(
      (shard) =>
        !done(shard.ShardId) && (!shard.ParentShardId || !listed.has(shard.ParentShardId) || done(shard.ParentShardId)),
    );
    // No shard yet (a stream nothing was written to), or only closed ones: the next poll looks again.
    this.shardsCurrent = readable.length > 0;
    return readable;
  }

  /** One batch from one shard to the handler; returns how many records were handled. */
  private async readShard(shardId: string): Promise<number> {
    const checkpoint = await this.load();
    const iterator = await this.iteratorFor(shardId);
    const progress = (checkpoint.shards[shardId] ??= {});
    if (!iterator) return 0;
    const limit = this.options.batchSize ?? 100;
    const { Records = [], NextShardIterator } = await this.call<WireRecords>('DynamoDBStreams_20120810.GetRecords', {
      ShardIterator: iterator,
      Limit: limit,
    });
    if (Records.length === limit) this.fullReads += 1;
    if (Records.length === 0) {
      if (NextShardIterator) this.iterators.set(shardId, NextShardIterator);
      else {
        this.iterators.delete(shardId);
        progress.done = true;
        this.closedShards += 1;
        await this.save();
        this.shardsCurrent = false; // its children are to be found
      }
      return 0;
    }
    const records = Records.map((record) => toLambdaRecord(record, checkpoint.streamArn));
    const response = await (await this.options.handler())({ Records: records }, {});
    const failedAt = response?.batchItemFailures?.[0]?.itemIdentifier;
    const failedIndex =
      failedAt === undefined ? -1 : records.findIndex((record) => record.dynamodb?.SequenceNumber === failedAt);
    const handled = failedIndex === -1 ? records : records.slice(0, failedIndex);
    const last = handled[handled.length - 1]?.dynamodb?.SequenceNumber;
    if (last) progress.after = last;
    await this.save();
    if (failedIndex === -1 && NextShardIterator) this.iterators.set(shardId, NextShardIterator);
    else this.iterators.delete(shardId); // re-read from the checkpoint: the failed record first
    if (failedIndex !== -1) {
      this.failedBatches += 1;
      await sleep(500);
    }
    return handled.length;
  }

  /** Reads every readable shard once; returns how many records were handled. Calls never overlap. */
  pollOnce(): Promise<number> {
    const next = this.serial.then(async () => {
      let handled = 0;
      for (const shard of await this.readableShards()) handled += await this.readShard(shard.ShardId!);
      return handled;
    });
    this.serial = next.catch(() => undefined);
    return next;
  }

  /**
   * Hands over everything the stream holds now (tests: "let the relay catch up"): until a poll
   * whose every read came back short, no shard closing and no batch failing (DynamoDB Local
   * answers a GetRecords with every record it holds, up to the Limit: a short answer is the
   * shard's end for now), or two polls in a row hand over nothing while a shard closed (its
   * children are read on the next) or a batch failed (retried on the next).
   */
  async drain(): Promise<void> {
    for (let idle = 0; idle < 2;) {
      const [closed, failed, full] = [this.closedShards, this.failedBatches, this.fullReads];
      const handled = await this.pollOnce();
      if (this.closedShards === closed && this.failedBatches === failed && this.fullReads === full) return;
      idle = handled > 0 ? 0 : idle + 1;
    }
  }

  /** A write to the table was just committed (the local platform's clients say so): read it now rather than after the idle pause. */
  nudge(): void {
    this.nudged = true;
    this.wake?.();
  }

  /** The pause after a poll that did not fill a batch: until a nudge or idleMs, and at least minIntervalMs from its start. */
  private async idle(polledAt: number): Promise<void> {
    if (!this.nudged)
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => this.wake?.(), this.options.idleMs ?? 25);
        this.wake = () => {
          clearTimeout(timer);
          this.wake = undefined;
          resolve();
        };
      });
    const early = polledAt + (this.options.minIntervalMs ?? 0) - performance.now();
    if (early > 0 && this.running) await sleep(early);
  }

  start(): void {
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        try {
          this.nudged = false;
          const polledAt = performance.now();
          if ((await this.pollOnce()) < (this.options.batchSize ?? 100)) await this.idle(polledAt);
        } catch (error) {
          if (!this.running) return;
          console.error(`[stream ${this.options.tableName}] poll failed:`, (error as Error).message);
          // Iterators expire (15 minutes on AWS): start again from the checkpoint.
          this.iterators.clear();
          await sleep(1000);
        }
      }
    })();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.streams?.destroy();
  }
}
