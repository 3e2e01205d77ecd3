/**
 * Drift between the CDK stacks and the local twin (issue 5). One synthesis of the stateful and
 * stateless stacks (dev, without bundling: only the templates matter); every expected value on
 * the AWS side is read from the synthesized templates, never from shared/contract/resources.ts. The local
 * side is what the local runtime actually does:
 * - tables and queues: the requests `createResources` (infra/local/provision.ts) sends to
 *   DynamoDB Local and the SQS server, recorded by fake clients (the emulators create what they
 *   are asked to create);
 * - event sources: the pollers of `LOCAL_EVENT_SOURCES`, which start.ts runs;
 * - buckets: the CreateBucket requests of `createResources`, and the object-created
 *   notification start.ts wires from DOCUMENT_BUCKET;
 * - routes: the local gateway itself, asked with and without a token;
 * - schedules: the local scheduler's reading of SCHEDULES, and the input it sends.
 * So a change to a stack that bypasses the shared definitions (or a change to the local runtime)
 * makes this test fail.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
  type CreateTableCommandInput,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  QueueDoesNotExist,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { Stack } from 'aws-cdk-lib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { issueToken, localIdentityEnvironment } from '../../infra/local/dev-auth.js';
import { apiGateway, type HttpLambda } from '../../infra/local/gateway.js';
import { LOCAL_EVENT_SOURCES } from '../../infra/local/queue-poller.js';
import { CreateBucketCommand, type S3Client } from '@aws-sdk/client-s3';
import { bucketName, createResources, functionEnvironment, type LocalResources } from '../../infra/local/provision.js';
import { nextRun, parseExpression, startSchedules, type ScheduledLambda } from '../../infra/local/scheduler.js';
import {
  DOCUMENT_BUCKET,
  FUNCTION_NAMES,
  MAIN_TABLE,
  OUTBOX_RELAY,
  STATISTICS_TALLY,
  ROUTES,
  SCHEDULES,
  UNMATCHED_ROUTE,
  type BucketDefinition,
  type FunctionName,
} from '../../shared/contract/resources.js';
import { sharedStage, type SynthesizedStage } from '../infra/synth.js';

type Resource = { Type: string; Properties: Record<string, any> };
type TemplateJson = {
  Resources: Record<string, Resource>;
  Outputs?: Record<string, { Value: any; Export?: { Name: string } }>;
};

let stage: SynthesizedStage;
let stateful: TemplateJson;
let stateless: TemplateJson;

beforeAll(() => {
  stage = sharedStage('dev');
  if (stage.error) throw stage.error;
  stateful = stage.templates.stateful.toJSON() as TemplateJson;
  stateless = stage.templates.stateless.toJSON() as TemplateJson;
}, 120_000);

// ---- reading the templates --------------------------------------------------------------------

const resourcesOf = (template: TemplateJson, type: string) =>
  Object.entries(template.Resources).filter(([, r]) => r.Type === type);

/** The id the code gave the construct whose CloudFormation resource has this logical id (e.g. "SubsidyTable"). */
function constructIdOf(stack: Stack, logicalId: string): string {
  const found = stack.node
    .findAll()
    .find((c) => (c as { cfnResourceType?: string }).cfnResourceType && stack.getLogicalId(c as never) === logicalId);
  if (!found) throw new Error(`no construct for ${logicalId}`);
  return found.node.scope!.node.id;
}

/**
 * The function a trigger invokes, from the stack's own functions: every trigger names the
 * function's `live` alias (a Ref, or an event source mapping's `<function name>:live`).
 */
const invokedFunction = (reference: any): FunctionName => {
  const aliasId = reference?.Ref ?? reference?.['Fn::Join']?.[1]?.[0]?.['Fn::Select']?.[1]?.['Fn::Split']?.[1]?.Ref;
  const name = FUNCTION_NAMES.find(
    (n) => stage.stateless.getLogicalId(stage.stateless.functions[n].live.node.defaultChild as never) === aliasId,
  );
  if (!name) throw new Error(`expected a function's live alias, got ${JSON.stringify(reference)}`);
  return name;
};

