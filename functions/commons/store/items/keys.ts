/**
 * Every key of the single table and its indexes (README "Data model"), in one place: writers
 * and readers derive keys only from here.
 *
 * Index partitions that take every write of a kind are write-sharded: one partition key value
 * takes at most about 1,000 write units per second on DynamoDB, and an index key that every
 * status change, every application of a programme or every payment of a year writes to would
 * cap the whole system there. Each such key gets a shard suffix taken from a hash of the
 * application id; listings read all shards and merge (../query/listings.ts).
 */
import { createHash } from 'node:crypto';

/** Partitions per sharded index key. 16 keeps each under 1/10 of its kind's writes (test/store/hot-keys.test.ts). */
export const INDEX_SHARDS = 16;
/** Counter shards per payout run or simulation: a completion check reads them all in one Query. */
const COUNTER_SHARDS = 16;

/** A stable, evenly spread shard of `shards` for a name. */
const shardOf = (name: string, shards: number): number =>
  createHash('sha256').update(name).digest().readUInt16BE(0) % shards;

/** The shard of everything written for one application. */
export const writeShard = (applicationId: string): number => shardOf(applicationId, INDEX_SHARDS);
/** The counter shard a page or pay message adds to. */
export const counterShardOf = (name: string): number => shardOf(name, COUNTER_SHARDS);

/** Every shard of one sharded key, e.g. all partitions of `STATUS#NEEDS_REVIEW`: what a reader queries. */
const allShards = (partitionOf: (shard: number) => string): string[] =>
  Array.from({ length: INDEX_SHARDS }, (_, shard) => partitionOf(shard));
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/* ---- Table: an application and its documents (`APP#<applicationId>`) ---- */

export const applicationKey = (applicationId: string) => ({ pk: `APP#${applicationId}`, sk: 'APP' });
export const DOCUMENT_SORT_PREFIX = 'DOC#';
export const documentKey = (applicationId: string, documentId: string) => ({
  pk: applicationKey(applicationId).pk,
  sk: `${DOCUMENT_SORT_PREFIX}${documentId}`,
});

/* ---- Table: an applicant's history (`APPLICANT#<applicantId>`): certifications, awards, the award lock ---- */

export const applicantPartition = (applicantId: string) => `APPLICANT#${applicantId}`;
export const CERTIFICATION_PREFIX = 'CERT#';
export const AWARD_PREFIX = 'AWARD#';
export const AWARD_LOCK = 'AWARDS';
export const certificationKey = (applicantId: string, reference: string) => ({
  pk: applicantPartition(applicantId),
  sk: `${CERTIFICATION_PREFIX}${reference}`,
});
export const awardKey = (applicantId: string, applicationId: string) => ({
  pk: applicantPartition(applicantId),
  sk: `${AWARD_PREFIX}${applicationId}`,
});
export const awardLockKey = (applicantId: string) => ({ pk: applicantPartition(applicantId), sk: AWARD_LOCK });
/** A revenue milestone threshold is rewarded once per applicant: its marker, beside the awards it guards. */
export const revenueThresholdKey = (applicantId: string, threshold: string) => ({
  pk: applicantPartition(applicantId),
  sk: `REVENUE_THRESHOLD#${threshold}`,
});
/** A national-platform recognition is rewarded once across all applicants: its marker. */
export const recognitionKey = (reference: string) => ({ pk: `RECOGNITION#${reference}`, sk: 'RECOGNITION' });

/* ---- Table: payouts ---- */

