/**
 * What every step of the demo scenario shares: the typed API client, the applicants and their
 * tokens, the result being filled in, and the two ways a step talks to the system: `call` (one
 * HTTP call, recorded as a step) and `waitFor` (polling until the system has caught up).
 */
import { bearer, createApiClient, type ApiClient } from '../../client/index.js';
import { usccCheckCharacter } from '../../shared/policy/uscc.js';
import type { ScenarioOptions, ScenarioResult } from './model.js';

type Applicants = ScenarioResult['applicants'];

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Ends the scenario early as a failure of the result; any other error is a bug and propagates. */
export class ScenarioError extends Error {}

/**
 * An 18-character Unified Social Credit Code with a valid GB 32100-2015 check character:
 * `91` (enterprise), `310115` (Pudong, Shanghai), then an organisation code from `n`.
 */
export function demoUscc(n: number): string {
  const first17 = `91310115MA1K${String(n % 100_000).padStart(5, '0')}`;
  return first17 + usccCheckCharacter(first17);
}

const applicantsTagged = (tag: string): Applicants => ({
  platform: `demo-${tag}-platform`,
  uncertified: `demo-${tag}-newplatform`,
  activity: `demo-${tag}-activity`,
  company: `demo-${tag}-company`,
  settler: `demo-${tag}-settler`,
  lab: `demo-${tag}-lab`,
  admin: `demo-${tag}-reviewer`,
  appealsOfficer: `demo-${tag}-appeals-officer`,
});

const emptyResult = (baseUrl: string, tag: string, startedAt: string, applicants: Applicants): ScenarioResult => ({
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
});

export class ScenarioContext {
  readonly baseUrl: string;
  readonly tag: string;
  /** ISO time the events are read from. */
  readonly startedAt: string;
  readonly applicants: Applicants;
  readonly result: ScenarioResult;
  readonly api: ApiClient;
  readonly log: (line: string) => void;
  private readonly started = Date.now();
  private readonly waitTimeoutMs: number;
  private readonly tokens = new Map<string, string>();
  // The request behind each answer, for the step's record (openapi-fetch answers with the response only).
  private readonly requests = new WeakMap<Response, Request>();
  private usccSeed: number;

  constructor(private readonly options: ScenarioOptions) {
    this.baseUrl = options.baseUrl.replace(/\/$/, '');
    this.log = options.log ?? (() => undefined);
    this.waitTimeoutMs = options.waitTimeoutMs ?? 60_000;
    this.tag =
      options.tag ??
      `${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 3)
        .toString(36)
        .padStart(3, '0')}`;
    // A second back: the server's clock is this machine's, but receivedAt has millisecond precision.
    this.startedAt = new Date(this.started - 1000).toISOString();
    this.applicants = applicantsTagged(this.tag);
    this.result = emptyResult(this.baseUrl, this.tag, this.startedAt, this.applicants);
    this.api = createApiClient({ baseUrl: this.baseUrl });
    this.api.use({ onResponse: ({ request, response }) => void this.requests.set(response, request) });
    this.usccSeed = Number.parseInt(this.tag.slice(-4), 36) || 1;
  }

  fail(message: string): void {
    this.result.failures.push(message);
    this.log(`  ✗ ${message}`);
  }

  async auth(sub: string, admin = false) {
    const key = `${sub}|${admin}`;
    if (!this.tokens.has(key)) this.tokens.set(key, await this.options.token(sub, admin));
    return bearer(this.tokens.get(key)!);
  }

  adminAuth() {
    return this.auth(this.applicants.admin, true);
  }

  /** The applicant organisation of a submission, each with its own valid credit code. */
  organisation(name: string) {
    return { name, unifiedSocialCreditCode: demoUscc(this.usccSeed++), registeredInLingang: true };
  }

  /**
   * One API call through the typed client, recorded as a step: the answer's body (data or
   * problem), status and headers. An answer the document does not allow rejects the call.
   */
  async call<T>(
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
    const sent = this.requests.get(response)!;
    const { pathname, search } = new URL(sent.url);
    const [method, path] = [sent.method, `${pathname}${search}`];
    const text = JSON.stringify(answer.data ?? answer.error ?? '');
    const ok = response.status === expect;
    const ms = Math.round(performance.now() - t0);
    if (record || !ok) {
      this.result.steps.push({
        name,
        method,
        path,
        expected: expect,
        status: response.status,
        ok,
        ms,
        ...(ok ? {} : { problem: text.slice(0, 500) }),
      });
    }
    if (!ok) this.unexpectedStatus(`${name}: ${method} ${path}`, response.status, expect, text);
    return { status: response.status, body: (answer.data ?? answer.error) as T, headers: response.headers };
  }

  /** Records a step the scenario reached by polling, as a successful GET. */
  recordAwaited(name: string, path: string): void {
    this.result.steps.push({ name, method: 'GET', path, expected: 200, status: 200, ok: true, ms: 0 });
  }

  async waitFor<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
    const deadline = Date.now() + this.waitTimeoutMs;
    for (let delay = 100; ; delay = Math.min(delay * 1.5, 1000)) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline)
        throw new ScenarioError(`timed out after ${this.waitTimeoutMs} ms waiting for ${what}`);
      await sleep(delay);
    }
  }

  /** The scenario's result, with its duration and verdict. */
  finish(): ScenarioResult {
    this.result.durationMs = Date.now() - this.started;
    this.result.ok = this.result.failures.length === 0 && this.result.steps.every((step) => step.ok);
    return this.result;
  }

  private unexpectedStatus(request: string, status: number, expect: number, text: string): void {
    this.fail(`${request} answered ${status}, expected ${expect} — ${text.slice(0, 300)}`);
    // Every later call would be refused too: a wrong signing key is worth one clear sentence.
    if (status === 401 && expect !== 401) {
      throw new ScenarioError(
        `the API at ${this.baseUrl} refused the demo's token (401): it was started with another state directory; set LOCAL_STATE_DIR to the directory it uses`,
      );
    }
  }
}
