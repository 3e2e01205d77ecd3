/**
 * Runs the schedules of `shared/contract/resources.ts` SCHEDULES in process, reading the same
 * expressions and time zones EventBridge Scheduler gets (Asia/Shanghai: UTC+08:00, no DST).
 */
import { SCHEDULES, type FunctionName } from '../../shared/contract/resources.js';
import { lambdaContext } from './lambda-context.js';

/**
 * UTC offsets of the time zones the local scheduler can run (fixed: none of them observes daylight
 * saving time). A schedule in another zone is refused rather than run at the wrong hour.
 */
export const TIME_ZONE_OFFSETS_MS: Readonly<Record<string, number>> = {
  'Asia/Shanghai': 8 * 3600 * 1000,
  UTC: 0,
  'Etc/UTC': 0,
};

export type Timing =
  | { kind: 'rate'; minutes: number }
  | { kind: 'cron'; minute: number; hour: number; day: number; month: number; timeZone: string };

/** Days in each month of a common year; 29 February is refused (it would fire only in leap years). */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The subset of Scheduler expressions the stack uses: `rate(N minute[s]|hour[s])` (N ≥ 1) and a
 * yearly `cron(m h d M ? *)` with a real date, in a supported time zone (default Asia/Shanghai).
 * Anything else is refused rather than silently mis-run.
 */
export function parseExpression(expression: string, timeZone = 'Asia/Shanghai'): Timing {
  const unsupported = (why: string) =>
    new Error(
      `the local scheduler does not support ${expression}${timeZone === 'Asia/Shanghai' ? '' : ` in ${timeZone}`}: ${why}`,
    );
  const rate = /^rate\((\d+) (minute|minutes|hour|hours)\)$/.exec(expression);
  if (rate) {
    const minutes = Number(rate[1]) * (rate[2]!.startsWith('hour') ? 60 : 1);
    if (minutes < 1) throw unsupported('the rate must be at least 1');
    return { kind: 'rate', minutes };
  }
  const cron = /^cron\((\d+) (\d+) (\d+) (\d+) \? \*\)$/.exec(expression);
  if (cron) {
    const [minute, hour, day, month] = cron.slice(1, 5).map(Number) as [number, number, number, number];
    if (minute > 59 || hour > 23 || month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) {
      throw unsupported('not a valid minute, hour, day and month');
    }
    if (TIME_ZONE_OFFSETS_MS[timeZone] === undefined)
      throw unsupported(`time zone ${timeZone} is not one of ${Object.keys(TIME_ZONE_OFFSETS_MS).join(', ')}`);
    return { kind: 'cron', minute, hour, day, month, timeZone };
  }
  throw unsupported('only rate(N minutes|hours) and yearly cron(m h d M ? *) are supported');
}

/** The next instant after `now` at which the timing fires. */
export function nextRun(timing: Timing, now: Date): Date {
  if (timing.kind === 'rate') return new Date(now.getTime() + timing.minutes * 60_000);
  const offset = TIME_ZONE_OFFSETS_MS[timing.timeZone];
  if (offset === undefined) throw new Error(`the local scheduler does not support the time zone ${timing.timeZone}`);
  const localYear = new Date(now.getTime() + offset).getUTCFullYear();
  for (let year = localYear; ; year++) {
    const instant = new Date(Date.UTC(year, timing.month - 1, timing.day, timing.hour, timing.minute) - offset);
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
      const timer = setTimeout(
        async () => {
          timers.delete(timer);
          if (remaining > MAX_TIMEOUT_MS) return wait();
          try {
            // The same input the stack's schedules send (ContextAttribute.scheduledTime).
            await (
              await handlerFor(functionName)
            )({ source: 'schedule', scheduledTime: due.toISOString() }, lambdaContext(functionName));
          } catch (error) {
            console.error(`[scheduler] ${id} failed:`, error);
          }
          arm(id, functionName, timing);
        },
        Math.min(Math.max(remaining, 0), MAX_TIMEOUT_MS),
      );
      timer.unref();
      timers.add(timer);
    };
    wait();
  };
  for (const [id, schedule] of Object.entries(SCHEDULES))
    arm(id, schedule.function, parseExpression(schedule.expression, schedule.timeZone));
  return () => timers.forEach((timer) => clearTimeout(timer));
}
