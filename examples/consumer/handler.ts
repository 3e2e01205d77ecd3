/**
 * The example consumer's Lambda entry point (./construct.ts makes the function): ./consumer.ts
 * with its claims in the table `DEDUPE_TABLE` and each notice written as a structured log line.
 * Replace `notify` with what your system needs.
 */
import { awardNoticeConsumer } from './consumer.js';
import { dynamoDbDedupe } from './dedupe.js';

export const handler = awardNoticeConsumer({
  dedupe: dynamoDbDedupe(process.env.DEDUPE_TABLE ?? ''),
  notify: async (notice) => console.log(JSON.stringify({ message: 'award notice', ...notice })),
});
