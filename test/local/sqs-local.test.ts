/**
 * The local SQS's queues, driven in this process without a server, so that the order of the library's timers and a
 * receive is fixed rather than left to the network.
 */
import { createRequestHandler } from 'local-aws-sqs';
import { describe, expect, it } from 'vitest';
import { patchQueues } from '../../infra/local/sqs-local.js';

interface Queue {
  setRecord(message: { MessageBody: string }): unknown;
  receive(input: {
    WaitTimeSeconds: number;
    MaxNumberOfMessages: number;
  }): Promise<{ MessageBody?: string; ReceiptHandle?: string }[]>;
  changeVisibility(receiptHandle: string, timeout: string): boolean;
}

function queuesWithDlq(): { source: Queue; dlq: Queue } {
  const { service } = createRequestHandler({
    port: 0,
    emulateQueueCreationLifecycle: false,
    queues: [
      { QueueName: 'dlq' },
      {
        QueueName: 'source',
        Attributes: {
          RedrivePolicy: JSON.stringify({
            deadLetterTargetArn: 'arn:aws:sqs:us-east-1:123456789012:dlq',
            maxReceiveCount: 1,
          }),
        },
      },
    ] as never,
  });
  patchQueues(service.Queues);
  const [dlq, source] = service.Queues as unknown as [Queue, Queue];
  return { source, dlq };
}

describe('local SQS dead-letter queue', () => {
  it('a receive from the DLQ issued right after the last failed receive is released sees the moved message', async () => {
    const { source, dlq } = queuesWithDlq();
    source.setRecord({ MessageBody: 'poison' });
    const [received] = await source.receive({ WaitTimeSeconds: 0, MaxNumberOfMessages: 1 });
    // Released at once after maxReceiveCount receives: the library moves it in a zero-delay timer, which runs
    // before the DLQ receive below looks (a receive first lets the zero-delay timers set before it run).
    expect(source.changeVisibility(received!.ReceiptHandle!, '0')).toBe(true);
    const dead = await dlq.receive({ WaitTimeSeconds: 0, MaxNumberOfMessages: 1 });
    expect(dead.map((message) => message.MessageBody)).toEqual(['poison']);
    expect(await source.receive({ WaitTimeSeconds: 0, MaxNumberOfMessages: 1 })).toEqual([]);
  });
});

describe('local SQS receive', () => {
  it('answers the visible messages when the event loop lags, however late its own timers run', async () => {
    const busy = (ms: number) => {
      for (const end = performance.now() + ms; performance.now() < end;);
    };
    // The lag must fall in a window a few ms wide that the OS's scheduling can move: a few tries.
    for (let round = 0; round < 5; round++) {
      const { source } = queuesWithDlq();
      for (const body of ['a', 'b', 'c']) source.setRecord({ MessageBody: body });
      await new Promise((resolve) => setImmediate(resolve)); // a fresh loop time for the timers set below
      // Another receive's 40 ms deadline, due before this receive's first 10 ms tick: with the loop held up past both,
      // Node runs the list of 40 ms timers first, the library's deadline for this receive among them.
      setTimeout(() => undefined, 40);
      busy(31);
      const received = source.receive({ WaitTimeSeconds: 0, MaxNumberOfMessages: 10 });
      // Right after the library set its timers (a zero-delay timer set after the receive's own runs after it).
      setTimeout(() => busy(100), 0);
      expect((await received).map((message) => message.MessageBody)).toEqual(['a', 'b', 'c']);
    }
  });
});
