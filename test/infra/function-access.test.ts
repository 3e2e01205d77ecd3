/**
 * Least privilege from one manifest (SPEC §10): each function's entry in shared/contract/function-access.ts
 * against the code it bundles. The IAM actions its SDK commands need are exactly the actions the
 * entry grants; the indexes it is granted are ones its code names; the environment its bindings
 * set is exactly the resource variables its code reads. (The stacks test checks that the
 * template grants what the manifest says, and nothing else.)
 */
import { describe, expect, it } from 'vitest';
import { ENV, FUNCTION_NAMES, type FunctionName } from '../../shared/contract/resources.js';
import { FUNCTION_ACCESS, type FunctionAccess } from '../../shared/contract/function-access.js';
import { codeUsage } from './function-code.js';
import { bindingVariablesOf } from './lambda-env.js';

/** The IAM actions an SDK command needs; a transaction's come from its parts (TRANSACTION_PARTS). */
const COMMAND_ACTIONS: Record<string, string[]> = {
  GetCommand: ['dynamodb:GetItem'],
  PutCommand: ['dynamodb:PutItem'],
  UpdateCommand: ['dynamodb:UpdateItem'],
  DeleteCommand: ['dynamodb:DeleteItem'],
  QueryCommand: ['dynamodb:Query'],
  ScanCommand: ['dynamodb:Scan'],
  BatchGetCommand: ['dynamodb:BatchGetItem'],
  BatchWriteCommand: ['dynamodb:BatchWriteItem'],
  TransactGetCommand: ['dynamodb:GetItem'],
  TransactWriteCommand: [],
  SendMessageCommand: ['sqs:SendMessage'],
  SendMessageBatchCommand: ['sqs:SendMessage'],
  ReceiveMessageCommand: ['sqs:ReceiveMessage'],
  DeleteMessageCommand: ['sqs:DeleteMessage'],
  DeleteMessageBatchCommand: ['sqs:DeleteMessage'],
  PutEventsCommand: ['events:PutEvents'],
  // On a versioned bucket: reading or deleting a named version needs the *Version action too.
  GetObjectCommand: ['s3:GetObject', 's3:GetObjectVersion'],
  PutObjectCommand: ['s3:PutObject'],
  // A multipart upload's parts and completion are s3:PutObject; its abort has an action of its own.
  CreateMultipartUploadCommand: ['s3:PutObject'],
  UploadPartCommand: ['s3:PutObject'],
  CompleteMultipartUploadCommand: ['s3:PutObject'],
  AbortMultipartUploadCommand: ['s3:AbortMultipartUpload'],
  DeleteObjectCommand: ['s3:DeleteObject', 's3:DeleteObjectVersion'],
};
const TRANSACTION_PARTS: Record<string, string> = {
  Put: 'dynamodb:PutItem',
  Update: 'dynamodb:UpdateItem',
  ConditionCheck: 'dynamodb:ConditionCheckItem',
  Delete: 'dynamodb:DeleteItem',
};

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

function neededActions(name: FunctionName): string[] {
  const usage = codeUsage(name);
  const unknown = usage.commands.filter((command) => !(command in COMMAND_ACTIONS));
  expect(unknown, `${name} uses SDK commands this test cannot map to IAM actions: add them to COMMAND_ACTIONS`).toEqual(
    [],
  );
  const transacts = usage.commands.includes('TransactWriteCommand');
  return sorted([
    ...usage.commands.flatMap((command) => COMMAND_ACTIONS[command]!),
    ...(transacts ? usage.transactionItems.map((part) => TRANSACTION_PARTS[part]!) : []),
  ]);
}

function grantedActions(access: FunctionAccess): string[] {
  return sorted([
    ...Object.values(access.tables).flatMap((table) => table.actions.map((action) => `dynamodb:${action}`)),
    ...(access.sendsTo?.length ? ['sqs:SendMessage'] : []),
    ...(access.drains?.length ? ['sqs:ReceiveMessage', 'sqs:DeleteMessage'] : []),
    ...(access.publishes ? ['events:PutEvents'] : []),
    ...(access.unpublishedEvents === 'keeps' ? ['sqs:SendMessage'] : []),
    ...(access.unpublishedEvents === 'republishes' ? ['sqs:ReceiveMessage', 'sqs:DeleteMessage'] : []),
    ...Object.values(access.buckets ?? {}).flatMap((actions) => actions.map((action) => `s3:${action}`)),
  ]);
}

describe.each(FUNCTION_NAMES)('%s', (name) => {
  it('is granted exactly the actions of the SDK commands its code sends', () => {
    const needed = neededActions(name);
    expect(needed.length).toBeGreaterThan(0);
    expect(grantedActions(FUNCTION_ACCESS[name])).toEqual(needed);
  });

  it('is granted only indexes its code names', () => {
    const named = codeUsage(name).indexes;
    for (const table of Object.values(FUNCTION_ACCESS[name].tables))
      for (const index of table.indexes ?? []) expect(named).toContain(index);
  });

  it('gets exactly the resource variables its code reads', () => {
    const read = codeUsage(name).environment.map((key) => ENV[key as keyof typeof ENV]);
    expect(bindingVariablesOf(name)).toEqual(sorted(read));
  });
});

it("finds PutEvents in the outbox relay's code only, Scan in the statistics' reconciliation only, and no DeleteItem or BatchWriteItem anywhere", () => {
  const who = (action: string) => FUNCTION_NAMES.filter((name) => neededActions(name).includes(action));
  expect(who('events:PutEvents')).toEqual(['outbox-relay']);
  expect(who('dynamodb:Scan')).toEqual(['reconcile-statistics']);
  expect(FUNCTION_ACCESS['reconcile-statistics'].tables.SubsidyTable?.actions).toEqual(['Scan']);
  for (const action of ['dynamodb:DeleteItem', 'dynamodb:BatchWriteItem']) expect(who(action), action).toEqual([]);
});
