/**
 * Batch evaluation for analysts (SPEC §3.1):
 *
 *   npm run --silent evaluate -- [--policy VERSION] [--lang en|zh-CN] < in.jsonl > out.jsonl
 *
 * One case per input line; one output line per input line, in input order, as
 * ./evaluate-lines.ts writes it. Streams with flat memory: stdin is read chunk by chunk
 * (reading pauses while work is queued), each chunk's complete lines form a batch that this
 * thread or a worker thread evaluates, and results are written in input order, one write per
 * batch, waiting for 'drain'.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { CATALOGUES, DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../shared/i18n/index.js';
import { MAX_ISSUES, MAX_LINE_CHARS } from '../shared/policy/batch.js';
import { evaluateBatch, lineTooLong, type BatchResult, type LineOptions } from './evaluate-lines.js';
import { POLICY_REGISTRY } from '../shared/policy/index.js';

/** --jobs defaults to the number of CPUs, up to this. */
const DEFAULT_MAX_JOBS = 4;

const KNOWN_VERSIONS = POLICY_REGISTRY.versions.map((version) => version.id);

export const HELP = `Usage: npm run --silent evaluate -- [--policy VERSION] [--lang LANG] [--jobs N] < cases.jsonl > decisions.jsonl

Evaluates one case per input line (SPEC §3.1 batch format) and writes one JSON line per
input line, in input order:
  {"outcome","amount","capApplied","policyVersion","reasons":[{"rule","message"}]}
or, for a line that is not a valid case (the run goes on):
  {"error":{"line":N,"title":"...","detail"?:"...","issues"?:[{"path","message"}],"moreIssues"?:N}}
(at most ${MAX_ISSUES} issues are listed; moreIssues counts the rest).
A blank (whitespace-only) line is not a case: it is reported as an error too, so that
output line N always answers input line N. A final newline does not start a line. A line
longer than ${MAX_LINE_CHARS.toLocaleString('en-US')} characters (a case takes a few hundred) is reported as an error
and skipped without being held in memory.

Options:
  --policy VERSION  evaluate every case under VERSION instead of the version in force on
                    its submission date (what-if runs). Known: ${KNOWN_VERSIONS.join(', ')}
  --lang LANG       the language of reasons and field messages: ${LANGUAGES.join(' or ')}
                    (default ${DEFAULT_LANGUAGE})
  --jobs N          evaluate on N threads: this one and N-1 worker threads sharing the
                    batches of lines (default: the number of CPUs, at most
                    ${DEFAULT_MAX_JOBS}; each thread holds its own copy of the library, ~80 MB)
  --help            show this help

Exit status: 0 every line valid; 1 at least one invalid line; 2 usage error (unknown
option or policy version), reported on stderr before any input is read.
Progress is shown on stderr when stderr is a terminal. With POLICY_CLI_MAXRSS=1 in the
environment, the peak memory (KiB) is reported on stderr at the end (for the benchmark).`;

/** Evaluates batches; results come back in submission order. */
interface Evaluator {
  submit(text: string, firstLine: number): Promise<BatchResult>;
  close(): Promise<void>;
}

const WORKER = 'lingang-policy-cli-worker';

/**
 * `jobs` evaluators: jobs − 1 worker threads running this module, each answering its batches
 * in order, and this thread. A batch goes to the least busy worker unless every worker already
 * has one waiting behind the one it is on; then this thread evaluates it on the spot.
 */
function evaluators(jobs: number, options: LineOptions): Evaluator {
  const self = import.meta.url;
  // Under tsx (no build step) a worker does not inherit the TypeScript loader: register it first.
  const source = self.endsWith('.ts')
    ? `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(self)}); })`
    : `import(${JSON.stringify(self)})`;
  const workers = Array.from({ length: jobs - 1 }, () => {
    const worker = new Worker(source, { eval: true, workerData: { [WORKER]: true, options } });
    const state = {
      worker,
      failed: undefined as unknown,
      waiting: [] as { resolve: (result: BatchResult) => void; reject: (error: unknown) => void }[],
    };
    const fail = (error: unknown) => {
      state.failed ??= error;
      state.waiting.splice(0).forEach(({ reject }) => reject(state.failed));
    };
    worker.on('message', (result: BatchResult) => state.waiting.shift()?.resolve(result));
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`a worker thread stopped (exit code ${code})`)));
    return state;
  });
  return {
    submit(text, firstLine) {
      const state = workers.reduce<(typeof workers)[number] | undefined>(
        (a, b) => (!a || b.waiting.length < a.waiting.length ? b : a),
        undefined,
      );
      if (!state || state.waiting.length >= 2) return Promise.resolve(evaluateBatch(text, firstLine, options));
      if (state.failed !== undefined) return Promise.reject(state.failed);
      return new Promise((resolve, reject) => {
        state.waiting.push({ resolve, reject });
        state.worker.postMessage({ text, firstLine });
      });
    },
    close: async () => void (await Promise.all(workers.map(({ worker }) => worker.terminate()))),
  };
}

if (!isMainThread && workerData?.[WORKER]) {
  const { options } = workerData as { options: LineOptions };
  parentPort!.on('message', ({ text, firstLine }: { text: string; firstLine: number }) =>
    parentPort!.postMessage(evaluateBatch(text, firstLine, options)),
  );
}

export interface RunSummary {
  lines: number;
  invalid: number;
}

export interface RunOptions extends LineOptions {
  /** Threads evaluating: this one and jobs − 1 workers (default 1: this thread only). */
  jobs?: number;
  onProgress?: (summary: RunSummary) => void;
}

/** Lines are handed out in batches of at least this many characters (or the rest of the input). */
const BATCH_CHARS = 64 * 1024;

