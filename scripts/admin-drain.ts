/**
 * The loop behind `npm run redrive` and `npm run republish`: POSTs an admin route that moves a
 * failure queue's messages on (200 `{moved}`) until it moves none. Without options it works on
 * the local system (http://127.0.0.1:$PORT, a local admin token); against AWS pass the stage's
 * API URL and an admin's token: `-- --api URL --token TOKEN`.
 */
import { parseArgs } from 'node:util';
import { issueToken, loadSigningKey } from '../infra/local/dev-auth.js';
import { SIGNING_KEY_FILE } from '../infra/local/paths.js';

export async function drainThroughAdminRoute(route: string, describe: (moved: number) => string): Promise<void> {
  const { values } = parseArgs({ options: { api: { type: 'string' }, token: { type: 'string' } } });
  const api = values.api ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  const token = values.token ?? (await issueToken(loadSigningKey(SIGNING_KEY_FILE), { sub: 'operator', admin: true }));
  let total = 0;
  for (;;) {
    const response = await fetch(new URL(route, api), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) {
      process.stderr.write(`${route}: ${response.status} ${await response.text()}\n`);
      process.exit(1);
    }
    const { moved } = (await response.json()) as { moved: number };
    total += moved;
    if (moved === 0) break;
  }
  process.stdout.write(`${describe(total)}\n`);
}
