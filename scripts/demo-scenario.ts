/**
 * The demo scenario (issue 5), shared by `npm run demo` (scripts/demo.ts) and the end-to-end
 * test (test/e2e/local-system.test.ts): one walk through the public HTTP API of a running
 * system, returning structured results the demo prints and the test asserts.
 *
 * Only the API is used, through the typed client generated from the OpenAPI document
 * (client/), which checks every answer against the document: an admin certifies a platform; one application per programme
 * (plus an uncertified operating-cost claim to show a refusal); decisions with reasons; an admin
 * approves one NEEDS_REVIEW application and rejects another; operating-cost claims for two fiscal
 * years (two in the first year, crossing the 1,000,000 yuan annual cap); a payout run per year;
 * the ledger, the applicant's payouts and the events; the rejected applicant uploads evidence (a
 * PDF to the presigned URL, verified, downloaded back).
 *
 * Every applicant id carries a per-run tag, so the scenario also runs against a system that
 * already holds data (e.g. a developer's `.local/`): it only counts what it created itself.
 * Each HTTP call is recorded as a step with the status it expected; `ok` is false when any
 * step, decision or awaited state differs from what the scenario expects.
 */
import { bearer, createApiClient, type Schemas } from '../client/index.js';
import type { operations } from '../client/schema.js';
import { usccCheckCharacter } from '../shared/policy/uscc.js';
import { demoPdf, downloadsSame, putToPresignedUrl, sha256Hex } from './demo-documents.js';

export type ApplicationView = Schemas['Application'];
export type PayoutView = Schemas['Payout'];
export type RunView = Schemas['PayoutRun'];
export type Programme = ApplicationView['programme'];
type Outcome = NonNullable<ApplicationView['decision']>['outcome'];
/** The body of POST /v1/applications, as the document has it. */
type ApplicationBody = NonNullable<operations['submitApplication']['requestBody']>['content']['application/json'];

export interface LocalEvent {
  id: string;
  'detail-type': string;
  source: string;
  detail: Record<string, unknown> & { eventId?: string; applicationId?: string; runId?: string };
}

export interface Step {
  name: string;
  method: string;
  path: string;
  expected: number;
  status: number;
  ok: boolean;
  ms: number;
  /** The problem document or body text when the status was not the expected one. */
  problem?: string;
}

/** One application of the scenario, as submitted and as it ended. */
export interface ScenarioApplication {
  /** Short label for the tables (e.g. "operating 2021 #2"). */
  label: string;
  programme: Programme;
  applicantId: string;
  applicationId: string;
  submitted: Record<string, unknown>;
  /** The outcome the scenario expects from the policy. */
  expectedOutcome: Outcome;
  /** The status the scenario expects once it has finished (after reviews and payouts). */
  expectedFinalStatus: string;
  /** The application after evaluation (GET right after the decision). */
  evaluated?: ApplicationView;
  /** The application at the end of the scenario. */
  final?: ApplicationView;
}

/** An evidence document the scenario uploaded. */
export interface ScenarioDocument {
  label: string;
  applicationId: string;
  documentId: string;
  fileName: string;
  bytes: number;
  status: string;
  /** From the PUT to the verifier's conclusion, as the API shows it. */
  verifiedInMs: number;
  /** The presigned GET served the uploaded bytes. */
  downloadIdentical: boolean;
}

export interface ScenarioResult {
  ok: boolean;
  baseUrl: string;
  tag: string;
  /** ISO time the scenario started (events are read from here). */
  startedAt: string;
  durationMs: number;
  /** `admin` reviews; `appealsOfficer`, a second admin, decides appeals (separation of duties). */
  applicants: Record<'platform' | 'uncertified' | 'activity' | 'company' | 'settler' | 'lab' | 'admin' | 'appealsOfficer', string>;
  certification?: Record<string, unknown>;
  applications: ScenarioApplication[];
  reviews: Array<{ label: string; decision: 'APPROVE' | 'REJECT'; amount?: string; status: string }>;
  appeals: Array<{ label: string; decision: 'UPHOLD' | 'GRANT'; amount?: string; decidedBy: string; status: string }>;
  runs: RunView[];
  /** Ledger entries of this scenario's applicants, by fiscal year (from GET /v1/admin/payouts). */
  ledger: Record<number, PayoutView[]>;
  /** GET /v1/payouts of the platform. */
  platformPayouts: PayoutView[];
  documents: ScenarioDocument[];
  /** Events of this scenario (by application id or run id), deduplicated on detail.eventId. */
  events: LocalEvent[];
  eventCounts: Record<string, number>;
  steps: Step[];
  /** Everything that was not as expected, one sentence each. */
  failures: string[];
}