const countLines = (text: string): number => {
  let count = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  return count;
};

/** Streams `input` to `output`, one output line per input line, in input order. */
export async function run(
  input: AsyncIterable<string | Buffer>,
  output: NodeJS.WritableStream,
  options: RunOptions = {},
): Promise<RunSummary> {
  const { jobs = 1, onProgress, ...evaluateOptions } = options;
  const evaluator = evaluators(jobs, evaluateOptions);
  const summary: RunSummary = { lines: 0, invalid: 0 };
  const queued: Promise<BatchResult>[] = [];
  const maxQueued = 2 * jobs;
  /** Writes finished batches in order until at most `keep` remain queued. */
  const writeUntil = async (keep: number) => {
    while (queued.length > keep) {
      const result = await queued.shift()!;
      summary.lines += result.lines;
      summary.invalid += result.invalid;
      if (!output.write(result.output)) await new Promise((resolve) => output.once('drain', resolve));
    }
  };
  const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
  let nextLine = 1;
  let rest = '';
  let skipping = false; // inside a line longer than MAX_LINE_CHARS, already reported
  const submit = (text: string) => {
    const result = evaluator.submit(text, nextLine);
    result.catch(() => {}); // a failure surfaces when its turn to be written comes
    queued.push(result);
    nextLine += countLines(text);
  };
  try {
    for await (const chunk of input) {
      let text = rest + (typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
      if (skipping) {
        const end = text.indexOf('\n');
        skipping = end < 0;
        text = skipping ? '' : text.slice(end + 1);
      }
      if (text.length < BATCH_CHARS) {
        rest = text;
        continue;
      }
      const end = text.lastIndexOf('\n');
      rest = end < 0 ? text : text.slice(end + 1);
      if (end >= 0) submit(text.slice(0, end));
      if (rest.length > MAX_LINE_CHARS) {
        queued.push(
          Promise.resolve({
            output: `${lineTooLong(nextLine++, evaluateOptions.language).output}\n`,
            lines: 1,
            invalid: 1,
          }),
        );
        [rest, skipping] = ['', true];
      }
      await writeUntil(maxQueued);
      onProgress?.(summary);
    }
    rest += decoder.decode();
    if (rest !== '') submit(rest.endsWith('\n') ? rest.slice(0, -1) : rest); // a final newline starts no line
    await writeUntil(0);
  } finally {
    await evaluator.close();
  }
  await new Promise<void>((resolve, reject) => output.write('', (error) => (error ? reject(error) : resolve())));
  return summary;
}

/**
 * This process's peak resident memory in KiB. Linux's VmHWM counts from exec; maxRSS (the
 * fallback) may include the memory of a large parent that forked this process.
 */
export function peakRssKiB(): number {
  try {
    return Number(/VmHWM:\s*(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))![1]);
  } catch {
    return process.resourceUsage().maxRSS;
  }
}

/** The streams the command reads and writes: the process's own, or a test's. */
export interface StandardStreams {
  stdin: NodeJS.ReadableStream & AsyncIterable<string | Buffer> & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** Parses the arguments and runs; resolves to the exit status. */
export async function main(argv: string[], io: StandardStreams = process): Promise<number> {
  const { stdin, stdout, stderr } = io;
  let values: { policy?: string; lang?: string; jobs?: string; help?: boolean };
  try {
    const options = {
      policy: { type: 'string' },
      lang: { type: 'string' },
      jobs: { type: 'string' },
      help: { type: 'boolean' },
    } as const;
    ({ values } = parseArgs({ args: argv, options }));
  } catch (error) {
    stderr.write(`evaluate: ${(error as Error).message}\nTry --help.\n`);
    return 2;
  }
  if (values.help) {
    stdout.write(`${HELP}\n`);
    return 0;
  }
  const language = values.lang ?? DEFAULT_LANGUAGE;
  if (!LANGUAGES.includes(language as Language)) {
    stderr.write(`evaluate: --lang takes ${LANGUAGES.join(' or ')}, not "${language}"\n`);
    return 2;
  }
  // Past this point the command speaks the language asked for.
  const texts = CATALOGUES[language as Language].batch;
  if (values.policy !== undefined && !POLICY_REGISTRY.byId(values.policy)) {
    stderr.write(`evaluate: ${texts.unknownVersion(values.policy, KNOWN_VERSIONS)}\n`);
    return 2;
  }
  const jobs = values.jobs === undefined ? Math.min(availableParallelism(), DEFAULT_MAX_JOBS) : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) {
    stderr.write(`evaluate: ${texts.jobsRange(String(values.jobs))}\n`);
    return 2;
  }

  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(1); // the reader went away (e.g. `| head`): stop quietly
  });
  const started = Date.now();
  let shownAt = 0;
  const showProgress = ({ lines, invalid }: RunSummary, final = false) => {
    const now = Date.now();
    if (!final && now - shownAt < 250) return;
    shownAt = now;
    const rate = Math.round((lines * 1000) / Math.max(1, now - started));
    stderr.write(`\r\x1b[K${texts.progress(lines, invalid, rate)}${final ? '\n' : ''}`);
  };
  const tty = stderr.isTTY === true;
  if (stdin.isTTY) stderr.write(`evaluate: ${texts.readingFromTerminal}\n`);

  const summary = await run(stdin, stdout, {
    policy: values.policy,
    language: language as Language,
    jobs,
    onProgress: tty ? showProgress : undefined,
  });
  if (tty) showProgress(summary, true);
  if (process.env.POLICY_CLI_MAXRSS) stderr.write(`maxRSS ${peakRssKiB()} KiB\n`);
  return summary.invalid > 0 ? 1 : 0;
}

if (isMainThread && process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      process.stderr.write(`evaluate: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
