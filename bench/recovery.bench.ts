/**
 * `npm run bench:recovery`: how long the local system takes to catch up after a `kill -9`, against
 * the same work without one, both measured in this run. A figure, not a test: the crash test
 * (test/system/crash-recovery.test.ts) checks that recovery is right, not how fast it is.
 *
 * - The system is `npm start` in a child process (scripts/local-system.ts), fresh state, its own
 *   port. Work: N of the load benchmarks' AI_ACTIVITY application (./lib/activity-application.ts),
 *   16 submissions in flight, from 100 applicants.
 * - Baseline: N submitted to the running system, timed from the first submission until none is
 *   SUBMITTED (the admin listing by status).
 * - Recovery: N more submitted, the process group killed (SIGKILL, the JVM included) as soon as
 *   the last is accepted, and started again on the same state; timed from the restart's spawn to
 *   its ready line, and until none is SUBMITTED (on start the lost queue is rebuilt from the table:
 *   infra/local/recover.ts). The ratio is against the baseline.
 *
 * Options: --applications N (default 200)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { issueToken, loadSigningKey } from '../infra/local/dev-auth.js';
import { freePort } from '../infra/local/ports.js';
import { startLocalSystem, type LocalSystem } from '../scripts/local-system.js';
import { ACTIVITY_APPLICATION } from './lib/activity-application.js';

const IN_FLIGHT = 16;
const APPLICANTS = 100;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function request(
  system: LocalSystem,
  method: string,
  path: string,
  bearer: string,
  body?: unknown,
): Promise<Record<string, unknown>> {
  const response = await fetch(`${system.baseUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${bearer}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

/** Submits `count` applications, IN_FLIGHT at a time. */
async function submit(system: LocalSystem, tokens: string[], count: number): Promise<void> {
  let next = 0;
  const submitter = async () => {
    for (let i = next++; i < count; i = next++)
      await request(system, 'POST', '/v1/applications', tokens[i % tokens.length]!, ACTIVITY_APPLICATION);
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, submitter));
}

async function untilNoneSubmitted(system: LocalSystem, admin: string): Promise<void> {
  while (
    ((await request(system, 'GET', '/v1/admin/applications?status=SUBMITTED&limit=1', admin)).items as unknown[])
      .length > 0
  )
    await sleep(50);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { applications: { type: 'string', default: '200' } } });
  const count = Number(values.applications);
  const stateDir = mkdtempSync(join(tmpdir(), 'bench-recovery-'));
  const port = await freePort();
  let system = await startLocalSystem({ port, stateDir, fresh: true, command: 'node' });
  try {
    const key = loadSigningKey(join(stateDir, 'dev-signing-key'));
    const admin = await issueToken(key, { sub: 'bench-reviewer', admin: true });
    const tokens = await Promise.all(
      Array.from({ length: APPLICANTS }, (_, i) => issueToken(key, { sub: `bench-recovery-${i}` })),
    );

    const baselineStarted = performance.now();
    await submit(system, tokens, count);
    await untilNoneSubmitted(system, admin);
    const baselineMs = performance.now() - baselineStarted;

    await submit(system, tokens, count);
    await system.crash();
    const restarted = performance.now();
    system = await startLocalSystem({ port, stateDir, command: 'node' });
    await untilNoneSubmitted(system, admin);
    const recoveryMs = performance.now() - restarted;
    const requeued = /recovered\s+(\d+) application/.exec(system.output())?.[1] ?? '0';

    const line = (label: string, ms: number, note = '') =>
      console.log(`  ${label.padEnd(62)} ${ms.toFixed(0).padStart(7)} ms${note}`);
    console.log(`bench:recovery — ${count} AI_ACTIVITY applications per phase, ${IN_FLIGHT} submissions in flight`);
    line('baseline, no crash: first submission → none SUBMITTED', baselineMs);
    line('kill -9 once all were accepted; restart → ready', system.readyMs);
    line(
      `restart → none SUBMITTED (${requeued} re-queued on start)`,
      recoveryMs,
      `  (${(recoveryMs / baselineMs).toFixed(2)}× the baseline)`,
    );
  } finally {
    await system.stop(10_000);
    rmSync(stateDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
