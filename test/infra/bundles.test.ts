/**
 * Every synthesized function bundle must load under Node the way Lambda loads it: a fresh
 * process imports `index.mjs` from the asset directory of the cloud assembly and finds an
 * exported `handler` function. This catches ESM bundling mistakes that only show at import,
 * e.g. `Dynamic require of "node:https" is not supported` without the createRequire banner,
 * and a handler that throws at module load for lack of an environment variable.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { ESM_REQUIRE_BANNER } from '../../infra/constructs/subsidy-function.js';
import { FUNCTION_NAMES, PACKAGE_FILES, type FunctionName } from '../../shared/contract/resources.js';
import { DUMMY_LAMBDA_ENV } from './lambda-env.js';
import { cleanUpSyntheses, synthStage, type SynthesizedStage } from './synth.js';

const run = promisify(execFile);

let synthesized: SynthesizedStage;
// Thirteen esbuild runs, one after another: minutes on two cores shared with other work.
beforeAll(() => {
  synthesized = synthStage('dev', { bundle: true });
  if (synthesized.error) throw synthesized.error;
}, 600_000);
afterAll(cleanUpSyntheses);

/** The asset directory of a function's code in the cloud assembly (`asset.<hash>`). */
function bundleDir(name: FunctionName): string {
  const fn = synthesized.stateless.functions[name];
  const code = synthesized.stateless.resolve((fn.node.defaultChild as CfnFunction).code) as { s3Key: string };
  return join(synthesized.assembly!.directory, `asset.${code.s3Key.replace(/\.zip$/, '')}`);
}

describe('function bundles', () => {
  it.each(FUNCTION_NAMES)('%s: index.mjs with its source map and the createRequire banner', (name) => {
    const dir = bundleDir(name);
    const source = readFileSync(join(dir, 'index.mjs'), 'utf8');
    expect(source.startsWith(ESM_REQUIRE_BANNER)).toBe(true);
    expect(existsSync(join(dir, 'index.mjs.map'))).toBe(true);
    expect(statSync(join(dir, 'index.mjs')).size).toBeGreaterThan(0);
  });

  it.each(FUNCTION_NAMES)('%s: imports under Node in a fresh process and exports a handler function', async (name) => {
    const url = pathToFileURL(join(bundleDir(name), 'index.mjs')).href;
    const script = `const m = await import(${JSON.stringify(url)}); console.log(JSON.stringify({ handler: typeof m.handler }));`;
    const { stdout } = await run(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', script], {
      env: { PATH: process.env.PATH ?? '', NODE_NO_WARNINGS: '1', POWERTOOLS_SERVICE_NAME: name, ...DUMMY_LAMBDA_ENV },
      timeout: 30_000,
    });
    const lastLine = stdout.trim().split('\n').at(-1)!;
    expect(JSON.parse(lastLine)).toEqual({ handler: 'function' });
  });

  it('applicant-api serves the docs page’s assets from the files copied beside its bundle', async () => {
    const dir = bundleDir('applicant-api');
    for (const file of PACKAGE_FILES['applicant-api']!)
      expect(existsSync(join(dir, 'node_modules', file)), file).toBe(true);
    const url = pathToFileURL(join(dir, 'index.mjs')).href;
    const event = {
      routeKey: 'GET /docs/swagger-ui-bundle.js',
      rawPath: '/docs/swagger-ui-bundle.js',
      headers: {},
      requestContext: { http: { method: 'GET' } },
    };
    const context = "{ functionName: 'applicant-api', getRemainingTimeInMillis: () => 10000 }";
    const script = `const m = await import(${JSON.stringify(url)}); const r = await m.handler(${JSON.stringify(event)}, ${context}); console.log(JSON.stringify({ status: r.statusCode, type: r.headers['content-type'], length: r.body.length }));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
      env: {
        PATH: process.env.PATH ?? '',
        NODE_NO_WARNINGS: '1',
        POWERTOOLS_SERVICE_NAME: 'applicant-api',
        ...DUMMY_LAMBDA_ENV,
      },
      timeout: 30_000,
    });
    const answer = JSON.parse(stdout.trim().split('\n').at(-1)!);
    expect(answer).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(answer.length).toBe(
      readFileSync(join(dir, 'node_modules', 'swagger-ui-dist', 'swagger-ui-bundle.js'), 'utf8').length,
    );
  });
});
