/**
 * End to end (issue 5): the local system started as a child process exactly as `npm start` runs
 * it (`node infra/local/bundled.js infra/local/start.ts`, PORT = a free port, LOCAL_STATE_DIR = a temporary directory,
 * `--fresh`), driven over HTTP by the demo's scenario (scripts/demo/scenario.ts), stopped with
 * SIGINT (no orphan DynamoDB Local JVM), restarted on the same state directory without --fresh,
 * and read again: the data survived. Also: `npm run --silent token` prints only a token, and
 * every admin route refuses a non-admin token (403 from the admin-api handler itself).
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FISCAL_YEARS,
  runScenario,
  type ApplicationView,
  type PayoutView,
  type ScenarioApplication,
  type ScenarioResult,
} from '../../scripts/demo/scenario.js';
import { startLocalSystem, type LocalSystem } from '../../scripts/local-system.js';
import { checkedFetch } from '../../client/index.js';
import { issueToken, loadSigningKey } from '../../infra/local/dev-auth.js';
import { freePort, isPortFree } from '../../infra/local/ports.js';
import { holdConnection, NODE_CLOSES_IDLE_AFTER_MS, type HeldConnection } from '../support/held-connection.js';
import { listeningAddresses, LOOPBACK } from '../support/listening.js';
import { ROUTES } from '../../shared/contract/resources.js';
import { formatYuan, LG_AI_2020_R1, parseYuan, percentOf } from '../../shared/policy/index.js';
import { minFen } from '../../shared/policy/money.js';

const run = promisify(execFile);
const stateDir = mkdtempSync(join(tmpdir(), 'lingang-e2e-'));
let port: number;
let system: LocalSystem | undefined;
let result: ScenarioResult;
const timings: Record<string, number> = {};
let firstReadyBlock = '';
/** A keep-alive connection to the API opened at the start and left idle until after the scenario. */
let held: HeldConnection;
/** The local S3 endpoint the ready block prints: where the presigned URLs point. */
const documentsEndpoint = (output: string) => /documents\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];

const token = (sub: string, admin = false) =>
  issueToken(loadSigningKey(join(stateDir, 'dev-signing-key')), { sub, admin });
const fetchJson = async <T>(path: string, bearer?: string): Promise<{ status: number; body: T }> => {
  const response = await checkedFetch(`${system!.baseUrl}${path}`, {
    headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
  });
  return { status: response.status, body: (await response.json()) as T };
};