/** The ledger entry of an entitlement: one per application, so the key itself forbids a second payment. */
export const ledgerKey = (applicationId: string) => ({ pk: `PAYOUT#${applicationId}`, sk: 'PAYOUT' });
/** Everything a payout run writes besides the ledger lives in its own partition (../payouts/model.ts). */
export const runPartition = (runId: string) => `RUN#${runId}`;
export const runKey = (runId: string) => ({ pk: runPartition(runId), sk: 'RUN' });
export const pageKey = (runId: string, shard: number, page: number) => ({
  pk: runPartition(runId),
  sk: `PAGE#${pad(shard, 2)}#${pad(page, 6)}`,
});
export const settledKey = (runId: string, applicationId: string) => ({
  pk: runPartition(runId),
  sk: `SETTLED#${applicationId}`,
});
export const TALLY_PREFIX = 'TALLY#';
export const tallyKey = (runId: string, batch: string) => ({ pk: runPartition(runId), sk: `${TALLY_PREFIX}${batch}` });
/** A counter shard of a job's partition (a payout run, a simulation). */
export const COUNTER_PREFIX = 'COUNTER#';
export const counterKey = (partition: string, n: number) => ({
  pk: partition,
  sk: `${COUNTER_PREFIX}${pad(n, 2)}`,
});

/* ---- Table: what-if simulations (../simulations/model.ts) ---- */

export const simulationPartition = (simulationId: string) => `SIMULATION#${simulationId}`;
export const simulationKey = (simulationId: string) => ({ pk: simulationPartition(simulationId), sk: 'SIMULATION' });
export const SIMULATION_PAGE_PREFIX = 'PAGE#';
export const simulationPageKey = (simulationId: string, programme: string, shard: number, page: number) => ({
  pk: simulationPartition(simulationId),
  sk: `${SIMULATION_PAGE_PREFIX}${programme}#${pad(shard, 2)}#${pad(page, 6)}`,
});

/* ---- Indexes ---- */

export type IndexName = 'GSI1' | 'GSI2' | 'GSI3' | 'GSI4';
/** The key attributes of an index: GSI2 is keyed by gsi2pk and gsi2sk. */
export const indexAttributes = (index: IndexName) => {
  const n = index.slice(3);
  return { pk: `gsi${n}pk`, sk: `gsi${n}sk` };
};
/** Index sort keys of applications and payouts: oldest to newest, unique by the id. */
const newestLast = (at: string, id: string) => `${at}#${id}`;

/** GSI1: an applicant's applications, newest first. */
const applicantApplicationsKeys = (applicantId: string, submittedAt: string, applicationId: string) => ({
  gsi1pk: applicantPartition(applicantId),
  gsi1sk: newestLast(submittedAt, applicationId),
});
/** GSI1: an applicant's payouts. */
export const applicantPayoutsPartition = (applicantId: string) => `PAYOUTS#${applicantId}`;
/** GSI2: applications by status. */
const statusPartition = (status: string, shard: number) => `STATUS#${status}#${shard}`;
export const statusPartitions = (status: string) => allShards((shard) => statusPartition(status, shard));
/** GSI3: applications by programme (the status is an attribute, not part of the key). */
export const programmePartition = (programme: string, shard: number) => `PROGRAMME#${programme}#${shard}`;
export const programmePartitions = (programme: string) => allShards((shard) => programmePartition(programme, shard));
/** GSI2: the payout ledger of a fiscal year. */
export const ledgerPartition = (fiscalYear: number, shard: number) => `LEDGER#${fiscalYear}#${shard}`;
export const ledgerPartitions = (fiscalYear: number) => allShards((shard) => ledgerPartition(fiscalYear, shard));
/** GSI4: the unpaid operating-cost entitlements of a fiscal year (a payout run plans one message chain per shard). */
export const entitlementPartition = (fiscalYear: number, shard: number) => `ENTITLEMENT#${fiscalYear}#${shard}`;
/** GSI1: the payout runs of a fiscal year, newest first (a few a year: no sharding needed). */
export const yearRunsPartition = (fiscalYear: number) => `RUNS#${fiscalYear}`;
export const yearRunsIndexKeys = (fiscalYear: number, startedAt: string, runId: string) => ({
  gsi1pk: yearRunsPartition(fiscalYear),
  gsi1sk: newestLast(startedAt, runId),
});
/**
 * GSI3: the jobs not yet finished, oldest first, so that the sweeper finds those that stopped
 * moving: a RUNNING payout run (resumed), a PENDING export and a RUNNING simulation (their
 * messages re-sent). A job leaves its partition when it ends (RUNNING_INDEX_ATTRIBUTES removed).
 */
