/**
 * The local API Gateway (infra/local/gateway.ts) on a free port in front of the real handlers,
 * which use this test file's tables, queues and bus (./emulators/env.ts): requests travel over HTTP
 * through routing, the JWT authorizer and the handlers exactly as with `npm start`.
 */
import { randomBytes } from 'node:crypto';
import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { apiGateway, gatewayServer, type HttpLambda } from '../../infra/local/gateway.js';
import { closeServer, listenOn, LOCAL_HOST } from '../../infra/local/ports.js';
import type { FunctionName } from '../../shared/contract/resources.js';

export interface LocalApi {
  baseUrl: string;
  /** The key the gateway verifies bearer tokens with. */
  signingKey: Uint8Array;
  stop: () => Promise<void>;
}

/** The functions behind the routes (imported when first called, after ./emulators/env.ts applied the environment). */
const HTTP_HANDLERS = {
  'submit-application': () => import('../../functions/submit-application/handler.js'),
  'applicant-api': () => import('../../functions/applicant-api/handler.js'),
  'admin-api': () => import('../../functions/admin-api/handler.js'),
};

export async function startLocalApi(): Promise<LocalApi> {
  const signingKey = new Uint8Array(randomBytes(32));
  const handlerFor = async (name: FunctionName) => {
    if (!Object.hasOwn(HTTP_HANDLERS, name)) throw new Error(`${name} serves no route`);
    return (await HTTP_HANDLERS[name as keyof typeof HTTP_HANDLERS]()).handler as HttpLambda;
  };
  const server = gatewayServer(apiGateway({ signingKey, handlerFor }));
  const port = await listenOn(server, 0, 'the test API');
  return { baseUrl: `http://${LOCAL_HOST}:${port}`, signingKey, stop: () => closeServer(server) };
}

type Item = Record<string, unknown>;

/** Every item of a table, in key order: to show that a run of requests stored nothing. */
export async function tableItems(doc: DynamoDBDocumentClient, tableName: string): Promise<Item[]> {
  return scannedItems(async (startKey: Item | undefined) => {
    const page = await doc.send(
      new ScanCommand({ TableName: tableName, ConsistentRead: true, ExclusiveStartKey: startKey }),
    );
    return { items: page.Items ?? [], next: page.LastEvaluatedKey };
  });
}

/** Every item of a Scan's pages (`page` reads the one from its start key), in key order. */
export async function scannedItems<Key>(
  page: (startKey: Key | undefined) => Promise<{ items: Item[]; next?: Key | undefined }>,
): Promise<Item[]> {
  const items: Item[] = [];
  let startKey: Key | undefined;
  do {
    const read = await page(startKey);
    items.push(...read.items);
    startKey = read.next;
  } while (startKey);
  const keyOf = (item: Item) => JSON.stringify([item.pk, item.sk, item.id]);
  return items.sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
}
