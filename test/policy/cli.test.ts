/**
 * The batch CLI (SPEC §3.1): one output line per input line, in order; errors as lines;
 * exit status 0 / 1 / 2. Expected amounts are worked out here from the policy's figures
 * (seed line 11: 50% of R&D costs up to 30M cumulative, 10% of operating costs up to 1M a
 * year; line 17: revenue tiers, settlement up to 8M; line 19: up to 100M; SPEC §3: AI
 * activity up to 5M), never copied from a run.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { caseGenerator } from '../../bench/lib/cases.js';
import { MAX_ISSUES, MAX_LINE_CHARS } from '../../shared/policy/batch.js';
import { evaluateBatch, evaluateLine } from '../../scripts/evaluate-lines.js';
import { main, run } from '../../scripts/evaluate.js';
import { CATALOGUES, renderDecision } from '../../shared/i18n/index.js';
import { evaluate as evaluateNeutral, usccCheckCharacter, type CaseInput } from '../../shared/policy/index.js';
import { award, CASE_BUILDERS, stepUpCase } from './cases.js';
import { zhStyleViolations } from '../i18n/zh-style.js';

/** The library's decision as the CLI writes it by default: reasons in English. */
const evaluate = (input: unknown) => renderDecision(evaluateNeutral(input), 'en');

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Fen as the API's yuan string, computed here rather than with the library. */
const yuan = (fen: bigint) => `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
const M = 1_000_000_00n; // one million yuan, in fen

const USCC = `91310115MA1K4XY20${usccCheckCharacter('91310115MA1K4XY20')}`;
/** The same code with a wrong check character. */
const WRONG_USCC = USCC.slice(0, 17) + (USCC[17] === '0' ? '1' : '0');
const organisation = { name: '临港智算科技有限公司', unifiedSocialCreditCode: USCC, registeredInLingang: true };
const certified = { certifications: [{ certifiedFrom: '2021-01-01', certifiedUntil: '2023-12-31' }], awards: [] };

const CASES = {
  rnd: {
    submittedAt: '2022-03-01T09:00:00+08:00',
    programme: 'OSP_RND',
    organisation,
    details: { periodStart: '2021-01-01', periodEnd: '2021-12-31', rndCosts: '2000000.01' },
    history: certified,
  },
  rndCapped: {
    submittedAt: '2022-07-04T09:00:00+08:00',
    programme: 'OSP_RND',
    organisation,
    details: { periodStart: '2022-01-01', periodEnd: '2022-06-30', rndCosts: '4000000.00' },
    history: { ...certified, awards: [{ programme: 'OSP_RND', amount: '29500000.00' }] },
  },
  operating: {
    submittedAt: '2022-01-05T10:00:00+08:00',
    programme: 'OSP_OPERATING',
    organisation,
    details: { fiscalYear: 2021, operatingCosts: '3000000.50' },
    history: certified,
  },
  activity: {
    submittedAt: '2021-05-01T10:00:00+08:00',
    programme: 'AI_ACTIVITY',
    organisation,
    details: {
      activityType: 'COMPETITION',
      description: 'Lin-gang AI model competition',
      requestedAmount: '6000000.00',
    },
  },
  revenue: {
    submittedAt: '2022-02-01T10:00:00+08:00',
    programme: 'REVENUE_MILESTONE',
    organisation,
    details: {
      fiscalYear: 2021,
      mainBusinessIncome: '12000000.00',
      priorYears: [{ fiscalYear: 2020, mainBusinessIncome: '4000000.00' }],
    },
  },
  settlement: {
    submittedAt: '2021-07-01T10:00:00+08:00',
    programme: 'ENTERPRISE_SETTLEMENT',
    organisation,
    details: { establishedOn: '2021-06-01', origin: 'FOREIGN', requestedAmount: '9000000.00' },
  },
  platform: {
    submittedAt: '2021-09-01T10:00:00+08:00',
    programme: 'NATIONAL_PLATFORM',
    organisation,
    details: {
      recognition: 'NATIONAL_KEY_LABORATORY',
      recognitionReference: 'NKL-2021-07',
      recognizedOn: '2021-08-01',
      requestedAmount: '20000000.00',
    },
  },
  beforeWindow: {
    submittedAt: '2020-12-31T23:59:59+08:00',
    programme: 'OSP_OPERATING',
    organisation,
    details: { fiscalYear: 2020, operatingCosts: '100000.00' },
    history: certified,
  },
  invalid: {
    submittedAt: '2021-09-01T10:00:00+08:00',
    programme: 'NATIONAL_PLATFORM',
    organisation: { ...organisation, unifiedSocialCreditCode: WRONG_USCC },
    details: {
      recognition: 'NATIONAL_KEY_LABORATORY',
      recognitionReference: 'NKL-1',
      recognizedOn: '2021-08-01',
      requestedAmount: 1000,
    },
  },
};

type Expected =
  { outcome: string; amount?: string; capApplied?: boolean; rule?: string } | { error: string; issues?: string[] };

/** The input file, line by line, with what each output line must say. */
const LINES: [string, Expected][] = [
  // 50% of 2,000,000.01 yuan, rounded down to the fen.
  [
    JSON.stringify(CASES.rnd),
    { outcome: 'ELIGIBLE', amount: yuan((200_000_001n * 5000n) / 10_000n), capApplied: false },
  ],
  // 50% of 4,000,000 is 2,000,000 but only 30M − 29.5M = 500,000 remains of the cumulative cap.
  [
    JSON.stringify(CASES.rndCapped),
    { outcome: 'ELIGIBLE', amount: yuan(30n * M - 29_500_000_00n), capApplied: true, rule: 'OSP_RND.cap' },
  ],
  // 10% of 3,000,000.50 yuan.
  [
    JSON.stringify(CASES.operating),
    { outcome: 'ELIGIBLE', amount: yuan((300_000_050n * 1000n) / 10_000n), capApplied: false },
  ],
  ['{"submittedAt": "2021-05-01T10:00:00+08:00", "programme": ', { error: 'not valid JSON' }],
  // A reviewer may approve at most the 5,000,000 yuan maximum of the 6,000,000 requested.
  [JSON.stringify(CASES.activity), { outcome: 'NEEDS_REVIEW', amount: yuan(5n * M), capApplied: true }],
  // 12,000,000 yuan lies in the tier above 10M up to 50M: 500,000 yuan.
  [JSON.stringify(CASES.revenue), { outcome: 'ELIGIBLE', amount: yuan(M / 2n), capApplied: false }],
  [
    JSON.stringify(CASES.invalid),
    { error: 'not a valid case', issues: ['organisation.unifiedSocialCreditCode', 'details.requestedAmount'] },
  ],
  // Up to 8,000,000 yuan of the 9,000,000 requested.
  [JSON.stringify(CASES.settlement), { outcome: 'NEEDS_REVIEW', amount: yuan(8n * M), capApplied: true }],
  // 20,000,000 requested is within the 100,000,000 maximum.
  [JSON.stringify(CASES.platform), { outcome: 'NEEDS_REVIEW', amount: yuan(20n * M), capApplied: false }],
  // Submitted one second before the window opened (2021-01-01, Shanghai).
  [
    JSON.stringify(CASES.beforeWindow),
    { outcome: 'INELIGIBLE', amount: '0.00', capApplied: false, rule: 'policy.window' },
  ],
];

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The command line `npm run --silent evaluate` runs (package.json's script), run as npm runs it
 * (node_modules/.bin first on the path) but without npm itself, which would double each run's start.
 */
const EVALUATE = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts.evaluate!.split(' ');
const PATH_AS_NPM = `${join(ROOT, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`;

interface CliOptions {
  /** Leaves stdin open after `input` (a command that reads it would wait for ever). */
  closeStdin?: boolean;
}

/** Runs the real command, `npm run --silent evaluate -- ...args`, with `input` on stdin, in a process of its own. */
function cliProcess(args: string[], input?: string, { closeStdin = true }: CliOptions = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const [command, ...script] = EVALUATE;
    const child = spawn(command!, [...script, ...args], {
      cwd: ROOT,
      stdio: 'pipe',
      env: { ...process.env, PATH: PATH_AS_NPM },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (data: string) => (stdout += data));
    child.stderr.setEncoding('utf8').on('data', (data: string) => (stderr += data));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    if (input !== undefined) child.stdin.write(input);
    if (closeStdin) child.stdin.end();
  });
}

/**
 * The same command's `main` in this process, with the arguments and the standard streams the
 * process would give it: for what the command decides (options, output, exit status), each
 * process start (tsx and the library, most of a run) saved. cliProcess covers the process itself.
 */
async function cli(args: string[], input?: string, { closeStdin = true }: CliOptions = {}): Promise<Run> {
  const stdin = new PassThrough();
  const collected = { stdout: '', stderr: '' };
  const sink = (stream: keyof typeof collected) =>
    new Writable({
      decodeStrings: false,
      write: (chunk: string, _encoding, done) => ((collected[stream] += chunk), done()),
    });
  if (input !== undefined) stdin.write(input);
  if (closeStdin) stdin.end();
  const status = await main(args, { stdin, stdout: sink('stdout'), stderr: sink('stderr') });
  stdin.destroy();
  return { status, ...collected };
}

const outputLines = (stdout: string) => {
  expect(stdout.endsWith('\n')).toBe(true);
  return stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, any>);
};

function check(output: Record<string, any>, expected: Expected, lineNumber: number) {
  if ('error' in expected) {
    expect(Object.keys(output)).toEqual(['error']);
    expect(output.error).toMatchObject({ line: lineNumber, title: expected.error });
    if (expected.issues)
      expect(output.error.issues.map((issue: { path: string }) => issue.path).sort()).toEqual(
        [...expected.issues].sort(),
      );
    return;
  }
  expect(Object.keys(output)).toEqual(['outcome', 'amount', 'capApplied', 'policyVersion', 'reasons']);
  expect(output).toMatchObject({
    outcome: expected.outcome,
    amount: expected.amount,
    capApplied: expected.capApplied,
    policyVersion: 'LG-AI-2020',
  });
  expect(output.reasons.length).toBeGreaterThan(0);
  for (const reason of output.reasons) expect(Object.keys(reason)).toEqual(['rule', 'message']);
  if (expected.rule) expect(output.reasons.map((reason: { rule: string }) => reason.rule)).toContain(expected.rule);
}

describe('npm run evaluate', () => {
  const input = LINES.map(([line]) => `${line}\n`).join('');

  it('answers each line in input order, reports invalid lines as errors and exits 1', async () => {
    const { status, stdout } = await cliProcess([], input);
    const outputs = outputLines(stdout);
    expect(outputs).toHaveLength(LINES.length);
    LINES.forEach(([, expected], i) => check(outputs[i]!, expected, i + 1));
    expect(status).toBe(1);
  });

  it('writes exactly what the library decides, byte for byte', async () => {
    const valid = LINES.filter(([, expected]) => !('error' in expected)).map(([line]) => line);
    const { status, stdout } = await cli([], valid.join('\n')); // no final newline: the last line still counts
    expect(status).toBe(0);
    expect(stdout).toBe(valid.map((line) => `${JSON.stringify(evaluate(JSON.parse(line)))}\n`).join(''));
  });

  it('--policy LG-AI-2020 evaluates every case under that version', async () => {
    const { status, stdout } = await cli(
      ['--policy', 'LG-AI-2020'],
      `${JSON.stringify(CASES.rnd)}\n${JSON.stringify(CASES.revenue)}\n`,
    );
    expect(status).toBe(0);
    const outputs = outputLines(stdout);
    check(outputs[0]!, LINES[0]![1], 1);
    check(outputs[1]!, LINES[5]![1], 2);
  });

  it('refuses an unknown --policy with one message and exit 2, without reading input', async () => {
    // stdin stays open: the command must not wait for it.
    const { status, stdout, stderr } = await cliProcess(['--policy', 'LG-AI-2099'], JSON.stringify(CASES.rnd), {
      closeStdin: false,
    });
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('unknown policy version "LG-AI-2099" (known: LG-AI-2020, LG-AI-2020-R1)');
    const chinese = await cli(['--lang', 'zh-CN', '--policy', 'LG-AI-2099'], JSON.stringify(CASES.rnd), {
      closeStdin: false,
    });
    expect(chinese.status).toBe(2);
    expect(chinese.stderr).toBe('evaluate: 没有政策版本“LG-AI-2099”（可用版本：LG-AI-2020、LG-AI-2020-R1）\n');
  });

  it('--lang zh-CN writes the same decisions with the reasons and field messages in Chinese', async () => {
    const valid = [CASES.rnd, CASES.operating] as CaseInput[];
    const input = [...valid, { ...CASES.rnd, submittedAt: 'yesterday' }].map((c) => `${JSON.stringify(c)}\n`).join('');
    const [chinese, english] = await Promise.all([cli(['--lang', 'zh-CN'], input), cli([], input)]);
    const [zh, en] = [outputLines(chinese.stdout), outputLines(english.stdout)];
    valid.forEach((c, i) => expect(zh[i]).toEqual(renderDecision(evaluateNeutral(c), 'zh-CN')));
    valid.forEach((_, i) => {
      const { reasons: zhReasons, ...zhRest } = zh[i] as { reasons: Array<{ rule: string; message: string }> };
      const { reasons: enReasons, ...enRest } = en[i] as { reasons: Array<{ rule: string; message: string }> };
      expect(zhRest).toEqual(enRest);
      expect(zhReasons.map((r) => r.rule)).toEqual(enReasons.map((r) => r.rule));
      for (const reason of zhReasons) expect(reason.message).toMatch(/\p{Script=Han}/u);
    });
    const invalid = zh[2] as { error: { issues: Array<{ path: string; message: string }> } };
    expect(invalid.error.issues.find((issue) => issue.path === 'submittedAt')?.message).toBe(
      CATALOGUES['zh-CN'].fields.instant,
    );
  });

  it('--lang zh-CN over the policy test cases prints no English word, no ISO date and no unseparated amount in its texts', async () => {
    const cases: unknown[] = [
      ...Object.values(CASES),
      ...Object.values(CASE_BUILDERS).flatMap((build) => [
        build(),
        build({ organisation: { registeredInLingang: false } }),
      ]),
      stepUpCase({ awards: [award('REVENUE_MILESTONE', '200000.00', { threshold: '5000000.00' })] }),
      stepUpCase({
        details: { mainBusinessIncome: '70000000.00', priorYears: [] },
        awards: [award('REVENUE_MILESTONE', '1000000.00', { threshold: '50000000.00' })],
      }),
      { ...CASES.rnd, submittedAt: 'yesterday', details: { rndCosts: 12 } },
    ];
    const input = `${cases.map((c) => JSON.stringify(c)).join('\n')}\n\n{oops\n`;
    const { stdout } = await cli(['--lang', 'zh-CN'], input);
    const lines = outputLines(stdout) as Array<{
      reasons?: { message: string }[];
      error?: { title: string; detail?: string; issues?: { message: string }[] };
    }>;
    expect(lines).toHaveLength(cases.length + 2);
    const texts = lines.flatMap((line) => [
      ...(line.reasons ?? []).map((reason) => reason.message),
      ...(line.error
        ? [
            line.error.title,
            ...(line.error.detail ? [line.error.detail] : []),
            ...(line.error.issues ?? []).map((issue) => issue.message),
          ]
        : []),
    ]);
    expect(texts.length).toBeGreaterThan(cases.length * 4);
    // What the cases typed: recognition references.
    const typed = cases.flatMap((c) =>
      String((c as { details?: { recognitionReference?: string } }).details?.recognitionReference ?? ''),
    );
    for (const text of texts) expect(zhStyleViolations(text, typed), text).toEqual([]);
  });

  it('refuses a language it does not write with exit 2', async () => {
    const { status, stderr } = await cli(['--lang', 'fr'], JSON.stringify(CASES.rnd));
    expect(status).toBe(2);
    expect(stderr).toContain('--lang takes en or zh-CN, not "fr"');
  });

  it('refuses an unknown option with exit 2; --help explains the format and blank lines', async () => {
    expect((await cli(['--polcy', 'LG-AI-2020'], '')).status).toBe(2);
    const help = await cli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--policy VERSION');
    expect(help.stdout).toContain('blank');
  });

  it('gives the same bytes on three threads (two workers) as on one, in order across many batches', async () => {
    const next = caseGenerator(7);
    const lines = Array.from({ length: 3000 }, (_, i) => (i === 1234 ? '{oops' : JSON.stringify(next())));
    const input = `${lines.join('\n')}\n`;
    const [pooled, single] = await Promise.all([cli(['--jobs', '3'], input), cli(['--jobs', '1'], input)]);
    expect(pooled.status).toBe(1);
    expect(single.status).toBe(1);
    expect(pooled.stdout).toBe(single.stdout);
    const outputs = outputLines(single.stdout);
    expect(outputs).toHaveLength(3000);
    expect(outputs[1234]).toMatchObject({ error: { line: 1235, title: 'not valid JSON' } });
    expect(outputs[2999]).toEqual(evaluate(JSON.parse(lines[2999]!)));
  });
});

describe('evaluateLine', () => {
  it('answers a valid case with its decision, keys in a fixed order', () => {
    const result = evaluateLine(JSON.stringify(CASES.operating), 1);
    expect(result.ok).toBe(true);
    expect(result.output).toBe(JSON.stringify(evaluate(CASES.operating)));
    check(JSON.parse(result.output), LINES[2]![1], 1);
  });

  it('names the line and the parse error for a line that is not JSON', () => {
    const result = evaluateLine('{"programme": "OSP_RND",', 42);
    expect(result.ok).toBe(false);
    expect(JSON.parse(result.output)).toMatchObject({
      error: { line: 42, title: 'not valid JSON', detail: expect.any(String) },
    });
  });

  it('lists field-level issues for an invalid case', () => {
    const result = evaluateLine(JSON.stringify(CASES.invalid), 7);
    expect(result.ok).toBe(false);
    const { error } = JSON.parse(result.output);
    expect(error).toMatchObject({ line: 7, title: 'not a valid case' });
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: 'organisation.unifiedSocialCreditCode', message: expect.any(String) },
        { path: 'details.requestedAmount', message: expect.any(String) },
      ]),
    );
  });

  it('reports JSON that is not an object, an unknown field and a blank line', () => {
    expect(JSON.parse(evaluateLine('42', 1).output).error).toMatchObject({
      title: 'not a valid case',
      issues: [expect.objectContaining({ path: '' })],
    });
    const extra = evaluateLine(JSON.stringify({ ...CASES.activity, note: 'x' }), 2);
    expect(JSON.parse(extra.output).error.issues).toEqual([{ path: 'note', message: 'unknown field' }]);
    expect(evaluateLine('   ', 3)).toEqual({
      ok: false,
      output: JSON.stringify({ error: { line: 3, title: 'blank line: expected one case per line' } }),
    });
  });

  it('lists at most MAX_ISSUES issues and counts the rest', () => {
    const awards = Array.from({ length: MAX_ISSUES + 5 }, () => 0);
    const { error } = JSON.parse(
      evaluateLine(JSON.stringify({ ...CASES.activity, history: { certifications: [], awards } }), 1).output,
    );
    expect(error.issues).toHaveLength(MAX_ISSUES);
    expect(error.issues[0]).toEqual({ path: 'history.awards.0', message: expect.any(String) });
    expect(error.moreIssues).toBe(5);
  });

  it('evaluates under the named policy version', () => {
    const decision = JSON.parse(evaluateLine(JSON.stringify(CASES.revenue), 1, { policy: 'LG-AI-2020' }).output);
    check(decision, LINES[5]![1], 1);
  });
});

describe('evaluateBatch and run', () => {
  it('numbers the lines of a batch from its first line and accepts CRLF', () => {
    const batch = evaluateBatch(`${JSON.stringify(CASES.rnd)}\r\nnope\r\n${JSON.stringify(CASES.platform)}`, 10);
    expect(batch).toMatchObject({ lines: 3, invalid: 1 });
    const outputs = outputLines(batch.output);
    check(outputs[0]!, LINES[0]![1], 10);
    expect(outputs[1]).toMatchObject({ error: { line: 11 } });
    check(outputs[2]!, LINES[8]![1], 12);
  });

  it('streams chunks split inside lines and inside UTF-8 characters, and waits for a slow writer', async () => {
    const input = Buffer.from(LINES.map(([line]) => `${line}\n`).join(''));
    // 7-byte chunks cut the Chinese organisation name's 3-byte characters.
    const chunks = Array.from({ length: Math.ceil(input.length / 7) }, (_, i) => input.subarray(i * 7, i * 7 + 7));
    let written = '';
    let writes = 0;
    const slow = new Writable({
      highWaterMark: 64,
      write(chunk: Buffer, _encoding, done) {
        written += chunk.toString();
        writes++;
        setTimeout(done, 1);
      },
    });
    const summary = await run(Readable.from(chunks), slow);
    expect(summary).toEqual({ lines: LINES.length, invalid: 2 });
    const outputs = outputLines(written);
    LINES.forEach(([, expected], i) => check(outputs[i]!, expected, i + 1));
    expect(writes).toBeGreaterThan(0);
  });

  it('reports a line over MAX_LINE_CHARS as an error and goes on with the next line', async () => {
    const long = 'x'.repeat(2 * MAX_LINE_CHARS); // its end arrives after MAX_LINE_CHARS were seen
    const input = Buffer.from(`${JSON.stringify(CASES.activity)}\n${long}\n${JSON.stringify(CASES.platform)}\n`);
    const size = 2 ** 17;
    const chunks = Array.from({ length: Math.ceil(input.length / size) }, (_, i) =>
      input.subarray(i * size, (i + 1) * size),
    );
    let written = '';
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => ((written += chunk.toString()), done()) });
    expect(await run(Readable.from(chunks), sink)).toEqual({ lines: 3, invalid: 1 });
    const outputs = outputLines(written);
    check(outputs[0]!, LINES[4]![1], 1);
    expect(outputs[1]).toEqual({
      error: { line: 2, title: `line too long: more than ${MAX_LINE_CHARS.toLocaleString('en-US')} characters` },
    });
    check(outputs[2]!, LINES[8]![1], 3);
    // The same line in one piece (not streamed) gets the same answer.
    expect(evaluateLine(long, 2).output).toBe(JSON.stringify(outputs[1]));
  });

  it('treats an empty input as no lines and a lone newline as one blank line', async () => {
    const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });
    expect(await run(Readable.from([]), sink())).toEqual({ lines: 0, invalid: 0 });
    expect(await run(Readable.from([Buffer.from('\n')]), sink())).toEqual({ lines: 1, invalid: 1 });
  });
});
