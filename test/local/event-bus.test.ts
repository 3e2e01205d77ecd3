/**
 * The local bus's stored events read after a given event (infra/local/eventbridge-local.ts), as
 * GET /local/events?since=<id> serves them: from the event after it, in the order received, on any
 * bus's filter; the same once the bus is loaded again from its file; nothing of a forgotten event.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalEventBus, type LocalEvent } from '../../infra/local/eventbridge-local.js';

const directory = mkdtempSync(path.join(tmpdir(), 'event-bus-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** Puts `batches` batches of three events, alternating between two buses; answers the ids in the order sent. */
function putBatches(bus: LocalEventBus, batches: number): string[] {
  const ids: string[] = [];
  for (let batch = 0; batch < batches; batch++) {
    const { Entries } = bus.putEvents({
      Entries: [0, 1, 2].map((entry) => ({
        Source: 'lingang.test',
        DetailType: 'Counted',
        Detail: JSON.stringify({ batch, entry }),
        EventBusName: `bus-${(batch + entry) % 2}`,
      })),
    });
    for (const result of Entries) ids.push((result as { EventId: string }).EventId);
  }
  return ids;
}

const idsOf = (events: LocalEvent[]) => events.map((event) => event.id);

describe('events after a given event', () => {
  const file = path.join(directory, 'events.jsonl');
  const bus = new LocalEventBus({ file });
  const ids = putBatches(bus, 5);

  it('are the ones received after it, in order, on every filter', () => {
    for (const at of [0, 4, 7, ids.length - 1]) {
      expect(idsOf(bus.events({ since: ids[at] }))).toEqual(ids.slice(at + 1));
      const onBus1 = idsOf(bus.events({ bus: 'bus-1' }));
      expect(idsOf(bus.events({ since: ids[at], bus: 'bus-1' }))).toEqual(onBus1.filter((id) => ids.indexOf(id) > at));
    }
  });

  it('are the same once the bus is loaded again from its file', () => {
    const reloaded = new LocalEventBus({ file });
    const more = putBatches(reloaded, 1);
    expect(idsOf(reloaded.events({ since: ids[3] }))).toEqual([...ids.slice(4), ...more]);
    expect(idsOf(reloaded.events({ since: ids.at(-1) }))).toEqual(more);
  });

  it('are not found after the bus forgot its events: an id is then no usable `since`', () => {
    const forgetful = new LocalEventBus();
    const forgotten = putBatches(forgetful, 2);
    forgetful.clear();
    const kept = putBatches(forgetful, 1);
    expect(() => forgetful.events({ since: forgotten[1] })).toThrow(RangeError);
    expect(idsOf(forgetful.events({ since: kept[0] }))).toEqual(kept.slice(1));
  });
});
