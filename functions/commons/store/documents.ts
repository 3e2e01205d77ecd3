/**
 * The documents of an application, for any route that needs them (the document listing, an
 * appeal citing documents): one consistent Query of the application's partition (./document-item.ts).
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { applicationKey } from './application-item.js';
import { documentClient } from '../clients/dynamodb.js';
import { DOCUMENT_SORT_PREFIX, documentFromItem, type DocumentRecord } from './document-item.js';
import { tableName } from './transactions.js';

export { documentItem, documentKey, type DocumentRecord } from './document-item.js';

/** Every document of an application, oldest first (ids are time-ordered), read consistently. */
export async function documentsOf(applicationId: string): Promise<DocumentRecord[]> {
  const records: DocumentRecord[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await documentClient.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': applicationKey(applicationId).pk, ':prefix': DOCUMENT_SORT_PREFIX },
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      }),
    );
    records.push(...(page.Items ?? []).map(documentFromItem));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return records;
}

/** The named documents of this application, and the ids that name none of its documents. */
export async function findDocuments(applicationId: string, documentIds: readonly string[]): Promise<{ found: DocumentRecord[]; missing: string[] }> {
  const byId = new Map((await documentsOf(applicationId)).map((record) => [record.documentId, record]));
  return {
    found: documentIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])),
    missing: documentIds.filter((id) => !byId.has(id)),
  };
}
