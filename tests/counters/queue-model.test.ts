import { describe, expect, it } from 'vitest';
import type { CounterEvent } from '../../contracts/event.js';
import { QueueModel } from '../../counters/queue-model.js';

// 27/11/2026 08:00 in Asia/Ho_Chi_Minh.
const MORNING = Date.parse('2026-11-27T08:00:00+07:00');
const names = {
  fields: [
    { id: 'tu-phap-ho-tich', name: 'Tư pháp – Hộ tịch' },
    { id: 'chung-thuc', name: 'Chứng thực' },
  ],
  counters: [
    { id: '1', name: 'Quầy 1' },
    { id: '2', name: 'Quầy 2' },
  ],
};

let seq = 0;
function event(
  minutes: number,
  type: CounterEvent['type'],
  extra: Partial<CounterEvent> = {},
): CounterEvent {
  return { id: `e${++seq}`, ts: MORNING + minutes * 60_000, site: 'binh-xuyen', type, ...extra };
}

function modelAfter(events: CounterEvent[]): QueueModel {
  const model = new QueueModel('binh-xuyen', names, false);
  events.forEach((e) => model.apply(e));
  return model;
}

describe('QueueModel', () => {
  it('starts with every configured counter closed and every field empty', () => {
    const snapshot = modelAfter([]).snapshot();
    expect(snapshot.counters.map((c) => [c.name, c.state])).toEqual([
      ['Quầy 1', 'closed'],
      ['Quầy 2', 'closed'],
    ]);
    expect(snapshot.fields.map((f) => [f.name, f.waiting])).toEqual([
      ['Tư pháp – Hộ tịch', 0],
      ['Chứng thực', 0],
    ]);
  });

  it.each([
    [
      'issued tickets wait',
      [event(0, 'ticket.issued', { ticket: 'A001', field: 'chung-thuc' })],
      { waiting: 1, serving: 0, servedToday: 0 },
    ],
    [
      'a called ticket is being served',
      [
        event(0, 'ticket.issued', { ticket: 'A001', field: 'chung-thuc' }),
        event(5, 'ticket.called', { ticket: 'A001', counter: '2' }),
      ],
      { waiting: 0, serving: 1, servedToday: 0 },
    ],
    [
      'a completed visit counts as served',
      [
        event(0, 'ticket.issued', { ticket: 'A001', field: 'chung-thuc' }),
        event(5, 'ticket.called', { ticket: 'A001', counter: '2' }),
        event(6, 'service.started', { ticket: 'A001', counter: '2' }),
        event(15, 'service.completed', { ticket: 'A001', counter: '2', outcome: 'received' }),
      ],
      { waiting: 0, serving: 0, servedToday: 1 },
    ],
    [
      'a no-show leaves the queue',
      [
        event(0, 'ticket.issued', { ticket: 'A001', field: 'chung-thuc' }),
        event(5, 'ticket.called', { ticket: 'A001', counter: '2' }),
        event(7, 'ticket.no_show', { ticket: 'A001', counter: '2' }),
      ],
      { waiting: 0, serving: 0, servedToday: 0 },
    ],
    [
      'a completion whose call was lost still frees the counter',
      [
        event(0, 'ticket.issued', { ticket: 'A009', field: 'chung-thuc' }),
        event(15, 'service.completed', { ticket: 'A009', counter: '1', outcome: 'returned' }),
      ],
      { waiting: 0, serving: 0, servedToday: 1 },
    ],
  ])('%s', (_what, events, totals) => {
    expect(modelAfter(events).snapshot().totals).toMatchObject(totals);
  });

  it('tracks the longest wait per field and counter states through the lunch break', () => {
    const model = modelAfter([
      event(-30, 'counter.opened', { counter: '1' }),
      event(0, 'ticket.issued', { ticket: 'A001', field: 'tu-phap-ho-tich' }),
      event(10, 'ticket.issued', { ticket: 'A002', field: 'tu-phap-ho-tich' }),
      event(20, 'ticket.called', { ticket: 'A001', counter: '1' }),
      event(210, 'counter.paused', { counter: '1' }),
    ]);
    const snapshot = model.snapshot();
    expect(snapshot.fields[0]).toMatchObject({
      waiting: 1,
      oldestWaitingSinceMs: MORNING + 10 * 60_000,
    });
    expect(snapshot.counters[0]).toMatchObject({
      state: 'paused',
      ticket: null,
      sinceMs: MORNING + 210 * 60_000,
    });
  });

  it('shows an unknown field and counter by their slug', () => {
    const snapshot = modelAfter([
      event(0, 'ticket.issued', { ticket: 'Z001', field: 'bao-tro-xa-hoi' }),
      event(1, 'ticket.called', { ticket: 'Z001', counter: '9' }),
    ]).snapshot();
    expect(snapshot.fields.map((f) => f.name)).toContain('bao-tro-xa-hoi');
    expect(snapshot.counters.find((c) => c.counter === '9')).toMatchObject({
      name: '9',
      state: 'serving',
    });
  });

  it('counts a ticket whose issue was never sent under an unknown field, and only while active', () => {
    const serving = modelAfter([
      event(0, 'ticket.called', { ticket: 'X7', counter: '1' }),
    ]).snapshot();
    expect(serving.fields.find((f) => f.field === 'chua-ro')).toMatchObject({
      name: 'Chưa rõ lĩnh vực',
      serving: 1,
    });
    const done = modelAfter([
      event(0, 'ticket.called', { ticket: 'X7', counter: '1' }),
      event(9, 'service.completed', { ticket: 'X7', counter: '1', outcome: 'guided' }),
    ]).snapshot();
    expect(done.fields.map((f) => f.field)).not.toContain('chua-ro');
  });

  it('starts a new local day from an empty queue and ignores a late event of yesterday', () => {
    const model = modelAfter([
      event(0, 'ticket.issued', { ticket: 'A001', field: 'chung-thuc' }),
      event(24 * 60, 'ticket.issued', { ticket: 'A001', field: 'chung-thuc' }),
      event(24 * 60 + 1, 'ticket.issued', { ticket: 'A002', field: 'chung-thuc' }),
      event(30, 'ticket.issued', { ticket: 'A003', field: 'chung-thuc' }),
    ]);
    expect(model.snapshot().totals).toMatchObject({ waiting: 2, issuedToday: 2 });
  });
});
