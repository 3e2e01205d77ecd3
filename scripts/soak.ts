/**
 * `npm run soak -- --minutes N`: the model-based test (test/model/) run again and again, each run
 * with a new seed, for N minutes; prints each run's seed and rate and, at the end, interleavings
 * per second over all runs. A failing run stops the soak and prints its seed (replay with
 * MODEL_SEED=<seed> npx vitest run test/model).
 */
import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '10' } } });
const minutes = Number(values.minutes);
if (!(minutes > 0)) throw new Error('--minutes must be a positive number');

interface Run {
  seed: number;
  passed: boolean;
  interleavings: number;
  seconds: number;
  output: string;
}

function runModel(seed: number): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['vitest', 'run', 'test/model'], {
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

const deadline = Date.now() + minutes * 60_000;
let interleavings = 0;
let seconds = 0;
let runs = 0;
while (Date.now() < deadline) {
  const run = await runModel(randomInt(2 ** 31));
  if (!run.passed) {
    process.stdout.write(
      `${run.output}\nsoak: seed ${run.seed} failed (replay: MODEL_SEED=${run.seed} npx vitest run test/model)\n`,
    );
    process.exit(1);
  }
  runs += 1;
  interleavings += run.interleavings;
  seconds += run.seconds;
  console.log(
    `seed ${run.seed}: ${run.interleavings} interleavings in ${run.seconds.toFixed(1)} s (${(run.interleavings / run.seconds).toFixed(2)}/s)`,
  );
}
console.log(
  `soak: ${runs} runs, ${interleavings} interleavings in ${seconds.toFixed(1)} s of model test: ${(interleavings / seconds).toFixed(2)} interleavings/s`,
);
