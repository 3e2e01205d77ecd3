/**
 * Crash recovery end to end (SPEC §5, §7): the local system is killed with SIGKILL — the whole
 * process group, DynamoDB Local's JVM included — while applications are being evaluated and a
 * payout run is paying, then started again on the same state. Every accepted application is
 * then decided and the run completes with exact totals (how fast: `npm run bench:recovery`); across both lives of the
 * system the bus received every state change's event exactly once as its consumers see it, by
 * eventId (the outbox relay resumes after its checkpoint, repeating at most the batch in flight;
 * the local queues, lost with the process, are rebuilt from the record).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import { issueToken, loadSigningKey } from '../../infra/local/dev-auth.js';
import { freePort } from '../../infra/local/ports.js';
import { startLocalSystem, type LocalSystem } from '../../scripts/local-system.js';
import { checkedFetch } from '../../client/index.js';
import { formatYuan, parseYuan } from '../../shared/policy/index.js';
import { OUTBOX_RELAY } from '../../shared/contract/resources.js';

const stateDir = mkdtempSync(join(tmpdir(), 'lingang-crash-'));
const USCC = '91350100M000100Y43';
const FISCAL_YEAR = 2024;
const PLATFORMS = 120;
const ACTIVITIES = 60;
/**
 * Kills right after a 202 (issue 23: 1 application in about 90 was lost in 2 of 4 such kills): the first case's
 * kill is one, the second case does the rest (all of them when run alone).
 */
const CRASHES_AFTER_202 = 4;
let system: LocalSystem | undefined;
interface Acknowledged {
  key: string;
  applicationId: string;
}
/** Every application answered 202 before a kill right after a 202, and how many such kills there were. */
const acknowledged: Acknowledged[] = [];
let crashesAfter202 = 0;
/** The applicant of the submissions a kill follows. */
const AFTER_202 = 'crash-after-202';

afterAll(async () => {
  await system?.stop(10_000);
  rmSync(stateDir, { recursive: true, force: true });
}, 60_000);

const token = (sub: string, admin = false) =>
  issueToken(loadSigningKey(join(stateDir, 'dev-signing-key')), { sub, admin });

