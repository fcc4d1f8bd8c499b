import { describe, expect, it } from 'vitest';
import type { CounterEvent } from '../../../contracts/event.js';
import { fieldPrefix, nextTicketNumber, TicketPool } from '../../../collector/devices/index.js';

const T0 = Date.parse('2026-11-27T08:00:00+07:00');
const min = (m: number) => T0 + m * 60_000;
let n = 0;
function event(type: CounterEvent['type'], ts: number, extra: Partial<CounterEvent>): CounterEvent {
  return { id: `e${++n}`, ts, site: 'test-centre', type, ...extra };
}
const issued = (ticket: string, field: string, at: number) =>
  event('ticket.issued', min(at), { ticket, field });

describe('nextTicketNumber', () => {
  it.each<[string, string[], string]>([
    ['A', [], 'A001'],
    ['A', ['A001', 'A002'], 'A003'],
    ['A', ['A002', 'B007'], 'A003'],
    ['B', ['A001', 'A002'], 'B001'],
    ['A', ['A999'], 'A1000'],
    ['A', ['A041', 'X-12', 'AA005'], 'A042'],
  ])('in field %s after %j gives %s', (prefix, issuedToday, expected) => {
    expect(nextTicketNumber(prefix, issuedToday)).toBe(expected);
  });
});

describe('fieldPrefix', () => {
  it.each([
    [0, 'A'],
    [1, 'B'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
  ])('field %i starts its numbers with %s', (index, prefix) => {
    expect(fieldPrefix(index)).toBe(prefix);
  });
});

describe('TicketPool', () => {
  it('calls the oldest waiting ticket of the counter’s fields, whatever order the events came in', () => {
    const pool = new TicketPool([
      issued('B001', 'chung-thuc', 2),
      issued('A002', 'tu-phap', 3),
      issued('A001', 'tu-phap', 1),
    ]);
    expect(pool.nextFor(['tu-phap'])?.ticket).toBe('A001');
    expect(pool.nextFor(['chung-thuc'])?.ticket).toBe('B001');
    expect(pool.nextFor([])?.ticket).toBe('A001');
    expect(pool.nextFor(['dat-dai'])).toBeUndefined();
  });

  it('skips tickets called, being served, ended or skipped as no-shows', () => {
    const pool = new TicketPool([
      issued('A001', 'tu-phap', 1),
      issued('A002', 'tu-phap', 2),
      issued('A003', 'tu-phap', 3),
      issued('A004', 'tu-phap', 4),
      event('ticket.called', min(5), { ticket: 'A001', counter: '1' }),
      event('service.started', min(6), { ticket: 'A002', counter: '2' }),
      event('ticket.called', min(6), { ticket: 'A003', counter: '1' }),
      event('ticket.no_show', min(7), { ticket: 'A003', counter: '1' }),
    ]);
    expect(pool.waiting().map((v) => v.ticket)).toEqual(['A004']);
  });

  it('orders tickets issued in the same millisecond by number', () => {
    const pool = new TicketPool([issued('A010', 'f', 1), issued('A009', 'f', 1)]);
    expect(pool.nextFor(['f'])?.ticket).toBe('A009');
  });

  it('tells a counter its state, current ticket and phase, and last ended visit', () => {
    const pool = new TicketPool([
      event('counter.opened', min(0), { counter: '1' }),
      issued('A001', 'f', 1),
      issued('A002', 'f', 2),
      issued('A003', 'f', 2),
      event('ticket.called', min(3), { ticket: 'A001', counter: '1' }),
      event('service.completed', min(9), { ticket: 'A001', counter: '1', outcome: 'returned' }),
      event('ticket.called', min(10), { ticket: 'A002', counter: '1' }),
    ]);
    expect(pool.stateOf('1', ['f'], min(11))).toEqual({
      counter: '1',
      counterState: 'serving',
      current: { ticket: 'A002', field: 'f', phase: 'called', sinceMs: min(10) },
      lastEnded: { ticket: 'A001', endedMs: min(9) },
      waiting: 1,
      atMs: min(11),
    });
    expect(pool.stateOf('2', ['f'], min(11))).toMatchObject({
      counterState: 'closed',
      current: null,
    });
  });
});
