/**
 * A local EventBridge `PutEvents` endpoint (AWS JSON 1.1, `X-Amz-Target: AWSEvents.PutEvents`):
 * point the real `@aws-sdk/client-eventbridge` at it with `AWS_ENDPOINT_URL_EVENTBRIDGE`.
 *
 * Each accepted entry becomes an event in the EventBridge envelope shape (`version`, `id`,
 * `detail-type`, `source`, `account`, `time`, `region`, `resources`, `detail`) plus two local
 * fields, `eventBusName` and `receivedAt` (ISO time with milliseconds). Events are kept in memory
 * and, when a file is given, appended to it as JSON lines (and loaded from it on start, so a
 * restart keeps the history).
 *
 * Validation follows AWS: a malformed request (not JSON, no `Entries`, more than 10 entries, over
 * 256 KiB) is a 400 JSON error (`ValidationException` / `SerializationException`); an entry without
 * Source/DetailType/Detail or whose Detail is not a JSON object is a per-entry failure
 * (`ErrorCode` `InvalidArgument` / `MalformedDetail`, counted in `FailedEntryCount`) — exactly
 * like AWS, the SDK does NOT throw for those: publishers must check `FailedEntryCount`.
 *
 * Reading: `events({ since, type, source, bus })` and `GET /local/events?since=&type=&source=&bus=`
 * (answer `{ "count": n, "events": [...] }`). `since` is an ISO time (events received at or after
 * it) or an event id (events after that one).
 *
 * Rules and targets: `addRule({ name, eventBusName, pattern, target })` delivers every event put
 * on that bus afterwards that the pattern selects (EventBridge's event-pattern semantics,
 * ./event-pattern.ts) to the target, asynchronously as EventBridge invokes a target, one event
 * at a time per rule; a target that throws is retried (`maxAttempts`, default 3, with a growing
 * pause), then the event goes to the rule's dead letters (`deadLetters`), like a target's DLQ.
 * `idle()` resolves once every delivery so far has ended. Events loaded from the file on start
 * are history, not delivered again (replay them from `GET /local/events?since=`).
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { matchesEventPattern, type EventPattern } from './event-pattern.js';
import { clientClosesIdleConnections, closeServer, listenOn, LOCAL_HOST } from './ports.js';

export interface LocalEvent {
  version: '0';
  id: string;
  'detail-type': string;
  source: string;
  account: string;
  /** Like AWS: second precision, e.g. 2026-03-01T02:00:00Z. */
  time: string;
  region: string;
  resources: string[];
  detail: Record<string, unknown>;
  /** Local only: the bus the event was put on (name, not ARN). */
  eventBusName: string;
  /** Local only: when this endpoint accepted it, ISO with milliseconds. */
  receivedAt: string;
}

export interface EventFilter {
  /** ISO time (events received at or after it) or an event id (events after that one). */
  since?: string;
  /** detail-type */
  type?: string;
  source?: string;
  /** Event bus name. */
  bus?: string;
}

export interface PutEventsRequestEntry {
  Source?: unknown;
  DetailType?: unknown;
  Detail?: unknown;
  EventBusName?: unknown;
  Resources?: unknown;
  Time?: unknown;
  TraceHeader?: unknown;
}

export type PutEventsResultEntry = { EventId: string } | { ErrorCode: string; ErrorMessage: string };

export interface PutEventsResult {
  FailedEntryCount: number;
  Entries: PutEventsResultEntry[];
}

/** A request-level error, answered as HTTP 400 with an AWS JSON error body. */
export class EventBridgeRequestError extends Error {
  constructor(
    readonly type: 'ValidationException' | 'SerializationException' | 'UnknownOperationException',
    message: string,
  ) {
    super(message);
  }
}

const MAX_ENTRIES = 10;
const MAX_REQUEST_BYTES = 256 * 1024;

