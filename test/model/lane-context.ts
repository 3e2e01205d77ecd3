/**
 * Which lane (./lane.ts) the running code belongs to, carried by AsyncLocalStorage through every
 * await of a scenario and of the handlers it calls; and the seeded sources a lane replaces:
 * its clock and its random bytes (ids). Outside a lane everything is real.
 * No node:crypto here: this module backs the test file's mock of it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface SeededWorld {
  now(): Date;
  bytes(size: number): Buffer;
}

export interface LaneStore {
  world: SeededWorld;
  /** Who makes the calls, as the trace names it. */
  actor: string;
  /** Inside a step the scheduler runs whole (the relay catching up): its calls are not scheduled one by one. */
  atomic: boolean;
}

export const laneContext = new AsyncLocalStorage<LaneStore>();

export const currentWorld = (): SeededWorld | undefined => laneContext.getStore()?.world;

/** A version 4 UUID from 16 bytes. */
function uuidFrom(bytes: Buffer): string {
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

type Crypto = typeof import('node:crypto');

/** node:crypto with randomBytes and randomUUID drawn from the lane's seed inside a lane (vi.mock factory). */
export function seededCrypto(real: Crypto): Crypto {
  const randomBytes = ((size: number, callback?: (error: Error | null, bytes: Buffer) => void) => {
    const world = currentWorld();
    if (!world || callback) return real.randomBytes(size, callback!);
    return world.bytes(size);
  }) as Crypto['randomBytes'];
  const randomUUID = ((options?: Parameters<Crypto['randomUUID']>[0]) => {
    const world = currentWorld();
    return world ? uuidFrom(world.bytes(16)) : real.randomUUID(options);
  }) as Crypto['randomUUID'];
  const seeded = { ...real, randomBytes, randomUUID };
  return { ...seeded, default: seeded } as Crypto;
}

/** node:timers/promises whose setTimeout resolves at once inside a lane: a retry's pause is a scheduling point, not wall time. */
export function laneTimers(real: typeof import('node:timers/promises')): typeof import('node:timers/promises') {
  const setTimeout = (<T>(delay?: number, value?: T, options?: import('node:timers').TimerOptions) =>
    currentWorld() ? Promise.resolve(value as T) : real.setTimeout(delay, value, options)) as typeof real.setTimeout;
  const timers = { ...real, setTimeout };
  return { ...timers, default: timers } as typeof real;
}