const getAttTarget = (value: any): string => {
  if (!Array.isArray(value?.['Fn::GetAtt'])) throw new Error(`expected Fn::GetAtt, got ${JSON.stringify(value)}`);
  return value['Fn::GetAtt'][0];
};

/** Resolves a stateless reference to a stateful resource (a read of a stateful output, `Fn::GetStackOutput`) to the stateful resource's logical id. */
function referencedLogicalId(value: any): string {
  const output = stateful.Outputs?.[value?.['Fn::GetStackOutput']?.OutputName];
  if (!output) throw new Error(`no stateful output behind ${JSON.stringify(value)}`);
  return getAttTarget(output.Value);
}

/** The SQS event source mappings (the other one reads the table's stream). */
const sqsMappings = () =>
  resourcesOf(stateless, 'AWS::Lambda::EventSourceMapping').filter(([, r]) =>
    JSON.stringify(r.Properties.EventSourceArn).includes('Queue'),
  );

const sortBy = <T>(items: T[], key: (item: T) => string) => [...items].sort((a, b) => key(a).localeCompare(key(b)));

interface TableShape {
  keySchema: Array<[string, string]>;
  attributes: Array<[string, string]>;
  indexes: Array<{ name: string; keySchema: Array<[string, string]>; projection: unknown }>;
  ttl?: { attribute: string; enabled: boolean };
  billingMode: string;
}

const keys = (schema: Array<{ AttributeName: string; KeyType: string }>): Array<[string, string]> =>
  schema.map((k) => [k.AttributeName, k.KeyType]);

function tableShape(properties: Record<string, any>, ttl?: { AttributeName: string; Enabled: boolean }): TableShape {
  return {
    keySchema: keys(properties.KeySchema),
    attributes: sortBy(
      (properties.AttributeDefinitions as Array<{ AttributeName: string; AttributeType: string }>).map(
        (a): [string, string] => [a.AttributeName, a.AttributeType],
      ),
      (a) => a[0],
    ),
    indexes: sortBy(
      ((properties.GlobalSecondaryIndexes ?? []) as Array<Record<string, any>>).map((g) => ({
        name: g.IndexName,
        keySchema: keys(g.KeySchema),
        projection: g.Projection,
      })),
      (g) => g.name,
    ),
    ...(ttl ? { ttl: { attribute: ttl.AttributeName, enabled: ttl.Enabled } } : {}),
    billingMode: properties.BillingMode,
  };
}

// ---- what the local runtime creates (recorded) --------------------------------------------------

interface Recorded {
  /** What createResources answered: the names and URLs the local functions' environment is made of. */
  resources?: LocalResources;
  tables: Map<string, { create: CreateTableCommandInput; ttl?: { AttributeName: string; Enabled: boolean } }>;
  queues: Map<string, { arn: string; attributes: Record<string, string> }>;
  buckets: string[];
}

