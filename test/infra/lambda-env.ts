/**
 * Environment for importing a function bundle outside Lambda (bundle tests, bundle bench), and
 * the names of the variables a function's bindings set (the stack and access tests compare them).
 */
import { environmentOf } from '../../shared/contract/function-access.js';
import { ENV, type FunctionName } from '../../shared/contract/resources.js';

/** What Lambda and the stack give a function, with dummy values; no network is touched at import. */
export const DUMMY_LAMBDA_ENV: Record<string, string> = {
  AWS_REGION: 'cn-north-1',
  AWS_DEFAULT_REGION: 'cn-north-1',
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'secret',
  AWS_SESSION_TOKEN: 'token',
  AWS_LAMBDA_FUNCTION_NAME: 'bundle-import-test',
  AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '512',
  AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
  POWERTOOLS_METRICS_NAMESPACE: 'LingangAiSubsidy',
  POWERTOOLS_DEV: 'false',
  [ENV.tableName]: 'SubsidyTable',
  [ENV.idempotencyTableName]: 'IdempotencyTable',
  [ENV.statisticsTableName]: 'StatisticsTable',
  [ENV.evaluationQueueUrl]: 'https://sqs.cn-north-1.amazonaws.com.cn/000000000000/EvaluationQueue',
  [ENV.evaluationDlqUrl]: 'https://sqs.cn-north-1.amazonaws.com.cn/000000000000/EvaluationQueue-dlq',
  [ENV.unpublishedEventsQueueUrl]: 'https://sqs.cn-north-1.amazonaws.com.cn/000000000000/UnpublishedEvents',
  [ENV.payoutQueueUrl]: 'https://sqs.cn-north-1.amazonaws.com.cn/000000000000/PayoutQueue',
  [ENV.simulationQueueUrl]: 'https://sqs.cn-north-1.amazonaws.com.cn/000000000000/SimulationQueue',
  [ENV.exportQueueUrl]: 'https://sqs.cn-north-1.amazonaws.com.cn/000000000000/ExportQueue',
  [ENV.eventBusName]: 'lingang-ai-subsidy-test',
  [ENV.documentBucketName]: 'lingang-ai-subsidy-test-documents',
  [ENV.reportBucketName]: 'lingang-ai-subsidy-test-reports',
};

/** Names each resource by its id: only the variables' names are compared, never their values. */
const NAMING_LOCATOR = {
  tableName: String,
  queueUrl: String,
  deadLetterQueueUrl: String,
  eventBusName: 'bus',
  bucketName: String,
  unpublishedEventsQueueUrl: 'store',
};

/** The environment variables a function's bindings set (shared/contract/function-access.ts), sorted. */
export const bindingVariablesOf = (name: FunctionName): string[] =>
  Object.keys(environmentOf(name, NAMING_LOCATOR)).sort();
