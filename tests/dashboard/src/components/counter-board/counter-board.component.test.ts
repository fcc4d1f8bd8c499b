import { describe, expect, it } from 'vitest';
import type { CounterStatus } from '../../../../../contracts/queue.js';
import '../../../../../dashboard/src/components/counter-board/counter-board.js';
import { NOW_MS, minutesAgo } from '../figures.js';
import { mount, part, parts, textOf, update } from '../mount.js';

const COUNTERS: CounterStatus[] = [
  {
    counter: '1',
    name: 'Quầy 1',
    state: 'serving',
    ticket: 'A002',
    sinceMs: minutesAgo(3),
    servedToday: 12,
  },
  {
    counter: '2',
    name: 'Quầy 2',
    state: 'idle',
    ticket: null,
    sinceMs: minutesAgo(65),
    servedToday: 1234,
  },
  {
    counter: '3',
    name: 'Quầy 3',
    state: 'paused',
    ticket: 'B007',
    sinceMs: minutesAgo(0.5),
    servedToday: 0,
  },
  {
    counter: '4',
    name: 'Quầy 4',
    state: 'closed',
    ticket: null,
    sinceMs: minutesAgo(120),
    servedToday: 0,
  },
];

describe('pulse-counter-board', () => {
  it('gives each counter a card with its state in words, its ticket and what it served, in order', async () => {
    const board = await mount('pulse-counter-board', {
      counters: COUNTERS,
      nowMs: NOW_MS,
      language: 'en',
    });
    const cards = parts(board, 'li');
    expect(cards.map((card) => card.dataset.state)).toEqual([
      'serving',
      'idle',
      'paused',
      'closed',
    ]);
    expect(textOf(part(board, '[data-testid="counter-state-1"]'))).toBe('Serving');
    expect(textOf(part(board, '[data-testid="counter-state-2"]'))).toBe('Ready');
    expect(textOf(part(board, '[data-testid="counter-state-3"]'))).toBe('On a break');
    expect(textOf(part(board, '[data-testid="counter-state-4"]'))).toBe('Closed');
    expect(textOf(part(board, '[data-testid="counter-ticket-1"]'))).toBe('A002');
    // Only a serving counter shows a ticket: a paused one is not serving B007.
    expect(textOf(part(board, '[data-testid="counter-ticket-3"]'))).toBe('—');
    expect(textOf(part(board, '[data-testid="counter-served-2"]'))).toBe('1,234');
  });

  it('on a wall screen puts the ticket beside the counter’s name, still named for screen readers', async () => {
    const board = await mount('pulse-counter-board', {
      counters: COUNTERS,
      nowMs: NOW_MS,
      language: 'en',
      tv: true,
    });
    const name = part(board, '[data-testid="counter-1"] .name').getBoundingClientRect();
    const ticket = part(board, '[data-testid="counter-ticket-1"]').getBoundingClientRect();
    expect(ticket.left).toBeGreaterThanOrEqual(name.right);
    expect(ticket.top).toBeLessThan(name.bottom);
    expect(textOf(part(board, '[data-testid="counter-1"] .ticket'))).toBe('Ticket A002');
  });

  it('writes numbers the Vietnamese way by default', async () => {
    const board = await mount('pulse-counter-board', { counters: COUNTERS, nowMs: NOW_MS });
    expect(textOf(part(board, '[data-testid="counter-served-2"]'))).toBe('1.234');
    expect(textOf(part(board, '[data-testid="counter-state-1"]'))).toBe('Đang phục vụ');
  });

  it('shows how long each open counter has been in its state, ticking with the clock', async () => {
    const board = await mount('pulse-counter-board', { counters: COUNTERS, nowMs: NOW_MS });
    expect(textOf(part(board, '[data-testid="counter-elapsed-1"]'))).toBe('03:00');
    expect(textOf(part(board, '[data-testid="counter-elapsed-2"]'))).toBe('1:05:00');
    expect(board.shadowRoot!.querySelector('[data-testid="counter-elapsed-4"]')).toBeNull();
    await update(board, { nowMs: NOW_MS + 61_000 });
    expect(textOf(part(board, '[data-testid="counter-elapsed-1"]'))).toBe('04:01');
  });

  it('marks each state with its own shape, hidden from screen readers that read the words', async () => {
    const board = await mount('pulse-counter-board', { counters: COUNTERS, nowMs: NOW_MS });
    const icons = parts(board, 'svg.icon');
    expect(icons).toHaveLength(4);
    expect(icons.every((icon) => icon.getAttribute('aria-hidden') === 'true')).toBe(true);
    expect(new Set(icons.map((icon) => icon.innerHTML.replace(/<!--.*?-->/g, ''))).size).toBe(4);
  });

  it('says so when no counter is configured', async () => {
    const board = await mount('pulse-counter-board', { counters: [], language: 'en' });
    expect(textOf(part(board, '.empty'))).toBe('No counters are configured yet.');
  });
});
