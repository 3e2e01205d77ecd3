/**
 * `npm run redrive -- [--api URL] [--token TOKEN]`: after the cause of repeated evaluation
 * failures is fixed, sends the evaluation DLQ's messages back to the evaluation queue through
 * the admin route POST /v1/admin/evaluation-redrive, until the DLQ is empty. Without options it
 * redrives the local system (http://127.0.0.1:$PORT, a local admin token); against AWS pass the
 * stage's API URL and an admin's token. Prints how many messages were moved.
 */
import { parseArgs } from 'node:util';
import { issueToken, loadSigningKey } from '../infra/local/dev-auth.js';
import { SIGNING_KEY_FILE } from '../infra/local/paths.js';

const { values } = parseArgs({ options: { api: { type: 'string' }, token: { type: 'string' } } });
const api = values.api ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
const token = values.token ?? (await issueToken(loadSigningKey(SIGNING_KEY_FILE), { sub: 'redrive', admin: true }));

let total = 0;
for (;;) {
  const response = await fetch(new URL('/v1/admin/evaluation-redrive', api), { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) {
    process.stderr.write(`redrive: ${response.status} ${await response.text()}\n`);
    process.exit(1);
  }
  const { moved } = (await response.json()) as { moved: number };
  total += moved;
  if (moved === 0) break;
}
process.stdout.write(`moved ${total} message(s) from the evaluation DLQ back to the evaluation queue\n`);
