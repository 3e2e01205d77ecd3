/**
 * `npm run soak -- --minutes N`: the model-based test (test/model/) run again and again, each run
 * with a new seed, for N minutes; prints each run's seed and rate and, at the end, interleavings
 * per second over all runs. A failing run stops the soak and prints its seed and replay command
 * (the test prints the counterexample's path with it).
 *
 * `--baseline DIR` measures another checkout's model test in the same soak (e.g. main's, for
 * a change to the test): runs alternate between this one and DIR's, and the end prints both
 * rates and their ratio.
 */
import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { minutes: { type: 'string', default: '10' }, baseline: { type: 'string' } },
});
const minutes = Number(values.minutes);
if (!(minutes > 0)) throw new Error('--minutes must be a positive number');

interface Run {
  seed: number;
  passed: boolean;
  interleavings: number;
  seconds: number;
  output: string;
}

function runModel(seed: number, cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['vitest', 'run', 'test/model'], {
      cwd,
      env: { ...process.env, MODEL_SEED: String(seed) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('exit', (code) => {
      const found = /model seed \d+: (\d+) interleavings in ([\d.]+) s/.exec(output);
      resolve({
        seed,
        passed: code === 0 && found !== null,
        interleavings: Number(found?.[1] ?? 0),
        seconds: Number(found?.[2] ?? 0),
        output,
      });
    });
  });
}

const sides = [{ name: 'model test', cwd: process.cwd(), runs: 0, interleavings: 0, seconds: 0 }];
if (values.baseline) sides.push({ name: 'baseline', cwd: values.baseline, runs: 0, interleavings: 0, seconds: 0 });
const rate = (side: (typeof sides)[number]) => side.interleavings / side.seconds;

const deadline = Date.now() + minutes * 60_000;
for (let turn = 0; Date.now() < deadline; turn++) {
  const side = sides[turn % sides.length]!;
  const run = await runModel(randomInt(2 ** 31), side.cwd);
  if (!run.passed) {
    process.stdout.write(
      `${run.output}\nsoak: ${side.name} seed ${run.seed} failed (replay in ${side.cwd}: MODEL_SEED=${run.seed} npx vitest run test/model)\n`,
    );
    process.exit(1);
  }
  side.runs += 1;
  side.interleavings += run.interleavings;
  side.seconds += run.seconds;
  console.log(
    `${side.name} seed ${run.seed}: ${run.interleavings} interleavings in ${run.seconds.toFixed(1)} s (${(run.interleavings / run.seconds).toFixed(2)}/s)`,
  );
}
for (const side of sides)
  console.log(
    `soak: ${side.name}: ${side.runs} runs, ${side.interleavings} interleavings in ${side.seconds.toFixed(1)} s of model test: ${rate(side).toFixed(2)} interleavings/s`,
  );
if (sides.length === 2) console.log(`soak: model test / baseline = ${(rate(sides[0]!) / rate(sides[1]!)).toFixed(2)}×`);