async function recordLocalResources(): Promise<Recorded> {
  const recorded: Recorded = { tables: new Map(), queues: new Map(), buckets: [] };
  const dynamodb = {
    send: async (command: unknown) => {
      if (command instanceof DescribeTableCommand) {
        const table = recorded.tables.get(command.input.TableName!);
        if (!table) throw new ResourceNotFoundException({ message: 'Requested resource not found', $metadata: {} });
        return {
          Table: {
            ...table.create,
            TableStatus: 'ACTIVE',
            GlobalSecondaryIndexes: (table.create.GlobalSecondaryIndexes ?? []).map((g) => ({
              ...g,
              IndexStatus: 'ACTIVE',
            })),
          },
        };
      }
      if (command instanceof CreateTableCommand) {
        recorded.tables.set(command.input.TableName!, { create: command.input });
        return { TableDescription: { TableStatus: 'CREATING' } };
      }
      if (command instanceof DescribeTimeToLiveCommand) {
        const ttl = recorded.tables.get(command.input.TableName!)?.ttl;
        return {
          TimeToLiveDescription: ttl
            ? { TimeToLiveStatus: 'ENABLED', AttributeName: ttl.AttributeName }
            : { TimeToLiveStatus: 'DISABLED' },
        };
      }
      if (command instanceof UpdateTimeToLiveCommand) {
        const spec = command.input.TimeToLiveSpecification!;
        recorded.tables.get(command.input.TableName!)!.ttl = {
          AttributeName: spec.AttributeName!,
          Enabled: spec.Enabled!,
        };
        return {};
      }
      throw new Error(`unexpected DynamoDB command ${(command as object).constructor.name}`);
    },
  } as unknown as DynamoDBClient;
  const url = (name: string) => `http://127.0.0.1:1/000000000000/${name}`;
  const sqs = {
    send: async (command: unknown) => {
      if (command instanceof GetQueueUrlCommand) {
        if (!recorded.queues.has(command.input.QueueName!))
          throw new QueueDoesNotExist({ message: 'The specified queue does not exist.', $metadata: {} });
        return { QueueUrl: url(command.input.QueueName!) };
      }
      if (command instanceof CreateQueueCommand) {
        const name = command.input.QueueName!;
        recorded.queues.set(name, {
          arn: `arn:aws:sqs:us-east-1:000000000000:${name}`,
          attributes: command.input.Attributes ?? {},
        });
        return { QueueUrl: url(name) };
      }
      if (command instanceof GetQueueAttributesCommand) {
        const name = command.input.QueueUrl!.split('/').pop()!;
        return { Attributes: { QueueArn: recorded.queues.get(name)!.arn } };
      }
      throw new Error(`unexpected SQS command ${(command as object).constructor.name}`);
    },
  } as unknown as SQSClient;
  const s3 = {
    send: async (command: unknown) => {
      if (command instanceof CreateBucketCommand) return void recorded.buckets.push(command.input.Bucket!);
      throw new Error(`unexpected S3 command ${(command as object).constructor.name}`);
    },
  } as unknown as S3Client;
  recorded.resources = await createResources({ dynamodb, sqs, s3 });
  return recorded;
}

let local: Recorded;
beforeAll(async () => {
  local = await recordLocalResources();
});

// ---- the comparisons ----------------------------------------------------------------------------

describe('DynamoDB tables', () => {
  it('the same tables, key schemas, attribute types, GSIs (names, keys, projection), TTL and billing mode', () => {
    const aws = Object.fromEntries(
      resourcesOf(stateful, 'AWS::DynamoDB::Table').map(([logicalId, r]) => [
        constructIdOf(stage.stateful, logicalId),
        tableShape(r.Properties, r.Properties.TimeToLiveSpecification),
      ]),
    );
    const mine = Object.fromEntries(
      [...local.tables].map(([name, table]) => [name, tableShape(table.create, table.ttl)]),
    );
    expect(Object.keys(aws).length).toBeGreaterThan(0);
    expect(mine).toEqual(aws);
    // Spot checks that the comparison sees what matters.
    expect(aws.SubsidyTable?.indexes.map((g) => g.name)).toEqual(['GSI1', 'GSI2', 'GSI3', 'GSI4']);
    expect(aws.IdempotencyTable?.ttl).toEqual({ attribute: 'expiration', enabled: true });
  });
});

