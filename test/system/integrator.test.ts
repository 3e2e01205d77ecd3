/**
 * The integrator's kit (SPEC §13) against the local system as `npm start` runs it:
 * - the client package: `npm pack` of client/, installed from the tarball into a new project
 *   outside the repository, examples/client/main.ts type-checked there against the installed
 *   declarations and run (submit, poll, list, upload a document), and the example consumer's
 *   handler (examples/consumer/) type-checked there against the installed event types;
 * - the README's walk-through: its `sh walkthrough` blocks run in order by bash, every curl
 *   answering the status written after its `# →`;
 * - the example consumer npm start runs on the local bus: its notices are exactly the awards
 *   its pattern selects among the events the bus received, each once.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken, loadSigningKey } from '../../infra/local/dev-auth.js';
import { freePort } from '../../infra/local/ports.js';
import { startLocalSystem, type LocalSystem } from '../../scripts/local-system.js';
import { readWalkthrough, runWalkthrough } from '../support/walkthrough.js';

const run = promisify(execFile);
const REPO = resolve(import.meta.dirname, '..', '..');
const stateDir = mkdtempSync(join(tmpdir(), 'lingang-integrator-'));
const outside = mkdtempSync(join(tmpdir(), 'lingang-client-project-'));
let system: LocalSystem | undefined;

/** `name@version` as this repository has it installed: its tarball is in npm's cache since npm ci. */
const installedHere = (name: string) =>
  `${name}@${(JSON.parse(readFileSync(join(REPO, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version}`;

const token = (sub: string, admin = false) =>
  issueToken(loadSigningKey(join(stateDir, 'dev-signing-key')), { sub, admin });

/** The client package packed, installed outside the repository and compiled there: it needs no running system. */
interface ClientProject {
  project: string;
  /** What the tarball holds, one path a line. */
  files: string;
}

