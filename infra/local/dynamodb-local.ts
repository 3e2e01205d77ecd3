/**
 * DynamoDB Local (the official AWS emulator, a Java program) as a child process.
 *
 * - The jar comes from the npm package `amplify-dynamodb-simulator` (only its jar is used).
 * - Needs Java 17+; a missing or old `java` gives a one-line JavaRequirementError.
 * - DynamoDB Local does NOT exit on a busy port (it logs a BindException and keeps running), so the
 *   port is checked before the start and the log is watched for a BindException.
 * - No orphan JVM: the JVM is killed on process 'exit' and on SIGINT/SIGTERM/SIGHUP, a tiny
 *   watchdog (`sh`, reading a pipe from this process) kills it when this process dies in a way no
 *   handler sees (SIGKILL, crash), and an optional PID file lets a later start kill a stale JVM.
 * - DynamoDB Local has no bind-address flag (its server listens on all interfaces): it is started
 *   through a small launcher (./java/LoopbackDynamoDbLocal.java) that binds it to 127.0.0.1.
 * - Its classes are shared between starts through an archive kept in node_modules/.cache
 *   (./dynamodb-local-cds.ts): a start maps them instead of loading them from the jars. A start that
 *   finds no archive first makes it with a short JVM run of its own (makeArchive).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { classData, type ArchiveDump, type ClassData } from './dynamodb-local-cds.js';
import { sendTypicalRequests } from './dynamodb-local-typical.js';
import { readKeptPorts } from './kept-ports.js';
import { LOCAL_HOST, PortInUseError, freePort, isPortFree } from './ports.js';

export const INSTALL_JAVA_HINT =
  'install Java 17+ (Debian/Ubuntu: sudo apt-get install openjdk-17-jre-headless; macOS: brew install openjdk@17) or point JAVA_HOME at one';

/** Java is missing or older than 17. The message is one line, ready to print before exiting. */
export class JavaRequirementError extends Error {
  override readonly name = 'JavaRequirementError';
}

/**
 * The launcher refused to start DynamoDB Local without a mend it needs to keep acknowledged writes
 * (./java/LoopbackDynamoDbLocal.java says which). The message is one line, ready to print before exiting.
 */
export class DynamoDbLocalRefusedError extends Error {
  override readonly name = 'DynamoDbLocalRefusedError';
}

/** How the launcher's line saying why it refuses to start begins. */
const REFUSED = 'LoopbackDynamoDbLocal: refusing to start: ';

export interface DynamoDbLocalOptions {
  /** Port to listen on; default: a free port. A busy port fails with PortInUseError. */
  port?: number;
  /** Directory for the database file (persistent). Without it the database is in memory. */
  dbPath?: string;
  /** PID file: a stale JVM recorded there (parent crashed) is killed before the start. */
  pidFile?: string;
  /** Directory holding DynamoDBLocal.jar and DynamoDBLocal_lib; default: from amplify-dynamodb-simulator. */
  emulatorDir?: string;
  /** The java binary; default $JAVA_HOME/bin/java when it exists, else `java` on PATH. */
  java?: string;
  /** Max heap, default 512m. */
  maxHeap?: string;
  /**
   * Tune for sustained load (full C2 JIT, parallel GC) instead of a quick start (C1 only,
   * serial GC): slower to be ready, faster over minutes of work such as a benchmark.
   */
  sustainedLoad?: boolean;
  /**
   * DynamoDB Local's own main instead of the launcher: listening on every interface, its database
   * untuned, every schema parsed. A reference for tests that check the launcher changes no answer.
   */
  untuned?: boolean;
  /**
   * Folder of the cache of DynamoDB Local's classes (./dynamodb-local-cds.ts), false for none; default
   * node_modules/.cache/dynamodb-local beside amplify-dynamodb-simulator.
   */
  classDataCache?: string | false;
  /**
   * With no class-data archive yet, start at once from the jars while a dump run of its own makes the
   * archive beside it (the stop waits for that run), instead of after it: for JVMs that serve a whole
   * test run, which everything behind them would otherwise wait for (the run's first ~8 s on a fresh clone).
   */
  archiveAside?: boolean;
  /** How long to wait for the first ListTables answer; default 60 s. */
  startTimeoutMs?: number;
  /** Receives every line DynamoDB Local prints (default: kept silently; shown on failure). */
  log?: (line: string) => void;
}

