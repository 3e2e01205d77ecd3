/**
 * What an operator watches (SPEC §10): alarms on queue age, function errors and throttles, API
 * 5xx, DynamoDB throttles of every table and index, scheduler target failures and a stalled
 * payout run (the DLQ depth alarms sit with their queues in the stateful stack), and one
 * CloudWatch dashboard of the same signals. Each alarm's construct id has a README runbook entry.
 */
import { Duration, type Stack } from 'aws-cdk-lib';
import type { HttpStage } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  AlarmStatusWidget,
  Dashboard,
  GraphWidget,
  MathExpression,
  Metric,
  type Alarm,
  type IMetric,
} from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { ScheduleGroup } from 'aws-cdk-lib/aws-scheduler';
import type { StageConfig } from '../config.js';
import { addAlarm, type SubsidyAlarmProps } from '../constructs/alarm.js';
import { METRICS_NAMESPACE, type SubsidyFunction } from '../constructs/subsidy-function.js';
import {
  DOCUMENT_BUCKET,
  FUNCTION_NAMES,
  IDEMPOTENCY_TABLE,
  MAIN_TABLE,
  OUTBOX_RELAY,
  STATISTICS_TABLE,
  type FunctionName,
  type TableDefinition,
} from '../../shared/contract/resources.js';
import type { StatefulStack, QueuePair } from './stateful-stack.js';

export interface OperationsProps {
  config: StageConfig;
  functions: Record<FunctionName, SubsidyFunction>;
  apiStage: HttpStage;
  scheduleGroup: ScheduleGroup;
  stateful: Pick<
    StatefulStack,
    | 'table'
    | 'idempotencyTable'
    | 'statisticsTable'
    | 'evaluationQueue'
    | 'payoutQueue'
    | 'simulationQueue'
    | 'exportQueue'
    | 'alarmTopic'
  >;
}

/**
 * Oldest message a work queue may hold before it counts as not keeping up. Evaluation takes
 * seconds, and after 10 minutes the sweeper would re-queue the application anyway; a payout run
 * of a million entitlements drains its queue in well under 30 minutes at the worker's concurrency.
 */
export const MAX_MESSAGE_AGE: Record<string, Duration> = {
  EvaluationQueue: Duration.minutes(10),
  PayoutQueue: Duration.minutes(30),
  // A simulation over a million applications reads them in well under 30 minutes too.
  SimulationQueue: Duration.minutes(30),
  // An export's message is received once and held while its file is written (up to 15 minutes).
  ExportQueue: Duration.minutes(30),
};

const FIVE_MINUTES = Duration.minutes(5);

/** Read plus write throttle events of a table, or of one of its indexes (`id` keeps the graph's metric ids apart). */
function throttleEvents(id: string, table: ITable, index?: string): IMetric {
  const metric = (metricName: string) =>
    new Metric({
      namespace: 'AWS/DynamoDB',
      metricName,
      dimensionsMap: { TableName: table.tableName, ...(index ? { GlobalSecondaryIndexName: index } : {}) },
      period: FIVE_MINUTES,
      statistic: 'Sum',
    });
  return new MathExpression({
    expression: `FILL(reads${id}, 0) + FILL(writes${id}, 0)`,
    usingMetrics: { [`reads${id}`]: metric('ReadThrottleEvents'), [`writes${id}`]: metric('WriteThrottleEvents') },
    label: `${id} throttle events`,
    period: FIVE_MINUTES,
  });
}

/** The alarms a deploy's rollback watches. */
export interface RollbackAlarms {
  functionErrors: Record<FunctionName, Alarm>;
  apiServerErrors: Alarm;
}

