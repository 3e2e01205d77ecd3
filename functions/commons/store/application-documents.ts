/**
 * The documents of an application, for any route that needs them (the document listing, an
 * appeal citing documents): one consistent Query of the application's partition; and a new one,
 * counted on the application within its limit. One document's item, read and conclusion are in
 * ./update-item/documents.ts (all the verifier needs: its grants stay GetItem and UpdateItem).
 */
import { DOCUMENT_UPLOAD_STATUSES, MAX_DOCUMENTS_PER_APPLICATION } from '../../../shared/domain/documents.js';
import { applicationKey, DOCUMENT_SORT_PREFIX } from './items/keys.js';
import { DOCUMENT_COUNT, documentFromItem, documentItem, type DocumentRecord } from './update-item/documents.js';
import { queryAll } from './query/query.js';
import { runTransaction } from './transact-write-items/transactions.js';

/** Every document of an application, oldest first (ids are time-ordered), read consistently. */
export async function documentsOf(table: string, applicationId: string): Promise<DocumentRecord[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': applicationKey(applicationId).pk, ':prefix': DOCUMENT_SORT_PREFIX },
  });
  return items.map(documentFromItem);
}

/** The named documents of this application, and the ids that name none of its documents. */
export async function findDocuments(
  table: string,
  applicationId: string,
  documentIds: readonly string[],
): Promise<{ found: DocumentRecord[]; missing: string[] }> {
  const byId = new Map((await documentsOf(table, applicationId)).map((record) => [record.documentId, record]));
  return {
    found: documentIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])),
    missing: documentIds.filter((id) => !byId.has(id)),
  };
}

/** The counter and the document item together: the counter's condition is the limit, the owner and the status. */
function addition(table: string, record: DocumentRecord) {
  const statuses = Object.fromEntries(DOCUMENT_UPLOAD_STATUSES.map((status, i) => [`:s${i}`, status]));
  return [
    {
      name: 'application',
      item: {
        Update: {
          TableName: table,
          Key: applicationKey(record.applicationId),
          UpdateExpression: 'ADD #count :one',
          ConditionExpression: `applicantId = :owner AND #status IN (${Object.keys(statuses).join(', ')}) AND (attribute_not_exists(#count) OR #count < :max)`,
          ExpressionAttributeNames: { '#count': DOCUMENT_COUNT, '#status': 'status' },
          ExpressionAttributeValues: {
            ':one': 1,
            ':owner': record.applicantId,
            ':max': MAX_DOCUMENTS_PER_APPLICATION,
            ...statuses,
          },
        },
      },
    },
    {
      name: 'document',
      item: {
        Put: { TableName: table, Item: documentItem(record), ConditionExpression: 'attribute_not_exists(pk)' },
      },
    },
  ];
}

/** Adds a PENDING document; a TransactionConflict when the status, the owner or the limit refused it. */
export const recordNewDocument = (table: string, record: DocumentRecord): Promise<void> =>
  runTransaction(addition(table, record));
