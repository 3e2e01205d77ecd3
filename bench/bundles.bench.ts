/**
 * `npm run bench:bundles`: each function's bundle size (minified) and import time, beside a
 * bare function that only creates a DynamoDB client, measured in the same run. A figure, not a
 * test; target: every function ≤ 1.5× the floor in size and in import time.
 *
 * The bundles are made by synthesizing SubsidyFunction constructs (the construct of the real
 * stacks, so the esbuild options cannot differ), the floor included. Import time is the median
 * over fresh Node processes (`--enable-source-maps`, as on Lambda) of the time `await import()`
 * of the bundle takes inside the process; rounds interleave the bundles to spread noise.
 *
 * Options: --runs N (default 9).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { App, Stack } from 'aws-cdk-lib';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { PROJECT_ROOT, SubsidyFunction } from '../infra/constructs/subsidy-function.js';
import { FUNCTION_NAMES } from '../shared/contract/resources.js';
import { DUMMY_LAMBDA_ENV } from '../test/infra/lambda-env.js';
import { option } from './lib/options.js';

const run = promisify(execFile);
const TARGET = 1.5;
const FLOOR = 'bare (DynamoDB client only)';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function importMillis(file: string, service: string): Promise<number> {
  const url = pathToFileURL(file).href;
  const script =
    `const t = performance.now(); const m = await import(${JSON.stringify(url)}); const d = performance.now() - t;` +
    `if (typeof m.handler !== 'function') throw new Error('no handler export'); console.log(d);`;
  const { stdout } = await run(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', script], {
    env: { PATH: process.env.PATH ?? '', NODE_NO_WARNINGS: '1', POWERTOOLS_SERVICE_NAME: service, ...DUMMY_LAMBDA_ENV },
    timeout: 60_000,
  });
  return Number(stdout.trim().split('\n').at(-1));
}

async function main(): Promise<void> {
  const runs = option('runs', 9);
  const outdir = mkdtempSync(join(tmpdir(), 'bench-bundles-'));
  try {
    const app = new App({ outdir, builtinCloudFormationValidation: false });
    const stack = new Stack(app, 'BundleBench');
    const entries: { label: string; fn: SubsidyFunction }[] = [];
    const missing: string[] = [];
    const started = performance.now();
    const bare = new SubsidyFunction(stack, 'Bare', {
      name: 'bare',
      entry: join(PROJECT_ROOT, 'bench', 'fixtures', 'bare-dynamodb.ts'),
      logRetention: RetentionDays.ONE_DAY,
      tracing: true,
    });
    entries.push({ label: FLOOR, fn: bare });
    for (const name of FUNCTION_NAMES) {
      if (!existsSync(join(PROJECT_ROOT, 'functions', name, 'handler.ts'))) {
        missing.push(name);
        continue;
      }
      entries.push({
        label: name,
        fn: new SubsidyFunction(stack, name.replace(/-/g, ''), {
          name,
          logRetention: RetentionDays.ONE_DAY,
          tracing: true,
        }),
      });
    }
    const assembly = app.synth();
    const bundleSeconds = (performance.now() - started) / 1000;

    const bundles = entries.map(({ label, fn }) => {
      const { s3Key } = stack.resolve((fn.node.defaultChild as CfnFunction).code) as { s3Key: string };
      const file = join(assembly.directory, `asset.${s3Key.replace(/\.zip$/, '')}`, 'index.mjs');
      return {
        label,
        service: fn.subsidyFunctionName,
        file,
        bytes: statSync(file).size,
        gzip: gzipSync(readFileSync(file)).length,
        times: [] as number[],
      };
    });
    for (let round = 0; round < runs; round++) {
      for (const bundle of bundles) bundle.times.push(await importMillis(bundle.file, bundle.service));
    }

    const floor = bundles[0]!;
    const floorMs = median(floor.times);
    const kb = (bytes: number) => (bytes / 1024).toFixed(1);
    const header = ['bundle', 'size KB', 'gzip KB', '× floor', 'import ms (median)', '× floor', `≤ ${TARGET}×`];
    const rows = bundles.map((bundle) => {
      const sizeRatio = bundle.bytes / floor.bytes;
      const timeRatio = median(bundle.times) / floorMs;
      return [
        bundle.label,
        kb(bundle.bytes),
        kb(bundle.gzip),
        sizeRatio.toFixed(2),
        median(bundle.times).toFixed(1),
        timeRatio.toFixed(2),
        bundle === floor ? '—' : sizeRatio <= TARGET && timeRatio <= TARGET ? 'yes' : 'NO',
      ];
    });
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
    const line = (cells: string[]) =>
      cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
    console.log(
      `Function bundles: esbuild ESM, minified, SDK bundled (infra/constructs/subsidy-function.ts SUBSIDY_BUNDLING)`,
    );
    console.log(
      `node ${process.version}, ${runs} fresh processes per bundle, synth + bundling ${bundleSeconds.toFixed(1)} s\n`,
    );
    console.log(line(header));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const row of rows) console.log(line(row));
    if (missing.length) console.log(`\nnot measured (no functions/<name>/handler.ts yet): ${missing.join(', ')}`);
    const over = rows.filter((row) => row[6] === 'NO').map((row) => row[0]);
    console.log(
      over.length
        ? `\nover ${TARGET}× the floor: ${over.join(', ')}`
        : `\nevery function is within ${TARGET}× the floor`,
    );
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

await main();