/** An event as a rule's target receives it. */
export type DeliveredEvent = Omit<LocalEvent, 'eventBusName' | 'receivedAt'>;

/** A rule on a bus: the events its pattern selects go to its target. */
export interface LocalRule {
  name: string;
  /** The bus it is on (name, not ARN). */
  eventBusName: string;
  pattern: EventPattern;
  /** Receives the event as EventBridge delivers it (without the local fields). */
  target: (event: DeliveredEvent) => Promise<void>;
  /** Deliveries before an event is dead-lettered; default 3. */
  maxAttempts?: number;
}

/** An event a rule's target kept refusing. */
export interface DeadLetter {
  rule: string;
  event: LocalEvent;
  error: string;
}

const RETRY_PAUSE_MS = 100;

export interface LocalEventBusOptions {
  /** JSON-lines file to append every event to (created if missing, loaded on start). */
  file?: string;
  region?: string;
  accountId?: string;
}

/** The event store behind the endpoint; usable on its own (e.g. mounted in a gateway). */
export class LocalEventBus {
  readonly region: string;
  readonly accountId: string;
  readonly file: string | undefined;
  private readonly stored: LocalEvent[] = [];
  /** Where each stored event's id first stands in `stored`: a reader asking for what came after one finds it at once, however long the history. */
  private readonly positions = new Map<string, number>();
  private readonly rules: Array<{ rule: LocalRule; deliveries: Promise<void> }> = [];
  /** Events whose target kept failing, oldest first. */
  readonly deadLetters: DeadLetter[] = [];

  constructor(options: LocalEventBusOptions = {}) {
    this.region = options.region ?? process.env.AWS_REGION ?? 'us-east-1';
    this.accountId = options.accountId ?? '000000000000';
    this.file = options.file;
    if (this.file) {
      mkdirSync(path.dirname(this.file), { recursive: true });
      if (existsSync(this.file)) {
        for (const line of readFileSync(this.file, 'utf8').split('\n')) {
          if (!line.trim()) continue;
          try {
            this.keep([JSON.parse(line) as LocalEvent]);
          } catch {
            /* a torn last line after a crash: skip it */
          }
        }
      }
    }
  }

  /** Applies a PutEvents request body (already parsed JSON). Throws EventBridgeRequestError. */
  putEvents(body: unknown): PutEventsResult {
    const entries = (body as { Entries?: unknown } | null)?.Entries;
    if (!Array.isArray(entries) || entries.length === 0) {
      throw new EventBridgeRequestError(
        'ValidationException',
        "1 validation error detected: Value at 'entries' failed to satisfy constraint: Member must not be null and must have length greater than or equal to 1",
      );
    }
    if (entries.length > MAX_ENTRIES) {
      throw new EventBridgeRequestError(
        'ValidationException',
        `1 validation error detected: Value at 'entries' failed to satisfy constraint: Member must have length less than or equal to ${MAX_ENTRIES}`,
      );
    }
    const receivedAt = new Date();
    const accepted: LocalEvent[] = [];
    const results: PutEventsResultEntry[] = (entries as PutEventsRequestEntry[]).map((entry) => {
      const outcome = this.toEvent(entry ?? {}, receivedAt);
      if ('ErrorCode' in outcome) return outcome;
      accepted.push(outcome);
      return { EventId: outcome.id };
    });
    if (accepted.length > 0) {
      if (this.file) appendFileSync(this.file, accepted.map((e) => `${JSON.stringify(e)}\n`).join(''));
      this.keep(accepted);
      this.route(accepted);
    }
    return { FailedEntryCount: results.length - accepted.length, Entries: results };
  }

  private keep(events: readonly LocalEvent[]): void {
    for (const event of events) {
      if (!this.positions.has(event.id)) this.positions.set(event.id, this.stored.length);
      this.stored.push(event);
    }
  }

