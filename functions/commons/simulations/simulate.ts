/**
 * A simulation message: one page of one part (a programme's applications in one shard of the
 * programme index, GSI3, within the window), each stored decision judged again under the draft
 * with the history it was decided with (./histories.ts, as of its decision), the page's
 * tallies recorded once with its counts (so a redelivery counts nothing twice), then the next
 * page's message, or, after a part's last page, the completion check. Nothing stored is changed.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { tallyCases, type SimulatedCase } from '../../../shared/domain/simulation.js';
import { evaluateFast } from '../../../shared/policy/fast.js';
import { documentClient } from '../clients/dynamodb.js';
import { sendMessages } from '../messaging/send.js';
import type { ApplicationRecord } from '../../../shared/domain/application.js';
import { caseFor } from '../../../shared/domain/award.js';
import { fromItem } from '../store/items/application-item.js';
import { retryOnConflict } from '../use-cases/retry.js';
import { counterAddition, recordOnce } from '../store/counters.js';
import { programmePartition, simulationPageKey, simulationPartition } from '../store/items/keys.js';
import { readFromTable } from '../store/query/listings.js';
import { completeIfSettled } from './completion.js';
import { draftOf, type Draft } from './draft.js';
import { historiesAsOf } from './histories.js';
import { SIMULATION_PAGE_SIZE, type SimulationMessage } from './model.js';
import type { SimulationResources } from './start.js';
import type { ReportResources } from '../files/report-files.js';

/** Pages per message; tests make them small to exercise paging. */
export const simulating = { pageSize: SIMULATION_PAGE_SIZE };

/** The first and last instants (UTC, as sort keys hold them) of a window of Shanghai dates. */
const startOf = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString();
const endOf = (date: string) => new Date(Date.parse(`${date}T00:00:00+08:00`) + 86_400_000 - 1).toISOString();

/** One page of the part's applications, as the table holds them, and where the next page starts. */
async function readPage(table: string, message: SimulationMessage, draft: Draft) {
  const { submittedFrom = '1900-01-01', submittedTo = '9999-12-31' } = draft;
  const result = await documentClient.send(
    new QueryCommand({
      TableName: table,
      IndexName: 'GSI3',
      KeyConditionExpression: 'gsi3pk = :pk AND gsi3sk BETWEEN :from AND :to',
      ExpressionAttributeValues: {
        ':pk': programmePartition(message.programme, message.shard),
        ':from': startOf(submittedFrom),
        // Sort keys are `<submittedAt>#<applicationId>`: "~" sorts after every id character.
        ':to': `${endOf(submittedTo)}~`,
      },
      Limit: simulating.pageSize,
      ...(message.after ? { ExclusiveStartKey: message.after } : {}),
    }),
  );
  const records = (await readFromTable(table, result.Items ?? [])).map(fromItem);
  return { records, next: result.LastEvaluatedKey as Record<string, string> | undefined };
}

/** A stored decision and the moment it was taken; undefined when it never was (withdrawn while SUBMITTED, or still waiting). */
function storedDecision(record: ApplicationRecord) {
  const before = record.appeal?.originalDecision ?? record.decision;
  if (!before) return undefined;
  const at = record.audit.find((entry) => entry.from === 'SUBMITTED')?.at ?? record.submittedAt;
  return { record, before, asOf: { at, applicationId: record.applicationId } };
}

/** The page's stored decisions judged again: each the evaluation's decision, with the history as of its moment, under the draft. */
async function judgeAgain(table: string, records: ApplicationRecord[], draft: Draft): Promise<SimulatedCase[]> {
  const decisions = records.flatMap((record) => storedDecision(record) ?? []);
  const histories = await historiesAsOf(table, decisions, draft);
  return decisions.map(({ record, before }, i) => {
    const after = evaluateFast(caseFor(record, histories[i]!), {
      registry: draft.registry,
      ...(draft.policyVersion ? { policy: draft.policyVersion } : {}),
    });
    const { applicationId, applicantId, programme } = record;
    return {
      applicationId,
      applicantId,
      programme,
      before: { outcome: before.outcome, amount: before.amount },
      after: { outcome: after.outcome, amount: after.amount },
    };
  });
}

/** The page judged and recorded, as the first copy of this message recorded it. */
async function recordPage(
  table: string,
  message: SimulationMessage,
  draft: Draft,
): Promise<Record<string, string> | undefined> {
  const { simulationId, programme, shard, page } = message;
  const key = simulationPageKey(simulationId, programme, shard, page);
  const { records, next } = await readPage(table, message, draft);
  const cases = await judgeAgain(table, records, draft);
  // Every page counts one in `pages`, with or without decided records: the sweeper's measure of progress.
  const counts = { pages: 1, cases: cases.length, ...(next ? {} : { partsDone: 1 }) };
  const stored = await recordOnce(table, key, { tallies: tallyCases(cases), ...(next ? { next } : {}) }, [
    {
      name: 'counter',
      item: { Update: counterAddition(table, simulationPartition(simulationId), key.sk, counts) },
    },
  ]);
  return stored.next as Record<string, string> | undefined;
}

/** What simulating a page needs: the table, the queue its successor is sent to, the bucket the result file goes to. */
export type SimulatingResources = SimulationResources & ReportResources;

export async function simulatePage(resources: SimulatingResources, message: SimulationMessage): Promise<void> {
  const { table, simulationQueue } = resources;
  const draft = await draftOf(table, message.simulationId);
  const next = await retryOnConflict(() => recordPage(table, message, draft));
  if (next) await sendMessages(simulationQueue, [{ ...message, page: message.page + 1, after: next }]);
  else await completeIfSettled(resources, message.simulationId);
}