describe('SQS queues', () => {
  it('the same queues, visibility timeouts, redrive maxReceiveCount and DLQ retention', () => {
    const queues = resourcesOf(stateful, 'AWS::SQS::Queue');
    const byLogicalId = new Map(queues);
    const aws = Object.fromEntries(
      queues
        .filter(([, r]) => r.Properties.RedrivePolicy)
        .map(([logicalId, r]) => {
          const dlq = byLogicalId.get(getAttTarget(r.Properties.RedrivePolicy.deadLetterTargetArn))!;
          return [
            constructIdOf(stage.stateful, logicalId),
            {
              visibilityTimeoutSeconds: r.Properties.VisibilityTimeout,
              maxReceiveCount: r.Properties.RedrivePolicy.maxReceiveCount,
              dlqRetentionSeconds: dlq.Properties.MessageRetentionPeriod,
            },
          ];
        }),
    );
    const byArn = new Map([...local.queues.values()].map((q) => [q.arn, q]));
    const mine = Object.fromEntries(
      [...local.queues]
        .filter(([, q]) => q.attributes.RedrivePolicy)
        .map(([name, q]) => {
          const redrive = JSON.parse(q.attributes.RedrivePolicy!) as {
            deadLetterTargetArn: string;
            maxReceiveCount: number;
          };
          const dlq = byArn.get(redrive.deadLetterTargetArn);
          return [
            name,
            {
              visibilityTimeoutSeconds: Number(q.attributes.VisibilityTimeout),
              maxReceiveCount: Number(redrive.maxReceiveCount),
              dlqRetentionSeconds: Number(dlq?.attributes.MessageRetentionPeriod),
            },
          ];
        }),
    );
    expect(Object.keys(aws).length).toBeGreaterThan(0);
    expect(mine).toEqual(aws);
    // Every queue is a work queue or its DLQ, on both sides; AWS also has the stream readers'
    // failure destinations, which the local readers (retrying until they succeed) never need.
    expect(local.queues.size).toBe(queues.length - 2);
    for (const failures of [OUTBOX_RELAY.failureQueueId, STATISTICS_TALLY.failureQueueId]) {
      expect(queues.some(([logicalId]) => constructIdOf(stage.stateful, logicalId) === failures)).toBe(true);
    }
  });

  it('the same SQS event sources: queue → function, batch size, partial batch failures', () => {
    const aws = sortBy(
      sqsMappings().map(([, r]) => ({
        functionName: invokedFunction(r.Properties.FunctionName),
        queue: constructIdOf(stage.stateful, referencedLogicalId(r.Properties.EventSourceArn)),
        batchSize: r.Properties.BatchSize,
        reportBatchItemFailures: (r.Properties.FunctionResponseTypes ?? []).includes('ReportBatchItemFailures'),
      })),
      (e) => e.functionName,
    );
    // The local pollers always honour batchItemFailures (infra/local/queue-poller.ts).
    const mine = sortBy(
      LOCAL_EVENT_SOURCES.map(({ queue, functionName }) => ({
        functionName,
        queue: queue.id,
        batchSize: queue.batchSize,
        reportBatchItemFailures: true,
      })),
      (e) => e.functionName,
    );
    expect(aws.length).toBeGreaterThan(0);
    expect(mine).toEqual(aws);
    // And the queues the pollers read are queues the local runtime creates.
    for (const source of mine) expect(local.queues.has(source.queue)).toBe(true);
  });

  it('the same stream event sources: the main table to the outbox relay and the statistics tally, batch size, partial batch failures', () => {
    const streamMappings = resourcesOf(stateless, 'AWS::Lambda::EventSourceMapping').filter(
      ([, r]) => !sqsMappings().some(([, q]) => q === r),
    );
    const readers = streamMappings.map(([, r]) => ({
      functionName: invokedFunction(r.Properties.FunctionName),
      batchSize: r.Properties.BatchSize,
      types: r.Properties.FunctionResponseTypes,
    }));
    // What infra/local/platform.ts reads the stream with: one reader each, from the same definitions.
    expect(readers.sort((a, b) => a.functionName.localeCompare(b.functionName))).toEqual([
      { functionName: 'outbox-relay', batchSize: OUTBOX_RELAY.batchSize, types: ['ReportBatchItemFailures'] },
      { functionName: 'tally-statistics', batchSize: STATISTICS_TALLY.batchSize, types: ['ReportBatchItemFailures'] },
    ]);
    expect(MAIN_TABLE.stream).toBe('NEW_AND_OLD_IMAGES');
  });
});

describe('S3 buckets', () => {
  it('the same data buckets (versioned; the access-log bucket is AWS-only), and object-created notifications: prefix → function', () => {
    const versioned = resourcesOf(stateful, 'AWS::S3::Bucket').filter(
      ([, r]) => r.Properties.VersioningConfiguration?.Status === 'Enabled',
    );
    expect(local.buckets).toEqual(
      versioned.map(([logicalId]) => bucketName({ id: constructIdOf(stage.stateful, logicalId) } as BucketDefinition)),
    );
    const aws = resourcesOf(stateless, 'Custom::S3BucketNotifications').flatMap(([, r]) =>
      (r.Properties.NotificationConfiguration.LambdaFunctionConfigurations as any[]).map((c) => ({
        events: c.Events,
        prefix: c.Filter.Key.FilterRules.find((rule: any) => rule.Name === 'prefix').Value,
        functionName: invokedFunction(c.LambdaFunctionArn),
      })),
    );
    // What infra/local/start.ts subscribes the local S3 server's events to.
    expect(aws).toEqual([
      {
        events: ['s3:ObjectCreated:*'],
        prefix: DOCUMENT_BUCKET.objectPrefix,
        functionName: DOCUMENT_BUCKET.onObjectCreated,
      },
    ]);
  });
});

