import { describe, expect, it } from 'vitest';
import type { CounterEvent } from '../../../../contracts/event.js';
import {
  MAX_PRESS_BATCH,
  memoryPressStore,
  PressOutbox,
  type SendOutcome,
} from '../../../../dashboard/src/terminals/outbox/press-outbox.js';

function press(n: number): CounterEvent {
  return {
    id: `press-${n}`,
    ts: 1_795_000_000_000 + n,
    site: 'test-centre',
    type: 'counter.opened',
    counter: '1',
  };
}

const accepted: SendOutcome = { kind: 'accepted' };
const retry: SendOutcome = { kind: 'retry', reason: 'no answer' };
const refused: SendOutcome = { kind: 'refused', reason: '400' };

describe('PressOutbox', () => {
  it('sends presses oldest first and drops them only once acknowledged', () => {
    const outbox = new PressOutbox(memoryPressStore());
    [1, 2, 3].forEach((n) => outbox.enqueue(press(n)));
    const batch = outbox.nextBatch();
    expect(batch.map((e) => e.id)).toEqual(['press-1', 'press-2', 'press-3']);
    outbox.settle(batch, retry);
    expect(outbox.pending).toHaveLength(3);
    outbox.settle(batch, accepted);
    expect(outbox.pending).toEqual([]);
  });

  it('resends the very same presses (same ids and times) after a failed attempt', () => {
    const outbox = new PressOutbox(memoryPressStore());
    outbox.enqueue(press(1));
    const first = outbox.nextBatch();
    outbox.settle(first, retry);
    expect(outbox.nextBatch()).toEqual(first);
  });

  it('keeps presses pressed while a batch was in flight', () => {
    const outbox = new PressOutbox(memoryPressStore());
    outbox.enqueue(press(1));
    const batch = outbox.nextBatch();
    outbox.enqueue(press(2));
    outbox.settle(batch, accepted);
    expect(outbox.pending.map((e) => e.id)).toEqual(['press-2']);
  });

  it('keeps every press across a reload of the page (the store)', () => {
    const store = memoryPressStore();
    const before = new PressOutbox(store);
    [1, 2].forEach((n) => before.enqueue(press(n)));
    const after = new PressOutbox(store);
    expect(after.pending.map((e) => e.id)).toEqual(['press-1', 'press-2']);
  });

  it('keeps everything while signed out', () => {
    const outbox = new PressOutbox(memoryPressStore());
    outbox.enqueue(press(1));
    outbox.settle(outbox.nextBatch(), { kind: 'signed-out', reason: '401' });
    expect(outbox.pending).toHaveLength(1);
  });

  it('isolates a refused press: the others still go, the bad one is set aside', () => {
    const outbox = new PressOutbox(memoryPressStore());
    [1, 2, 3].forEach((n) => outbox.enqueue(press(n)));
    outbox.settle(outbox.nextBatch(), refused);
    // One by one from now on.
    const sent: string[] = [];
    for (let batch = outbox.nextBatch(); batch.length > 0; batch = outbox.nextBatch()) {
      expect(batch).toHaveLength(1);
      sent.push(batch[0]!.id);
      outbox.settle(batch, batch[0]!.id === 'press-2' ? refused : accepted);
    }
    expect(sent).toEqual(['press-1', 'press-2', 'press-3']);
    expect(outbox.rejected.map((r) => r.event.id)).toEqual(['press-2']);
    outbox.enqueue(press(4));
    outbox.enqueue(press(5));
    expect(outbox.nextBatch()).toHaveLength(2);
  });

  it(`sends at most ${MAX_PRESS_BATCH} presses per request`, () => {
    const outbox = new PressOutbox(memoryPressStore());
    for (let n = 0; n < MAX_PRESS_BATCH + 7; n++) outbox.enqueue(press(n));
    expect(outbox.nextBatch()).toHaveLength(MAX_PRESS_BATCH);
  });
});