export function addOperations(scope: Stack, props: OperationsProps): RollbackAlarms {
  const { functions, apiStage, stateful } = props;
  const alarms: Alarm[] = [];
  const alarm = (id: string, alarmProps: SubsidyAlarmProps) => {
    const created = addAlarm(scope, id, stateful.alarmTopic, alarmProps);
    alarms.push(created);
    return created;
  };

  // ---- functions and API -------------------------------------------------------------------
  const functionErrors = {} as Record<FunctionName, Alarm>;
  for (const name of FUNCTION_NAMES) {
    const { errors, throttles } = functions[name].addAlarms(stateful.alarmTopic);
    functionErrors[name] = errors;
    alarms.push(errors, throttles);
  }
  const apiServerErrors = alarm('ApiServerErrorsAlarm', {
    description:
      'The HTTP API answered 5xx: bad input must never yield a 5xx (SPEC §7); during a canary deploy this rolls the API functions back (README runbook).',
    metric: apiStage.metricServerError({ period: FIVE_MINUTES, statistic: 'Sum' }),
  });

  // ---- outbox relay --------------------------------------------------------------------------
  // Partial batch failures are no function errors: how far behind the stream the relay reads is what shows it stuck.
  alarm('OutboxRelayIteratorAgeAlarm', {
    description: `The outbox relay reads records older than ${OUTBOX_RELAY.giveUpAfterSeconds / 60} minutes: events are late to the bus (README runbook).`,
    metric: functions['outbox-relay'].metric('IteratorAge', { period: FIVE_MINUTES, statistic: 'Maximum' }),
    threshold: OUTBOX_RELAY.giveUpAfterSeconds * 1000,
  });

  // ---- evidence documents ------------------------------------------------------------------
  // S3 invokes the verifier asynchronously: an event still failing after Lambda's two retries is dropped, and its document stays PENDING.
  // Where the region publishes no asynchronous invocation metrics (China), the alarm of the verifier's
  // on-failure queue (<verifier>AsyncFailuresAlarm, every stage) stands for this one: each dropped event is in that queue.
  if (props.config.capabilities.asyncInvocationMetrics) {
    alarm('DocumentEventsDroppedAlarm', {
      description: `Lambda dropped object-created events of ${DOCUMENT_BUCKET.id} after its retries: those documents stay PENDING (README runbook).`,
      metric: functions[DOCUMENT_BUCKET.onObjectCreated].metric('AsyncEventsDropped', {
        period: FIVE_MINUTES,
        statistic: 'Sum',
      }),
    });
  }

  // ---- queues --------------------------------------------------------------------------------
  for (const { queue, definition } of workQueuesOf(stateful)) {
    const maxAge = MAX_MESSAGE_AGE[definition.id]!;
    alarm(`${definition.id}AgeAlarm`, {
      description: `The oldest message in ${definition.id} is older than ${maxAge.toMinutes()} minutes: its consumer is not keeping up (README runbook).`,
      metric: queue.metricApproximateAgeOfOldestMessage({ period: FIVE_MINUTES, statistic: 'Maximum' }),
      threshold: maxAge.toSeconds(),
      evaluationPeriods: 2,
    });
  }

  // ---- DynamoDB: every table and every index ---------------------------------------------------
  for (const { id, definition, index, metric } of tableThrottles(stateful)) {
    alarm(`${id}ThrottlesAlarm`, {
      description: `DynamoDB throttled requests on ${definition.id}${index ? ` index ${index}` : ''}: a hot partition key or a burst beyond on-demand's headroom (README runbook).`,
      metric,
    });
  }

  addScheduleAndRunAlarms(alarm, props.scheduleGroup);
  addDashboard(scope, props, alarms);
  return { functionErrors, apiServerErrors };
}

const workQueuesOf = (stateful: OperationsProps['stateful']): QueuePair[] => [
  stateful.evaluationQueue,
  stateful.payoutQueue,
  stateful.simulationQueue,
  stateful.exportQueue,
];
const tablesOf = (stateful: OperationsProps['stateful']): Array<[ITable, TableDefinition]> => [
  [stateful.table, MAIN_TABLE],
  [stateful.idempotencyTable, IDEMPOTENCY_TABLE],
  [stateful.statisticsTable, STATISTICS_TABLE],
];

/** The throttle events of every table and every index. */
function tableThrottles(stateful: OperationsProps['stateful']) {
  return tablesOf(stateful).flatMap(([table, definition]) =>
    [undefined, ...definition.indexes.map((i) => i.name)].map((index) => {
      const id = `${definition.id}${index ?? ''}`;
      return { id, definition, index, metric: throttleEvents(id, table, index) };
    }),
  );
}

const customMetric = (metricName: string, service: FunctionName) =>
  new Metric({
    namespace: METRICS_NAMESPACE,
    metricName,
    dimensionsMap: { service },
    period: FIVE_MINUTES,
    statistic: 'Sum',
  });

