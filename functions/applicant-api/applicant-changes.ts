/**
 * The owner's changes of an application (shared/domain/applicant-changes.ts): one read-judge-write
 * each, answering the application as it then stands or throwing a Refusal. Each write holds only
 * while the status is the one judged (an appeal's also only while none is stored), so of two sent
 * at once one is stored and the other, judged again on what won, is refused.
 */
import { appealing, ownedBy, withdrawal, type AppealRequest } from '../../shared/domain/applicant-changes.js';
import type { ApplicationRecord } from '../../shared/domain/application.js';
import { nowIso } from '../commons/runtime/clock.js';
import { appeal, withdraw } from '../commons/store/application-changes.js';
import { findDocuments } from '../commons/store/application-documents.js';
import { getApplication } from '../commons/store/update-item/applications.js';

export interface OwnerCommand {
  applicationId: string;
  applicantId: string;
  /** The request's correlation id, stored with the change and carried by its events. */
  correlationId: string;
}

async function owned(
  table: string,
  { applicationId, applicantId, correlationId }: OwnerCommand,
): Promise<ApplicationRecord> {
  return { ...ownedBy(await getApplication(table, applicationId), applicantId), correlationId };
}

export async function withdrawOwn(table: string, command: OwnerCommand): Promise<ApplicationRecord> {
  const record = await owned(table, command);
  return withdraw(table, record, withdrawal(record, nowIso()));
}

export async function appealOwn(table: string, command: OwnerCommand & AppealRequest): Promise<ApplicationRecord> {
  const record = await owned(table, command);
  const { documentIds } = command;
  const { missing } =
    documentIds.length === 0 ? { missing: [] } : await findDocuments(table, record.applicationId, documentIds);
  return appeal(table, record, appealing(record, command, nowIso(), missing));
}
