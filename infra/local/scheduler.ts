/**
 * Runs the schedules of `infra/resources.ts` SCHEDULES in process, reading the same
 * expressions EventBridge Scheduler gets, in their time zone (Asia/Shanghai: UTC+08:00, no DST).
 */
import { SCHEDULES, type FunctionName } from '../resources.js';
import { lambdaContext } from './lambda-context.js';

const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

export type Timing = { kind: 'rate'; minutes: number } | { kind: 'cron'; minute: number; hour: number; day: number; month: number };

/**
 * The subset of Scheduler expressions the stack uses: `rate(N minute[s]|hour[s])` and a
 * yearly `cron(m h d M ? *)`. Anything else is refused rather than silently mis-run.
 */
export function parseExpression(expression: string): Timing {
  const rate = /^rate\((\d+) (minute|minutes|hour|hours)\)$/.exec(expression);
  if (rate) return { kind: 'rate', minutes: Number(rate[1]) * (rate[2]!.startsWith('hour') ? 60 : 1) };
  const cron = /^cron\((\d+) (\d+) (\d+) (\d+) \? \*\)$/.exec(expression);
  if (cron) return { kind: 'cron', minute: Number(cron[1]), hour: Number(cron[2]), day: Number(cron[3]), month: Number(cron[4]) };
  throw new Error(`the local scheduler does not support ${expression}`);
}

/** The next instant after `now` at which the timing fires. */
export function nextRun(timing: Timing, now: Date): Date {
  if (timing.kind === 'rate') return new Date(now.getTime() + timing.minutes * 60_000);
  const shanghaiYear = new Date(now.getTime() + SHANGHAI_OFFSET_MS).getUTCFullYear();
  for (let year = shanghaiYear; ; year++) {
    const instant = new Date(Date.UTC(year, timing.month - 1, timing.day, timing.hour, timing.minute) - SHANGHAI_OFFSET_MS);
    if (instant > now) return instant;
  }
}

export type ScheduledLambda = (event: Record<string, unknown>, context: unknown) => Promise<unknown>;

/** The longest delay setTimeout honours (~24.8 days); longer waits re-arm in steps. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** Starts every schedule; returns a function that stops them. */
export function startSchedules(handlerFor: (name: FunctionName) => Promise<ScheduledLambda>): () => void {
  const timers = new Set<NodeJS.Timeout>();
  const arm = (id: string, functionName: FunctionName, timing: Timing) => {
    const due = nextRun(timing, new Date());
    const wait = () => {
      const remaining = due.getTime() - Date.now();
      const timer = setTimeout(async () => {
        timers.delete(timer);
        if (remaining > MAX_TIMEOUT_MS) return wait();
        try {
          // The same input the stack's schedules send (ContextAttribute.scheduledTime).
          await (await handlerFor(functionName))({ source: 'schedule', scheduledTime: due.toISOString() }, lambdaContext(functionName));
        } catch (error) {
          console.error(`[scheduler] ${id} failed:`, error);
        }
        arm(id, functionName, timing);
      }, Math.min(Math.max(remaining, 0), MAX_TIMEOUT_MS));
      timer.unref();
      timers.add(timer);
    };
    wait();
  };
  for (const [id, schedule] of Object.entries(SCHEDULES)) arm(id, schedule.function, parseExpression(schedule.expression));
  return () => timers.forEach((timer) => clearTimeout(timer));
}
