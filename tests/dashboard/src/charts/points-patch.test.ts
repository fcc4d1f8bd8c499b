import { randomInt, randomLcg } from 'd3-random';
import { describe, expect, it } from 'vitest';
import { applyPatch, patchBetween } from '../../../../dashboard/src/charts/points-patch.js';

interface Reading {
  tsMs: number;
  value: number;
}
const reading = (tsMs: number, value = tsMs): Reading => ({ tsMs, value });
const rounds = (fromMs: number, count: number) =>
  Array.from({ length: count }, (_, i) => reading(fromMs + i * 1000));

/** What a painter holds after the patch: a copy of what it was sent, patched. */
function patched(sent: Reading[], next: Reading[]): Reading[] {
  const held = sent.slice();
  applyPatch(held, patchBetween(sent, next));
  return held;
}

describe('patchBetween', () => {
  it('sends one live round as one reading, and drops those that left the window', () => {
    const sent = rounds(0, 900);
    const next = [...sent.slice(3), reading(900_000)];
    const patch = patchBetween(sent, next);
    expect(patch).toEqual({ start: 3, end: 900, tail: [reading(900_000)] });
    expect(patched(sent, next)).toEqual(next);
  });

  it('replaces a bucket still filling (a new object for the same time) and nothing before it', () => {
    const sent = rounds(0, 10);
    const next = [...sent.slice(0, 9), reading(9000, 42)];
    expect(patchBetween(sent, next)).toEqual({ start: 0, end: 9, tail: [reading(9000, 42)] });
    expect(patched(sent, next)).toEqual(next);
  });

  it('sends everything when a reading changed in the middle (a late round put in its place)', () => {
    const sent = rounds(0, 10);
    const next = [...sent.slice(0, 4), reading(4500), ...sent.slice(4)];
    expect(patchBetween(sent, next).tail).toHaveLength(11);
    expect(patched(sent, next)).toEqual(next);
  });

  it('sends nothing for the same readings, everything for new ones, and empties for none', () => {
    const sent = rounds(0, 5);
    expect(patchBetween(sent, sent)).toEqual({ start: 0, end: 5, tail: [] });
    const other = rounds(0, 5);
    expect(patchBetween(sent, other).tail).toHaveLength(5);
    expect(patched(sent, other)).toEqual(other);
    expect(patched(sent, [])).toEqual([]);
    expect(patched([], other)).toEqual(other);
  });

  it('always gives the painter exactly the page’s readings (2,000 seeded edits)', () => {
    const int = randomInt.source(randomLcg(7));
    let sent = rounds(0, 50);
    let held = sent.slice();
    let nextMs = 50_000;
    for (let step = 0; step < 2000; step++) {
      let next = sent.slice();
      const edit = int(0, 6)();
      if (edit <= 1) for (let n = int(1, 4)(); n > 0; n--) next.push(reading((nextMs += 1000)));
      if (edit === 2) next = next.slice(int(0, 5)());
      if (edit === 3 && next.length > 0) next[next.length - 1] = reading(next.at(-1)!.tsMs, -step);
      if (edit === 4 && next.length > 2) next.splice(int(1, next.length - 1)(), 1);
      if (edit === 5) next = rounds((nextMs += 1000), int(0, 30)());
      const patch = patchBetween(sent, next);
      applyPatch(held, patch);
      expect(held).toEqual(next);
      held.forEach((r, i) => expect(r).toBe(next[i]));
      sent = next;
      held = held.slice();
    }
  });
});
