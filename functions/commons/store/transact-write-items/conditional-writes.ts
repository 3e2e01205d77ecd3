/**
 * Writes whose number of parts depends on the outcome (a decision with or without an award):
 * several parts are one transaction; a single Put or Update is sent as the plain conditional
 * write it is, as atomic and billed half (DynamoDB bills a transactional write twice; bench:cost).
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../clients/dynamodb.js';
import { runTransaction, type NamedWrite } from './transactions.js';
import { TransactionConflict } from '../items/conflicts.js';

export async function runWrites(parts: readonly NamedWrite[]): Promise<void> {
  const [only] = parts;
  if (parts.length !== 1 || !only || !(only.item.Put || only.item.Update)) return runTransaction(parts);
  try {
    if (only.item.Put) await documentClient.send(new PutCommand(only.item.Put));
    else await documentClient.send(new UpdateCommand(only.item.Update!));
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw new TransactionConflict(new Set([only.name]));
    throw error;
  }
}
