/**
 * `npm start` runs the example consumer (examples/consumer/) on the local bus, as the construct
 * deploys it on AWS: a rule with the same event pattern whose target is the same consumer, its
 * claims in memory instead of a table, each notice appended as a JSON line to a file (or kept in
 * memory). An integrator watches what their copy would receive from the demo's events.
 */
import { appendFileSync } from 'node:fs';
import { awardNoticeConsumer, type AwardEvent, type AwardNotice } from '../../examples/consumer/consumer.js';
import { memoryDedupe } from '../../examples/consumer/dedupe.js';
import { AWARD_EVENTS_PATTERN } from '../../examples/consumer/pattern.js';
import type { LocalEventBus } from './eventbridge-local.js';

export const EXAMPLE_CONSUMER_RULE = 'example-consumer-award-notices';

export interface ExampleConsumer {
  /** The notices sent so far, in the order sent. */
  notices(): AwardNotice[];
}

export function startExampleConsumer(bus: LocalEventBus, eventBusName: string, file?: string): ExampleConsumer {
  const sent: AwardNotice[] = [];
  const consume = awardNoticeConsumer({
    dedupe: memoryDedupe(),
    notify: async (notice) => {
      if (file) appendFileSync(file, `${JSON.stringify(notice)}\n`);
      sent.push(notice);
    },
  });
  bus.addRule({
    name: EXAMPLE_CONSUMER_RULE,
    eventBusName,
    pattern: AWARD_EVENTS_PATTERN,
    target: (event) => consume(event as unknown as AwardEvent),
  });
  return { notices: () => [...sent] };
}
