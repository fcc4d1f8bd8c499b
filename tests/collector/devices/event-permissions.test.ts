import { describe, expect, it } from 'vitest';
import type { CounterEvent } from '../../../contracts/event.js';
import { deviceEventProblems, type EventSender } from '../../../collector/devices/index.js';

const kiosk: EventSender = { name: 'Kiosk', kind: 'kiosk', counter: null };
const counter1: EventSender = { name: 'Quầy 1', kind: 'counter', counter: '1' };
const pad1: EventSender = { name: 'Bảng 1', kind: 'rating', counter: '1' };

function event(type: CounterEvent['type'], extra: Partial<CounterEvent> = {}): CounterEvent {
  return { id: 'e1', ts: 1_795_000_000_000, site: 'centre', type, ...extra };
}

describe('deviceEventProblems', () => {
  it.each<[string, EventSender, CounterEvent, string[]]>([
    ['a kiosk issuing', kiosk, event('ticket.issued', { ticket: 'A001', field: 'f' }), []],
    [
      'a kiosk calling',
      kiosk,
      event('ticket.called', { ticket: 'A001', counter: '1' }),
      ['[0].type'],
    ],
    [
      'a counter completing at its counter',
      counter1,
      event('service.completed', { ticket: 'A001', counter: '1', outcome: 'guided' }),
      [],
    ],
    [
      'a counter pausing another counter',
      counter1,
      event('counter.paused', { counter: '2' }),
      ['[0].counter'],
    ],
    [
      'a counter no-show without its counter',
      counter1,
      event('ticket.no_show', { ticket: 'A001' }),
      ['[0].counter'],
    ],
    [
      'a counter issuing',
      counter1,
      event('ticket.issued', { ticket: 'A001', field: 'f', counter: '1' }),
      ['[0].type'],
    ],
    ['a pad rating its counter', pad1, event('rating.submitted', { rating: 3, counter: '1' }), []],
    [
      'a pad rating another counter',
      pad1,
      event('rating.submitted', { rating: 3, counter: '2' }),
      ['[0].counter'],
    ],
    [
      'another centre’s event',
      kiosk,
      { ...event('ticket.issued', { ticket: 'A001', field: 'f' }), site: 'other' },
      ['[0].site'],
    ],
  ])('%s', (_what, device, sent, paths) => {
    expect(deviceEventProblems(device, 'centre', [sent]).map((p) => p.path)).toEqual(paths);
  });
});