async function call<T = any>(
  method: string,
  path: string,
  bearer: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const response = await checkedFetch(`${system!.baseUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${bearer}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as T };
}

/** Runs `task` over `items` with at most `limit` in flight. */
async function inParallel<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await task(items[i]!);
      }
    }),
  );
  return results;
}

const organisation = { name: 'Crash Test Platform', unifiedSocialCreditCode: USCC, registeredInLingang: true };
const claimBody = (i: number) => ({
  programme: 'OSP_OPERATING',
  organisation,
  details: { fiscalYear: FISCAL_YEAR, operatingCosts: `${(i + 1) * 1000}.00` },
});
const activityBody = {
  programme: 'AI_ACTIVITY',
  organisation,
  details: { activityType: 'COMPETITION', description: 'A competition', requestedAmount: '1000.00' },
};

interface BusEvent {
  'detail-type': string;
  detail: { eventId: string; applicationId?: string; runId?: string; found?: number; paid?: number; amount?: string };
}

const busEvents = (): BusEvent[] =>
  readFileSync(join(stateDir, 'events.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as BusEvent);

/** What the test waits for now: named when the test fails (its timeout ends a wait that never ends; no deadline is asserted). */
let waitingFor = '';

async function until<T>(what: string, probe: () => Promise<T | undefined>, intervalMs = 200): Promise<T> {
  waitingFor = what;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Submissions keep coming, 16 at once, each with its idempotency key; the kill follows the first 202 at once, others
 * still in flight. Returns the applications acknowledged before the kill.
 */
async function crashRightAfterA202(round: string): Promise<Acknowledged[]> {
  const applicant = await token(AFTER_202);
  let killed: Promise<unknown> | undefined;
  const answered = await inParallel(
    Array.from({ length: 16 }, (_, i) => `crash-${crashesAfter202 + 1}-${i}-${randomUUID()}`),
    16,
    async (key) => {
      const response = await fetch(`${system!.baseUrl}/v1/applications`, {
        method: 'POST',
        headers: { authorization: `Bearer ${applicant}`, 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify(activityBody),
      }).catch(() => undefined); // cut off by the kill
      if (response?.status !== 202) return undefined;
      const { applicationId } = (await response.json()) as { applicationId: string };
      killed ??= system!.crash();
      return { key, applicationId };
    },
  );
  await killed;
  system = undefined;
  crashesAfter202++;
  const kept = answered.filter((answer): answer is Acknowledged => answer !== undefined);
  expect(kept.length, `${round}: no 202 before the kill`).toBeGreaterThan(0);
  return kept;
}

/** Every application acknowledged before any kill so far is there, and a retry with its key answers the same one. */
async function expectAcknowledgedKept(crash: string): Promise<void> {
  const applicant = await token(AFTER_202);
  waitingFor = `the acknowledged applications after ${crash}`;
  await inParallel(acknowledged, 8, async ({ key, applicationId }) => {
    const stored = await call('GET', `/v1/applications/${applicationId}`, applicant);
    expect(stored.status, `${applicationId} (acknowledged before ${crash}) lost`).toBe(200);
    const retry = await checkedFetch(`${system!.baseUrl}/v1/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${applicant}`, 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(activityBody),
    });
    expect(
      ((await retry.json()) as { applicationId: string }).applicationId,
      `the retry of ${key} after ${crash}`,
    ).toBe(applicationId);
  });
}

describe('kill -9 of the local system, then a restart', () => {
  it('decides every accepted application, completes the interrupted run, and publishes every event exactly once', async () => {
    onTestFailed(() => console.info(`[crash] failed while waiting for: ${waitingFor}`));
    const port = await freePort();
    system = await startLocalSystem({ port, stateDir, fresh: true, command: 'node' });
    const admin = await token('reviewer-1', true);
    const platforms = Array.from({ length: PLATFORMS }, (_, i) => `crash-platform-${i}`);
    const certification = { certifiedFrom: '2021-01-01', certifiedUntil: '2030-12-31', reference: 'OSDLP-CRASH' };
    await inParallel(platforms, 8, (platform) =>
      call('PUT', `/v1/admin/platforms/${platform}/certification`, admin, certification),
    );
    const claims = await inParallel(platforms, 8, async (platform) =>
      call('POST', '/v1/applications', await token(platform), claimBody(platforms.indexOf(platform))),
    );
    expect(claims.every((claim) => claim.status === 202)).toBe(true);
    const claimIds = claims.map((claim) => claim.body.applicationId as string);
    await until('every claim decided', async () => {
      const { body } = await call('GET', '/v1/admin/applications?status=SUBMITTED', admin);
      return body.items.length === 0 ? true : undefined;
    });

    // Accepted applications still being evaluated, and a payout run in progress: then the power goes, right after a 202.
    const applicant = await token('crash-applicant');
    const accepted = await inParallel(Array.from({ length: ACTIVITIES }), 16, () =>
      call('POST', '/v1/applications', applicant, activityBody),
    );
    const { body: started } = await call('POST', '/v1/admin/payout-runs', admin, { fiscalYear: FISCAL_YEAR });
    // Polled closely: the kill must find the run still paying.
    const underWay = await until(
      'the run under way',
      async () => {
        const { body } = await call('GET', `/v1/admin/payout-runs/${started.runId}`, admin);
        return body.found > 0 ? body : undefined;
      },
      20,
    );
    expect(underWay.status, 'the run once paying').toBe('RUNNING');
    acknowledged.push(...(await crashRightAfterA202('the run')));
    const before = busEvents().length;

    system = await startLocalSystem({ port, stateDir, command: 'node' });
    // The restart's recovery resumes only a run stored RUNNING: the kill came before the run had ended.
    expect(system.output(), 'the run was still RUNNING at the kill').toMatch(/recovered .*\b1 payout run\(s\) resumed/);
    await expectAcknowledgedKept('the kill during the run');
    const activityIds = accepted.map((answer) => answer.body.applicationId as string);
    const decided = await until('every accepted application decided', async () => {
      const views = await Promise.all(activityIds.map((id) => call('GET', `/v1/applications/${id}`, applicant)));
      return views.every((view) => view.body.status !== 'SUBMITTED') ? views : undefined;
    });
    const run = await until('the run completed', async () => {
      const { body } = await call('GET', `/v1/admin/payout-runs/${started.runId}`, admin);
      return body.status === 'COMPLETED' ? body : undefined;
    });
    console.info(
      `[crash] ${before} events before the kill; after the restart ${decided.length} applications decided, run ${run.paid} paid`,
    );

    const expectedTotal = formatYuan(
      claimIds.reduce((sum, _id, i) => sum + parseYuan(claimBody(i).details.operatingCosts) / 10n, 0n),
    );
    expect(run).toMatchObject({ found: PLATFORMS, paid: PLATFORMS, alreadyPaid: 0, failed: 0, amount: expectedTotal });
    expect(decided.every((view) => view.body.status === 'NEEDS_REVIEW')).toBe(true);

    // Wait for the relay to publish the run's completion, then count.
    const events = await until('PayoutRunCompleted published', async () => {
      const all = busEvents();
      return all.some((event) => event['detail-type'] === 'PayoutRunCompleted' && event.detail.runId === started.runId)
        ? all
        : undefined;
    });
    // Delivery is at least once (README "Events"): a kill between a relay batch's publishing and its
    // checkpoint repeats that one batch, identically, and consumers dedupe on eventId. So each event
    // is counted once by its id, a repeat must be the same event, and repeats stay within one batch.
    const byId = new Map(events.map((event) => [event.detail.eventId, event]));
    for (const event of events)
      expect(event.detail, 'a repeated event differs').toEqual(byId.get(event.detail.eventId)!.detail);
    expect(events.length - byId.size, 'events repeated beyond the batch in flight at the kill').toBeLessThanOrEqual(
      OUTBOX_RELAY.batchSize,
    );
    const distinct = [...byId.values()];
    const count = (type: string, applicationIds: string[]) => {
      const wanted = new Set(applicationIds);
      return distinct.filter((event) => event['detail-type'] === type && wanted.has(event.detail.applicationId!))
        .length;
    };
    const everyApplication = [...claimIds, ...activityIds];
    expect(count('ApplicationSubmitted', everyApplication)).toBe(everyApplication.length);
    expect(count('ApplicationEvaluated', everyApplication)).toBe(everyApplication.length);
    expect(count('PayoutIssued', claimIds)).toBe(PLATFORMS);
    expect(distinct.filter((event) => event['detail-type'] === 'PayoutRunCompleted')).toHaveLength(1);
  }, 240_000);

  it('keeps every application it answered 202 for when killed right after that answer, crash after crash', async () => {
    onTestFailed(() => console.info(`[crash] failed while waiting for: ${waitingFor}`));
    // The system the first case left running (its state is no concern of this case), or one of its own when run alone.
    system ??= await startLocalSystem({ port: await freePort(), stateDir, fresh: true, command: 'node' });
    const { port } = system;
    while (crashesAfter202 < CRASHES_AFTER_202) {
      const crash = `crash ${crashesAfter202 + 1}`;
      acknowledged.push(...(await crashRightAfterA202(crash)));
      system = await startLocalSystem({ port, stateDir, command: 'node' });
      await expectAcknowledgedKept(crash);
    }
    console.info(
      `[crash] ${acknowledged.length} applications acknowledged across ${crashesAfter202} kills right after a 202, none lost`,
    );
  }, 240_000);
});
