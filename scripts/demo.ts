/**
 * `npm run demo`: walks the scripted scenario (scripts/demo/scenario.ts) through the public API.
 *
 * If an API already answers at http://127.0.0.1:${PORT:-3000} (GET /v1/policy), the demo uses it,
 * with tokens signed by the key in LOCAL_STATE_DIR (default `.local/`, as `npm start` uses).
 * Otherwise it starts the system itself (`npm start -- --fresh` on PORT when set, else on a free
 * port; state in `.local/demo/`), and stops it at the end (SIGINT to its process group, as Ctrl-C would).
 * Applicant ids carry a per-run tag, so existing data does not disturb the demo.
 * Exits 0 when every step answered as expected, 1 otherwise.
 */
import { join, relative, resolve } from 'node:path';
import { issueToken, loadSigningKey } from '../infra/local/dev-auth.js';
import { freePort } from '../infra/local/ports.js';
import { formatScenario, runScenario } from './demo/scenario.js';
import { startLocalSystem, type LocalSystem } from './local-system.js';

const port = Number(process.env.PORT ?? 3000);
/** A path as the user would type it: relative inside the project, absolute elsewhere. */
const shown = (path: string) => {
  const rel = relative(process.cwd(), path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
};
const existing = `http://127.0.0.1:${port}`;

async function answers(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/v1/policy`, { signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

let system: LocalSystem | undefined;
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    process.stderr.write('\ndemo interrupted: stopping…\n');
    void (system?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  });
}

async function main(): Promise<number> {
  let baseUrl: string;
  let stateDir: string;
  if (await answers(existing)) {
    baseUrl = existing;
    stateDir = resolve(process.env.LOCAL_STATE_DIR ?? '.local');
    process.stdout.write(`Using the running API at ${baseUrl} (tokens signed with the key in ${shown(stateDir)}/).\n`);
  } else {
    stateDir = resolve('.local', 'demo');
    const freshPort = process.env.PORT ? port : await freePort();
    process.stdout.write(
      `No API at ${existing}: starting the local system (npm start -- --fresh, PORT=${freshPort}, LOCAL_STATE_DIR=${shown(stateDir)})…\n`,
    );
    system = await startLocalSystem({ port: freshPort, stateDir, fresh: true });
    baseUrl = system.baseUrl;
    process.stdout.write(`Ready at ${baseUrl} after ${(system.readyMs / 1000).toFixed(1)} s.\n`);
  }

  const key = loadSigningKey(join(stateDir, 'dev-signing-key'));
  const result = await runScenario({
    baseUrl,
    token: (sub, admin) => issueToken(key, { sub, admin }),
    log: (line) => process.stdout.write(`${line}\n`),
  });
  process.stdout.write(formatScenario(result));

  if (system) {
    const stopped = await system.stop();
    process.stdout.write(
      `Stopped the local system${stopped.forced ? ' (it had to be killed)' : ''}; its data stays in ${shown(stateDir)}/ ` +
        `(LOCAL_STATE_DIR=${shown(stateDir)} npm start serves it again).\n`,
    );
  }
  return result.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    process.stderr.write(`demo failed: ${(error as Error).stack ?? String(error)}\n`);
    await system?.stop();
    process.exit(1);
  },
);
