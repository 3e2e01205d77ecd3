/**
 * `npm run bench`: figures for the policy library and the batch CLI (issue 2, "Benchmark").
 * Prints rates; asserts nothing about time. Exits 1 only if json-rules-engine and the
 * library disagree on an outcome, or if a run fails.
 *
 * All figures come from the same deterministic mixed-programme cases (bench/lib/cases.ts):
 *   a) in-process `evaluate` (validation, amount and reasons included);
 *   b) the same eligibility rules in json-rules-engine (bench/lib/rules-engine.ts), timed on
 *      the same work: parsed case object → outcome, deriving the facts included;
 *   c) zod's `caseSchema.safeParse` alone, the floor under `evaluate`;
 *   d) the CLI on a 200,000-line file (wall time from spawn to exit, start-up included, with
 *      peak memory; then piped once and three times over, to show memory stays flat),
 *      beside a bare readline → JSON.parse → JSON.stringify loop over the same file.
 */
import { spawn } from 'node:child_process';
import { closeSync, createReadStream, createWriteStream, mkdirSync, openSync, rmSync, statSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { availableParallelism, loadavg } from 'node:os';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { caseGenerator, generateCases } from './lib/cases.js';
import { outcomeByRulesEngine, rulesEngines, singleRulesEngine } from './lib/rules-engine.js';
import { evaluateLine } from '../scripts/evaluate-lines.js';
import { evaluateFast } from '../shared/policy/fast.js';
import { caseSchema, decide, evaluate, parseCase, versionFor } from '../shared/policy/index.js';
import * as z from '../shared/zod.js';

const SEED = 20201226;
const CASES = 30_000;
const CLI_LINES = 200_000;
const TARGET = { evaluate: 600_000, versusRulesEngine: 20, cli: 150_000 };
/** The CLI's default --jobs (see HELP in scripts/evaluate.ts). */
const jobs = Math.min(availableParallelism(), 4);

const root = fileURLToPath(new URL('..', import.meta.url));
const scratch = `${root}.bench`;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const ratio = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)}×`;
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT MET');

/**
 * Median rates (items per second of wall time, and per second of this process's CPU time,
 * which a busy shared machine disturbs less) over `passes` timed passes, after a warm-up pass.
 */
async function rate(
  count: number,
  pass: () => void | Promise<void>,
  passes = 5,
): Promise<{ wall: number; cpu: number }> {
  await pass();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < passes; i++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    await pass();
    const { user, system } = process.cpuUsage(cpuStarted);
    wall.push((count * 1000) / (performance.now() - started));
    cpu.push((count * 1e6) / (user + system));
  }
  const median = (rates: number[]) => rates.sort((a, b) => a - b)[Math.floor(passes / 2)]!;
  return { wall: median(wall), cpu: median(cpu) };
}

// ---- in-process ------------------------------------------------------------------------
const cases = generateCases(CASES, SEED);
const lines = cases.map((c) => JSON.stringify(c));
const outcomes: Record<string, number> = {};
for (const c of cases) {
  const { outcome } = evaluate(c);
  outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
}

const evaluateRate = await rate(CASES, () => {
  for (const c of cases) evaluateFast(c);
});
const plainEvaluateRate = await rate(CASES, () => {
  for (const c of cases) evaluate(c);
});
const parsed = cases.map((c) => parseCase(c));
const decideRate = await rate(CASES, () => {
  for (const c of parsed) decide(c, versionFor(c.submittedAt));
});
// The floor is the same validator evaluateFast uses: caseSchema through zod's compiler.
const compiledCaseSchema = z.compile(caseSchema, { strict: true });
const zodRate = await rate(CASES, () => {
  for (const c of cases) compiledCaseSchema.safeParse(c);
});
const lineRate = await rate(CASES, () => {
  for (let i = 0; i < lines.length; i++) evaluateLine(lines[i]!, i + 1);
});

const engines = rulesEngines();
const singleEngine = singleRulesEngine();
let agree = 0;
const mismatches: string[] = [];
for (const c of cases) {
  const ours = evaluate(c);
  const theirs = [await outcomeByRulesEngine(engines, c), await outcomeByRulesEngine(singleEngine, c)];
  if (theirs.every((outcome) => outcome === ours.outcome)) agree++;
  else if (mismatches.length < 5) {
    mismatches.push(
      `  json-rules-engine ${theirs.join(' / ')}, evaluate ${ours.outcome} (${ours.reasons.map((r) => r.rule).join(', ')}): ${JSON.stringify(c)}`,
    );
  }
}
const rulesEngineRate = await rate(
  CASES,
  async () => {
    for (const c of cases) await outcomeByRulesEngine(engines, c);
  },
  3,
);
const singleEngineRate = await rate(
  CASES / 3,
  async () => {
    for (let i = 0; i < CASES / 3; i++) await outcomeByRulesEngine(singleEngine, cases[i]!);
  },
  3,
);

// ---- CLI ---------------------------------------------------------------------------------
mkdirSync(scratch, { recursive: true });
async function writeCases(path: string, count: number) {
  const out = createWriteStream(path);
  const next = caseGenerator(SEED);
  for (let i = 0; i < count; i += 1000) {
    let chunk = '';
    for (let j = i; j < Math.min(count, i + 1000); j++) chunk += `${JSON.stringify(next())}\n`;
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
}
const bigFile = `${scratch}/cases-${CLI_LINES}.jsonl`;
await writeCases(bigFile, CLI_LINES);

interface Timed {
  seconds: number;
  maxRssMiB: number;
  lines: number;
}
/**
 * Runs `node --import tsx <script> ...args` with stdout to a file and, as stdin, the `input`
 * file itself or, with `piped`, the file piped that many times over: wall time and the peak
 * RSS the script reports.
 */
async function timeScript(script: string, args: string[], input: string, piped?: number): Promise<Timed> {
  const output = `${scratch}/out.jsonl`;
  const stdin = piped === undefined ? openSync(input, 'r') : 'pipe';
  const stdout = openSync(output, 'w');
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root,
    stdio: [stdin, stdout, 'pipe'],
    env: { ...process.env, POLICY_CLI_MAXRSS: '1', NODE_NO_WARNINGS: '1' },
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (data: string) => (stderr += data));
  const closed = once(child, 'close');
  for (let i = 0; child.stdin && i < (piped ?? 0); i++)
    await pipeline(createReadStream(input), child.stdin, { end: i === piped! - 1 });
  const [status] = (await closed) as [number];
  const seconds = (performance.now() - started) / 1000;
  if (typeof stdin === 'number') closeSync(stdin);
  closeSync(stdout);
  const maxRss = /maxRSS (\d+) KiB/.exec(stderr);
  if (status !== 0 || !maxRss) throw new Error(`${script} ${args.join(' ')} exited ${status}: ${stderr}`);
  let count = 0;
  for await (const chunk of createReadStream(output) as AsyncIterable<Buffer>) {
    for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) count++;
  }
  rmSync(output);
  return { seconds, maxRssMiB: Number(maxRss[1]) / 1024, lines: count };
}

const CLI = 'scripts/evaluate.ts';
const BASELINE = 'bench/lib/json-roundtrip.ts';
const empty = `${scratch}/empty.jsonl`;
closeSync(openSync(empty, 'w'));
const cliStart = await timeScript(CLI, [], empty);
const cliBig = await timeScript(CLI, [], bigFile);
const cliPiped = await timeScript(CLI, [], bigFile, 1);
const cliTriple = await timeScript(CLI, [], bigFile, 3);
const cliOneThread = await timeScript(CLI, ['--jobs', '1'], bigFile);
const baselineStart = await timeScript(BASELINE, [], empty);
const baseline = await timeScript(BASELINE, [], bigFile);
for (const run of [cliBig, cliPiped, cliTriple, cliOneThread, baseline]) {
  if (run.lines !== (run === cliTriple ? 3 * CLI_LINES : CLI_LINES))
    throw new Error(`expected one output line per input line, got ${run.lines}`);
}

// ---- report -------------------------------------------------------------------------------
const perSecond = (run: Timed) => run.lines / run.seconds;
const afterStart = (run: Timed, start: Timed) => run.lines / Math.max(0.001, run.seconds - start.seconds);
// Flat: three times the lines must not take much more memory (V8 still grows its heap a little
// towards its steady size; anything held per line would triple it).
const growth = cliTriple.maxRssMiB / cliPiped.maxRssMiB;
const flat = growth <= 1.25;
const mib = (run: Timed) => `${run.maxRssMiB.toFixed(0)} MiB`;
const row = (label: string, value: string, note = '') =>
  console.log(`  ${label.padEnd(52)} ${value.padStart(20)}  ${note}`);
const rates = ({ wall, cpu }: { wall: number; cpu: number }) => `${fmt(wall)} (${fmt(cpu)})`;

console.log(
  `Policy benchmark: ${fmt(CASES)} generated cases (seed ${SEED}, six programmes; ` +
    `${Object.entries(outcomes)
      .map(([outcome, n]) => `${outcome} ${fmt(n)}`)
      .join(', ')}), ` +
    `Node ${process.version}, ${availableParallelism()} CPUs, load average ${loadavg()[0]!.toFixed(2)}`,
);
console.log('In process: cases per second, median of timed passes, by wall time (and by CPU time):');
row(
  'a) evaluateFast: object → decision (zod, amount, reasons)',
  rates(evaluateRate),
  `target ≥ ${fmt(TARGET.evaluate)}: ${verdict(evaluateRate.wall >= TARGET.evaluate)}`,
);
row(
  "   evaluate, uncompiled zod (the Lambdas' path)",
  rates(plainEvaluateRate),
  'one case per message: no compiler in the bundles',
);
row('   decide alone, case already validated', rates(decideRate), 'the rules without zod');
row('   evaluateLine: JSON line → JSON line', rates(lineRate), "the CLI's work per line, one thread");
row(
  'b) json-rules-engine: object → facts → outcome',
  rates(rulesEngineRate),
  'facts derived inside the timing; no validation, amounts or reasons',
);
const versusRulesEngine = evaluateRate.wall / rulesEngineRate.wall;
row(
  '   evaluate ÷ json-rules-engine',
  ratio(versusRulesEngine),
  `(CPU ${ratio(evaluateRate.cpu / rulesEngineRate.cpu)}) target ≥ ${TARGET.versusRulesEngine}×: ${verdict(versusRulesEngine >= TARGET.versusRulesEngine)}`,
);
row(
  '   the same, all six rules in one engine',
  rates(singleEngineRate),
  `evaluate ÷ this: ${ratio(evaluateRate.wall / singleEngineRate.wall)}`,
);
row('   outcomes agreeing (both encodings)', `${fmt(agree)}/${fmt(CASES)}`);
row(
  'c) zod caseSchema.safeParse alone, compiled (floor)',
  rates(zodRate),
  `evaluate is ${ratio(evaluateRate.wall / zodRate.wall)} the floor`,
);
console.log(
  `CLI on ${fmt(CLI_LINES)} lines (${(statSync(bigFile).size / 1e6).toFixed(0)} MB), file → file, wall time from spawn to exit (node --import tsx):`,
);
row(
  `d) evaluate, default (--jobs ${jobs}: main thread + ${jobs - 1} worker)`,
  `${fmt(perSecond(cliBig))}/s`,
  `${cliBig.seconds.toFixed(2)} s, peak ${mib(cliBig)}; target ≥ ${fmt(TARGET.cli)}/s: ${verdict(perSecond(cliBig) >= TARGET.cli)}`,
);
row(
  '   the same without start-up',
  `${fmt(afterStart(cliBig, cliStart))}/s`,
  `start-up on empty input ${cliStart.seconds.toFixed(2)} s`,
);
row(
  '   evaluate --jobs 1 (one thread)',
  `${fmt(perSecond(cliOneThread))}/s`,
  `${cliOneThread.seconds.toFixed(2)} s, peak ${mib(cliOneThread)}`,
);
row(
  `   the same file piped to stdin`,
  `${fmt(perSecond(cliPiped))}/s`,
  `${cliPiped.seconds.toFixed(2)} s, peak ${mib(cliPiped)}`,
);
row(
  `   piped three times over: ${fmt(3 * CLI_LINES)} lines`,
  `${fmt(perSecond(cliTriple))}/s`,
  `${cliTriple.seconds.toFixed(2)} s, peak ${mib(cliTriple)}: ${ratio(growth)} the peak for 3× the lines, ${flat ? 'flat' : 'NOT FLAT'} (≤ 1.25×)`,
);
row(
  '   baseline: readline → JSON.parse → JSON.stringify',
  `${fmt(perSecond(baseline))}/s`,
  `${baseline.seconds.toFixed(2)} s, peak ${mib(baseline)}; start-up ${baselineStart.seconds.toFixed(2)} s`,
);
row('   CLI ÷ baseline', ratio(perSecond(cliBig) / perSecond(baseline)));

if (agree !== CASES) {
  console.log(
    `json-rules-engine and evaluate disagree on ${fmt(CASES - agree)} cases, e.g.:\n${mismatches.join('\n')}`,
  );
  process.exitCode = 1;
}
