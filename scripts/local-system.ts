/**
 * Starting and stopping `npm start` as a child process, the way a developer does in a terminal:
 * used by `npm run demo` (when no API is running) and by the end-to-end test.
 *
 * The child runs in its own process group (`detached`), and stopping it sends SIGINT to the
 * whole group — what Ctrl-C does — because the npm → sh → node chain does not forward a signal
 * sent to the npm process alone. A child that does not exit in time gets SIGKILL (group).
 */
import { spawn, type ChildProcess } from 'node:child_process';

export interface LocalSystem {
  child: ChildProcess;
  pid: number;
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  port: number;
  stateDir: string;
  /** Milliseconds from the spawn to the ready line. */
  readyMs: number;
  /** Everything the child printed so far (stdout and stderr, interleaved). */
  output(): string;
  /** SIGINT to the process group, wait for the exit; SIGKILL after `timeoutMs`. */
  stop(timeoutMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; forced: boolean }>;
  /** SIGKILL to the process group (the JVM included), as a power cut would: nothing gets to clean up. */
  crash(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface StartOptions {
  port: number;
  stateDir: string;
  fresh?: boolean;
  /** Default 120 s. */
  readyTimeoutMs?: number;
  /** Extra environment. */
  env?: Record<string, string>;
  /**
   * How to start: `npm start` (default), or `node infra/local/bundled.js infra/local/start.ts` — the command
   * the `start` script runs — whose exit status is start.ts's own (npm reports a child stopped by
   * Ctrl-C as killed by SIGINT).
   */
  command?: 'npm' | 'node';
  cwd?: string;
}

export async function startLocalSystem(options: StartOptions): Promise<LocalSystem> {
  const { port, stateDir, fresh = false } = options;
  const baseUrl = `http://127.0.0.1:${port}`;
  const [command, args] =
    options.command === 'node'
      ? [process.execPath, ['infra/local/bundled.js', 'infra/local/start.ts', ...(fresh ? ['--fresh'] : [])]]
      : ['npm', ['start', ...(fresh ? ['--', '--fresh'] : [])]];
  const t0 = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, NODE_NO_WARNINGS: '1', ...options.env, PORT: String(port), LOCAL_STATE_DIR: stateDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let exitedYet = false;
  void exited.then(() => (exitedYet = true));

  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes(baseUrl)) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('error', reject);
    void exited.then(({ code, signal }) =>
      reject(new Error(`npm start exited (code ${code}, signal ${signal}) before it was ready:\n${output}`)),
    );
  });

  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      /* already gone */
    }
  };
  let stopping: ReturnType<LocalSystem['stop']> | undefined;
  const stop: LocalSystem['stop'] = (timeoutMs = 30_000) =>
    (stopping ??= (async () => {
      if (exitedYet) return { ...(await exited), forced: false };
      killGroup('SIGINT');
      let forced = false;
      const timer = setTimeout(() => {
        forced = true;
        killGroup('SIGKILL');
      }, timeoutMs);
      const result = await exited;
      clearTimeout(timer);
      return { ...result, forced };
    })());

  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      ready,
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`npm start was not ready within ${options.readyTimeoutMs ?? 120_000} ms:\n${output}`)),
          options.readyTimeoutMs ?? 120_000,
        );
      }),
    ]);
  } catch (error) {
    await stop(10_000);
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return {
    child,
    pid: child.pid!,
    baseUrl,
    port,
    stateDir,
    readyMs: performance.now() - t0,
    output: () => output,
    stop,
    crash: async () => {
      killGroup('SIGKILL');
      return exited;
    },
  };
}
