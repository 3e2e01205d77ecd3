/**
 * Exports and simulations whose work stopped (the sweeper's third duty). Starting one stores it,
 * then sends its messages; if the send fails and recording it FAILED fails too (SQS and DynamoDB
 * failing at once), the job stays PENDING/RUNNING with nothing queued. A job can also stop midway:
 * an export's job that died on every receive (a timeout) until its message was dead-lettered, a
 * simulation's chain whose message was lost or dead-lettered. Like an application left SUBMITTED,
 * such a job older than the threshold gets its messages again, each sweep counted on it, at most
 * MAX_SWEEPS times; then, once older than a message sent at its start or last sweep could still be
 * waiting or in flight, it is recorded FAILED (ask again).
 * "Stopped" is read from the record: an export whose job never received its message
 * (`jobStartedAt`), or last did longer ago than its message can live; a simulation that has
 * recorded no page, or whose progress (pages recorded) is what the previous sweep saw (`progressSeen`),
 * which is resumed from the pages it recorded (../commons/simulations/resume.ts); a simulation seen
 * to progress has its sweeps counted from 0 again. Sending twice is safe:
 * an export's job leaves a finished export alone, a simulation records each page once.
 */
import { concludeExport } from '../commons/exports/conclusion.js';
import type { ExportMessage } from '../commons/exports/model.js';
import { sendMessages } from '../commons/messaging/send.js';
import { nowIso } from '../commons/runtime/clock.js';
import { readProgress } from '../commons/simulations/progress.js';
import { resumeSimulation } from '../commons/simulations/resume.js';
import { recordSimulationFailed } from '../commons/simulations/start.js';
import { getItem } from '../commons/store/get-item/get-item.js';
import { exportKey, PENDING_EXPORTS, RUNNING_SIMULATIONS, simulationKey } from '../commons/store/items/keys.js';
import type { Item, Key } from '../commons/store/items/table.js';
import { unfinishedJobs } from '../commons/store/query/query.js';
import { stepFromStatus } from '../commons/store/update-item/status-step.js';
import { EXPORT_QUEUE, SIMULATION_QUEUE, type QueueDefinition } from '../../shared/contract/resources.js';
import type { ProgrammeCode } from '../../shared/policy/index.js';
import { MAX_SWEEPS } from './submitted.js';

const messageLifeMs = (queue: QueueDefinition) => queue.visibilityTimeoutSeconds * queue.maxReceiveCount * 1000;
/** When a sweep last sent its messages (0: never). */
const sweptAt = (job: Item) => (job.sweptAt === undefined ? 0 : Date.parse(String(job.sweptAt)));

interface JobKind {
  /** Its partition of the unfinished jobs' index. */
  partition: string;
  key: (id: string) => Key;
  /** The status it waits in. */
  waiting: string;
  /**
   * How long a message sent at its start or last sweep may still be in flight (its queue's visibility
   * timeout × receives): it is recorded FAILED only once older.
   */
  failAfterMs: number;
  /** Its work stopped (never sent, or no longer moving), as of `now`. */
  stopped: (job: Item, now: Date) => Promise<boolean>;
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
  // A job that received its message (jobStartedAt) concludes the export, FAILED on its last receive, unless it died each time.
  stopped: async (job, now) =>
    job.jobStartedAt === undefined ||
    now.getTime() - Math.max(Date.parse(String(job.jobStartedAt)), sweptAt(job)) > messageLifeMs(EXPORT_QUEUE),
  send: (job) => sendMessages<ExportMessage>(exportQueue, [{ exportId: String(job.exportId) }]),
  fail: (exportId) => concludeExport(table, exportId, { status: 'FAILED', completedAt: nowIso() }),
});

/** The simulations of `table`, their pages sent to `simulationQueue`. */
const simulationsOf = ({ table, simulationQueue }: JobResources): JobKind => ({
  partition: RUNNING_SIMULATIONS,
  key: simulationKey,
  waiting: 'RUNNING',
  failAfterMs: messageLifeMs(SIMULATION_QUEUE),
  // Its progress is the pages it recorded (a page of no decided record counts too), recorded each
  // sweep for the next to compare, as a payout run's (../commons/payouts/resume.ts). A simulation
  // that moved on since its last sweep has its sweeps counted anew: only MAX_SWEEPS sweeps in a row
  // that find no new page fail it.
  stopped: async (job) => {
    const simulationId = String(job.simulationId);
    const { pages, cases, partsDone } = await readProgress(table, simulationId, job.parts as number);
    const progressSeen = `${pages}/${cases}/${partsDone}`;
    const stopped = pages + cases + partsDone === 0 || job.progressSeen === progressSeen;
    await stepFromStatus(table, simulationKey(simulationId), 'RUNNING', {
      progressSeen,
      ...(stopped ? {} : { sweeps: 0 }),
    });
    return stopped;
  },
  send: async (job) => {
    await resumeSimulation({ table, simulationQueue }, String(job.simulationId), job.programmes as ProgrammeCode[]);
  },
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
  if (!(await kind.stopped(job, now))) return undefined;
  const id = idInKey(entry);
  const sweeps = Number(job.sweeps ?? 0);
  if (sweeps >= MAX_SWEEPS) {
    if (now.getTime() - Math.max(startedAt(entry), sweptAt(job)) <= kind.failAfterMs) return undefined;
    await kind.fail(id);
    return 'failed';
  }
  // Counted first: a job that moved on meanwhile is not sent again.
  const counted = { sweeps: sweeps + 1, sweptAt: now.toISOString() };
  if (!(await stepFromStatus(table, kind.key(id), kind.waiting, counted))) return undefined;
  await kind.send(job);
  return 'sent';
}

/** Sweeps the exports and simulations started before `cutoff`; how many were sent again and recorded FAILED. */
export async function resendStoppedJobs(
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
 * local system on start, whose queues lived in memory (a simulation continues each part after its
 * last recorded page). How many were sent.
 */
export async function resendWaitingJobs(resources: JobResources): Promise<number> {
  let sent = 0;
  for await (const { kind, job } of waitingJobs(resources)) {
    await kind.send(job);
    sent += 1;
  }
  return sent;
}