export interface ScenarioOptions {
  /** e.g. http://127.0.0.1:3000 */
  baseUrl: string;
  /** Mints a bearer token the gateway accepts (the local dev key). */
  token: (sub: string, admin: boolean) => Promise<string> | string;
  /** Distinguishes this run's applicant ids; default: a time-based tag. */
  tag?: string;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
  /** How long to wait for a decision or a payout run; default 60 s. */
  waitTimeoutMs?: number;
}

/** The fiscal years of the operating-cost claims and payout runs. */
export const FISCAL_YEARS = [2021, 2022] as const;

/**
 * An 18-character Unified Social Credit Code with a valid GB 32100-2015 check character:
 * `91` (enterprise), `310115` (Pudong, Shanghai), then an organisation code from `n`.
 */
export function demoUscc(n: number): string {
  const first17 = `91310115MA1K${String(n % 100_000).padStart(5, '0')}`;
  return first17 + usccCheckCharacter(first17);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class ScenarioError extends Error {}

export async function runScenario(options: ScenarioOptions): Promise<ScenarioResult> {
  const baseUrl = options.baseUrl.replace(/\/$/, '');
  const log = options.log ?? (() => undefined);
  const waitTimeoutMs = options.waitTimeoutMs ?? 60_000;
  const tag = options.tag ?? `${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 3).toString(36).padStart(3, '0')}`;
  const started = Date.now();
  // A second back: the server's clock is this machine's, but receivedAt has millisecond precision.
  const startedAt = new Date(started - 1000).toISOString();

  const applicants = {
    platform: `demo-${tag}-platform`,
    uncertified: `demo-${tag}-newplatform`,
    activity: `demo-${tag}-activity`,
    company: `demo-${tag}-company`,
    settler: `demo-${tag}-settler`,
    lab: `demo-${tag}-lab`,
    admin: `demo-${tag}-reviewer`,
    appealsOfficer: `demo-${tag}-appeals-officer`,
  } as const;
  const result: ScenarioResult = {
    ok: false,
    baseUrl,
    tag,
    startedAt,
    durationMs: 0,
    applicants,
    applications: [],
    reviews: [],
    appeals: [],
    runs: [],
    ledger: {},
    platformPayouts: [],
    documents: [],
    events: [],
    eventCounts: {},
    steps: [],
    failures: [],
  };
  const fail = (message: string) => {
    result.failures.push(message);
    log(`  ✗ ${message}`);
  };

  const tokens = new Map<string, string>();
  const tokenFor = async (sub: string, admin = false) => {
    const key = `${sub}|${admin}`;
    if (!tokens.has(key)) tokens.set(key, await options.token(sub, admin));
    return tokens.get(key)!;
  };

  const api = createApiClient({ baseUrl });
  // The request behind each answer, for the step's record (openapi-fetch answers with the response only).
  const requests = new WeakMap<Response, Request>();
  api.use({ onResponse: ({ request, response }) => void requests.set(response, request) });
  const auth = async (sub: string, admin = false) => bearer(await tokenFor(sub, admin));
  const adminAuth = () => auth(applicants.admin, true);

  /**
   * One API call through the typed client, recorded as a step: the answer's body (data or
   * problem), status and headers. An answer the document does not allow rejects the call.
   */
  async function call<T>(
    name: string,
    expect: number,
    request: () => Promise<{ data?: T; error?: unknown; response: Response }>,
    record = true,
  ): Promise<{ status: number; body: T; headers: Headers }> {
    const t0 = performance.now();
    let answer: Awaited<ReturnType<typeof request>>;
    try {
      answer = await request();
    } catch (error) {
      throw new ScenarioError(`${name} failed: ${(error as Error).message}`);
    }
    const { response } = answer;
    const sent = requests.get(response)!;
    const { pathname, search } = new URL(sent.url);
    const [method, path] = [sent.method, `${pathname}${search}`];
    const text = JSON.stringify(answer.data ?? answer.error ?? '');
    const ok = response.status === expect;
    const ms = Math.round(performance.now() - t0);
    if (record || !ok) {
      result.steps.push({ name, method, path, expected: expect, status: response.status, ok, ms, ...(ok ? {} : { problem: text.slice(0, 500) }) });
    }
    if (!ok) {
      fail(`${name}: ${method} ${path} answered ${response.status}, expected ${expect} — ${text.slice(0, 300)}`);
      if (response.status === 401 && expect !== 401) {
        throw new ScenarioError(
          `the API at ${baseUrl} refused the demo's token (401): it was started with another state directory; set LOCAL_STATE_DIR to the directory it uses`,
        );
      }
    }
    return { status: response.status, body: (answer.data ?? answer.error) as T, headers: response.headers };
  }

  async function waitFor<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
    const deadline = Date.now() + waitTimeoutMs;
    for (let delay = 100; ; delay = Math.min(delay * 1.5, 1000)) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new ScenarioError(`timed out after ${waitTimeoutMs} ms waiting for ${what}`);
      await sleep(delay);
    }
  }

  const organisation = (name: string, n: number) => ({ name, unifiedSocialCreditCode: demoUscc(n), registeredInLingang: true });
  let usccSeed = Number.parseInt(tag.slice(-4), 36) || 1;

  async function submit(app: Omit<ScenarioApplication, 'applicationId' | 'submitted'> & { name: string; details: Record<string, unknown> }) {
    const body = { programme: app.programme, organisation: organisation(app.name, usccSeed++), details: app.details };
    const { body: answer, headers } = await call(`submit ${app.label}`, 202, async () =>
      api.POST('/v1/applications', { body: body as ApplicationBody, headers: await auth(app.applicantId) }),
    );
    if (!answer?.applicationId) throw new ScenarioError(`submit ${app.label}: no applicationId in the answer`);
    if (answer.status !== 'SUBMITTED') fail(`submit ${app.label}: status ${answer.status}, expected SUBMITTED`);
    if (headers.get('location') !== `/v1/applications/${answer.applicationId}`) fail(`submit ${app.label}: Location header ${headers.get('location')}`);
    const { name: _name, details: _details, ...rest } = app;
    const entry: ScenarioApplication = { ...rest, applicationId: answer.applicationId, submitted: body };
    result.applications.push(entry);
    log(`  submitted ${app.label.padEnd(22)} ${answer.applicationId}`);
    return entry;
  }

  const getApplication = async (app: ScenarioApplication, record = false) =>
    (
      await call(
        `read ${app.label}`,
        200,
        async () => api.GET('/v1/applications/{id}', { params: { path: { id: app.applicationId } }, headers: await auth(app.applicantId) }),
        record,
      )
    ).body;

  async function awaitDecision(app: ScenarioApplication): Promise<ApplicationView> {
    const view = await waitFor(`the decision on ${app.label} (${app.applicationId})`, async () => {
      const current = await getApplication(app);
      return current.status !== 'SUBMITTED' && current.decision ? current : undefined;
    });
    result.steps.push({ name: `decision ${app.label}`, method: 'GET', path: `/v1/applications/${app.applicationId}`, expected: 200, status: 200, ok: true, ms: 0 });
    app.evaluated = view;
    const decision = view.decision!;
    if (decision.outcome !== app.expectedOutcome) fail(`${app.label}: outcome ${decision.outcome}, expected ${app.expectedOutcome}`);
    log(`  decided   ${app.label.padEnd(22)} ${decision.outcome} ${decision.amount}${decision.capApplied ? ' (cap applied)' : ''}`);
    return view;
  }

  /** Declares a PDF on the application, uploads it to the presigned URL, awaits the verifier, downloads it back. */
  async function uploadEvidence(app: ScenarioApplication, kind: 'BUSINESS_LICENCE', fileName: string): Promise<ScenarioDocument> {
    const bytes = demoPdf(`${fileName} (${app.applicationId})`);
    const body = { kind, fileName, contentType: 'application/pdf' as const, size: bytes.length, sha256: sha256Hex(bytes) };
    const path = { id: app.applicationId };
    const { body: declared } = await call(`declare document ${app.label}`, 201, async () =>
      api.POST('/v1/applications/{id}/documents', { params: { path }, body, headers: await auth(app.applicantId) }),
    );
    if (!declared?.upload) throw new ScenarioError(`declare document ${app.label}: no upload in the answer`);
    const t0 = performance.now();
    const put = await putToPresignedUrl(declared.upload, bytes);
    if (put !== 200) fail(`upload ${fileName}: the presigned PUT answered ${put}`);
    const read = async () =>
      (await call(`read document ${app.label}`, 200, async () =>
        api.GET('/v1/applications/{id}/documents/{documentId}', { params: { path: { ...path, documentId: declared.documentId } }, headers: await auth(app.applicantId) }),
      false)).body;
    const document = await waitFor(`the verification of ${fileName}`, async () => {
      const current = await read();
      return current?.status === 'PENDING' ? undefined : current;
    });
    const verifiedInMs = Math.round(performance.now() - t0);
    if (document.status !== 'VERIFIED') fail(`document ${fileName}: ${document.status} ${document.rejectReason ?? ''}, expected VERIFIED`);
    const downloadIdentical = document.download ? await downloadsSame(document.download.url, bytes) : false;
    if (!downloadIdentical) fail(`document ${fileName}: the download is not the uploaded file`);
    const entry = { label: app.label, applicationId: app.applicationId, documentId: declared.documentId, fileName, bytes: bytes.length, status: document.status, verifiedInMs, downloadIdentical };
    result.documents.push(entry);
    log(`  uploaded  ${fileName.padEnd(22)} ${bytes.length} bytes, ${document.status} in ${verifiedInMs} ms, download ${downloadIdentical ? 'identical' : 'DIFFERENT'}`);
    return entry;
  }

  try {
    // ---- 0. the system answers, and the gateway guards the API --------------------------------
    log('policy and access');
    await call('policy (public)', 200, () => api.GET('/v1/policy'));
    await call('no token → 401', 401, () => api.GET('/v1/applications'));
    await call('garbage token → 401', 401, () => api.GET('/v1/applications', { headers: bearer('not-a-jwt') }));
    await call('applicant on admin route → 403', 403, async () =>
      api.GET('/v1/admin/applications', { params: { query: { status: 'NEEDS_REVIEW' } }, headers: await auth(applicants.platform) }),
    );

    // ---- 1. an admin certifies the open-source platform --------------------------------------
    log('certification');
    const certification = { certifiedFrom: '2021-01-01', certifiedUntil: '2023-12-31', reference: `OSDLP-${tag}` };
    result.certification = (
      await call('certify platform', 200, async () =>
        api.PUT('/v1/admin/platforms/{applicantId}/certification', {
          params: { path: { applicantId: applicants.platform } },
          body: certification,
          headers: await adminAuth(),
        }),
      )
    ).body;

    // ---- 2. one application per programme (and a refused one) --------------------------------
    log('applications');
    const [fy1, fy2] = FISCAL_YEARS;
    const rnd = await submit({
      label: 'R&D costs',
      programme: 'OSP_RND',
      applicantId: applicants.platform,
      name: 'Lin-gang Open Deep Learning Platform Co., Ltd.',
      details: { periodStart: '2021-01-01', periodEnd: '2021-12-31', rndCosts: '8000000.00' },
      expectedOutcome: 'ELIGIBLE',
      expectedFinalStatus: 'ELIGIBLE',
    });
    // The first operating-cost claim is decided before the second is sent, so the cap falls on the second.
    const operating1 = await submit({
      label: `operating ${fy1} #1`,
      programme: 'OSP_OPERATING',
      applicantId: applicants.platform,
      name: 'Lin-gang Open Deep Learning Platform Co., Ltd.',
      details: { fiscalYear: fy1, operatingCosts: '6000000.00' },
      expectedOutcome: 'ELIGIBLE',
      expectedFinalStatus: 'PAID',
    });
    const activity = await submit({
      label: 'AI competition',
      programme: 'AI_ACTIVITY',
      applicantId: applicants.activity,
      name: 'Dishui Lake AI Challenge Organising Co., Ltd.',
      details: { activityType: 'COMPETITION', description: 'Lin-gang autonomous driving algorithm challenge', requestedAmount: '300000.00' },
      expectedOutcome: 'NEEDS_REVIEW',
      expectedFinalStatus: 'APPROVED',
    });
    const revenue = await submit({
      label: 'revenue milestone',
      programme: 'REVENUE_MILESTONE',
      applicantId: applicants.company,
      name: 'Lin-gang Vision Intelligence Co., Ltd.',
      details: { fiscalYear: fy1, mainBusinessIncome: '12000000.00', priorYears: [{ fiscalYear: 2020, mainBusinessIncome: '4000000.00' }] },
      expectedOutcome: 'ELIGIBLE',
      expectedFinalStatus: 'ELIGIBLE',
    });
    const settlement = await submit({
      label: 'enterprise settlement',
      programme: 'ENTERPRISE_SETTLEMENT',
      applicantId: applicants.settler,
      name: 'Harbour AI Robotics (Shanghai) Co., Ltd.',
      details: { establishedOn: '2021-02-01', origin: 'FOREIGN', requestedAmount: '10000000.00' },
      expectedOutcome: 'NEEDS_REVIEW',
      // Rejected on review, appealed, granted by a second admin.
      expectedFinalStatus: 'APPROVED',
    });
    const national = await submit({
      label: 'national key lab',
      programme: 'NATIONAL_PLATFORM',
      applicantId: applicants.lab,
      name: 'Lin-gang Intelligent Computing Laboratory',
      details: {
        recognition: 'NATIONAL_KEY_LABORATORY',
        recognitionReference: `NKL-${tag}`,
        recognizedOn: '2021-03-01',
        requestedAmount: '20000000.00',
      },
      expectedOutcome: 'NEEDS_REVIEW',
      expectedFinalStatus: 'NEEDS_REVIEW',
    });
    const uncertified = await submit({
      label: `uncertified ${fy1}`,
      programme: 'OSP_OPERATING',
      applicantId: applicants.uncertified,
      name: 'Newcomer Open Model Platform Co., Ltd.',
      details: { fiscalYear: fy1, operatingCosts: '2000000.00' },
      expectedOutcome: 'INELIGIBLE',
      expectedFinalStatus: 'INELIGIBLE',
    });

    log('decisions');
    for (const app of [rnd, operating1, activity, revenue, settlement, national, uncertified]) await awaitDecision(app);

    // ---- 3. more operating-cost claims: the cap in year one, a second fiscal year ---------------
    log('operating-cost claims');
    const operating2 = await submit({
      label: `operating ${fy1} #2`,
      programme: 'OSP_OPERATING',
      applicantId: applicants.platform,
      name: 'Lin-gang Open Deep Learning Platform Co., Ltd.',
      details: { fiscalYear: fy1, operatingCosts: '7000000.00' },
      expectedOutcome: 'ELIGIBLE',
      expectedFinalStatus: 'PAID',
    });
    const operating3 = await submit({
      label: `operating ${fy2}`,
      programme: 'OSP_OPERATING',
      applicantId: applicants.platform,
      name: 'Lin-gang Open Deep Learning Platform Co., Ltd.',
      details: { fiscalYear: fy2, operatingCosts: '3000000.00' },
      expectedOutcome: 'ELIGIBLE',
      expectedFinalStatus: 'PAID',
    });
    for (const app of [operating2, operating3]) await awaitDecision(app);

    // ---- 4. the reviewer's desk ----------------------------------------------------------------
    log('reviews');
    const queue = await call('review queue', 200, async () =>
      api.GET('/v1/admin/applications', { params: { query: { status: 'NEEDS_REVIEW', programme: 'AI_ACTIVITY', limit: '100' } }, headers: await adminAuth() }),
    );
    if (!queue.body?.items?.some((item) => item.applicationId === activity.applicationId)) fail('review queue: the AI competition is not in the NEEDS_REVIEW queue');
    const review = async (app: ScenarioApplication, body: { decision: 'APPROVE' | 'REJECT'; amount?: string; note: string }) => {
      const { body: reviewed } = await call(`review ${app.label}`, 200, async () =>
        api.POST('/v1/admin/applications/{id}/review', { params: { path: { id: app.applicationId } }, body, headers: await adminAuth() }),
      );
      result.reviews.push({ label: app.label, decision: body.decision, ...(body.amount ? { amount: body.amount } : {}), status: reviewed?.status });
      log(`  ${body.decision === 'APPROVE' ? 'approved' : 'rejected'}  ${app.label.padEnd(22)} ${body.amount ?? ''}`);
    };
    await review(activity, { decision: 'APPROVE', amount: '250000.00', note: 'Approved for the prize pool and venue; catering is not eligible.' });
    await review(settlement, { decision: 'REJECT', note: 'The establishment documents do not show operations in Lin-gang yet.' });
    // The applicant's own view of a reviewed application: the review is there.
    const readActivity = async (sub: string) => api.GET('/v1/applications/{id}', { params: { path: { id: activity.applicationId } }, headers: await auth(sub) });
    await call('read approved (applicant)', 200, () => readActivity(activity.applicantId));
    // Another applicant cannot see it.
    await call("other applicant's application → 404", 404, () => readActivity(applicants.company));

    // ---- 4b. the rejected applicant brings evidence ---------------------------------------------
    log('evidence documents');
    const licence = await uploadEvidence(settlement, 'BUSINESS_LICENCE', 'business-licence.pdf');

    // ---- 4c. it appeals the rejection citing the licence; the reviewer may not decide the appeal, a second admin grants ----
    log('appeal');
    const onSettlement = { params: { path: { id: settlement.applicationId } } };
    const grounds = 'The business licence shows operations in Lin-gang since 1 February 2021.';
    await call(`appeal ${settlement.label}`, 202, async () =>
      api.POST('/v1/applications/{id}/appeal', { ...onSettlement, body: { grounds, documentIds: [licence.documentId] }, headers: await auth(settlement.applicantId) }),
    );
    const grant = { decision: 'GRANT' as const, amount: '8000000.00', note: 'The licence proves operations in Lin-gang: the maximum award is granted.' };
    const decideAppeal = async (name: string, admin: string, expect: number) =>
      call(name, expect, async () => api.POST('/v1/admin/applications/{id}/appeal-decision', { ...onSettlement, body: grant, headers: await auth(admin, true) }));
    await decideAppeal('appeal decided by its reviewer → 403', applicants.admin, 403);
    const { body: granted } = await decideAppeal(`appeal decision ${settlement.label}`, applicants.appealsOfficer, 200);
    result.appeals.push({ label: settlement.label, decision: grant.decision, amount: grant.amount, decidedBy: applicants.appealsOfficer, status: granted?.status });
    log(`  granted   ${settlement.label.padEnd(22)} ${grant.amount} on appeal, by a second admin: ${granted?.status}`);

    // ---- 5. the annual payout runs -------------------------------------------------------------
    log('payout runs');
    for (const fiscalYear of FISCAL_YEARS) {
      const { body: started } = await call(`start payout run ${fiscalYear}`, 202, async () =>
        api.POST('/v1/admin/payout-runs', { body: { fiscalYear }, headers: await adminAuth() }),
      );
      if (!started?.runId) throw new ScenarioError(`payout run ${fiscalYear}: no runId in the answer`);
      const run = await waitFor(`payout run ${started.runId} (fiscal year ${fiscalYear}) to complete`, async () => {
        const { body } = await call(
          `payout run ${fiscalYear}`,
          200,
          async () => api.GET('/v1/admin/payout-runs/{runId}', { params: { path: { runId: started.runId } }, headers: await adminAuth() }),
          false,
        );
        return body?.status === 'COMPLETED' ? body : undefined;
      });
      result.steps.push({ name: `payout run ${fiscalYear} completed`, method: 'GET', path: `/v1/admin/payout-runs/${run.runId}`, expected: 200, status: 200, ok: true, ms: 0 });
      result.runs.push(run);
      if (run.failed !== 0) fail(`payout run ${fiscalYear}: ${run.failed} payouts failed`);
      log(`  run ${run.runId} fiscal year ${fiscalYear}: ${run.status}, found ${run.found}, paid ${run.paid}, amount ${run.amount}`);
    }
    // Runs may overlap safely; a repeated run finds nothing new to pay.
    await call('payout run before 1 March → 409', 409, async () =>
      api.POST('/v1/admin/payout-runs', { body: { fiscalYear: Number(new Date().toISOString().slice(0, 4)) + 1 }, headers: await adminAuth() }),
    );

    // ---- 6. ledger, payouts, final states --------------------------------------------------------
    log('ledger and payouts');
    const ours = new Set<string>(Object.values(applicants));
    for (const fiscalYear of FISCAL_YEARS) {
      const entries: PayoutView[] = [];
      let cursor: string | undefined;
      do {
        const query = { fiscalYear: String(fiscalYear), limit: '100', ...(cursor ? { cursor } : {}) };
        const { body } = await call(
          `ledger ${fiscalYear}`,
          200,
          async () => api.GET('/v1/admin/payouts', { params: { query }, headers: await adminAuth() }),
          cursor === undefined,
        );
        entries.push(...(body?.items ?? []).filter((entry) => ours.has(entry.applicantId)));
        cursor = body?.nextCursor;
      } while (cursor);
      result.ledger[fiscalYear] = entries;
    }
    result.platformPayouts =
      (await call('platform payouts', 200, async () => api.GET('/v1/payouts', { params: { query: { limit: '100' } }, headers: await auth(applicants.platform) }))).body?.items ?? [];

    for (const app of result.applications) {
      app.final = await getApplication(app, true);
      if (app.final.status !== app.expectedFinalStatus) fail(`${app.label}: final status ${app.final.status}, expected ${app.expectedFinalStatus}`);
    }

    // ---- 7. the events ---------------------------------------------------------------------------
    log('events');
    const applicationIds = new Set(result.applications.map((app) => app.applicationId));
    const runIds = new Set(result.runs.map((run) => run.runId));
    const expectedCounts: Record<string, number> = {
      ApplicationSubmitted: result.applications.length,
      ApplicationEvaluated: result.applications.length,
      ApplicationReviewed: result.reviews.length,
      ApplicationAppealed: result.appeals.length,
      AppealDecided: result.appeals.length,
      PayoutIssued: result.applications.filter((app) => app.expectedFinalStatus === 'PAID').length,
      PayoutRunCompleted: result.runs.length,
      DocumentVerified: result.documents.length,
    };
    const readEvents = async () => {
      // The local event log is the local system's, not the API's: plain fetch, outside the document.
      const response = await fetch(`${baseUrl}/local/events?since=${encodeURIComponent(startedAt)}`, { signal: AbortSignal.timeout(30_000) });
      if (!response.ok) throw new ScenarioError(`GET /local/events answered ${response.status}`);
      const body = (await response.json()) as { events?: LocalEvent[] };
      const seen = new Set<string>();
      const mine = (body?.events ?? []).filter((event) => {
        const detail = event.detail ?? {};
        const belongs = (detail.applicationId && applicationIds.has(detail.applicationId)) || (detail.runId && runIds.has(detail.runId) && event['detail-type'] === 'PayoutRunCompleted');
        const key = detail.eventId ?? event.id;
        if (!belongs || seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      const counts: Record<string, number> = {};
      for (const event of mine) counts[event['detail-type']] = (counts[event['detail-type']] ?? 0) + 1;
      return { mine, counts };
    };
    // Publishing follows the state change: give the last events a moment to land.
    let events = await readEvents();
    const complete = (counts: Record<string, number>) => Object.entries(expectedCounts).every(([type, n]) => (counts[type] ?? 0) >= n);
    for (let i = 0; i < 50 && !complete(events.counts); i++) {
      await sleep(200);
      events = await readEvents();
    }
    result.steps.push({ name: 'events', method: 'GET', path: '/local/events', expected: 200, status: 200, ok: true, ms: 0 });
    result.events = events.mine;
    result.eventCounts = events.counts;
    for (const [type, n] of Object.entries(expectedCounts)) {
      if ((events.counts[type] ?? 0) !== n) fail(`events: ${events.counts[type] ?? 0} ${type}, expected ${n}`);
    }
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    fail(error.message);
  }

  result.durationMs = Date.now() - started;
  result.ok = result.failures.length === 0 && result.steps.every((step) => step.ok);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Printing

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => `  ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')}`.trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const detailSummary = (app: ScenarioApplication): string => {
  const d = (app.submitted.details ?? {}) as Record<string, unknown>;
  switch (app.programme) {
    case 'OSP_RND':
      return `R&D ${d.rndCosts} (${d.periodStart}..${d.periodEnd})`;
    case 'OSP_OPERATING':
      return `FY${d.fiscalYear} costs ${d.operatingCosts}`;
    case 'AI_ACTIVITY':
      return `${d.activityType}, asks ${d.requestedAmount}`;
    case 'REVENUE_MILESTONE':
      return `FY${d.fiscalYear} income ${d.mainBusinessIncome}`;
    case 'ENTERPRISE_SETTLEMENT':
      return `${d.origin}, asks ${d.requestedAmount}`;
    case 'NATIONAL_PLATFORM':
      return `${d.recognition === 'NATIONAL_KEY_LABORATORY' ? 'key lab' : 'tech centre'}, asks ${d.requestedAmount}`;
  }
};

/** The readable report `npm run demo` prints. */
export function formatScenario(result: ScenarioResult): string {
  const out: string[] = [];
  const short = (id: string) => id.replace(`demo-${result.tag}-`, '');
  out.push('', `Applications (applicants demo-${result.tag}-*)`);
  out.push(
    table(
      ['application', 'applicant', 'programme', 'claim', 'outcome', 'amount', 'cap', 'review', 'appeal', 'status'],
      result.applications.map((app) => {
        const decision = app.evaluated?.decision;
        const review = app.final?.review;
        const appeal = app.final?.appeal;
        return [
          app.label,
          short(app.applicantId),
          app.programme,
          detailSummary(app),
          decision?.outcome ?? '-',
          decision?.amount ?? '-',
          decision?.capApplied ? 'yes' : 'no',
          review ? `${review.decision}${review.amount ? ` ${review.amount}` : ''}` : '',
          appeal ? `${appeal.decision ?? 'PENDING'}${appeal.amount ? ` ${appeal.amount}` : ''}` : '',
          app.final?.status ?? app.evaluated?.status ?? '?',
        ];
      }),
    ),
  );

  out.push('', 'Decisions with their reasons');
  for (const app of result.applications) {
    const decision = app.evaluated?.decision;
    if (!decision) continue;
    out.push(`  ${app.label} — ${decision.outcome} ${decision.amount} yuan (${decision.policyVersion})`);
    for (const reason of decision.reasons) out.push(`      ${reason.rule.padEnd(38)} ${reason.message}`);
  }

  if (result.runs.length) {
    out.push('', 'Payout runs');
    out.push(
      table(
        ['fiscal year', 'run', 'status', 'found', 'paid', 'already paid', 'failed', 'amount'],
        result.runs.map((run) => [String(run.fiscalYear), run.runId, run.status, String(run.found), String(run.paid), String(run.alreadyPaid), String(run.failed), run.amount]),
      ),
    );
  }

  const ledgerRows = Object.entries(result.ledger).flatMap(([, entries]) => entries);
  if (ledgerRows.length) {
    out.push('', "Payout ledger (GET /v1/admin/payouts?fiscalYear=, this run's applicants)");
    const labels = new Map(result.applications.map((app) => [app.applicationId, app.label]));
    out.push(
      table(
        ['fiscal year', 'application', 'applicant', 'amount', 'issued at'],
        ledgerRows.map((entry) => [String(entry.fiscalYear), labels.get(entry.applicationId) ?? entry.applicationId, short(entry.applicantId), entry.amount, entry.issuedAt]),
      ),
    );
  }
  if (result.platformPayouts.length) {
    out.push('', `The platform's own payouts (GET /v1/payouts as ${short(result.applicants.platform)}): ${result.platformPayouts.map((p) => `FY${p.fiscalYear} ${p.amount}`).join(', ')}`);
  }

  if (result.documents.length) {
    out.push('', 'Evidence documents (presigned PUT, verified by size, SHA-256 and leading bytes, presigned GET)');
    out.push(
      table(
        ['application', 'file', 'bytes', 'status', 'PUT → verified', 'download'],
        result.documents.map((d) => [d.label, d.fileName, String(d.bytes), d.status, `${d.verifiedInMs} ms`, d.downloadIdentical ? 'identical bytes' : 'DIFFERENT']),
      ),
    );
  }

  if (result.events.length) {
    out.push('', 'Events (GET /local/events, this scenario)');
    out.push(table(['type', 'count'], Object.entries(result.eventCounts).map(([type, n]) => [type, String(n)])));
  }

  const failedSteps = result.steps.filter((step) => !step.ok);
  out.push(
    '',
    `HTTP steps: ${result.steps.length}, ${failedSteps.length === 0 ? 'every status as expected' : `${failedSteps.length} not as expected`}`,
  );
  // Calls of one kind (same request, expected and actual status) share a row.
  const groups = new Map<string, { name: string; request: string; expected: number; status: number; ok: boolean; count: number }>();
  for (const step of result.steps) {
    const request = `${step.method} ${step.path.replace(/[?].*$/, '').replace(/\/v1\/admin\/platforms\/[^/]+/, '/v1/admin/platforms/{applicantId}').replace(/[0-9A-Z]{26}|[0-9a-f-]{36}/g, '{id}')}`;
    const key = `${request}|${step.expected}|${step.status}|${step.name.split(' ')[0]}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { name: step.name, request, expected: step.expected, status: step.status, ok: step.ok, count: 1 });
  }
  out.push(
    table(
      ['step', 'request', 'calls', 'expected', 'got'],
      [...groups.values()].map((g) => [
        g.count > 1 ? `${g.name.split(' ')[0]} …` : g.name,
        g.request,
        String(g.count),
        String(g.expected),
        `${g.status}${g.ok ? '' : '  ✗'}`,
      ]),
    ),
  );
  if (result.failures.length) {
    out.push('', 'Not as expected:');
    for (const failure of result.failures) out.push(`  ✗ ${failure}`);
  }
  out.push('', `${result.ok ? 'Demo completed' : 'Demo FAILED'} in ${(result.durationMs / 1000).toFixed(1)} s against ${result.baseUrl}.`, '');
  return out.join('\n');
}
