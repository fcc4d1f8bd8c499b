import { describe, expect, it } from 'vitest';
import type { CounterEvent } from '../../../../contracts/event.js';
import type { TerminalState } from '../../../../contracts/terminal.js';
import { counterViewOf } from '../../../../dashboard/src/terminals/counter/counter-view.js';

const T0 = 1_795_000_000_000;
let n = 0;
function press(
  type: CounterEvent['type'],
  extra: Partial<CounterEvent> = {},
  ts = T0 + ++n,
): CounterEvent {
  return { id: `p${n}`, ts, site: 's', type, counter: '1', ...extra };
}

const serving: TerminalState = {
  counter: '1',
  counterState: 'serving',
  current: { ticket: 'A001', field: 'f', phase: 'serving', sinceMs: T0 },
  lastEnded: null,
  waiting: 2,
  atMs: T0,
};

describe('counterViewOf', () => {
  it.each<[string, TerminalState | null, CounterEvent[], ReturnType<typeof counterViewOf>]>([
    ['nothing known yet: closed', null, [], { counterState: 'closed', current: null }],
    [
      'the collector’s view as it is',
      serving,
      [],
      { counterState: 'serving', current: { ticket: 'A001', phase: 'serving' } },
    ],
    [
      'a completion made offline frees the counter',
      serving,
      [press('service.completed', { ticket: 'A001', outcome: 'received' })],
      { counterState: 'idle', current: null },
    ],
    [
      'a late end of an earlier ticket does not free it',
      serving,
      [press('ticket.no_show', { ticket: 'A000' })],
      { counterState: 'serving', current: { ticket: 'A001', phase: 'serving' } },
    ],
    [
      'open, call, start in press order',
      null,
      [
        press('counter.opened'),
        press('ticket.called', { ticket: 'B003' }),
        press('service.started', { ticket: 'B003' }),
      ],
      { counterState: 'serving', current: { ticket: 'B003', phase: 'serving' } },
    ],
    [
      'a recall keeps the visit where it is',
      serving,
      [press('ticket.called', { ticket: 'A001' })],
      { counterState: 'serving', current: { ticket: 'A001', phase: 'serving' } },
    ],
    [
      'pausing ends the visit on screen, as in the queue',
      serving,
      [press('counter.paused')],
      { counterState: 'paused', current: null },
    ],
  ])('%s', (_what, state, overlay, expected) => {
    expect(counterViewOf(state, overlay)).toEqual(expected);
  });

  it('applies a press the collector already holds without changing anything', () => {
    const start = press('service.started', { ticket: 'A001' });
    expect(counterViewOf(serving, [start])).toEqual(counterViewOf(serving, []));
  });
});
