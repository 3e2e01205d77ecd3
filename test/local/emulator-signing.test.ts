/**
 * Clients of the emulators (infra/local/emulator-signing.ts): a request carries the fixed
 * Authorization header and none of what only the left-out middleware writes, and the answer is
 * parsed as before; a client left as it is still signs and names its user agent.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { EMULATOR_AUTHORIZATION, forEmulators } from '../../infra/local/emulator-signing.js';

interface Sent {
  headers: Record<string, string>;
  body: string;
}

/** A DocumentClient whose requests are kept and answered with `answer` at once. */
function answeringClient(answer: object, sent: Sent[], emulators: boolean) {
  const client = new DynamoDBClient({
    region: 'local',
    endpoint: 'http://127.0.0.1:8000',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  client.config.requestHandler = {
    handle: async (request: { headers: Record<string, string>; body: string | Uint8Array }) => {
      sent.push({
        headers: { ...request.headers },
        body: typeof request.body === 'string' ? request.body : new TextDecoder().decode(request.body),
      });
      const body = Buffer.from(JSON.stringify(answer));
      return { response: { statusCode: 200, headers: { 'content-type': 'application/x-amz-json-1.0' }, body } };
    },
  } as unknown as DynamoDBClient['config']['requestHandler'];
  if (emulators) forEmulators(client);
  return DynamoDBDocumentClient.from(client);
}

describe('a client of the emulators', () => {
  const answer = { Item: { pk: { S: 'A#1' }, amountFen: { N: '125' } } };
  const get = new GetCommand({ TableName: 'main', Key: { pk: 'A#1' } });

  it('sends the fixed Authorization and no user agent, and reads the answer as before', async () => {
    const sent: Sent[] = [];
    const output = await answeringClient(answer, sent, true).send(get);
    expect(output.Item).toEqual({ pk: 'A#1', amountFen: 125 });
    expect(sent).toHaveLength(1);
    const [{ headers, body }] = sent as [Sent];
    expect(headers.authorization).toBe(EMULATOR_AUTHORIZATION);
    expect(Object.keys(headers).filter((name) => /user-agent/i.test(name))).toEqual([]);
    expect(headers['x-amz-target']).toBe('DynamoDB_20120810.GetItem');
    expect(JSON.parse(body)).toEqual({ TableName: 'main', Key: { pk: { S: 'A#1' } } });
  });

  it('is not what an untouched client sends: that one signs and names its user agent', async () => {
    const sent: Sent[] = [];
    await answeringClient(answer, sent, false).send(get);
    const [{ headers }] = sent as [Sent];
    expect(headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=local\/\d{8}\/local\/dynamodb\/aws4_request, SignedHeaders=.*, Signature=[0-9a-f]{64}$/,
    );
    expect(headers['x-amz-user-agent']).toMatch(/aws-sdk-js/);
  });
});