function addScheduleAndRunAlarms(
  alarm: (id: string, props: SubsidyAlarmProps) => Alarm,
  scheduleGroup: ScheduleGroup,
): void {
  alarm('ScheduleTargetErrorsAlarm', {
    description:
      'EventBridge Scheduler could not invoke a scheduled function (payout run or sweeper) (README runbook).',
    metric: scheduleGroup.metricTargetErrors({ period: FIVE_MINUTES }),
  });
  alarm('ScheduleDroppedAlarm', {
    description: 'EventBridge Scheduler gave up on a scheduled invocation after its retries (README runbook).',
    metric: scheduleGroup.metricDropped({ period: FIVE_MINUTES }),
  });

  // The sweeper counts each RUNNING run it found without progress since its previous sweep and
  // resumed; three sweeps in a row mean the resume does not help.
  alarm('PayoutRunStalledAlarm', {
    description: 'A payout run stays RUNNING without progress although the sweeper resumed it (README runbook).',
    metric: customMetric('PayoutRunsStalled', 'sweeper'),
    evaluationPeriods: 3,
  });

  // The statistics' reconciliation counts the counters that still differ from the records after its pauses (SPEC §12).
  alarm('StatisticsDifferAlarm', {
    description:
      'The scheduled reconciliation found statistics that differ from a recount of the records (README runbook).',
    metric: new Metric({
      namespace: METRICS_NAMESPACE,
      metricName: 'StatisticsDifferences',
      dimensionsMap: { service: 'reconcile-statistics' },
      period: Duration.hours(1),
      statistic: 'Maximum',
    }),
  });
}

function addDashboard(scope: Stack, props: OperationsProps, alarms: Alarm[]): Dashboard {
  const { config, functions, apiStage, scheduleGroup, stateful } = props;
  const custom = customMetric;
  const workQueues = workQueuesOf(stateful);
  const tables = tablesOf(stateful);
  const throttleMetrics = tableThrottles(stateful).map(({ metric }) => metric);
  const perFunction = (metric: (fn: SubsidyFunction) => IMetric) =>
    FUNCTION_NAMES.map((name) => metric(functions[name]));
  const graph = (title: string, left: IMetric[], width = 8) => new GraphWidget({ title, left, width, height: 6 });
  return new Dashboard(scope, 'Dashboard', {
    dashboardName: config.prefix,
    widgets: [
      [new AlarmStatusWidget({ title: 'Alarms', alarms, width: 24, height: 4 })],
      [
        graph('API requests and errors', [
          apiStage.metricCount({ period: FIVE_MINUTES }),
          apiStage.metricClientError({ period: FIVE_MINUTES }),
          apiStage.metricServerError({ period: FIVE_MINUTES }),
        ]),
        graph('API latency p99 (ms)', [apiStage.metricLatency({ period: FIVE_MINUTES, statistic: 'p99' })]),
        graph('Outcomes', [
          custom('ApplicationsEvaluated', 'evaluate-application'),
          custom('ApplicationsNeedingAttention', 'evaluate-application'),
          custom('EventsRelayed', 'outbox-relay'),
          custom('PayoutsIssued', 'payout-worker'),
        ]),
      ],
      [
        graph(
          'Function errors',
          perFunction((fn) =>
            fn.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum', label: fn.subsidyFunctionName }),
          ),
        ),
        graph(
          'Function throttles',
          perFunction((fn) =>
            fn.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum', label: fn.subsidyFunctionName }),
          ),
        ),
        graph(
          'Function duration p99 (ms)',
          perFunction((fn) =>
            fn.metricDuration({ period: FIVE_MINUTES, statistic: 'p99', label: fn.subsidyFunctionName }),
          ),
        ),
      ],
      [
        graph(
          'Queue depth',
          workQueues.flatMap(({ queue, deadLetterQueue, definition }) => [
            queue.metricApproximateNumberOfMessagesVisible({
              period: FIVE_MINUTES,
              statistic: 'Maximum',
              label: definition.id,
            }),
            deadLetterQueue.metricApproximateNumberOfMessagesVisible({
              period: FIVE_MINUTES,
              statistic: 'Maximum',
              label: `${definition.id} DLQ`,
            }),
          ]),
        ),
        graph(
          'Age of oldest message (s)',
          workQueues.map(({ queue, definition }) =>
            queue.metricApproximateAgeOfOldestMessage({
              period: FIVE_MINUTES,
              statistic: 'Maximum',
              label: definition.id,
            }),
          ),
        ),
        graph('Schedules', [
          scheduleGroup.metricAttempts({ period: FIVE_MINUTES }),
          scheduleGroup.metricTargetErrors({ period: FIVE_MINUTES }),
          scheduleGroup.metricDropped({ period: FIVE_MINUTES }),
        ]),
      ],
      [
        graph(
          'DynamoDB consumed capacity',
          tables.flatMap(([table, definition]) => [
            table.metricConsumedReadCapacityUnits({ period: FIVE_MINUTES, label: `${definition.id} read` }),
            table.metricConsumedWriteCapacityUnits({ period: FIVE_MINUTES, label: `${definition.id} write` }),
          ]),
          12,
        ),
        graph('DynamoDB throttle events (tables and indexes)', throttleMetrics, 12),
      ],
    ],
  });
}