  /** Adds a rule; throws InvalidEventPattern for a pattern EventBridge would refuse. */
  addRule(rule: LocalRule): void {
    matchesEventPattern(rule.pattern, {});
    this.rules.push({ rule, deliveries: Promise.resolve() });
  }

  /** Resolves once every delivery started so far has ended (delivered or dead-lettered). */
  async idle(): Promise<void> {
    let pending: Promise<void>[];
    do {
      pending = this.rules.map((entry) => entry.deliveries);
      await Promise.all(pending);
    } while (this.rules.some((entry, i) => entry.deliveries !== pending[i]));
  }

  private route(events: LocalEvent[]): void {
    for (const entry of this.rules) {
      const { rule } = entry;
      for (const event of events) {
        if (event.eventBusName !== rule.eventBusName || !matchesEventPattern(rule.pattern, event)) continue;
        entry.deliveries = entry.deliveries.then(() => this.deliver(rule, event));
      }
    }
  }

  private async deliver(rule: LocalRule, event: LocalEvent): Promise<void> {
    const attempts = rule.maxAttempts ?? 3;
    for (let attempt = 1; ; attempt++) {
      try {
        const { eventBusName: _bus, receivedAt: _received, ...delivered } = structuredClone(event);
        return await rule.target(delivered);
      } catch (error) {
        if (attempt >= attempts) {
          this.deadLetters.push({ rule: rule.name, event, error: String(error) });
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS * 2 ** (attempt - 1)));
      }
    }
  }

  /** Stored events, oldest first, filtered. Throws RangeError on an unusable `since`. */
  events(filter: EventFilter = {}): LocalEvent[] {
    let list = this.stored;
    if (filter.since) {
      const index = this.positions.get(filter.since);
      if (index !== undefined) list = list.slice(index + 1);
      else {
        const since = Date.parse(filter.since);
        if (Number.isNaN(since)) throw new RangeError('since must be an ISO-8601 time or the id of a stored event');
        list = list.filter((e) => Date.parse(e.receivedAt) >= since);
      }
    }
    return list.filter(
      (e) =>
        (!filter.type || e['detail-type'] === filter.type) &&
        (!filter.source || e.source === filter.source) &&
        (!filter.bus || e.eventBusName === filter.bus),
    );
  }

  /** Forgets the in-memory events (the file is left alone). */
  clear(): void {
    this.stored.length = 0;
    this.positions.clear();
  }

  private toEvent(
    entry: PutEventsRequestEntry,
    receivedAt: Date,
  ): LocalEvent | { ErrorCode: string; ErrorMessage: string } {
    for (const field of ['Source', 'DetailType', 'Detail'] as const) {
      const value = entry[field];
      if (typeof value !== 'string' || value.length === 0) {
        return {
          ErrorCode: 'InvalidArgument',
          ErrorMessage: `Parameter ${field} is not valid. Reason: ${field} is a required argument.`,
        };
      }
    }
    let detail: unknown;
    try {
      detail = JSON.parse(entry.Detail as string);
    } catch {
      detail = undefined;
    }
    if (typeof detail !== 'object' || detail === null || Array.isArray(detail)) {
      return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' };
    }
    const busName =
      typeof entry.EventBusName === 'string' && entry.EventBusName
        ? entry.EventBusName.replace(/^arn:.*:event-bus\//, '')
        : 'default';
    const time =
      typeof entry.Time === 'number'
        ? new Date(entry.Time * 1000)
        : typeof entry.Time === 'string'
          ? new Date(entry.Time)
          : receivedAt;
    const resources = Array.isArray(entry.Resources)
      ? entry.Resources.filter((r): r is string => typeof r === 'string')
      : [];
    return {
      version: '0',
      id: randomUUID(),
      'detail-type': entry.DetailType as string,
      source: entry.Source as string,
      account: this.accountId,
      time: (Number.isNaN(time.getTime()) ? receivedAt : time).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      region: this.region,
      resources,
      detail: detail as Record<string, unknown>,
      eventBusName: busName,
      receivedAt: receivedAt.toISOString(),
    };
  }
}

