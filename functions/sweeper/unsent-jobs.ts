/**
 * Exports and simulations whose messages were never sent (the sweeper's third duty). Starting
 * one stores it, then sends its messages; if the send fails and recording it FAILED fails too
 * (SQS and DynamoDB failing at once), the job stays PENDING/RUNNING with nothing queued. Like an
 * application left SUBMITTED, such a job older than the threshold has its messages sent again,
 * each sweep counted on it, at most MAX_SWEEPS times; then, once older than a message sent at
 * its start could still be waiting or in flight, it is recorded FAILED (ask again).
 * "Never sent" is read from the record: an export whose job never received its message
 * (`jobStartedAt`), a simulation without a case judged or a part done. Sending twice is safe:
 * an export's job leaves a finished export alone, a simulation counts each page once.
 */
import { concludeExport } from '../commons/exports/conclusion.js';
import type { ExportMessage } from '../commons/exports/model.js';
import { sendMessages } from '../commons/messaging/send.js';
import { nowIso } from '../commons/runtime/clock.js';
import { readProgress } from '../commons/simulations/progress.js';
import { recordSimulationFailed, sendStartMessages } from '../commons/simulations/start.js';
import { getItem } from '../commons/store/get-item/get-item.js';
import { exportKey, PENDING_EXPORTS, RUNNING_SIMULATIONS, simulationKey } from '../commons/store/items/keys.js';
import type { Item, Key } from '../commons/store/items/table.js';
import { unfinishedJobs } from '../commons/store/query/query.js';
import { stepFromStatus } from '../commons/store/update-item/status-step.js';
import { EXPORT_QUEUE, SIMULATION_QUEUE, type QueueDefinition } from '../../shared/contract/resources.js';
import type { ProgrammeCode } from '../../shared/policy/index.js';
import { MAX_SWEEPS } from './submitted.js';

const messageLifeMs = (queue: QueueDefinition) => queue.visibilityTimeoutSeconds * queue.maxReceiveCount * 1000;

interface JobKind {
  /** Its partition of the unfinished jobs' index. */
  partition: string;
  key: (id: string) => Key;
  /** The status it waits in. */
  waiting: string;
  /**
   * How long a message sent at its start may still be waiting or in flight (its queue's visibility
   * timeout × receives): it is recorded FAILED only once older, so one merely queued behind
   * others is sent again, never failed.
   */
  failAfterMs: number;
  neverSent: (job: Item) => Promise<boolean>;
  send: (job: Item) => Promise<void>;
  fail: (id: string) => Promise<void>;
}

/** Where the jobs are stored and where their messages go. */
export interface JobResources {
  table: string;
  exportQueue: string;
  simulationQueue: string;
}

/** The exports of `table`, their jobs sent to `exportQueue`. */
const exportsOf = ({ table, exportQueue }: JobResources): JobKind => ({
  partition: PENDING_EXPORTS,
  key: exportKey,
  waiting: 'PENDING',
  failAfterMs: messageLifeMs(EXPORT_QUEUE),
  neverSent: async (job) => job.jobStartedAt === undefined,
  send: (job) => sendMessages<ExportMessage>(exportQueue, [{ exportId: String(job.exportId) }]),
  fail: (exportId) => concludeExport(table, exportId, { status: 'FAILED', completedAt: nowIso() }),
});

/** The simulations of `table`, their pages sent to `simulationQueue`. */
const simulationsOf = ({ table, simulationQueue }: JobResources): JobKind => ({
  partition: RUNNING_SIMULATIONS,
  key: simulationKey,
  waiting: 'RUNNING',
  failAfterMs: messageLifeMs(SIMULATION_QUEUE),
  neverSent: async (job) => {
    const { cases, partsDone } = await readProgress(table, String(job.simulationId), job.parts as number);
    return cases === 0 && partsDone === 0;
  },
  send: (job) => sendStartMessages(simulationQueue, String(job.simulationId), job.programmes as ProgrammeCode[]),
  fail: (simulationId) => recordSimulationFailed(table, simulationId),
});

/** The job's id from its index entry (the index projects the table's keys: `EXPORT#<id>`, `SIMULATION#<id>`). */
const idInKey = (entry: Item) => String(entry.pk).slice(String(entry.pk).indexOf('#') + 1);
/** When it started, from its index entry's sort key (`<startedAt>#<id>`). */
const startedAt = (entry: Item) => Date.parse(String(entry.gsi3sk).split('#')[0]!);

/** Every job of `table` still waiting in its kind's partition (started before `cutoff`, when given), with its record. */
async function* waitingJobs(
  resources: JobResources,
  cutoff?: string,
): AsyncGenerator<{ kind: JobKind; entry: Item; job: Item }> {
  const { table } = resources;
  for (const kind of [exportsOf(resources), simulationsOf(resources)])
    for await (const entries of unfinishedJobs(table, kind.partition, cutoff))
      for (const entry of entries) {
        const job = await getItem(table, kind.key(idInKey(entry)));
        if (job?.status === kind.waiting) yield { kind, entry, job };
      }
}

async function sweepJob(
  table: string,
  kind: JobKind,
  entry: Item,
  job: Item,
  now: Date,
): Promise<'sent' | 'failed' | undefined> {
  if (!(await kind.neverSent(job))) return undefined;
  const id = idInKey(entry);
  const sweeps = Number(job.sweeps ?? 0);
  if (sweeps >= MAX_SWEEPS) {
    if (now.getTime() - startedAt(entry) <= kind.failAfterMs) return undefined;
    await kind.fail(id);
    return 'failed';
  }
  // Counted first: a job that moved on meanwhile is not sent again.
  if (!(await stepFromStatus(table, kind.key(id), kind.waiting, { sweeps: sweeps + 1 }))) return undefined;
  await kind.send(job);
  return 'sent';
}

/** Sweeps the exports and simulations started before `cutoff`; how many were sent again and recorded FAILED. */
export async function resendUnsentJobs(
  resources: JobResources,
  now: Date,
  cutoff: string,
): Promise<{ resentJobs: number; failedJobs: number }> {
  const swept = { resentJobs: 0, failedJobs: 0 };
  for await (const { kind, entry, job } of waitingJobs(resources, cutoff)) {
    const outcome = await sweepJob(resources.table, kind, entry, job, now);
    if (outcome === 'sent') swept.resentJobs += 1;
    if (outcome === 'failed') swept.failedJobs += 1;
  }
  return swept;
}

/**
 * Sends the messages of every export and simulation still waiting, whatever their progress: the
 * local system on start, whose queues lived in memory (a simulation walks its parts again from
 * their first page, each page counted once). How many were sent.
 */
export async function resendWaitingJobs(resources: JobResources): Promise<number> {
  let sent = 0;
  for await (const { kind, job } of waitingJobs(resources)) {
    await kind.send(job);
    sent += 1;
  }
  return sent;
}