export interface DynamoDbLocal {
  /** http://127.0.0.1:<port> — for AWS_ENDPOINT_URL_DYNAMODB. */
  endpoint: string;
  port: number;
  pid: number;
  /** Stops the JVM (SIGTERM, then SIGKILL after 5 s) and waits for its exit. Idempotent. */
  stop(): Promise<void>;
}

interface PidRecord {
  pid: number;
  port: number;
  startedAt: string;
}

const require = createRequire(import.meta.url);
const LOOPBACK_LAUNCHER_DIR = fileURLToPath(new URL('./java', import.meta.url));

export function defaultEmulatorDir(): string {
  const pkg = require.resolve('amplify-dynamodb-simulator/package.json');
  return path.join(path.dirname(pkg), 'emulator');
}

/** node_modules/.cache/dynamodb-local, in the node_modules that holds amplify-dynamodb-simulator. */
export function defaultClassDataCache(): string {
  const pkg = require.resolve('amplify-dynamodb-simulator/package.json');
  return path.join(path.dirname(path.dirname(pkg)), '.cache', 'dynamodb-local');
}

/** $JAVA_HOME/bin/java when it exists, else `java` on PATH. */
export function defaultJava(): string {
  const home = process.env.JAVA_HOME;
  if (home) {
    const candidate = path.join(home, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
    if (existsSync(candidate)) return candidate;
  }
  return 'java';
}

/** What each java binary said of itself (its properties and version), asked once a process. */
const described = new Map<string, string>();

function describeJava(java: string): string {
  const known = described.get(java);
  if (known !== undefined) return known;
  const result = spawnSync(java, ['-XshowSettings:properties', '-version'], { encoding: 'utf8', timeout: 15_000 });
  if (result.error || result.status !== 0) {
    const why =
      result.error && 'code' in result.error && result.error.code === 'ENOENT'
        ? `no '${java}' found`
        : `'${java} -version' failed`;
    throw new JavaRequirementError(`DynamoDB Local needs Java 17 or newer, but ${why}: ${INSTALL_JAVA_HINT}.`);
  }
  const text = `${result.stderr}\n${result.stdout}`;
  described.set(java, text);
  return text;
}

/** The runtime a class-data archive is made by and for: its home, its VM's build, its version. */
function javaRuntime(java: string): string {
  return describeJava(java)
    .split('\n')
    .filter((line) => /^\s*(java\.home|java\.vm\.name|java\.vm\.version|os\.arch) = |version "/.test(line))
    .join('\n');
}

/** Checks that `java` runs and is 17+; returns the major version or throws JavaRequirementError. */
export function checkJava(java: string = defaultJava()): number {
  const text = describeJava(java);
  const match = /version "(\d+)(?:\.(\d+))?/.exec(text);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : NaN;
  if (!Number.isFinite(major)) {
    throw new JavaRequirementError(
      `DynamoDB Local needs Java 17 or newer, but the version of '${java}' could not be read: ${INSTALL_JAVA_HINT}.`,
    );
  }
  if (major < 17) {
    throw new JavaRequirementError(
      `DynamoDB Local needs Java 17 or newer, but '${java}' is Java ${major}: ${INSTALL_JAVA_HINT}.`,
    );
  }
  return major;
}

// ---------------------------------------------------------------------------------------------
// Kill every JVM we started when this process goes away.

const live = new Set<ChildProcess>();
const tempDirs = new Set<string>();
let hooksInstalled = false;

function killAll(signal: NodeJS.Signals): void {
  for (const child of live) {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

function installExitHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.on('exit', () => {
    killAll('SIGKILL');
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    // Prepended, so it runs before any `once` listener removes itself and the count is honest.
    const onSignal = () => {
      // Someone else handles this signal (vitest, npm start's graceful shutdown): they exit the
      // process (the 'exit' hook then kills the JVM) and may still need DynamoDB until then.
      if (process.listenerCount(signal) > 1) return;
      // Alone: our listener disabled the default action; stop the JVM and terminate as Node would.
      killAll('SIGTERM');
      process.removeListener(signal, onSignal);
      process.kill(process.pid, signal);
    };
    process.prependListener(signal, onSignal);
  }
}

/** A `sh` that blocks on a pipe from us; when we die the pipe closes and it kills the JVM. */
function startWatchdog(jvmPid: number): ChildProcess | undefined {
  if (process.platform === 'win32') return undefined;
  const script =
    `cat >/dev/null; kill -TERM ${jvmPid} 2>/dev/null || exit 0; ` +
    `i=0; while kill -0 ${jvmPid} 2>/dev/null && [ $i -lt 25 ]; do sleep 0.2; i=$((i+1)); done; ` +
    `kill -KILL ${jvmPid} 2>/dev/null; exit 0`;
  const watchdog = spawn('/bin/sh', ['-c', script], { stdio: ['pipe', 'ignore', 'ignore'] });
  watchdog.on('error', () => undefined);
  watchdog.stdin?.on('error', () => undefined);
  watchdog.unref();
  (watchdog.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  return watchdog;
}

// ---------------------------------------------------------------------------------------------
// Stale JVM from a crashed parent.

function commandLineOf(pid: number): string | undefined {
  try {
    if (process.platform === 'linux') return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
    const ps = spawnSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' });
    return ps.status === 0 ? ps.stdout : undefined;
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Kills the JVM recorded in pidFile if it is still a running DynamoDB Local; removes the file. */
export async function killStaleDynamoDbLocal(pidFile: string, log?: (line: string) => void): Promise<boolean> {
  if (!existsSync(pidFile)) return false;
  let record: PidRecord | undefined;
  try {
    record = JSON.parse(readFileSync(pidFile, 'utf8')) as PidRecord;
  } catch {
    record = undefined;
  }
  rmSync(pidFile, { force: true });
  const pid = record?.pid;
  if (!pid || !alive(pid) || !commandLineOf(pid)?.includes('DynamoDBLocal')) return false;
  log?.(`killing a stale DynamoDB Local (pid ${pid}, port ${record?.port}) left by an earlier run`);
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return false;
  }
  const deadline = Date.now() + 5_000;
  while (alive(pid) && Date.now() < deadline) await sleep(100);
  if (alive(pid)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone */
    }
    while (alive(pid)) await sleep(50);
  }
  return true;
}

// ---------------------------------------------------------------------------------------------

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

class BindError extends Error {}

/** The JVM ended during its start while given the class-data cache. */
class ClassDataError extends Error {}

/** DynamoDB Local on a local system's state: its data folder, its PID file, and the port an earlier start kept. */
export function startStateDynamoDb(state: {
  dynamodbDir: string;
  dynamodbPidFile: string;
  portsFile: string;
}): Promise<DynamoDbLocal> {
  return startDynamoDbLocal({
    dbPath: state.dynamodbDir,
    pidFile: state.dynamodbPidFile,
    port: readKeptPorts(state.portsFile).dynamodb,
  });
}

/** Starts DynamoDB Local and resolves once it answers ListTables. */
export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<DynamoDbLocal> {
  const java = options.java ?? defaultJava();
  checkJava(java);
  const emulatorDir = options.emulatorDir ?? defaultEmulatorDir();
  const jar = path.join(emulatorDir, 'DynamoDBLocal.jar');
  if (!existsSync(jar)) {
    throw new Error(
      `DynamoDB Local jar not found at ${jar}: run npm ci (it comes with the dev dependency amplify-dynamodb-simulator).`,
    );
  }
  if (options.pidFile) await killStaleDynamoDbLocal(options.pidFile, options.log);
  const vmFlags = [
    `-Xmx${options.maxHeap ?? '512m'}`,
    ...(options.sustainedLoad ? ['-XX:+UseParallelGC'] : ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC']),
  ];
  const cacheDir = options.classDataCache ?? defaultClassDataCache();
  const cache =
    cacheDir === false
      ? undefined
      : {
          cacheDir,
          jar,
          classesDir: LOOPBACK_LAUNCHER_DIR,
          java,
          runtime: javaRuntime(java),
          vmFlags,
          log: options.log,
        };
  let shared = cache && classData(cache);
  const dump = shared?.dump;
  let archiving: Promise<void> | undefined;
  if (cache && shared && dump) {
    const { classPath } = shared;
    archiving = makeArchive(shared.folder, () =>
      dumpRun({ java, emulatorDir, jar }, vmFlags, { classPath, vmOptions: dump.vmOptions }, dump, options.log),
    );
    if (!options.archiveAside) {
      await archiving;
      shared = classData(cache);
    }
  }
  const launchOn = async (classes: ClassData | undefined) => {
    const local = await launchOnPort({ ...options, java, emulatorDir, jar }, vmFlags, classes);
    return archiving ? { ...local, stop: () => local.stop().then(() => archiving) } : local;
  };
  try {
    return await launchOn(shared);
  } catch (error) {
    if (!(error instanceof ClassDataError)) throw error;
    // An archive the JVM cannot use it ignores; the cache's own checks keep out a file cut short. Whatever else
    // broke this start (a damaged jar in the cache), the start goes on without the cache and the next makes it anew.
    shared?.forget();
    options.log?.(`${error.message}: starting again without the class-data cache`);
    return await launchOn(undefined);
  }
}

/** Dump runs under way in this process, by cache folder: the JVMs started at once wait for the one run. */
const dumpRuns = new Map<string, Promise<void>>();

function makeArchive(folder: string, run: () => Promise<void>): Promise<void> {
  let running = dumpRuns.get(folder);
  if (!running) {
    running = run().finally(() => dumpRuns.delete(folder));
    dumpRuns.set(folder, running);
  }
  return running;
}

/**
 * Writes the class-data archive with a JVM of its own, in memory on a port of its own: started, sent requests of
 * the kinds the platform sends, stopped (the dump alone ~4.5 CPU-s, measured). Never fails a start: without an
 * archive the next JVMs load their classes from the jars.
 */
async function dumpRun(
  options: { java: string; emulatorDir: string; jar: string },
  vmFlags: string[],
  classes: Pick<ClassData, 'classPath' | 'vmOptions'>,
  dump: ArchiveDump,
  log: ((line: string) => void) | undefined,
): Promise<void> {
  try {
    const local = await launchOnPort(options, vmFlags, classes, dump);
    try {
      const client = localClient(local.endpoint);
      await sendTypicalRequests(client, local.endpoint).finally(() => client.destroy());
    } finally {
      await local.stop();
    }
  } catch (error) {
    log?.(`class-data archive not made: ${(error as Error).message.split('\n')[0]}`);
  }
}

const LOCAL_SIGNING_REGION = 'us-east-1';
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

function localClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region: LOCAL_SIGNING_REGION, credentials: LOCAL_CREDENTIALS, maxAttempts: 1 });
}

async function launchOnPort(
  options: DynamoDbLocalOptions & { java: string; emulatorDir: string; jar: string },
  vmFlags: string[],
  classes: Pick<ClassData, 'classPath' | 'vmOptions'> | undefined,
  dump?: ArchiveDump,
): Promise<DynamoDbLocal> {
  // An auto-chosen port can be taken between the check and the JVM's bind: retry a few times.
  const attempts = options.port === undefined ? 3 : 1;
  for (let attempt = 1; ; attempt++) {
    const port = options.port ?? (await freePort());
    if (!(await isPortFree(port, LOCAL_HOST)) || !(await isPortFree(port, '0.0.0.0'))) {
      if (attempt < attempts) continue;
      throw new PortInUseError(port, 'DynamoDB Local');
    }
    try {
      return await launch({ ...options, port }, vmFlags, classes, dump);
    } catch (error) {
      if (error instanceof BindError) {
        if (attempt < attempts) continue;
        throw new PortInUseError(port, 'DynamoDB Local');
      }
      throw error;
    }
  }
}

async function launch(
  options: DynamoDbLocalOptions & { java: string; emulatorDir: string; jar: string; port: number },
  vmFlags: string[],
  classes: Pick<ClassData, 'classPath' | 'vmOptions'> | undefined,
  dump: ArchiveDump | undefined,
): Promise<DynamoDbLocal> {
  const { port, jar, emulatorDir } = options;
  const storage = options.dbPath ? ['-dbPath', path.resolve(options.dbPath)] : ['-inMemory'];
  if (options.dbPath) mkdirSync(options.dbPath, { recursive: true });
  const args = [
    ...vmFlags,
    ...(classes?.vmOptions ?? []),
    `-Djava.library.path=${path.join(emulatorDir, 'DynamoDBLocal_lib')}`,
    // DynamoDB Local's own main, with its server bound to 127.0.0.1 (./java/LoopbackDynamoDbLocal.java).
    '-cp',
    (classes?.classPath ?? [jar, LOOPBACK_LAUNCHER_DIR]).join(path.delimiter),
    options.untuned ? 'com.amazonaws.services.dynamodbv2.local.main.ServerRunner' : 'LoopbackDynamoDbLocal',
    '-port',
    String(port),
    '-sharedDb',
    '-disableTelemetry',
    ...storage,
  ];

  // DynamoDB Local writes dynamodb-local-metadata.json into its working directory: keep it out
  // of the caller's cwd (next to the data, or in a temporary directory removed on stop).
  const workDir = options.dbPath ? path.resolve(options.dbPath) : mkdtempSync(path.join(tmpdir(), 'dynamodb-local-'));
  if (!options.dbPath) tempDirs.add(workDir);
  const removeWorkDir = () => {
    if (!options.dbPath) rmSync(workDir, { recursive: true, force: true });
    tempDirs.delete(workDir);
  };

  installExitHooks();
  // DDB_LOCAL_TELEMETRY=0: DynamoDB Local builds its telemetry's AWS client at every start, -disableTelemetry or not
  // (it only reads this variable first): ~1.3 s of the JVM's CPU and ~3.5 s to ready, for a client never used.
  const env = { ...process.env, DDB_LOCAL_TELEMETRY: '0' };
  const child = spawn(options.java, args, { stdio: ['ignore', 'pipe', 'pipe'], cwd: workDir, env });
  live.add(child);
  child.unref();

  const tail: string[] = [];
  let bindFailed = false;
  const onLine = (line: string) => {
    if (!line.trim()) return;
    tail.push(line);
    if (tail.length > 40) tail.shift();
    if (/BindException|Address already in use/i.test(line)) bindFailed = true;
    options.log?.(line);
  };
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split(/\r?\n/);
      buffered = lines.pop() ?? '';
      lines.forEach(onLine);
    });
    (stream as unknown as { unref?: () => void } | null)?.unref?.();
  }

  let watchdog: ChildProcess | undefined;
  const stopWatchdog = () => {
    // Killing the sh first means the closing pipe no longer triggers its kill.
    watchdog?.kill('SIGKILL');
    watchdog?.stdin?.destroy();
    watchdog = undefined;
  };
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) => {
    const onGone = () => {
      exited = true;
      live.delete(child);
      stopWatchdog(); // the JVM is gone: its PID must not be killed later (it may be reused)
      // A JVM ends on SIGTERM, SIGINT or SIGHUP with 128 + the signal once its shutdown, and a class-data dump,
      // has run: the dump run stopped by the launcher (SIGTERM), or by Ctrl-C, which reaches it in npm start's group.
      dump?.settle(child.signalCode === null && [143, 130, 129].includes(child.exitCode ?? 0));
      resolve();
    };
    child.once('exit', onGone);
    child.once('error', (error) => {
      onLine(`spawn error: ${error.message}`);
      onGone();
    });
  });

  if (child.pid) watchdog = startWatchdog(child.pid);
  if (options.pidFile && child.pid) {
    mkdirSync(path.dirname(options.pidFile), { recursive: true });
    const record: PidRecord = { pid: child.pid, port, startedAt: new Date().toISOString() };
    writeFileSync(options.pidFile, JSON.stringify(record));
  }

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      stopWatchdog();
      if (!exited) {
        child.kill('SIGTERM');
        // A dump of the class-data archive takes ~1 s of CPU, many times that on a loaded machine: let it end.
        const timer = setTimeout(() => child.kill('SIGKILL'), dump ? 60_000 : 5_000);
        await exitedPromise;
        clearTimeout(timer);
      }
      removeWorkDir();
      if (options.pidFile) {
        try {
          const record = JSON.parse(readFileSync(options.pidFile, 'utf8')) as PidRecord;
          if (record.pid === child.pid) rmSync(options.pidFile, { force: true });
        } catch {
          /* no file */
        }
      }
    })());

  const endpoint = `http://${LOCAL_HOST}:${port}`;
  const client = localClient(endpoint);
  const deadline = Date.now() + (options.startTimeoutMs ?? 60_000);
  try {
    for (;;) {
      if (bindFailed) throw new BindError();
      if (exited) {
        const refused = tail.find((line) => line.startsWith(REFUSED));
        if (refused)
          throw new DynamoDbLocalRefusedError(`DynamoDB Local not started: ${refused.slice(REFUSED.length)}.`);
        if (classes) throw new ClassDataError(`DynamoDB Local exited during start (exit code ${child.exitCode})`);
        throw new Error(`DynamoDB Local exited during start (exit code ${child.exitCode}):\n${tail.join('\n')}`);
      }
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        if (bindFailed) throw new BindError();
        break;
      } catch (error) {
        if (error instanceof BindError) throw error;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `DynamoDB Local did not answer on ${endpoint} within ${options.startTimeoutMs ?? 60_000} ms:\n${tail.join('\n')}`,
        );
      }
      await sleep(100);
    }
  } catch (error) {
    await stop();
    throw error;
  } finally {
    client.destroy();
  }

  return { endpoint, port, pid: child.pid ?? 0, stop };
}
