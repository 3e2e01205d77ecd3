/**
 * A local SQS server (the pure-Node `local-aws-sqs`) in this process, on 127.0.0.1.
 *
 * Its own http server around local-aws-sqs's request handler (instead of `createSqsServer`)
 * so that a busy port rejects with PortInUseError instead of an unhandled 'error' event, and
 * port 0 (a free port) is supported with queue URLs carrying the real port.
 * In memory only: a restart loses queued messages.
 *
 * Fidelity fixes: long polls answer as soon as a message is available (./sqs-long-poll.ts), and
 * local-aws-sqs 2.0.2 counts a ChangeMessageVisibility(Batch) as a receive
 * (ApproximateReceiveCount + 1), so a message retried with ChangeMessageVisibility reaches the DLQ
 * after about half of maxReceiveCount real receives. AWS counts receives only; patchReceiveCount()
 * restores that (guarded: if the library's shape changes, it does nothing and the harness test
 * "moves a message to the DLQ after maxReceiveCount receives" fails). And the library makes a
 * message without delay visible only in a timer of its own: patchZeroDelay() makes it visible at
 * once, as SQS does a sent one and one moved to a DLQ (test/local/sqs-local.test.ts).
 */
import { createServer, type Server } from 'node:http';
import { createRequestHandler, type ISqsServerOptions } from 'local-aws-sqs';
import { closeServer, listenOn, LOCAL_HOST } from './ports.js';
import { patchLongPoll } from './sqs-long-poll.js';

export interface SqsLocalOptions {
  /** Port to listen on; default 0 (a free port). */
  port?: number;
  /** Cosmetic region in queue ARNs; default us-east-1. */
  region?: string;
  /** Queues created at start (CreateQueue input shape); usually createQueues() is used instead. */
  queues?: ISqsServerOptions['queues'];
}

export interface SqsLocal {
  /** http://127.0.0.1:<port> — for AWS_ENDPOINT_URL_SQS. */
  endpoint: string;
  port: number;
  server: Server;
  /** Closes the server and its connections, drops all queues. Idempotent. */
  stop(): Promise<void>;
}

type Attributes = { ApproximateReceiveCount?: string };
type QueueClass = {
  createRecord?: (...args: unknown[]) => [{ MessageId?: string; attributes?: Attributes }, ...unknown[]];
  prototype: { changeVisibility?: (receiptHandle: string, timeout: string) => boolean };
};
const PATCHED = Symbol.for('lingang.local-sqs.receive-count-patch');

function patchReceiveCount(queue: object): void {
  const Queue = queue.constructor as QueueClass & { [PATCHED]?: true };
  const createRecord = Queue.createRecord;
  const changeVisibility = Queue.prototype.changeVisibility;
  if (Queue[PATCHED] || typeof createRecord !== 'function' || typeof changeVisibility !== 'function') return;
  Queue[PATCHED] = true;
  const attributesById = new Map<string, WeakRef<Attributes>>();
  const forget = new FinalizationRegistry<string>((id) => attributesById.delete(id));
  Queue.createRecord = function (this: unknown, ...args: unknown[]) {
    const result = createRecord.apply(this, args);
    const record = result[0];
    if (record?.MessageId && record.attributes) {
      attributesById.set(record.MessageId, new WeakRef(record.attributes));
      forget.register(record.attributes, record.MessageId);
    }
    return result;
  };
  Queue.prototype.changeVisibility = function (this: unknown, receiptHandle: string, timeout: string) {
    let attributes: Attributes | undefined;
    try {
      const text = Buffer.from(receiptHandle, 'base64').toString('utf8');
      const { MessageId } = JSON.parse(text.slice(text.indexOf('{'))) as { MessageId?: string };
      attributes = MessageId ? attributesById.get(MessageId)?.deref() : undefined;
    } catch {
      attributes = undefined; // invalid handle: the original call reports it
    }
    const before = attributes?.ApproximateReceiveCount;
    const changed = changeVisibility.call(this, receiptHandle, timeout);
    if (attributes && before !== undefined) attributes.ApproximateReceiveCount = before;
    return changed;
  };
}

type ZeroDelayQueue = {
  DelaySeconds?: number | string;
  newRecord?: (record: unknown, delaySeconds: number) => { delayed?: boolean };
};
const undelayed = new WeakSet<object>();

/**
 * The library adds each message as delayed and undelays it in a setTimeout of its delay, 0 ms included. A message
 * moved to a DLQ is added inside the source queue's visibility timer, so a receive from the DLQ that had already let
 * the earlier zero-delay timers run (./sqs-long-poll.ts) missed it. (ApproximateNumberOfMessagesDelayed still drops
 * in that timer.)
 */
function patchZeroDelay(queue: ZeroDelayQueue): void {
  const newRecord = queue.newRecord;
  if (undelayed.has(queue) || typeof newRecord !== 'function') return;
  undelayed.add(queue);
  queue.newRecord = (record, delaySeconds) => {
    const entry = newRecord.call(queue, record, delaySeconds);
    const delay = Number.isNaN(delaySeconds) ? Number(queue.DelaySeconds) : delaySeconds;
    if (delay === 0) entry.delayed = false;
    return entry;
  };
}

/** The library's fidelity fixes, on every queue of a server (queues are created at run time). */
export function patchQueues(queues: readonly object[]): void {
  const first = queues[0];
  if (first) {
    patchReceiveCount(first);
    patchLongPoll(first);
  }
  queues.forEach(patchZeroDelay);
}

export async function startSqsLocal(options: SqsLocalOptions = {}): Promise<SqsLocal> {
  const { requestHandler, service } = createRequestHandler({
    port: options.port ?? 0,
    hostname: LOCAL_HOST,
    region: options.region ?? 'us-east-1',
    // Tests delete and recreate queues; AWS's 60 s wait after a delete would only get in the way.
    emulateQueueCreationLifecycle: false,
    queues: options.queues ?? [],
  });
  const server = createServer((req, res) => {
    patchQueues(service.Queues);
    requestHandler(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ __type: 'InternalFailure', message: String(error) }));
    });
  });
  // Long polls (WaitTimeSeconds up to 20 s) must not be cut by Node's default timeouts.
  server.requestTimeout = 0;
  server.keepAliveTimeout = 65_000;

  const port = await listenOn(server, options.port ?? 0, 'the local SQS server');
  // Queue URLs are built from these.
  service.PORT = port;
  service.HOSTNAME = LOCAL_HOST;

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (() => {
      const closed = closeServer(server);
      service.resetAll();
      return closed;
    })());

  return { endpoint: `http://${LOCAL_HOST}:${port}`, port, server, stop };
}
