/**
 * The local scheduler's reading of EventBridge Scheduler expressions (infra/local/scheduler.ts):
 * the yearly payout run at 1 March 02:00 Asia/Shanghai, rates, and refusal of what it cannot run.
 */
import { describe, expect, it } from 'vitest';
import { SCHEDULES } from '../../shared/contract/resources.js';
import { nextRun, parseExpression } from '../../infra/local/scheduler.js';

const at = (iso: string) => new Date(iso);

describe('yearly cron in Asia/Shanghai', () => {
  const payoutRun = parseExpression(SCHEDULES.payoutRun.expression, SCHEDULES.payoutRun.timeZone);

  it('reads the payout run schedule as 1 March 02:00 Shanghai', () => {
    expect(SCHEDULES.payoutRun.timeZone).toBe('Asia/Shanghai');
    expect(payoutRun).toEqual({ kind: 'cron', minute: 0, hour: 2, day: 1, month: 3, timeZone: 'Asia/Shanghai' });
  });

  it('fires at 2027-02-28T18:00:00Z (1 March 02:00 +08:00), one second after 17:59:59Z', () => {
    expect(nextRun(payoutRun, at('2027-02-28T17:59:59Z')).toISOString()).toBe('2027-02-28T18:00:00.000Z');
    expect(nextRun(payoutRun, at('2027-02-28T17:59:59.999Z')).toISOString()).toBe('2027-02-28T18:00:00.000Z');
  });

  it('at or after the instant, the next run is a year later', () => {
    expect(nextRun(payoutRun, at('2027-02-28T18:00:00Z')).toISOString()).toBe('2028-02-29T18:00:00.000Z');
    expect(nextRun(payoutRun, at('2027-02-28T18:00:00.001Z')).toISOString()).toBe('2028-02-29T18:00:00.000Z');
    expect(nextRun(payoutRun, at('2027-07-01T00:00:00Z')).toISOString()).toBe('2028-02-29T18:00:00.000Z');
  });

  it('uses the Shanghai calendar year at the turn of the year (31 Dec 20:00Z is already 1 Jan in Shanghai)', () => {
    expect(nextRun(payoutRun, at('2026-12-31T20:00:00Z')).toISOString()).toBe('2027-02-28T18:00:00.000Z');
    const newYear = parseExpression('cron(30 0 1 1 ? *)', 'Asia/Shanghai');
    // 1 Jan 00:30 Shanghai = 31 Dec 16:30 UTC of the year before.
    expect(nextRun(newYear, at('2026-12-31T16:00:00Z')).toISOString()).toBe('2026-12-31T16:30:00.000Z');
    expect(nextRun(newYear, at('2026-12-31T16:30:00Z')).toISOString()).toBe('2027-12-31T16:30:00.000Z');
  });

  it('runs a UTC schedule in UTC', () => {
    expect(nextRun(parseExpression('cron(0 2 1 3 ? *)', 'UTC'), at('2027-02-28T17:59:59Z')).toISOString()).toBe(
      '2027-03-01T02:00:00.000Z',
    );
  });
});

describe('rate', () => {
  it('reads minutes and hours, singular and plural', () => {
    expect(parseExpression(SCHEDULES.sweeper.expression)).toEqual({ kind: 'rate', minutes: 5 });
    expect(parseExpression('rate(1 minute)')).toEqual({ kind: 'rate', minutes: 1 });
    expect(parseExpression('rate(2 hours)')).toEqual({ kind: 'rate', minutes: 120 });
    expect(parseExpression('rate(1 hour)')).toEqual({ kind: 'rate', minutes: 60 });
  });

  it('fires one interval after now', () => {
    expect(nextRun({ kind: 'rate', minutes: 5 }, at('2027-02-28T17:59:59Z')).toISOString()).toBe(
      '2027-02-28T18:04:59.000Z',
    );
  });
});

describe('refuses what it cannot run faithfully', () => {
  it.each([
    'cron(0 2 * * ? *)',
    'cron(0 2 1 3 ? 2027)',
    'cron(0 2 ? 3 MON *)',
    'cron(0/5 * * * ? *)',
    'cron(0 2 1 13 ? *)',
    'cron(0 2 30 2 ? *)',
    'cron(0 2 29 2 ? *)',
    'cron(60 2 1 3 ? *)',
    'cron(0 24 1 3 ? *)',
    'cron(0 2 0 3 ? *)',
    'rate(0 minutes)',
    'rate(1 day)',
    'rate(5 seconds)',
    'at(2027-03-01T02:00:00)',
    '',
  ])('%s', (expression) => {
    expect(() => parseExpression(expression)).toThrow(/local scheduler does not support/);
  });

  it('a time zone whose offset it does not know', () => {
    expect(() => parseExpression('cron(0 2 1 3 ? *)', 'Europe/Berlin')).toThrow(/time zone Europe\/Berlin/);
  });
});