describe('function environment', () => {
  it('the local runtime sets the resource variables the template gives its functions (both from shared/contract/function-access.ts)', () => {
    const resourceVariables = (variables: object) =>
      Object.keys(variables).filter((key) => !/^(POWERTOOLS_|NODE_OPTIONS$)/.test(key));
    // (CDK's bucket-notifications handler has no environment.)
    const aws = new Set(
      resourcesOf(stateless, 'AWS::Lambda::Function').flatMap(([, r]) =>
        resourceVariables(r.Properties.Environment?.Variables ?? {}),
      ),
    );
    const mine = resourceVariables({ ...functionEnvironment(local.resources!), ...localIdentityEnvironment() });
    expect(aws.size).toBeGreaterThan(0);
    expect(mine.sort()).toEqual([...aws].sort());
  });

  it("the local functions recognise administrators and route the public routes as the dev stage's do", () => {
    const identity = localIdentityEnvironment();
    const routeFunctions = resourcesOf(stateless, 'AWS::Lambda::Function').filter(
      ([, r]) => r.Properties.Environment?.Variables?.ADMIN_RECOGNITION,
    );
    expect(routeFunctions.length).toBeGreaterThan(0);
    for (const [logicalId, r] of routeFunctions) {
      expect(r.Properties.Environment.Variables, logicalId).toMatchObject(identity);
    }
  });
});

describe('HTTP API routes', () => {
  const templateRoutes = () =>
    sortBy(
      resourcesOf(stateless, 'AWS::ApiGatewayV2::Route').map(([, r]) => {
        const integrationId = r.Properties.Target['Fn::Join'][1][1].Ref as string;
        const integration = stateless.Resources[integrationId]!;
        return {
          routeKey: r.Properties.RouteKey as string,
          authorization: r.Properties.AuthorizationType as string,
          function: invokedFunction(integration.Properties.IntegrationUri),
          payloadFormatVersion: integration.Properties.PayloadFormatVersion as string,
        };
      }),
      (r) => r.routeKey,
    );

  it("ROUTES and UNMATCHED_ROUTE (what the local gateway compiles) are the template's route keys, authorizers and integrations", () => {
    const aws = templateRoutes();
    expect(aws.length).toBeGreaterThan(0);
    expect(new Set(aws.map((r) => r.payloadFormatVersion))).toEqual(new Set(['2.0']));
    const mine = sortBy(
      [
        ...ROUTES.map((r) => ({
          routeKey: `${r.method} ${r.path}`,
          authorization: r.access === 'public' ? 'NONE' : 'JWT',
          function: r.function,
        })),
        { routeKey: UNMATCHED_ROUTE.routeKey, authorization: 'NONE', function: UNMATCHED_ROUTE.function },
      ].map((r) => ({ ...r, payloadFormatVersion: '2.0' })),
      (r) => r.routeKey,
    );
    expect(mine).toEqual(aws);
  });

  describe('the running gateway answers every template route like API Gateway', () => {
    const key = new Uint8Array(randomBytes(32));
    let server: Server;
    let base: string;
    beforeAll(async () => {
      const echo =
        (name: FunctionName): HttpLambda =>
        async (event) => ({ statusCode: 200, body: JSON.stringify({ function: name, routeKey: event.routeKey }) });
      server = createServer(apiGateway({ signingKey: key, handlerFor: async (name) => echo(name) }));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));

    it('same route key, same function, token required exactly where the template has the JWT authorizer', async () => {
      const bearer = await issueToken(key, { sub: 'drift-check', admin: true });
      for (const route of templateRoutes()) {
        // `$default` is what an unknown path, or a known one with another method, reaches.
        const [method, path] =
          route.routeKey === UNMATCHED_ROUTE.routeKey
            ? ['DELETE', '/v1/policy']
            : (route.routeKey.split(' ') as [string, string]);
        const url = `${base}${path.replace(/\{(\w+)\}/g, 'p-1')}`;
        const body = method === 'GET' ? {} : { body: '{}' };
        const anonymous = await fetch(url, { method, ...body });
        expect(anonymous.status, `${route.routeKey} without a token`).toBe(route.authorization === 'JWT' ? 401 : 200);
        const authorised = await fetch(url, { method, headers: { authorization: `Bearer ${bearer}` }, ...body });
        expect(await authorised.json(), route.routeKey).toEqual({ function: route.function, routeKey: route.routeKey });
      }
    });
  });
});

