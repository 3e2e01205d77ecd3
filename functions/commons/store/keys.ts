/**
 * Index partitions that take every write of a kind are write-sharded (README "Data model"):
 * one partition key value takes at most about 1,000 write units per second on DynamoDB, and an
 * index key that every status change, every application of a programme or every payment of a
 * year writes to would cap the whole system there. Each such key gets a shard suffix taken from
 * a hash of the application id; listings read all shards and merge (./applications-query.ts).
 */
import { createHash } from 'node:crypto';

/** Partitions per sharded index key. 16 keeps each under 1/10 of its kind's writes (test/unit/hot-keys.test.ts). */
export const INDEX_SHARDS = 16;

/** The shard of everything written for one application: stable, evenly spread. */
export function writeShard(applicationId: string): number {
  return createHash('sha256').update(applicationId).digest().readUInt16BE(0) % INDEX_SHARDS;
}

/** Every shard of one sharded key, e.g. all partitions of `STATUS#NEEDS_REVIEW`: what a reader queries. */
const allShards = (partitionOf: (shard: number) => string): string[] => Array.from({ length: INDEX_SHARDS }, (_, shard) => partitionOf(shard));

/** GSI2: applications by status. */
export const statusPartition = (status: string, shard: number) => `STATUS#${status}#${shard}`;
export const statusPartitions = (status: string) => allShards((shard) => statusPartition(status, shard));
/** GSI3: applications by programme (the status is an attribute, not part of the key). */
export const programmePartition = (programme: string, shard: number) => `PROGRAMME#${programme}#${shard}`;
export const programmePartitions = (programme: string) => allShards((shard) => programmePartition(programme, shard));
/** GSI2: the payout ledger of a fiscal year. */
export const ledgerPartition = (fiscalYear: number, shard: number) => `LEDGER#${fiscalYear}#${shard}`;
export const ledgerPartitions = (fiscalYear: number) => allShards((shard) => ledgerPartition(fiscalYear, shard));
/** GSI4: the unpaid operating-cost entitlements of a fiscal year (a payout run plans one message chain per shard). */
export const entitlementPartition = (fiscalYear: number, shard: number) => `ENTITLEMENT#${fiscalYear}#${shard}`;
