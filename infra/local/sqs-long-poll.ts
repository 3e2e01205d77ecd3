/**
 * Fidelity fix for local-aws-sqs 2.0.2's long polling: its ReceiveMessage with WaitTimeSeconds
 * answers only once MaxNumberOfMessages are held or the wait ends, where SQS answers as soon as
 * any message is available. With a batch size of 10 and a one-second wait that held every
 * evaluation back by up to a second.
 *
 * patchLongPoll() wraps the queue class's `receive`: it waits (woken by a send, and, while messages
 * are in flight or delayed, by one check of the queue every few milliseconds for messages that
 * became visible again) until a message is visible or the wait ends, then asks the library for at most as many messages as are visible, without a wait, which
 * it hands over on its next tick (≈ 10 ms), and asks again when the library's own 40 ms deadline
 * beat that tick (a lagging event loop). Guarded like the receive-count patch: if the
 * library's shape changes, it does nothing (and test/local/harness.test.ts's "answers a long
 * poll as soon as a message arrives" fails).
 */

interface ReceiveInput {
  WaitTimeSeconds?: number | string;
  MaxNumberOfMessages?: number | string;
  VisibilityTimeout?: number | string;
}

interface LongPollQueue {
  ReceiveMessageWaitTimeSeconds?: number | string;
  getAttributes(names: string[]): Record<string, string | undefined> | undefined;
  setRecord?: (...args: unknown[]) => unknown;
  receive(input: ReceiveInput): Promise<unknown[]>;
}

const PATCHED = Symbol.for('lingang.local-sqs.long-poll-patch');
/** How often a queue with waiting receives looks for messages whose visibility timeout ended (no event tells). */
const RECHECK_MS = 5;

/** A queue's waiting receives, and its one recheck while any wait and messages are in flight or delayed. */
interface Waiting {
  receives: Set<() => void>;
  recheck?: NodeJS.Timeout;
}

const waiting = new WeakMap<object, Waiting>();
/** Messages that receives now in the library's hands will take: twenty pollers woken by one message do not all go for it. */
const claimed = new WeakMap<object, number>();

function counts(queue: LongPollQueue): { visible: number; pending: number } {
  const attributes =
    queue.getAttributes([
      'ApproximateNumberOfMessages',
      'ApproximateNumberOfMessagesNotVisible',
      'ApproximateNumberOfMessagesDelayed',
    ]) ?? {};
  const notVisible = Number(attributes.ApproximateNumberOfMessagesNotVisible ?? 0);
  // ApproximateNumberOfMessages counts the undelayed messages, in flight ones included.
  return {
    visible: Number(attributes.ApproximateNumberOfMessages ?? 0) - notVisible - (claimed.get(queue) ?? 0),
    pending: notVisible + Number(attributes.ApproximateNumberOfMessagesDelayed ?? 0),
  };
}

/**
 * Wakes as many waiting receives as there are messages to take (not all twenty for one message),
 * and keeps rechecking only while some message in flight or delayed may become visible by itself.
 */
function check(queue: LongPollQueue, state: Waiting): void {
  const { visible, pending } = counts(queue);
  [...state.receives].slice(0, Math.max(0, visible)).forEach((resume) => resume());
  const recheck = state.receives.size > 0 && pending > 0;
  if (recheck && !state.recheck) state.recheck = setInterval(() => check(queue, state), RECHECK_MS).unref();
  if (!recheck && state.recheck) {
    clearInterval(state.recheck);
    state.recheck = undefined;
  }
}

/** The queue's waiting receives, woken whenever a message is sent to it (once its zero delay has passed). */
function waitingOn(queue: LongPollQueue): Waiting {
  const known = waiting.get(queue);
  if (known) return known;
  const created: Waiting = { receives: new Set() };
  waiting.set(queue, created);
  const setRecord = queue.setRecord;
  if (typeof setRecord === 'function')
    queue.setRecord = (...args: unknown[]) => {
      const stored = setRecord.apply(queue, args);
      setTimeout(() => check(queue, created), 0);
      return stored;
    };
  return created;
}

function arrivalOrDeadline(queue: LongPollQueue, deadline: number): Promise<void> {
  const state = waitingOn(queue);
  return new Promise((resolve) => {
    const resume = () => {
      clearTimeout(timer);
      state.receives.delete(resume);
      resolve();
    };
    // Unreferenced: a poll its client gave up on (a stopped poller) does not keep the process alive.
    const timer = setTimeout(resume, Math.max(0, deadline - Date.now())).unref();
    state.receives.add(resume);
    check(queue, state);
  });
}

/**
 * Resolves once the timers of zero delay set before it have run (Node runs timers of one duration
 * in the order they were set). The library makes a message released with ChangeMessageVisibility(0)
 * visible (or moves it to the DLQ) only in such a timer, after its answer went out; SQS's next
 * receive sees it. Without this a receive right after either took it or not, as the timer happened
 * to fall: the model test's replays differed there (seed 777).
 */
const zeroDelayTimersRun = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function patchLongPoll(queue: object): void {
  const Queue = queue.constructor as { prototype: Partial<LongPollQueue> } & { [PATCHED]?: true };
  const receive = Queue.prototype.receive;
  if (Queue[PATCHED] || typeof receive !== 'function' || typeof Queue.prototype.getAttributes !== 'function') return;
  Queue[PATCHED] = true;
  Queue.prototype.receive = async function (this: LongPollQueue, input: ReceiveInput) {
    const waitSeconds = Number(input.WaitTimeSeconds ?? this.ReceiveMessageWaitTimeSeconds ?? 0);
    const wanted = Number(input.MaxNumberOfMessages ?? 1);
    const deadline = Date.now() + waitSeconds * 1000;
    waitingOn(this);
    await zeroDelayTimersRun();
    for (;;) {
      const available = counts(this).visible;
      const last = Date.now() >= deadline;
      // A receive whose wait is over answers at once with what there is, as SQS does (the library waits another 40 ms).
      if (available <= 0 && last) return [];
      if (available > 0) {
        const claim = Math.min(wanted, available);
        claimed.set(this, (claimed.get(this) ?? 0) + claim);
        let messages: unknown[];
        try {
          messages = await receive.call(this, { ...input, WaitTimeSeconds: 0, MaxNumberOfMessages: claim });
        } finally {
          claimed.set(this, (claimed.get(this) ?? 0) - claim);
        }
        // Empty although they were visible: another receive took them first, or the library's own deadline (40 ms, set
        // just before its first 10 ms tick) fired first, as it does when the event loop lags (a loaded machine).
        // Either way look again: SQS answers with the visible messages however slow the machine, and waits on for more.
        if (messages.length > 0) return messages;
      } else await arrivalOrDeadline(this, deadline);
    }
  };
}