describe('schedules', () => {
  const templateSchedules = () =>
    sortBy(
      resourcesOf(stateless, 'AWS::Scheduler::Schedule').map(([, r]) => ({
        function: invokedFunction(r.Properties.Target.Arn),
        expression: r.Properties.ScheduleExpression as string,
        timeZone: r.Properties.ScheduleExpressionTimezone as string,
        input: JSON.parse(r.Properties.Target.Input) as Record<string, string>,
      })),
      (s) => s.function,
    );

  it('the local scheduler runs each template schedule at the same instants, in the same time zone', () => {
    const aws = templateSchedules();
    expect(aws.length).toBeGreaterThan(0);
    const mine = sortBy(
      Object.values(SCHEDULES).map((s) => ({
        function: s.function as FunctionName,
        expression: s.expression,
        timeZone: s.timeZone,
      })),
      (s) => s.function,
    );
    expect(mine.map((s) => s.function)).toEqual(aws.map((s) => s.function));
    const probes = ['2027-02-28T17:59:59Z', '2027-02-28T18:00:00Z', '2026-12-31T20:00:00Z', '2027-06-15T08:30:00Z'].map(
      (iso) => new Date(iso),
    );
    aws.forEach((schedule, i) => {
      const localSchedule = mine[i]!;
      expect(localSchedule.timeZone, schedule.function).toBe(schedule.timeZone);
      // What the local scheduler would make of the template's schedule, and of its own.
      const fromTemplate = parseExpression(schedule.expression, schedule.timeZone);
      const fromLocal = parseExpression(localSchedule.expression, localSchedule.timeZone);
      expect(fromLocal, schedule.function).toEqual(fromTemplate);
      for (const now of probes) expect(nextRun(fromLocal, now)).toEqual(nextRun(fromTemplate, now));
    });
  });

  it('the local scheduler invokes each function with the input the template sends (scheduledTime = the due instant)', async () => {
    const aws = templateSchedules();
    const calls: Array<{ function: FunctionName; event: Record<string, unknown>; at: number }> = [];
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      vi.setSystemTime(new Date('2027-02-28T17:40:00Z'));
      const stop = startSchedules(
        async (name) =>
          (async (event) => void calls.push({ function: name, event, at: Date.now() })) as ScheduledLambda,
      );
      // Past 18:00Z = 1 March 02:00 Shanghai, and a day for the daily reconciliation.
      await vi.advanceTimersByTimeAsync(24 * 3600_000 + 60_000);
      stop();
    } finally {
      vi.useRealTimers();
    }
    for (const schedule of aws) {
      const call = calls.find((c) => c.function === schedule.function);
      expect(call, `${schedule.function} was not invoked`).toBeDefined();
      expect(Object.keys(call!.event).sort()).toEqual(Object.keys(schedule.input).sort());
      for (const [name, value] of Object.entries(schedule.input)) {
        if (value === '<aws.scheduler.scheduled-time>')
          expect(call!.event[name]).toBe(new Date(call!.at).toISOString());
        else expect(call!.event[name], name).toBe(value);
      }
    }
    expect(calls.find((c) => c.function === 'payout-planner')?.event.scheduledTime).toBe('2027-02-28T18:00:00.000Z');
    expect(calls.filter((c) => c.function === 'reconcile-statistics')).toHaveLength(1);
  });
});
