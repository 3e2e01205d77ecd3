/**
 * The model test's two halves (./interleavings.test.ts, ./interleavings-2.test.ts) run at once in
 * two vitest workers, yet what a run must reach and its rate are the whole run's. Each half leaves
 * in the test run's own directory (random, made by the global setup and removed at its teardown,
 * so no file of another or an earlier run is ever read) that it started and then what it ran (or
 * that it failed); a half that ends while the other runs waits for it, and each answers the whole
 * run. A half alone in its vitest run (the other file not named) answers nothing for the whole run.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';

export type Half = 0 | 1;

/** What a half ran: its interleavings, what they reached, and when it started and ended (ms since the epoch). */
export interface HalfRun {
  interleavings: number;
  tally: Record<string, number>;
  started: number;
  ended: number;
}

const started = (half: Half) => path.join(inject('runDirectory'), `model-half-${half}.started`);
const ended = (half: Half) => path.join(inject('runDirectory'), `model-half-${half}.json`);

/** Notes that this half runs (before its lanes: the other half waits for it only then). */
export function halfStarted(half: Half): void {
  writeFileSync(started(half), '');
}

/**
 * Leaves what this half ran (undefined: it failed) and answers both halves' run together, once
 * the other half has ended too; undefined when the other half is not part of this vitest run or failed.
 */
export async function bothHalves(half: Half, run: HalfRun | undefined): Promise<HalfRun | undefined> {
  const file = ended(half);
  writeFileSync(`${file}.tmp`, JSON.stringify(run ?? null));
  renameSync(`${file}.tmp`, file);
  const other = (1 - half) as Half;
  if (!run || !existsSync(started(other))) return undefined;
  while (!existsSync(ended(other))) await sleep(500);
  const theirs = JSON.parse(readFileSync(ended(other), 'utf8')) as HalfRun | null;
  if (!theirs) return undefined;
  const tally = { ...run.tally };
  for (const [what, times] of Object.entries(theirs.tally)) tally[what] = (tally[what] ?? 0) + times;
  return {
    interleavings: run.interleavings + theirs.interleavings,
    tally,
    started: Math.min(run.started, theirs.started),
    ended: Math.max(run.ended, theirs.ended),
  };
}