async function packInstallCompile(): Promise<ClientProject> {
  // npm pack runs the package's prepack (tsc → dist/) and lists only what it publishes.
  await run('npm', ['pack', '--pack-destination', outside, '--silent'], { cwd: join(REPO, 'client') });
  const tarball = readdirSync(outside).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack left no tarball in ${outside}`);
  const project = join(outside, 'my-integration');
  cpSync(join(REPO, 'examples', 'client', 'main.ts'), join(project, 'main.ts'));
  // The example consumer, copied as the README says (its CDK construct aside: aws-cdk-lib is the integrator's own).
  for (const file of ['consumer.ts', 'dedupe.ts', 'handler.ts', 'pattern.ts'])
    cpSync(join(REPO, 'examples', 'consumer', file), join(project, 'consumer', file));
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'my-integration', private: true, type: 'module' }),
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        skipLibCheck: true,
        types: ['node'],
        outDir: 'dist',
      },
      include: ['main.ts', 'consumer/*.ts'],
    }),
  );
  // From npm's cache where it can (the repository's npm ci filled it): the tarball's dependencies are the client's own.
  await run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      join(outside, tarball),
      ...['@types/node', '@aws-sdk/client-dynamodb'].map(installedHere),
    ],
    { cwd: project },
  );
  const { stdout: files } = await run('tar', ['-tzf', join(outside, tarball)]);
  await run(process.execPath, [join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project]);
  return { project, files };
}

/** Packed, installed and compiled while npm start boots (its test checks the result). */
let clientProject: Promise<ClientProject>;

beforeAll(async () => {
  clientProject = packInstallCompile();
  clientProject.catch(() => undefined); // its test reports a failure
  system = await startLocalSystem({ port: await freePort(), stateDir, fresh: true, command: 'node' });
}, 120_000);

afterAll(async () => {
  await Promise.all([system?.stop(10_000), clientProject?.catch(() => undefined)]);
  rmSync(stateDir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
}, 60_000);

// The client package and the walk-through need nothing of each other: packing, installing and compiling the
// package starts with npm start's boot and goes on while the walk-through's commands wait on the system. The
// example consumer's check comes after both.
describe.concurrent('the client package, packed and installed outside the repository', () => {
  it('type-checks and runs examples/client/main.ts against npm start', async () => {
    const { project, files } = await clientProject;
    expect(files.split('\n').filter(Boolean).sort()).toEqual(
      expect.arrayContaining([
        'package/dist/index.js',
        'package/dist/index.d.ts',
        'package/dist/events.d.ts',
        'package/dist/openapi-document.js',
      ]),
    );
    expect(files).not.toMatch(/package\/[^d][^\n]*\.ts\n/);
    expect(existsSync(join(project, 'dist', 'consumer', 'handler.js'))).toBe(true);
    const { stdout } = await run(process.execPath, [join(project, 'dist', 'main.js')], {
      cwd: project,
      env: { ...process.env, API_URL: system!.baseUrl, API_TOKEN: await token('client-package-1') },
    });
    const id = /submitted (\S+): SUBMITTED/.exec(stdout)?.[1];
    expect(id, stdout).toBeDefined();
    expect(stdout).toContain(`decided ${id}: NEEDS_REVIEW 300000.00`);
    expect(stdout).toContain(`listed 1: includes ${id}`);
    expect(stdout).toMatch(/document \S+: VERIFIED/);
  }, 120_000);
});

describe.concurrent('the README walk-through', () => {
  it('runs in order against npm start, every curl answering the status the README writes after it', async () => {
    const { script, commands } = readWalkthrough(readFileSync(join(REPO, 'README.md'), 'utf8'));
    const annotated = commands.filter((command) => command.expected !== undefined);
    expect(annotated.length).toBeGreaterThan(10);
    const { answers, output, code } = await runWalkthrough(script, {
      cwd: REPO,
      env: { ...process.env, PORT: String(system!.port), LOCAL_STATE_DIR: stateDir },
    });
    expect(code, output).toBe(0);
    for (const answer of answers) {
      const command = commands.find(({ firstLine, lastLine }) => answer.line >= firstLine && answer.line <= lastLine);
      expect(command?.expected, `line ${answer.line}: a curl without "# → <status>"\n${command?.text}`).toBeDefined();
      expect(answer.status, `line ${answer.line}: ${command!.text}\n${output.slice(-3000)}`).toBe(command!.expected);
    }
    for (const command of annotated)
      expect(
        answers.some((answer) => answer.line >= command.firstLine && answer.line <= command.lastLine),
        `never ran: ${command.text}`,
      ).toBe(true);
  }, 240_000);
});

describe('the example consumer npm start runs', () => {
  it('sent a notice for exactly the awards its pattern selects among the events the bus received', async () => {
    type BusEvent = { 'detail-type': string; detail: Record<string, any> };
    const { events } = (await (await fetch(`${system!.baseUrl}/local/events`)).json()) as { events: BusEvent[] };
    const awards = events.filter(
      ({ 'detail-type': type, detail }) =>
        ['ApplicationEvaluated', 'ApplicationReviewed', 'AppealDecided'].includes(type) &&
        detail.programme !== 'OSP_OPERATING' &&
        (detail.outcome === 'ELIGIBLE' || detail.decision === 'APPROVE' || detail.decision === 'GRANT'),
    );
    // The walk-through's ELIGIBLE R&D claim and its granted appeal, at least.
    expect(awards.map((event) => event['detail-type'])).toEqual(
      expect.arrayContaining(['ApplicationEvaluated', 'AppealDecided']),
    );
    const file = join(stateDir, 'example-consumer.jsonl');
    await expect
      .poll(() => existsSync(file) && readFileSync(file, 'utf8').trim().split('\n').length)
      .toBe(awards.length);
    const notices = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { eventId: string; amount: string; sequence: number });
    expect(notices.map((notice) => notice.eventId).sort()).toEqual(awards.map((event) => event.detail.eventId).sort());
    for (const notice of notices) expect(notice.sequence).toBeGreaterThan(1);
  });
});
