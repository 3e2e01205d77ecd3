/**
 * The application's changes of status, named for what they do. Each is one conditional write of
 * the application (applied only while its status is still the one judged), in one transaction
 * with the applicant's award when the change grants one (written at the award lock's version the
 * history was read at). Keys, conditions and transaction parts stay in the store; a failed
 * condition is a TransactionConflict (./items/conflicts.ts): the use case reads and judges again.
 */
import type { ApplicationRecord, StatusChange } from '../../../shared/domain/application.js';
import type { NewAward } from '../../../shared/domain/award.js';
import { applyTransition, getApplication, NOT_YET_APPEALED, transitionUpdate } from './update-item/applications.js';
import { runWrites } from './transact-write-items/conditional-writes.js';
import { awardLockVersion, awardWrites } from './put-item/history.js';
import type { NamedWrite } from './transact-write-items/transactions.js';
import { fromItem } from './items/application-item.js';

/**
 * An award and the lock version of the history it was judged on (ApplicantHistory.version); an
 * award judged on no history is written at the lock's version read just before.
 */
export interface Awarding {
  award: NewAward;
  historyVersion?: number;
}

async function commit(
  table: string,
  record: ApplicationRecord,
  change: StatusChange,
  awarding?: Awarding,
): Promise<void> {
  const writes: NamedWrite[] = [
    { name: 'application', item: { Update: transitionUpdate(table, { record, ...change }) } },
  ];
  if (awarding) {
    const { award, historyVersion } = awarding;
    writes.push(...awardWrites(table, award, historyVersion ?? (await awardLockVersion(table, award.applicantId))));
  }
  await runWrites(writes);
}

/** Stores an evaluation in `table`: its decision, and the award an ELIGIBLE one makes. */
export const decide = (
  table: string,
  record: ApplicationRecord,
  change: StatusChange,
  awarding?: Awarding,
): Promise<void> => commit(table, record, change, awarding);

/**
 * Stores an administrator's decision (a review, an appeal decision) with the award it grants, and
 * answers the application as it now stands.
 */
export async function decideAsAdmin(
  table: string,
  record: ApplicationRecord,
  change: StatusChange,
  awarding?: Awarding,
): Promise<ApplicationRecord> {
  await commit(table, record, change, awarding);
  return (await getApplication(table, record.applicationId))!;
}

/** The owner's withdrawal; answers the application as it now stands. */
export const withdraw = async (
  table: string,
  record: ApplicationRecord,
  change: StatusChange,
): Promise<ApplicationRecord> => fromItem(await applyTransition(table, { record, ...change }));

/** The owner's appeal, stored only if the application was never appealed; answers the application as it now stands. */
export const appeal = async (
  table: string,
  record: ApplicationRecord,
  change: StatusChange,
): Promise<ApplicationRecord> =>
  fromItem(await applyTransition(table, { record, ...change, condition: NOT_YET_APPEALED }));