export const RUNNING_RUNS = 'RUNS#RUNNING';
export const PENDING_EXPORTS = 'EXPORTS#PENDING';
export const RUNNING_SIMULATIONS = 'SIMULATIONS#RUNNING';
export const unfinishedJobIndexKeys = (partition: string, startedAt: string, id: string) => ({
  gsi3pk: partition,
  gsi3sk: newestLast(startedAt, id),
});
export const runningIndexKeys = (startedAt: string, runId: string) =>
  unfinishedJobIndexKeys(RUNNING_RUNS, startedAt, runId);
export const RUNNING_INDEX_ATTRIBUTES = ['gsi3pk', 'gsi3sk'] as const;

/** The application's fields its index keys derive from. */
interface IndexedApplication {
  applicationId: string;
  applicantId: string;
  programme: string;
  submittedAt: string;
  details: Record<string, unknown>;
}

/** The index keys that depend on the status (GSI2, GSI4); recomputed on every transition. */
export const STATUS_INDEX_ATTRIBUTES = ['gsi2pk', 'gsi2sk', 'gsi4pk', 'gsi4sk'] as const;
export function statusIndexKeys(record: Omit<IndexedApplication, 'applicantId'>, status: string) {
  const shard = writeShard(record.applicationId);
  const keys: Record<string, string> = {
    gsi2pk: statusPartition(status, shard),
    gsi2sk: newestLast(record.submittedAt, record.applicationId),
  };
  if (record.programme === 'OSP_OPERATING' && status === 'ELIGIBLE') {
    keys.gsi4pk = entitlementPartition(record.details.fiscalYear as number, shard);
    keys.gsi4sk = record.applicationId;
  }
  return keys;
}

/** Every index key of an application in a status. */
export const applicationIndexKeys = (record: IndexedApplication, status: string) => ({
  ...applicantApplicationsKeys(record.applicantId, record.submittedAt, record.applicationId),
  // The programme index holds the status as a projected attribute, not in its keys: a transition rewrites its entry in place.
  gsi3pk: programmePartition(record.programme, writeShard(record.applicationId)),
  gsi3sk: newestLast(record.submittedAt, record.applicationId),
  ...statusIndexKeys(record, status),
});

/** A ledger entry's index keys: the applicant's payouts (GSI1) and the year's ledger (GSI2), in order of issue. */
export const ledgerIndexKeys = (entry: {
  applicationId: string;
  applicantId: string;
  fiscalYear: number;
  issuedAt: string;
  payoutId: string;
}) => {
  const order = newestLast(entry.issuedAt, entry.payoutId);
  return {
    gsi1pk: applicantPayoutsPartition(entry.applicantId),
    gsi1sk: order,
    gsi2pk: ledgerPartition(entry.fiscalYear, writeShard(entry.applicationId)),
    gsi2sk: order,
  };
};

/* ---- Table: finance exports (functions/commons/exports/) ---- */

export const exportKey = (exportId: string) => ({ pk: `EXPORT#${exportId}`, sk: 'EXPORT' });

/* ---- Table: events handed back to the outbox relay by a republish (functions/commons/messaging/republish.ts) ---- */

/** One per failure-store message: a message handed back twice (a crash before its delete) is written once. */
export const republishKey = (messageId: string) => ({ pk: `REPUBLISH#${messageId}`, sk: 'REPUBLISH' });
/* ---- The statistics table (README "Statistics"): counter shards and the stream records counted ---- */

/** Counter shards: each takes 1/16 of the statistics' writes, like the sharded index keys. */
export const statisticsShardPartition = (shard: number) => `SHARD#${pad(shard, 2)}`;
export const statisticsShardPartitions = () => allShards(statisticsShardPartition);
/** One fiscal year and programme's counters in one shard. */
export const statisticsCounterKey = (shard: number, fiscalYear: number, programme: string) => ({
  pk: statisticsShardPartition(shard),
  sk: `${fiscalYear}#${programme}`,
});
/** A stream record (by its eventID) whose change was counted; it expires once no redelivery can come. */
export const countedKey = (eventId: string) => ({ pk: `COUNTED#${eventId}`, sk: 'COUNTED' });