// ---------------------------------------------------------------------------------------------
// HTTP handlers

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function sendAwsError(res: ServerResponse, error: EventBridgeRequestError): void {
  sendJson(
    res,
    400,
    { __type: error.type, message: error.message },
    { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': error.type },
  );
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () =>
      size > limit
        ? reject(
            new EventBridgeRequestError(
              'ValidationException',
              'Total size of the entries in the request is over the limit.',
            ),
          )
        : resolve(Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
  });
}

/** Answers an AWS JSON 1.1 EventBridge request (only PutEvents is implemented). */
export async function handlePutEventsRequest(
  bus: LocalEventBus,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  try {
    const target = String(req.headers['x-amz-target'] ?? '');
    if (target !== 'AWSEvents.PutEvents') {
      throw new EventBridgeRequestError(
        'UnknownOperationException',
        `The local EventBridge endpoint only implements PutEvents (got '${target || 'no X-Amz-Target'}').`,
      );
    }
    const text = await readBody(req, MAX_REQUEST_BYTES);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new EventBridgeRequestError('SerializationException', 'The request body is not valid JSON.');
    }
    const result = bus.putEvents(body);
    sendJson(res, 200, result, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': randomUUID() });
  } catch (error) {
    if (error instanceof EventBridgeRequestError) sendAwsError(res, error);
    else sendJson(res, 500, { __type: 'InternalException', message: String(error) });
  }
}

/** `GET /local/events?since=&type=&source=&bus=` → `{ count, events }`; 400 on a bad `since`. */
export function handleLocalEventsRequest(bus: LocalEventBus, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://local');
  const param = (name: string) => url.searchParams.get(name) ?? undefined;
  try {
    const events = bus.events({
      since: param('since'),
      type: param('type'),
      source: param('source'),
      bus: param('bus'),
    });
    sendJson(res, 200, { count: events.length, events });
  } catch (error) {
    sendJson(
      res,
      400,
      { title: 'Bad Request', status: 400, detail: (error as Error).message },
      { 'content-type': 'application/problem+json' },
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Standalone server

export interface EventBridgeLocalOptions extends LocalEventBusOptions {
  /** Port to listen on; default 0 (a free port). */
  port?: number;
}

export interface EventBridgeLocal {
  /** http://127.0.0.1:<port> — for AWS_ENDPOINT_URL_EVENTBRIDGE; it also serves GET /local/events. */
  endpoint: string;
  port: number;
  bus: LocalEventBus;
  server: Server;
  events(filter?: EventFilter): LocalEvent[];
  /** Mountable in another server (e.g. the gateway) for GET /local/events. */
  handleLocalEventsRequest(req: IncomingMessage, res: ServerResponse): void;
  stop(): Promise<void>;
}

export async function startEventBridgeLocal(options: EventBridgeLocalOptions = {}): Promise<EventBridgeLocal> {
  const bus = new LocalEventBus(options);
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://local').pathname;
    if (req.method === 'GET' && pathname === '/local/events') return handleLocalEventsRequest(bus, req, res);
    if (req.method === 'POST' && pathname === '/') return void handlePutEventsRequest(bus, req, res);
    sendJson(res, 404, { title: 'Not Found', status: 404 }, { 'content-type': 'application/problem+json' });
  });
  // Tests read GET /local/events with fetch, from workers whose event loop may run seconds late.
  clientClosesIdleConnections(server);
  const port = await listenOn(server, options.port ?? 0, 'the local EventBridge endpoint');
  let stopping: Promise<void> | undefined;
  return {
    endpoint: `http://${LOCAL_HOST}:${port}`,
    port,
    bus,
    server,
    events: (filter) => bus.events(filter),
    handleLocalEventsRequest: (req, res) => handleLocalEventsRequest(bus, req, res),
    stop: () => (stopping ??= closeServer(server)),
  };
}
