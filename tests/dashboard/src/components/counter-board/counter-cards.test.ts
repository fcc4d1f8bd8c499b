import { describe, expect, it } from 'vitest';
import type { CounterStatus } from '../../../../../contracts/queue.js';
import { counterCardsOf } from '../../../../../dashboard/src/components/counter-board/counter-cards.js';

const NOW_MS = Date.UTC(2026, 10, 27, 3, 20, 0);
const counter = (overrides: Partial<CounterStatus>): CounterStatus => ({
  counter: '1',
  name: 'Quầy 1',
  state: 'serving',
  ticket: 'A042',
  sinceMs: NOW_MS - 245_000,
  servedToday: 7,
  ...overrides,
});

describe('counterCardsOf', () => {
  it.each([
    ['serving', 'counterServing', 'A042', 245_000],
    ['idle', 'counterIdle', null, 245_000],
    ['paused', 'counterPaused', null, 245_000],
    ['closed', 'counterClosed', null, null],
  ] as const)('%s reads %s, ticket %s, elapsed %s ms', (state, label, ticket, elapsedMs) => {
    const [card] = counterCardsOf([counter({ state })], NOW_MS);
    expect(card).toMatchObject({ stateLabel: label, ticket, elapsedMs, servedToday: 7 });
  });

  it('never shows a negative elapsed time when the clocks disagree a little', () => {
    const [card] = counterCardsOf([counter({ sinceMs: NOW_MS + 2_000 })], NOW_MS);
    expect(card?.elapsedMs).toBe(0);
  });
});
