/**
 * The README's walk-through as a script: its ```sh walkthrough blocks in order, each command's
 * line span, and the status written after its `# →`. Run by bash with a `curl` function (from
 * BASH_ENV, so line numbers stay the README's script's own) that reports every answer's status
 * and the line it was called from.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface WalkthroughCommand {
  /** 1-based, in the script. */
  firstLine: number;
  lastLine: number;
  text: string;
  /** The status after `# →`, if the command calls curl. */
  expected?: number;
}

export interface Walkthrough {
  script: string;
  commands: WalkthroughCommand[];
}

export function readWalkthrough(readme: string): Walkthrough {
  const blocks = [...readme.matchAll(/^```sh walkthrough\n([\s\S]*?)^```$/gm)].map(([, body]) => body!.trimEnd());
  const lines = blocks.join('\n').split('\n');
  const commands: WalkthroughCommand[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = i;
    while (lines[i]!.replace(/\s+#.*$/, '').endsWith('\\') && i + 1 < lines.length) i++;
    const text = lines.slice(first, i + 1).join('\n');
    const status = /#\s*→\s*(\d{3})/.exec(lines[i]!)?.[1];
    commands.push({ firstLine: first + 1, lastLine: i + 1, text, ...(status ? { expected: Number(status) } : {}) });
  }
  return { script: `${lines.join('\n')}\n`, commands };
}

export interface Answer {
  line: number;
  status: number;
}

/** Runs the script with bash (`set -euo pipefail`) in `cwd`; every curl's status and calling line. */
export async function runWalkthrough(
  script: string,
  { cwd, env }: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<{ answers: Answer[]; output: string; code: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'lingang-walkthrough-'));
  const log = join(dir, 'answers');
  // curl's own messages and the status line go to the log; its output stays where the README sends it.
  writeFileSync(
    join(dir, 'prelude.sh'),
    `set -euo pipefail\ncurl() { command curl "$@" --write-out "%{stderr}%{http_code} \${BASH_LINENO[0]}\\n" 2>>"${log}"; }\n`,
  );
  writeFileSync(join(dir, 'walkthrough.sh'), script);
  try {
    const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(
        'bash',
        [join(dir, 'walkthrough.sh')],
        { cwd, env: { ...env, BASH_ENV: join(dir, 'prelude.sh') }, timeout: 240_000, maxBuffer: 1 << 24 },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, output: `${stdout}\n${stderr}` }),
      );
    });
    let recorded = '';
    try {
      recorded = readFileSync(log, 'utf8');
    } catch {
      /* no curl ran */
    }
    const answers = [...recorded.matchAll(/^(\d{3}) (\d+)$/gm)].map(([, status, line]) => ({
      status: Number(status),
      line: Number(line),
    }));
    return { answers, output: `${output}\n${recorded}`, code };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