/** DynamoDB Local JVMs (or anything else) whose command line names this test's state directory. */
function processesUsingStateDir(): string[] {
  try {
    return execFileSync('pgrep', ['-af', stateDir], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

async function stopAndCheck(): Promise<void> {
  const current = system!;
  system = undefined;
  const stopped = await current.stop(30_000);
  expect(stopped, current.output()).toEqual({ code: 0, signal: null, forced: false });
  expect(current.output()).toContain('stopping');
  expect(current.output()).not.toMatch(/npm start failed|Unhandled|ERR_/);
  // The JVM is killed before start.ts exits; give the kernel a moment to reap it.
  for (let i = 0; i < 20 && processesUsingStateDir().length > 0; i++) await new Promise((r) => setTimeout(r, 100));
  expect(processesUsingStateDir()).toEqual([]);
  expect(await isPortFree(current.port)).toBe(true);
}

beforeAll(async () => {
  port = await freePort();
  system = await startLocalSystem({ port, stateDir, fresh: true, command: 'node' });
  timings.freshStartMs = system.readyMs;
  firstReadyBlock = system.output();
  held = await holdConnection(port, '/v1/policy');
}, 120_000);

afterAll(async () => {
  held?.close();
  await system?.stop(10_000);
  rmSync(stateDir, { recursive: true, force: true });
  console.info(
    `[e2e] npm start → ready: fresh ${(timings.freshStartMs! / 1000).toFixed(1)} s, warm ${((timings.warmStartMs ?? NaN) / 1000).toFixed(1)} s; scenario ${((timings.scenarioMs ?? NaN) / 1000).toFixed(1)} s`,
  );
}, 60_000);

describe('npm start (fresh state)', () => {
  it('prints the ready block: API URL, data directory, token command', () => {
    const output = system!.output();
    expect(output).toContain(`http://127.0.0.1:${port}`);
    expect(output).toContain(stateDir);
    expect(output).toContain('npm run --silent token -- --sub');
  });

  it('`npm run --silent token` prints one token and nothing else, which the gateway accepts', async () => {
    const env = { ...process.env, LOCAL_STATE_DIR: stateDir, NODE_NO_WARNINGS: '1' };
    const printToken = (...args: string[]) => run('npm', ['run', '--silent', 'token', '--', ...args], { env });
    // Both at once: each is an npm and a tsx process starting.
    const [{ stdout }, { stdout: admin }] = await Promise.all([
      printToken('--sub', 'e2e-token-check'),
      printToken('--sub', 'e2e-admin', '--admin'),
    ]);
    expect(stdout).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\n$/);
    const applicant = await fetchJson<{ items: unknown[] }>('/v1/applications', stdout.trim());
    expect(applicant).toEqual({ status: 200, body: { items: [] } });

    expect(admin).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\n$/);
    expect((await fetchJson('/v1/admin/applications', admin.trim())).status).toBe(200);
  });

  it('the admin group is enforced by the admin-api handler: a valid non-admin token gets 403 on every admin route', async () => {
    const applicant = await token('e2e-not-an-admin');
    const admin = ROUTES.filter((route) => route.access === 'admin');
    expect(admin.length).toBeGreaterThan(0);
    for (const route of admin) {
      const path = route.path.replace(/\{(\w+)\}/g, 'x-1');
      const response = await checkedFetch(`${system!.baseUrl}${path}`, {
        method: route.method,
        headers: { authorization: `Bearer ${applicant}`, 'content-type': 'application/json' },
        ...(route.method === 'GET' ? {} : { body: '{}' }),
      });
      expect(response.status, `${route.method} ${route.path}`).toBe(403);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('runs the demo scenario over HTTP: every step answers as expected', async () => {
    const t0 = performance.now();
    result = await runScenario({ baseUrl: system!.baseUrl, token, tag: 'e2e', waitTimeoutMs: 45_000 });
    timings.scenarioMs = performance.now() - t0;
    expect(result.failures).toEqual([]);
    expect(result.steps.filter((step) => !step.ok)).toEqual([]);
    expect(result.ok).toBe(true);
    // The gateway and the handlers guard the API.
    const status = (name: string) => result.steps.find((step) => step.name === name)?.status;
    expect(status('no token → 401')).toBe(401);
    expect(status('garbage token → 401')).toBe(401);
    expect(status('applicant on admin route → 403')).toBe(403);
    expect(status("other applicant's application → 404")).toBe(404);
    expect(status('payout run before 1 March → 409')).toBe(409);
    // Evidence: a PDF uploaded to the presigned URL, verified, downloaded back byte for byte.
    expect(result.documents).toEqual([expect.objectContaining({ status: 'VERIFIED', downloadIdentical: true })]);
  }, 90_000);

  it('leaves closing an idle keep-alive connection to the client: one idle since the start answers the next request', async () => {
    expect(held.first).toBe('HTTP/1.1 200 OK');
    // The scenario kept the connection idle longer than this already: no wait, as a rule.
    expect(await held.after(NODE_CLOSES_IDLE_AFTER_MS + 1_000)).toEqual({ closed: false, second: held.first });
  });

  describe('decisions, amounts from the policy figures', () => {
    // Submitted today: judged under the version in force since 2026-12-06.
    const p = LG_AI_2020_R1.parameters;
    const app = (label: string): ScenarioApplication => {
      const found = result.applications.find((a) => a.label === label);
      if (!found) throw new Error(`no application ${label}`);
      return found;
    };
    const yuanOf = (a: ScenarioApplication, field: string) =>
      parseYuan((a.submitted.details as Record<string, string>)[field]);
    const [fy1, fy2] = FISCAL_YEARS;

    it('covers all six programmes', () => {
      expect(new Set(result.applications.map((a) => a.programme))).toEqual(
        new Set([
          'OSP_RND',
          'OSP_OPERATING',
          'AI_ACTIVITY',
          'REVENUE_MILESTONE',
          'ENTERPRISE_SETTLEMENT',
          'NATIONAL_PLATFORM',
        ]),
      );
      for (const a of result.applications) {
        expect(a.evaluated?.decision?.policyVersion, a.label).toBe(LG_AI_2020_R1.id);
        expect(a.evaluated?.decision?.reasons.length, a.label).toBeGreaterThan(0);
      }
    });

    it('OSP_RND: 50% of the R&D costs, within the cumulative cap', () => {
      const a = app('R&D costs');
      expect(a.evaluated?.decision).toMatchObject({
        outcome: 'ELIGIBLE',
        amount: formatYuan(minFen(percentOf(yuanOf(a, 'rndCosts'), p.ospRndRate.value), p.ospRndCumulativeCap.value)),
        capApplied: false,
      });
      expect(a.evaluated?.decision?.amount).toBe('4000000.00');
      expect(a.evaluated?.decision?.reasons.map((r) => r.rule)).toEqual(
        expect.arrayContaining(['OSP_RND.certification', 'OSP_RND.rate', 'OSP_RND.cap']),
      );
    });

    it('OSP_OPERATING: 10% of costs; the second claim of a year only gets what remains of the 1,000,000 cap', () => {
      const first = app(`operating ${fy1} #1`);
      const second = app(`operating ${fy1} #2`);
      const other = app(`operating ${fy2}`);
      const firstAward = percentOf(yuanOf(first, 'operatingCosts'), p.ospOperatingRate.value);
      expect(first.evaluated?.decision).toMatchObject({
        outcome: 'ELIGIBLE',
        amount: formatYuan(firstAward),
        capApplied: false,
      });
      const secondFull = percentOf(yuanOf(second, 'operatingCosts'), p.ospOperatingRate.value);
      expect(firstAward + secondFull).toBeGreaterThan(p.ospOperatingAnnualCap.value); // the scenario crosses the cap
      expect(second.evaluated?.decision).toMatchObject({
        outcome: 'ELIGIBLE',
        amount: formatYuan(p.ospOperatingAnnualCap.value - firstAward),
        capApplied: true,
      });
      expect(second.evaluated?.decision?.reasons.find((r) => r.rule === 'OSP_OPERATING.cap')?.message).toContain(
        'remains',
      );
      expect(other.evaluated?.decision).toMatchObject({
        outcome: 'ELIGIBLE',
        amount: formatYuan(percentOf(yuanOf(other, 'operatingCosts'), p.ospOperatingRate.value)),
        capApplied: false,
      });
      const refused = app(`uncertified ${fy1}`);
      expect(refused.evaluated?.decision).toMatchObject({ outcome: 'INELIGIBLE', amount: '0.00', capApplied: false });
      expect(refused.evaluated?.decision?.reasons.map((r) => r.rule)).toContain('OSP_OPERATING.certification');
    });

    it('REVENUE_MILESTONE: the tier of the income, then step-up: the higher tier of the next year less what was received', () => {
      const tierOf = (a: ScenarioApplication) => {
        const income = yuanOf(a, 'mainBusinessIncome');
        return p.revenueTiers.value.find((t) => income > t.above && (t.upTo === null || income <= t.upTo))!;
      };
      const [first, stepUp] = [app('revenue milestone'), app('revenue step-up')];
      expect(first.evaluated?.decision).toMatchObject({
        outcome: 'ELIGIBLE',
        amount: formatYuan(tierOf(first).award),
        capApplied: false,
      });
      expect(tierOf(stepUp).above).toBeGreaterThan(tierOf(first).above);
      const difference = tierOf(stepUp).award - tierOf(first).award;
      expect(stepUp.evaluated?.decision).toMatchObject({
        outcome: 'ELIGIBLE',
        amount: formatYuan(difference),
        capApplied: false,
      });
      expect([first.final?.status, stepUp.final?.status]).toEqual(['ELIGIBLE', 'ELIGIBLE']);
    });

    it('reviewed programmes: NEEDS_REVIEW up to min(requested, maximum); one approved with an amount, one rejected then granted on appeal, one pending', () => {
      const activity = app('AI competition');
      expect(activity.evaluated?.decision).toMatchObject({
        outcome: 'NEEDS_REVIEW',
        amount: formatYuan(minFen(yuanOf(activity, 'requestedAmount'), p.aiActivityMax.value)),
        capApplied: false,
      });
      expect(activity.final).toMatchObject({
        status: 'APPROVED',
        review: { decision: 'APPROVE', amount: '250000.00', reviewedBy: result.applicants.admin },
      });

      const settlement = app('enterprise settlement');
      expect(yuanOf(settlement, 'requestedAmount')).toBeGreaterThan(p.settlementMax.value);
      expect(settlement.evaluated?.decision).toMatchObject({
        outcome: 'NEEDS_REVIEW',
        amount: formatYuan(p.settlementMax.value),
        capApplied: true,
      });
      // Rejected on review, then granted on appeal by a second admin (the reviewer was refused: 403).
      expect(settlement.final).toMatchObject({
        status: 'APPROVED',
        review: { decision: 'REJECT', reviewedBy: result.applicants.admin },
        appeal: {
          decision: 'GRANT',
          amount: formatYuan(p.settlementMax.value),
          decidedBy: result.applicants.appealsOfficer,
          documentIds: [result.documents[0]!.documentId],
        },
      });
      expect(settlement.final?.review?.amount).toBeUndefined();
      expect(result.steps.find((step) => step.name === 'appeal decided by its reviewer → 403')).toMatchObject({
        status: 403,
        ok: true,
      });

      const lab = app('national key lab');
      expect(lab.evaluated?.decision).toMatchObject({
        outcome: 'NEEDS_REVIEW',
        amount: formatYuan(minFen(yuanOf(lab, 'requestedAmount'), p.nationalPlatformMax.value)),
      });
      expect(lab.final?.status).toBe('NEEDS_REVIEW');
    });
  });

  it('payout runs pay each entitlement once, within the annual cap, into the ledger', () => {
    const [fy1, fy2] = FISCAL_YEARS;
    // A fresh system holds only the scenario's entitlements: the totals are exact.
    expect(result.runs).toEqual([
      expect.objectContaining({
        fiscalYear: fy1,
        status: 'COMPLETED',
        found: 2,
        paid: 2,
        alreadyPaid: 0,
        failed: 0,
        amount: formatYuan(LG_AI_2020_R1.parameters.ospOperatingAnnualCap.value),
      }),
      expect.objectContaining({
        fiscalYear: fy2,
        status: 'COMPLETED',
        found: 1,
        paid: 1,
        alreadyPaid: 0,
        failed: 0,
        amount: '300000.00',
      }),
    ]);
    const operating = result.applications.filter(
      (a) => a.programme === 'OSP_OPERATING' && a.expectedOutcome === 'ELIGIBLE',
    );
    for (const a of operating) {
      expect(a.final?.status, a.label).toBe('PAID');
      expect(a.final?.payouts, a.label).toEqual([
        expect.objectContaining({ applicationId: a.applicationId, amount: a.evaluated?.decision?.amount }),
      ]);
    }
    const ledgerTotal = (entries: PayoutView[]) =>
      formatYuan(entries.reduce((sum, e) => sum + parseYuan(e.amount), 0n));
    expect(result.ledger[fy1]).toHaveLength(2);
    expect(ledgerTotal(result.ledger[fy1]!)).toBe('1000000.00');
    expect(result.ledger[fy2]).toEqual([
      expect.objectContaining({ applicantId: result.applicants.platform, fiscalYear: fy2, amount: '300000.00' }),
    ]);
    expect(result.platformPayouts.map((p) => p.payoutId).sort()).toEqual(
      [...result.ledger[fy1]!, ...result.ledger[fy2]!].map((p) => p.payoutId).sort(),
    );
  });

  it('publishes the events of every step', () => {
    const n = result.applications.length;
    expect(result.eventCounts).toEqual({
      ApplicationSubmitted: n,
      ApplicationEvaluated: n,
      ApplicationReviewed: 2,
      ApplicationAppealed: 1,
      AppealDecided: 1,
      PayoutIssued: 3,
      PayoutRunCompleted: 2,
      DocumentVerified: 1,
    });
    for (const event of result.events) {
      expect(event.source).toBe('lingang.ai-subsidy');
      expect(event.detail).toMatchObject({
        eventId: expect.any(String),
        occurredAt: expect.any(String),
        schemaVersion: expect.anything(),
      });
    }
    const completed = result.events.filter((e) => e['detail-type'] === 'PayoutRunCompleted').map((e) => e.detail);
    expect(completed).toEqual(
      expect.arrayContaining(
        result.runs.map((r) => expect.objectContaining({ runId: r.runId, paid: r.paid, amount: r.amount })),
      ),
    );
  });
});

describe('stop and restart on the same state directory', () => {
  it('SIGINT stops everything cleanly: exit 0, no DynamoDB Local JVM left, the port is free', async () => {
    await stopAndCheck();
  }, 60_000);

  it('restarts without --fresh and still serves the data: applications, ledger, events', async () => {
    system = await startLocalSystem({ port, stateDir, command: 'node' });
    timings.warmStartMs = system.readyMs;

    const paid = result.applications.find((a) => a.label === `operating ${FISCAL_YEARS[0]} #2`)!;
    const { status, body } = await fetchJson<ApplicationView>(
      `/v1/applications/${paid.applicationId}`,
      await token(paid.applicantId),
    );
    expect(status).toBe(200);
    expect(body).toEqual(paid.final);

    const admin = await token('e2e-restart-admin', true);
    for (const fiscalYear of FISCAL_YEARS) {
      const ledger = await fetchJson<{ items: PayoutView[] }>(`/v1/admin/payouts?fiscalYear=${fiscalYear}`, admin);
      expect(ledger.status).toBe(200);
      expect(ledger.body.items).toEqual(expect.arrayContaining(result.ledger[fiscalYear]!));
      expect(ledger.body.items).toHaveLength(result.ledger[fiscalYear]!.length);
    }
    const run = await fetchJson(`/v1/admin/payout-runs/${result.runs[0]!.runId}`, admin);
    expect(run).toMatchObject({ status: 200, body: { runId: result.runs[0]!.runId, status: 'COMPLETED', paid: 2 } });

    const events = await fetchJson<{ count: number; events: Array<{ id: string }> }>('/local/events');
    const ids = new Set(events.body.events.map((e) => e.id));
    expect(result.events.every((e) => ids.has(e.id))).toBe(true);

    // A token issued before the restart is still accepted (the dev key lives in the state directory).
    expect((await fetchJson('/v1/payouts', await token(result.applicants.platform))).status).toBe(200);

    // The emulators listen where they did before (URLs issued then keep working), on 127.0.0.1 only.
    expect(documentsEndpoint(firstReadyBlock)).toBeDefined();
    expect(documentsEndpoint(system.output())).toBe(documentsEndpoint(firstReadyBlock));
    const kept = JSON.parse(readFileSync(join(stateDir, 'ports.json'), 'utf8')) as Record<string, number>;
    expect(Object.keys(kept).sort()).toEqual(['dynamodb', 'eventbridge', 's3', 'sqs']);
    for (const [service, servicePort] of Object.entries({ ...kept, api: port })) {
      const addresses = listeningAddresses(servicePort);
      expect(addresses.length, service).toBeGreaterThan(0);
      expect(
        addresses.filter((address) => !LOOPBACK.includes(address)),
        service,
      ).toEqual([]);
    }
    await stopAndCheck();
  }, 90_000);
});
