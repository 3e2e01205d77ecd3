/**
 * Baseline for the CLI benchmark: the least a JSONL filter can do per line. Reads stdin
 * with readline, JSON.parse then JSON.stringify each line, writes in batches and waits for
 * 'drain'. With POLICY_CLI_MAXRSS=1 it reports its peak memory on stderr, like the CLI.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

/** Peak resident memory in KiB, measured as the CLI does (VmHWM on Linux, else maxRSS). */
function peakRssKiB(): number {
  try {
    return Number(/VmHWM:\s*(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))![1]);
  } catch {
    return process.resourceUsage().maxRSS;
  }
}

let batch = '';
let lines = 0;
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  batch += `${JSON.stringify(JSON.parse(line))}\n`;
  if (++lines % 128 === 0) {
    if (!process.stdout.write(batch)) await new Promise((resolve) => process.stdout.once('drain', resolve));
    batch = '';
  }
}
process.stdout.write(batch);
if (process.env.POLICY_CLI_MAXRSS) process.stderr.write(`maxRSS ${peakRssKiB()} KiB\n`);
