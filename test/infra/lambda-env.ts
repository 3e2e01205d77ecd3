/** Environment for importing a function bundle outside Lambda (bundle tests, bundle bench). */
import { ENV } from '../../shared/contract/resources.js';

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
  [ENV.evaluationQueueUrl]: 'https://sqs.cn-north-1.amazonaws.com.cn/000000000000/EvaluationQueue',
  [ENV.payoutQueueUrl]: 'https://sqs.cn-north-1.amazonaws.com.cn/000000000000/PayoutQueue',
  [ENV.simulationQueueUrl]: 'https://sqs.cn-north-1.amazonaws.com.cn/000000000000/SimulationQueue',
  [ENV.eventBusName]: 'lingang-ai-subsidy-test',
  [ENV.documentBucketName]: 'lingang-ai-subsidy-test-documents',
};
